"""How well the offline posting parser and fit report agree with labelled postings.

    .venv/bin/python bench/eval_postings.py [--dir DIR --resumes DIR] [--held-out] [--json]

Default: the development set `../shared/eval/postings/` (resumes from `../shared/resumes/`)
when it is there, and with `--held-out` the postings written for this repository in
`tests/data/postings/` (their resumes beside them). Per posting:

- required precision / recall: a skill group counts when its set of skills equals the label's
  ("PostgreSQL | MySQL" must be read as one either-or group, not two skills);
- preferred recall, the same way;
- years: the minimum years read equals the label (0 = new graduates welcome, None = not stated);
- matched/missing accuracy: for every labelled skill, the fit report's `shown` against the
  pair's matched list (`related` and `missing` both mean not matched);
- tailored questions (when the tailoring module is present): at least 3 of 5 questions on
  required skills the resume shows, at least 1 on a required skill it lacks, difficulty mix by
  experience.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careercoach.coach.fit import assess_all  # noqa: E402
from careercoach.coach.posting import parse_posting  # noqa: E402
from careercoach.coach.posting_skills import skill_key  # noqa: E402

# ../shared beside the checkout (a git worktree under wt/ finds it one level higher).
SHARED = next(
    (p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").exists()), ROOT.parent / "shared"
)
HELD_OUT = ROOT / "tests" / "data" / "postings"
TARGETS = {"required_precision": 0.9, "required_recall": 0.85, "match_accuracy": 0.9}


def label_set(name: str) -> frozenset:
    return frozenset(skill_key(part.strip()) for part in name.split("|") if part.strip())


def _ratio(hits: int, total: int) -> float | None:
    return hits / total if total else None


def score_posting(case: dict, resume: dict | None) -> dict:
    parsed = parse_posting(case["text"])
    labels = case.get("labels") or {}
    row = {"case": case.get("_name", ""), "language": case.get("language", "")}
    for kind in ("required", "preferred"):
        predicted = {label_set(name) for name in parsed[f"{kind}_skills"]}
        wanted = {label_set(name) for name in labels.get(f"{kind}_skills") or []}
        hits = len(predicted & wanted)
        row[f"{kind}_precision"] = _ratio(hits, len(predicted))
        row[f"{kind}_recall"] = _ratio(hits, len(wanted))
        row[f"{kind}_wrong"] = sorted(" | ".join(sorted(s)) for s in predicted - wanted)
        row[f"{kind}_missed"] = sorted(" | ".join(sorted(s)) for s in wanted - predicted)
    row["years"] = parsed["years_required"]
    row["years_ok"] = parsed["years_required"] == labels.get("years_required")
    pair = case.get("pair") or {}
    if resume is not None and pair:
        row.update(_match_accuracy(labels, pair, resume))
        row.update(_tailored(resume, parsed))
    return row


def _match_accuracy(labels: dict, pair: dict, resume: dict) -> dict:
    posting = {
        "required_skills": labels.get("required_skills") or [],
        "preferred_skills": labels.get("preferred_skills") or [],
    }
    matched = {label_set(n) for n in (pair.get("matched_required") or []) + (pair.get("matched_preferred") or [])}
    fits = assess_all(resume, posting)
    right, wrong = 0, []
    for fit in fits:
        expected = label_set(fit.name) in matched
        if (fit.status == "shown") == expected:
            right += 1
        else:
            wrong.append(f"{fit.name}: {fit.status}, label {'matched' if expected else 'missing'}")
    return {"match_accuracy": _ratio(right, len(fits)), "match_wrong": wrong}


def _tailored(resume: dict, parsed: dict) -> dict:
    try:
        from careercoach.coach.tailoring import check_tailored_questions, tailored_interview
    except ImportError:
        return {}
    output = tailored_interview(resume, parsed)
    problems = check_tailored_questions(resume, parsed, output["questions"])
    return {"tailored_ok": not problems, "tailored_problems": problems}


def load_cases(folder: Path, resumes: Path) -> list[tuple[dict, dict | None]]:
    cases = []
    for path in sorted(folder.glob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        case["_name"] = path.stem
        resume_name = (case.get("pair") or {}).get("resume")
        resume_path = resumes / resume_name if resume_name else None
        resume = json.loads(resume_path.read_text(encoding="utf-8")) if resume_path and resume_path.exists() else None
        cases.append((case, resume))
    return cases


def _fmt(value) -> str:
    if value is None:
        return "  -  "
    if isinstance(value, bool):
        return "yes" if value else "NO"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def table(rows: list[dict], title: str) -> str:
    cols = ["required_precision", "required_recall", "preferred_recall", "years_ok", "match_accuracy", "tailored_ok"]
    head = ["posting", "req P", "req R", "pref R", "years", "match acc", "tailored"]
    lines = [f"### {title}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        lines.append("| " + " | ".join([row["case"]] + [_fmt(row.get(c)) for c in cols]) + " |")
    means = []
    for col in cols:
        values = [float(r[col]) for r in rows if r.get(col) is not None]
        means.append(_fmt(sum(values) / len(values)) if values else "  -  ")
    lines.append("| **mean** | " + " | ".join(means) + " |")
    return "\n".join(lines)


def run(folder: Path, resumes: Path) -> list[dict]:
    return [score_posting(case, resume) for case, resume in load_cases(folder, resumes)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=SHARED / "eval" / "postings")
    ap.add_argument("--resumes", type=Path, default=SHARED / "resumes")
    ap.add_argument("--held-out", action="store_true", help="also the postings in tests/data/postings/")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    sets = []
    if args.dir.exists():
        sets.append(("development set (" + str(args.dir.name) + ")", run(args.dir, args.resumes)))
    if args.held_out or not sets:
        sets.append(("held-out (tests/data/postings)", run(HELD_OUT, HELD_OUT / "resumes")))
    for title, rows in sets:
        if args.json:
            print(json.dumps({"set": title, "rows": rows}, ensure_ascii=False, indent=1))
            continue
        print(table(rows, title))
        for row in rows:
            details = {
                k: row[k]
                for k in ("required_wrong", "required_missed", "preferred_missed", "match_wrong", "tailored_problems")
                if row.get(k)
            }
            if details:
                print(f"  {row['case']}: {details}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
