"""Speed of the offline posting parser and fit report (target: parse + fit under 100 ms p50).

    .venv/bin/python bench/posting_speed.py [--rounds 50]

Times parse_posting + fit_report per (posting, resume) pair of tests/data/postings/ and, when
present, ../shared/eval/postings/, after one warm-up call (the catalog loads once per process).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_postings import HELD_OUT, SHARED, load_cases  # noqa: E402
from careercoach.coach.fit import fit_report  # noqa: E402
from careercoach.coach.posting import parse_posting  # noqa: E402
from tests.coach.resumes import korean_backend_junior  # noqa: E402


def pairs() -> list[tuple[str, dict]]:
    found = load_cases(HELD_OUT, HELD_OUT / "resumes")
    shared = SHARED / "eval" / "postings"
    if shared.exists():
        found += load_cases(shared, SHARED / "resumes")
    return [(case["text"], resume or korean_backend_junior()) for case, resume in found]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=50)
    args = ap.parse_args()
    cases = pairs()
    fit_report(cases[0][1], parse_posting(cases[0][0]))
    times = []
    for _ in range(args.rounds):
        for text, resume in cases:
            start = time.perf_counter()
            fit_report(resume, parse_posting(text))
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    result = {
        "pairs": len(cases),
        "runs": len(times),
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
        "max_ms": round(times[-1], 2),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
