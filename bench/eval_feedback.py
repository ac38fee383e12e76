"""Score practice feedback against labelled answers (../shared/eval/answers/ or tests/data/).

Run from the project root:
  .venv/bin/python bench/eval_feedback.py [--answers DIR] [--provider local] [--in-process]
By default every answer goes through the real CLI (`manage.py generate feedback --input …`,
one process for the whole set); --in-process calls the offline evaluator directly (no Django).

Metrics, per file and overall (targets from issue 12):
- points: agreement with the labels on covered-or-partial versus missing (irrelevant left out), >= 0.85
- spearman: rank correlation of our grades with the labelled grades, >= 0.75
- strong>=4, vague<=2: share of strong answers graded 4+, vague answers graded 2 or less, >= 0.9
- dont_know=1: every "don't know" answer graded 1 (and given no follow-up)
- injection<=label: every injection answer graded at or below its label
- follow-up on target, >= 0.8: where the label's target is a checklist point, ours aims at a point
  labelled missing or partial; where the label's target is a claim the answer made, ours may be a
  claim, a missing/partial point or none (the issue asks for no follow-up once the points are covered).
- follow-up language: the follow-up is written in the answer file's language.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_ANSWERS = ROOT.parent / "shared" / "eval" / "answers"
TARGETS = {"points": 0.85, "spearman": 0.75, "strong>=4": 0.9, "vague<=2": 0.9, "follow_up_on_target": 0.8}


def load_cases(folder: Path) -> list[dict]:
    cases = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for answer in data["answers"]:
            cases.append(
                {
                    "file": path.stem,
                    "language": data["language"],
                    "question": data["question"],
                    "kind": answer["kind"],
                    "text": answer["text"],
                    "labels": answer["labels"],
                }
            )
    return cases


def run_cli(cases: list[dict], provider: str, language: str) -> list[dict]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for case in cases:
            handle.write(
                json.dumps({"question": case["question"], "answer": case["text"], "history": []}, ensure_ascii=False)
                + "\n"
            )
        path = handle.name
    try:
        proc = subprocess.run(
            [
                sys.executable,
                "manage.py",
                "generate",
                "feedback",
                "--input",
                path,
                "--provider",
                provider,
                "--language",
                language,
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    finally:
        os.unlink(path)
    if proc.returncode != 0:
        sys.exit(f"generate feedback failed: {proc.stderr.strip()[-500:]}")
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def run_in_process(cases: list[dict], language: str) -> list[dict]:
    from careercoach.coach.feedback import evaluate_answer

    return [evaluate_answer(c["question"], c["text"], history=[], language=language) for c in cases]


def ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(xs: list[float], ys: list[float]) -> float:
    rx, ry = ranks(xs), ranks(ys)
    n = len(xs)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=False))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else 0.0


def hangul_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum("가" <= ch <= "힣" for ch in letters) / len(letters) if letters else 0.0


def follow_up_on_target(case: dict, output: dict) -> bool | None:
    labels = case["labels"]
    weak = {p["point"] for p in labels["points"] if p["label"] in ("missing", "partial")}
    ours = output.get("follow_up")
    target = (ours or {}).get("target", "")
    if str(labels.get("follow_up_target", "")).startswith("claim:"):
        return ours is None or target.startswith("claim:") or target in weak
    return ours is not None and target in weak


def score(cases: list[dict], outputs: list[dict]) -> dict:
    agree = total = 0
    rows = {
        "strong>=4": [],
        "vague<=2": [],
        "dont_know=1": [],
        "injection<=label": [],
        "follow_up_on_target": [],
        "follow_up_language": [],
    }
    for case, out in zip(cases, outputs, strict=False):
        statuses = {p["point"]: p["status"] for p in out["points"]}
        for label in case["labels"]["points"]:
            if label["label"] == "irrelevant":
                continue
            total += 1
            agree += (statuses.get(label["point"], "missing") == "missing") == (label["label"] == "missing")
        kind, grade = case["kind"], out["grade"]
        if kind == "strong":
            rows["strong>=4"].append(grade >= 4)
        if kind == "vague":
            rows["vague<=2"].append(grade <= 2)
        if kind == "hard_dont_know":
            rows["dont_know=1"].append(grade == 1 and out.get("follow_up") is None)
        else:
            rows["follow_up_on_target"].append(follow_up_on_target(case, out))
        if kind == "hard_injection":
            rows["injection<=label"].append(grade <= case["labels"]["grade"])
        if out.get("follow_up"):
            korean = hangul_share(out["follow_up"]["question"]) >= 0.3
            rows["follow_up_language"].append(korean == (case["language"] == "ko"))
    result = {
        "answers": len(cases),
        "points": agree / total if total else 0.0,
        "spearman": spearman([c["labels"]["grade"] for c in cases], [o["grade"] for o in outputs]),
    }
    for name, values in rows.items():
        result[name] = sum(values) / len(values) if values else None
        result[name + "_n"] = len(values)
    return result


def show(title: str, result: dict) -> None:
    cells = []
    for name in (
        "points",
        "spearman",
        "strong>=4",
        "vague<=2",
        "dont_know=1",
        "injection<=label",
        "follow_up_on_target",
        "follow_up_language",
    ):
        value = result.get(name)
        text = "-" if value is None else f"{value:.2f}"
        if name in TARGETS and value is not None:
            text += " ok" if value >= TARGETS[name] else " LOW"
        cells.append(f"{name}={text}")
    print(f"{title:<44} n={result['answers']:<3} " + "  ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=Path, default=DEFAULT_ANSWERS)
    parser.add_argument("--provider", default="local")
    parser.add_argument("--language", default="auto")
    parser.add_argument("--in-process", action="store_true")
    parser.add_argument("--save", type=Path, help="write every feedback JSON to this JSONL file")
    args = parser.parse_args()
    if not args.answers.is_dir():
        sys.exit(f"no labelled answers at {args.answers}")
    cases = load_cases(args.answers)
    outputs = run_in_process(cases, args.language) if args.in_process else run_cli(cases, args.provider, args.language)
    if len(outputs) != len(cases):
        sys.exit(f"expected {len(cases)} feedback lines, got {len(outputs)}")
    if args.save:
        with args.save.open("w", encoding="utf-8") as handle:
            for case, out in zip(cases, outputs, strict=False):
                handle.write(
                    json.dumps({"file": case["file"], "kind": case["kind"], "feedback": out}, ensure_ascii=False) + "\n"
                )
    for name in sorted({c["file"] for c in cases}):
        picked = [i for i, c in enumerate(cases) if c["file"] == name]
        show(name, score([cases[i] for i in picked], [outputs[i] for i in picked]))
    show("OVERALL", score(cases, outputs))


if __name__ == "__main__":
    main()
