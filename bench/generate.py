"""Latency and memory of the offline coach: p50/p95 per resume, a 100-project resume, peak memory.

Run from the project root: .venv/bin/python bench/generate.py [--resumes DIR] [--repeat N]
The catalog is loaded once before timing, as in a running server.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from careercoach.coach import generate_interview, generate_learning
from careercoach.coach.catalog import load_catalog
from careercoach.coach.knowledge import load_knowledge

DEFAULT_RESUMES = Path(__file__).resolve().parent / "data" / "resumes"


def synthetic_resume(base: dict, projects: int = 100) -> dict:
    """A resume with `projects` personal projects, built by cycling the base resume's projects."""
    resume = copy.deepcopy(base)
    templates = base.get("personal_projects") or [
        {
            "name": "Sample",
            "description": "Service built with Django and PostgreSQL",
            "tech_stack": ["Django", "PostgreSQL", "Redis"],
            "key_achievements": ["Cut p99 latency from 900ms to 120ms with a composite index"],
        }
    ]
    resume["personal_projects"] = []
    for i in range(projects):
        project = copy.deepcopy(templates[i % len(templates)])
        project["name"] = f"{project.get('name') or 'Project'} {i + 1}"
        # Distinct text per project, so no cache makes the big resume look cheaper than it is.
        for key in ("key_achievements", "architecture_highlights"):
            project[key] = [f"{line} (release {i + 1})" for line in project.get(key) or []]
        resume["personal_projects"].append(project)
    return resume


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def time_call(function, resume: dict) -> float:
    start = time.perf_counter()
    function(resume)
    return (time.perf_counter() - start) * 1000


def time_once(resume: dict) -> float:
    return time_call(generate_interview, resume) + time_call(generate_learning, resume)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--resumes", default=str(DEFAULT_RESUMES))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    load_catalog()
    load_knowledge()
    load_ms = (time.perf_counter() - start) * 1000
    files = sorted(Path(args.resumes).glob("*.json"))
    resumes = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    if not resumes:
        sys.exit(f"no resumes in {args.resumes}")
    for resume in resumes:  # warm the phrasing and lookup caches
        time_once(resume)

    runs = [r for _ in range(args.repeat) for r in resumes]
    interview_ms = [time_call(generate_interview, r) for r in runs]
    learning_ms = [time_call(generate_learning, r) for r in runs]
    per_resume = [a + b for a, b in zip(interview_ms, learning_ms, strict=True)]
    big = synthetic_resume(max(resumes, key=lambda r: len(r.get("personal_projects") or [])))
    big_interview = [time_call(generate_interview, big) for _ in range(max(1, args.repeat // 2))]
    big_learning = [time_call(generate_learning, big) for _ in range(max(1, args.repeat // 2))]

    tracemalloc.start()
    for resume in resumes:
        time_once(resume)
    time_once(big)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    def row(label: str, values: list[float]) -> str:
        return (
            f"{label:34} p50 {statistics.median(values):7.1f} ms   p95 {percentile(values, 0.95):7.1f} ms"
            f"   max {max(values):7.1f} ms"
        )

    print(f"catalog and knowledge load (once per process): {load_ms:.0f} ms")
    print(f"resumes: {len(resumes)} x {args.repeat} runs, one core")
    print(row("interview per resume", interview_ms))
    print(row("learning plan per resume", learning_ms))
    print(row("both per resume", per_resume))
    print(row("interview, 100-project resume", big_interview))
    print(row("learning plan, 100-project resume", big_learning))
    print(f"peak traced memory during generation {peak / 1024 / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
