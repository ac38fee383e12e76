"""How long parsing a three-page text PDF takes (target: p50 under 1 s).

The PDF is printed by Chromium from corpus fixtures joined into one long resume, so it has
the headings, lists, tables and Korean text of real uploads.

    .venv/bin/python bench/parse_speed.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import parse_corpus_render as render  # noqa: E402

PARTS = (
    "01-jekyll-emoji-ko.md",
    "21-details-projects-ko.md",
    "16-about-page-html-ko.md",
    "05-blockquote-career-description-ko.md",
    "12-html-career-table-ko.md",
    "24-org-table-long-skills-ko.md",
    "02-labelled-fields-ko.md",
)
PAGES = 3


def three_page_pdf() -> bytes:
    """Fixtures appended until Chromium prints three pages."""
    import pypdf

    text = ""
    for name in PARTS:
        text += "\n\n" + render.FRONT_MATTER.sub("", (render.CORPUS / name).read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "long.md"
            source.write_text(text, encoding="utf-8")
            pdf = Path(folder) / "long.pdf"
            render._print_pdfs([(source, pdf)])
            data = pdf.read_bytes()
        if len(pypdf.PdfReader(pdf_bytes(data)).pages) >= PAGES:
            return data
    return data


def pdf_bytes(data: bytes):
    import io

    return io.BytesIO(data)


def measure(data: bytes, runs: int) -> list[float]:
    from resumes.parsing import parse_resume

    parse_resume(data, filename="long.pdf")  # first call loads the catalog and libraries
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        parse_resume(data, filename="long.pdf")
        seconds.append(time.perf_counter() - started)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    data = three_page_pdf()
    import pypdf

    pages = len(pypdf.PdfReader(pdf_bytes(data)).pages)
    seconds = sorted(measure(data, args.runs))
    p50 = statistics.median(seconds)
    p95 = seconds[min(len(seconds) - 1, int(len(seconds) * 0.95))]
    print(
        f"{pages}-page text PDF ({len(data) // 1024} KB), {args.runs} runs: "
        f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms (target p50 < 1000 ms)"
    )
    return 0 if p50 < 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
