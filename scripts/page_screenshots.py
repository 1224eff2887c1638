"""Screenshots of the timeline page for the docs, taken by headless Chromium.

Writes ``docs/images/page-article.png`` (the page of ``examples/article.txt``) and
``docs/images/page-batch.png`` (a batch of two short reports, one section each), each page as
``timeline extract --format html`` writes it. Needs Debian's ``chromium`` and a CJK font
(``fonts-noto-cjk``), as the browser test does. Run from the repository root::

    python scripts/page_screenshots.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "images"
# two short reports written for this page: a school board's week and a police patrol
BATCH = {
    "school.txt": "南宁市教育局一周工作\n3月2日上午，南宁市教育局召开开学工作会议。"
                  "次日，南宁市教育局印发《校园防控方案》。自3月9日起，各校将分批开学。",
    "police.txt": "梧州市公安局开展夜间巡查\n3月4日晚上，梧州市公安局开展夜间巡查，"
                  "未发现安全隐患。3月6日，梧州市公安局召开总结会议。",
}
DCT = "2020-03-07"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--no-first-run", "--disable-background-networking", "--disable-component-update"]


def page(args: list[str], cwd: Path) -> bytes:
    """The page the CLI writes for these arguments (paths relative to ``cwd``, which the
    page shows as the documents' ids)."""
    done = subprocess.run([sys.executable, "-m", "timeline", "extract", *args, "--format",
                           "html"], capture_output=True, check=True, timeout=300, cwd=cwd)
    return done.stdout


def shoot(html: bytes, out: Path, size: str, work: Path) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("chromium not found: apt-get install chromium fonts-noto-cjk")
    source = work / f"{out.stem}.html"
    source.write_bytes(html)
    subprocess.run([chromium, *FLAGS, f"--user-data-dir={work / 'profile'}",
                    f"--window-size={size}", f"--screenshot={out}", source.as_uri()],
                   capture_output=True, check=True, timeout=300)
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size:,} bytes")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shoot(page(["examples/article.txt"], ROOT), OUT / "page-article.png",
              "1280,1500", work)
        batch = work / "batch"
        batch.mkdir()
        for name, text in BATCH.items():
            (batch / name).write_text(text, encoding="utf-8")
        shoot(page(["batch", "--dct", DCT], work), OUT / "page-batch.png", "1280,1100", work)


if __name__ == "__main__":
    main()
