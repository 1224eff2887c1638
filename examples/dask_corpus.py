"""Extract a corpus of Chinese news on a dask cluster and summarize its events.

Needs the ``dask`` extra (``pip install 'zh-timeline[dask]'``). By default it starts a
``LocalCluster`` on this machine (one single-threaded worker process per core) and extracts
the bundled ``examples/article.txt`` 200 times; give it a directory to extract every ``.txt``
file under it instead, one document per file (read as UTF-8; each file's DCT comes from its
dateline unless ``--dct`` is given)::

    python examples/dask_corpus.py                       # article.txt x 200, LocalCluster
    python examples/dask_corpus.py --repeat 1000 --workers 2
    python examples/dask_corpus.py path/to/news/         # every path/to/news/**/*.txt
    python examples/dask_corpus.py path/to/news/ --dct 2020-02-26

Pointing it at a real cluster
-----------------------------
1. On every machine, install the same environment: ``pip install 'zh-timeline[dask]'`` (the
   same ``timeline`` version as the client, since workers unpickle its ``Document`` objects).
2. Start a scheduler and workers, e.g. ``dask scheduler`` on one host and
   ``dask worker tcp://SCHEDULER:8786 --nthreads 1 --nworkers 4`` on each worker host. One
   thread per process is best: extraction is pure Python and holds the GIL.
3. Run this script with ``--scheduler tcp://SCHEDULER:8786``. The file names are listed
   here, on the client, but the files are read by the workers: the directory must be
   reachable at the same path from every worker (a shared file system), or be a URL that
   fsspec reads, such as ``s3://bucket/news`` (with ``s3fs`` installed everywhere).

Only small aggregates come back to the client; the documents and the event table stay on
the workers. To keep the events, replace the summary with, say,
``frame.to_parquet("s3://bucket/events/")``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ARTICLE = HERE / "article.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", help="a directory (or fsspec URL) of .txt files; "
                        "default: examples/article.txt repeated")
    parser.add_argument("--repeat", type=int, default=200,
                        help="copies of article.txt when no source is given (default 200)")
    parser.add_argument("--dct", help="document creation time for every text, e.g. 2020-02-26 "
                        "(default: each text's dateline)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="a running scheduler, e.g. tcp://10.0.0.5:8786 (default: start a "
                        "LocalCluster)")
    parser.add_argument("--workers", type=int, default=None,
                        help="LocalCluster worker processes (default: one per core)")
    parser.add_argument("--files-per-partition", type=int, default=20, metavar="N")
    args = parser.parse_args()

    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise SystemExit("this example needs dask: pip install 'zh-timeline[dask]'") from None

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        print(f"cluster: {len(client.scheduler_info()['workers'])} workers "
              f"({client.scheduler.address})")
        start = time.perf_counter()
        client.run(_warm_up)
        print(f"warm-up (import timeline, build its tables on every worker): "
              f"{time.perf_counter() - start:.2f} s")
        run(args)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run(args: argparse.Namespace) -> None:
    import dask
    import pandas as pd

    from timeline.dask import events_frame, extract_bag

    bag = (files_bag(args.source, args.files_per_partition) if args.source
           else article_bag(args.repeat))
    docs = extract_bag(bag, dct=args.dct)  # lazy: a Bag of Document
    events = events_frame(docs)  # lazy: a DataFrame, one row per event
    sizes = docs.map(_size).to_dataframe(  # lazy: one row per document
        meta=pd.DataFrame({"chars": pd.Series([], dtype="int64"),
                           "events": pd.Series([], dtype="int64")}),
        # unoptimized, so that it shares the extraction tasks with ``events`` (an optimized
        # graph fuses its own copy of them, and every document would be extracted twice)
        optimize_graph=False)
    dated = events[events["start"].notnull()]  # events with a known start

    start = time.perf_counter()
    # one pass: each document is extracted once, and every figure below is computed from it
    n_docs, chars, n_events, n_dated, first, last, by_type, by_agent, by_month = dask.compute(
        sizes.shape[0],
        sizes["chars"].sum(),
        sizes["events"].sum(),
        dated.shape[0],
        dated["start"].min(),
        dated["start"].max(),
        events["type"].value_counts(split_out=1),
        events["agent"].value_counts(split_out=1),
        dated["start"].dt.strftime("%Y-%m").value_counts(split_out=1),
    )
    seconds = time.perf_counter() - start

    print(f"documents: {n_docs:,}  ({chars:,} characters)")
    print(f"time: {seconds:.2f} s  ({chars / seconds:,.0f} chars/s, scheduling included)")
    print(f"events: {n_events:,}  ({n_dated:,} with a start time)")
    if n_dated:
        print(f"starts span: {first:%Y-%m-%d} .. {last:%Y-%m-%d}")
    print("events by type:")
    print(_table(by_type.sort_values(ascending=False).items()))
    print("busiest agents:")
    print(_table(by_agent.sort_values(ascending=False).head(5).items()))
    print("events by month of their start:")
    print(_table(by_month.sort_index().items()))


def article_bag(repeat: int) -> Any:
    """``examples/article.txt`` ``repeat`` times, as ``{"id", "text"}`` records."""
    import dask.bag as db

    text = ARTICLE.read_text(encoding="utf-8")
    records = [{"id": f"article-{i}", "text": text} for i in range(repeat)]
    return db.from_sequence(records, partition_size=max(1, repeat // 20))


def files_bag(source: str, files_per_partition: int) -> Any:
    """Every ``.txt`` under ``source`` as ``{"id": path, "text": contents}``; the names are
    listed here, the contents read by the workers."""
    import dask.bag as db
    from dask import delayed
    from dask.bytes import read_bytes

    pattern = source.rstrip("/") + "/**/*.txt"
    _, blocks, paths = read_bytes(pattern, blocksize=None, sample=False, include_path=True)
    if not paths:
        raise SystemExit(f"no .txt files under {source}")
    files = [(path, block[0]) for path, block in zip(paths, blocks, strict=True)]
    step = max(1, files_per_partition)
    parts = [delayed(_records)([p for p, _ in files[i:i + step]],
                               [b for _, b in files[i:i + step]])
             for i in range(0, len(files), step)]
    print(f"files: {len(files):,} in {len(parts):,} partitions")
    return db.from_delayed(parts)


def _records(paths: list[str], contents: list[bytes]) -> list[dict[str, str]]:
    return [{"id": path, "text": data.decode("utf-8")}
            for path, data in zip(paths, contents, strict=True)]


def _size(doc: Any) -> dict[str, int]:
    return {"chars": len(doc.text), "events": len(doc.events)}


def _warm_up() -> None:
    """Import timeline and build its tables in a worker, outside the timing."""
    from timeline import extract

    extract("1月30日下午，某厅召开部署会。", dct="2020-02-26")


def _table(rows: Iterable[tuple[Any, Any]]) -> str:
    return "\n".join(f"  {name:<24} {count:>8,}" for name, count in rows)


if __name__ == "__main__":
    main()
