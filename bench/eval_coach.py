"""The rubric on the offline coach, in process: one row per labelled resume, then the mean.

Run from the project root:
  .venv/bin/python bench/eval_coach.py                              # tests/data/resumes_new
  .venv/bin/python bench/eval_coach.py --resumes ../shared/resumes  # the shared development set
  .venv/bin/python bench/eval_coach.py --all                        # every set present, each on its own
Labels are <stem>.labels.yaml beside each resume (format of ../shared/resumes). `--save DIR`
keeps every generated JSON for reading; `--json` prints the means as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import rubric  # noqa: E402

from careercoach.coach import generate_interview, generate_learning  # noqa: E402

# ../shared sits beside the checkout (one level further up for a git worktree under wt/).
SHARED = next(
    (p for p in (ROOT.parent / "shared" / "resumes", ROOT.parent.parent / "shared" / "resumes") if p.is_dir()),
    ROOT.parent / "shared" / "resumes",
)
SETS = {"new": ROOT / "tests" / "data" / "resumes_new", "shared": SHARED}
KEYS_I = ["personal_strict", "personal_loose", "type_valid", "difficulty_fit", "language_ok", "schema_ok"]
KEYS_L = ["gap_precision", "gap_recall", "strength_grounded", "reasons_personal", "links_ok", "language_ok"]


def score_folder(folder: Path, save: Path | None = None) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.json")):
        labels = path.with_name(path.stem + ".labels.yaml")
        if not labels.exists():
            continue
        resume, lab = rubric.load(str(path)), rubric.load(str(labels))
        interview, learning = generate_interview(resume), generate_learning(resume)
        if save is not None:
            save.mkdir(parents=True, exist_ok=True)
            for kind, data in (("interview", interview), ("learning", learning)):
                (save / f"{path.stem}.{kind}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2))
        rows.append({"case": path.stem, **rubric.score_case(resume, lab, interview, learning)})
    return rows


def print_table(title: str, rows: list[dict]) -> dict:
    print(f"\n## {title} ({len(rows)} resumes)")
    print(
        f"{'case':30} "
        + " ".join(f"{k[:9]:>9}" for k in KEYS_I)
        + " | "
        + " ".join(f"{k[:9]:>9}" for k in KEYS_L)
        + "  mis forb"
    )
    sums: dict[str, list[float]] = {}
    for row in rows:
        i, lg = row.get("interview") or {}, row.get("learning") or {}
        cells = [("i_" + k, i.get(k)) for k in KEYS_I] + [("l_" + k, lg.get(k)) for k in KEYS_L]
        for key, value in cells:
            sums.setdefault(key, []).append(float(value))
        sums.setdefault("misdiagnosed", []).append(lg.get("misdiagnosed", 0))
        sums.setdefault("forbidden_hits", []).append(row.get("forbidden_hits", 0))
        print(
            f"{row['case'][:30]:30} "
            + " ".join(f"{v:9.2f}" for _, v in cells[:6])
            + " | "
            + " ".join(f"{v:9.2f}" for _, v in cells[6:])
            + f"  {lg.get('misdiagnosed', 0):>3} {row.get('forbidden_hits', 0):>4}"
        )
    means = {k: sum(v) / len(v) for k, v in sums.items() if v}
    print(
        f"{'MEAN':30} "
        + " ".join(f"{means['i_' + k]:9.2f}" for k in KEYS_I)
        + " | "
        + " ".join(f"{means['l_' + k]:9.2f}" for k in KEYS_L)
        + f"  {sum(sums['misdiagnosed']):>3.0f} {sum(sums['forbidden_hits']):>4.0f}"
    )
    return means


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--resumes", type=Path, help="a folder of resumes with .labels.yaml")
    parser.add_argument("--all", action="store_true", help="every known set that is present")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    folders = (
        {name: p for name, p in SETS.items() if p.is_dir()}
        if args.all
        else {str(args.resumes or SETS["new"]): args.resumes or SETS["new"]}
    )
    results = {}
    for name, folder in folders.items():
        save = args.save / name if args.save and len(folders) > 1 else args.save
        results[name] = print_table(name, score_folder(folder, save))
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
