"""Coverage-guided fuzzing of ``timeline.extract`` with atheris (libFuzzer for Python).

Each input's bytes are turned, through ``atheris.FuzzedDataProvider``, into a text (any code
point, lone surrogates included, or a run of the grammar's own pieces mixed with raw Unicode,
so that the fuzzer reaches the resolver quickly), a ``dct`` (none, a datetime from year 1 to
9999, a date, an ISO string, garbage, or a value of the wrong type) and a ``policy`` (a valid
one most of the time). Then ``timeline.extract`` must:

* raise nothing, except the documented error for a bad argument: ``InvalidPolicyError`` for an
  unknown policy, ``DCTValueError`` for a string ``datetime.fromisoformat`` rejects,
  ``DCTTypeError`` for a dct of another type; each exactly when the argument is bad;
* emit no warning (whole-text problems belong on ``Document.warnings``);
* satisfy every invariant that ``tests/test_robustness.py`` checks (``check_document``: valid
  offsets for times, actor mentions, triggers and evidence; events citing only the document's
  actors and times) and read back from its own JSON unchanged (texts without lone surrogates,
  which pydantic cannot write to JSON);
* give the same ``Document`` when run twice (checked on about one input in eight).

Run from the repository root, in the project's virtual environment with atheris installed
(``pip install atheris``; never a dependency of timeline)::

    python fuzz/fuzz_extract.py -atheris_runs=10000
    python fuzz/fuzz_extract.py fuzz/corpus -max_total_time=600 -artifact_prefix=fuzz/

``python fuzz/fuzz_extract.py --show crash-<sha1>`` prints the text, dct and policy a saved
input decodes to. See fuzz/README.md. Only the ``timeline`` package is instrumented for coverage.
"""

from __future__ import annotations

import datetime as dt
import sys
import warnings
from pathlib import Path

import atheris

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))  # the working tree's timeline
sys.path.insert(0, str(REPO))  # tests.test_robustness: the invariants, one definition

with atheris.instrument_imports(include=["timeline"]):
    import timeline
    from timeline.errors import DCTTypeError, DCTValueError, InvalidPolicyError

from tests.strategies import PIECES  # noqa: E402
from tests.test_robustness import NEWS, ODD, check_document, check_json, has_surrogate  # noqa: E402

POLICIES = ("past", "future", "nearest")
WORDS = [*PIECES, *NEWS, *ODD]
MAX_CHARS = 2000


def make_text(fdp: atheris.FuzzedDataProvider) -> str:
    mode = fdp.ConsumeIntInRange(0, 3)
    if mode == 0:  # any code points, surrogates included
        return str(fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, MAX_CHARS)))
    if mode == 1:
        return str(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, MAX_CHARS)))
    parts: list[str] = []
    for _ in range(fdp.ConsumeIntInRange(0, 80)):  # grammar pieces, news words, odd ones
        if fdp.ConsumeIntInRange(0, 4) == 0:
            parts.append(str(fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 4))))
        else:
            parts.append(WORDS[fdp.ConsumeIntInRange(0, len(WORDS) - 1)])
    text = "".join(parts)
    return text * fdp.ConsumeIntInRange(1, 20) if mode == 3 else text


def make_dct(fdp: atheris.FuzzedDataProvider) -> object:
    kind = fdp.ConsumeIntInRange(0, 7)
    if kind <= 1:
        return None
    if kind == 2:
        return dt.datetime.min + dt.timedelta(seconds=fdp.ConsumeIntInRange(0, 315_537_897_599))
    if kind == 3:
        return dt.date.fromordinal(fdp.ConsumeIntInRange(1, dt.date.max.toordinal()))
    if kind == 4:  # an ISO string, valid or not
        y, m, d = (fdp.ConsumeIntInRange(0, 10_000), fdp.ConsumeIntInRange(0, 13),
                   fdp.ConsumeIntInRange(0, 32))
        return f"{y:04d}-{m:02d}-{d:02d}"
    if kind == 5:
        return str(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 30)))
    if kind == 6:
        return fdp.ConsumeRegularFloat()
    return fdp.PickValueInList([0, b"2020-02-26", ["2020-02-26"], dt.time(3, 26), True])


def make_policy(fdp: atheris.FuzzedDataProvider) -> object:
    if fdp.ConsumeIntInRange(0, 15) == 0:
        return fdp.PickValueInList(["PAST", "", None, 1, "past ", "sometimes"])
    return POLICIES[fdp.ConsumeIntInRange(0, 2)]


def expected_error(dct: object, policy: object) -> type[Exception] | None:
    if policy not in POLICIES:
        return InvalidPolicyError
    if dct is None or isinstance(dct, dt.date):  # datetime is a date
        return None
    if isinstance(dct, str):
        try:
            dt.datetime.fromisoformat(dct.strip())
        except ValueError:
            return DCTValueError
        return None
    return DCTTypeError


def decode(data: bytes) -> tuple[str, object, object, bool]:
    """The text, dct and policy an input stands for, and whether it is run twice."""
    fdp = atheris.FuzzedDataProvider(data)
    policy = make_policy(fdp)
    dct = make_dct(fdp)
    twice = fdp.ConsumeIntInRange(0, 7) == 0
    return make_text(fdp), dct, policy, twice


def TestOneInput(data: bytes) -> None:  # atheris' conventional name
    text, dct, policy, twice = decode(data)
    expected = expected_error(dct, policy)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            doc = timeline.extract(text, dct=dct, policy=policy)  # type: ignore[arg-type]
        except (InvalidPolicyError, DCTTypeError, DCTValueError) as exc:
            if expected is None or not isinstance(exc, expected):
                raise AssertionError(
                    f"unexpected {exc!r} for dct={dct!r} policy={policy!r}") from exc
            return
    if expected is not None:
        raise AssertionError(f"no {expected.__name__} for dct={dct!r} policy={policy!r}")
    if caught:
        raise AssertionError(f"extract warned: {[str(w.message) for w in caught]}")
    check_document(text, doc)
    if not has_surrogate(text):
        check_json(doc)
    if twice:
        again = timeline.extract(text, dct=dct, policy=policy)  # type: ignore[arg-type]
        assert again == doc, "not deterministic"


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--show":  # what a saved input decodes to
        text, dct, policy, twice = decode(Path(sys.argv[2]).read_bytes())
        print(f"text   = {text!r}\ndct    = {dct!r}\npolicy = {policy!r}\ntwice  = {twice}")
        return
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
