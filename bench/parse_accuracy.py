"""Field-level accuracy of resume parsing on documents rendered from known resumes.

Every development resume (and the DESIGN.md example) is rendered to PDF, DOCX and plain text
in two layouts a person might use (tests/resumes/documents.py: "classic" and "compact"),
parsed back with resumes.parsing.parse_resume, and compared with the JSON it came from.

    .venv/bin/python bench/parse_accuracy.py [--json]
    .venv/bin/python bench/parse_accuracy.py --corpus [--details]   # real layouts: bench/parse_corpus.py
    .venv/bin/python bench/parse_accuracy.py --corpus --corpus-dir /tmp/blind --details   # a blind group

Columns: share of documents whose field is exactly right (name, email, phone, companies as a
set, project names as a set, education institutions as a set, total months within one month),
mean F1 of the technologies named anywhere (tech stacks and skills, normalised through the
catalog), and the share of achievement bullets read back word for word.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from resumes.parsing import parse_resume  # noqa: E402
from resumes.parsing.technologies import technology_key  # noqa: E402
from tests.resumes import documents  # noqa: E402

RESUMES = ROOT / "bench" / "data" / "resumes"
TODAY = datetime.date(2025, 7, 1)
RENDERERS = {"pdf": documents.render_pdf, "docx": documents.render_docx, "text": documents.render_text}
FIELDS = ("name", "email", "phone", "companies", "projects", "tech_f1", "months", "education", "achievements")


def source_resumes(resumes: Path = RESUMES) -> dict[str, dict]:
    """The development resumes kept in bench/data/resumes, and the DESIGN.md example kept in docs/."""
    example = ROOT / "docs" / "examples" / "resume-example.json"
    paths = sorted(resumes.glob("*.json")) + [example]
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in paths if path.exists()}


def technologies(resume: dict) -> set[str]:
    names = [n for w in resume.get("work_experiences") or [] for n in w.get("tech_stack") or []]
    names += [n for p in resume.get("personal_projects") or [] for n in p.get("tech_stack") or []]
    names += [n for values in (resume.get("technical_skills") or {}).values() for n in values or []]
    return {technology_key(name) for name in names}


def project_names(resume: dict) -> set[str]:
    names = {w.get("project_name") for w in resume.get("work_experiences") or []}
    names |= {p.get("name") for p in resume.get("personal_projects") or []}
    return {n for n in names if n}


def achievements(resume: dict) -> list[str]:
    found = [a for w in resume.get("work_experiences") or [] for a in w.get("achievements") or []]
    for project in resume.get("personal_projects") or []:
        found += project.get("key_achievements") or []
        found += project.get("architecture_highlights") or []
    return found


def f1(expected: set, got: set) -> float:
    if not expected and not got:
        return 1.0
    hits = len(expected & got)
    if not hits:
        return 0.0
    precision, recall = hits / len(got), hits / len(expected)
    return 2 * precision * recall / (precision + recall)


def score(source: dict, draft: dict) -> dict[str, float]:
    def companies(resume):
        return {w.get("company") for w in resume.get("work_experiences") or [] if w.get("company")}

    def schools(resume):
        return {e.get("institution") for e in resume.get("education") or [] if e.get("institution")}

    wanted = achievements(source)
    got = set(achievements(draft))
    months = draft.get("total_experience_months")
    return {
        "name": float(draft.get("name") == source.get("name")),
        "email": float(draft["contact"].get("email") == source["contact"].get("email")),
        "phone": float(draft["contact"].get("phone") == source["contact"].get("phone")),
        "companies": float(companies(draft) == companies(source)),
        "projects": float(project_names(draft) == project_names(source)),
        "tech_f1": f1(technologies(source), technologies(draft)),
        "months": float(months is not None and abs(months - (source.get("total_experience_months") or 0)) <= 1),
        "education": float(schools(draft) == schools(source)),
        "achievements": sum(a in got for a in wanted) / len(wanted) if wanted else 1.0,
    }


def run() -> tuple[list[tuple[str, str, dict]], dict[str, dict[str, float]]]:
    rows = []
    for name, resume in source_resumes().items():
        for style in documents.STYLES:
            for kind, render in RENDERERS.items():
                rendered = render(resume, style=style)
                data = rendered.encode("utf-8") if isinstance(rendered, str) else rendered
                extension = "txt" if kind == "text" else kind
                result = parse_resume(data, filename=f"{name}.{extension}", today=TODAY)
                rows.append((name, f"{style}/{kind}", score(resume, result.draft)))
    groups = [f"{style}/{kind}" for style in documents.STYLES for kind in RENDERERS]
    totals = {}
    for group in [*groups, *documents.STYLES, *RENDERERS, "all"]:
        chosen = [r for _, g, r in rows if group == "all" or group == g or group in g.split("/")]
        totals[group] = {f: sum(r[f] for r in chosen) / len(chosen) for f in FIELDS}
    return rows, totals


def table(rows, totals, *, details: bool = True) -> str:
    header = f"{'resume':28} {'layout':13} " + " ".join(f"{f[:8]:>8}" for f in FIELDS)
    lines = [header, "-" * len(header)]
    if details:
        for name, group, result in rows:
            lines.append(f"{name[:28]:28} {group:13} " + " ".join(f"{result[f]:8.2f}" for f in FIELDS))
        lines.append("-" * len(header))
    for group, result in totals.items():
        lines.append(f"{'mean':28} {group:13} " + " ".join(f"{result[f]:8.2f}" for f in FIELDS))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--summary", action="store_true", help="print only the mean rows")
    parser.add_argument(
        "--corpus", action="store_true", help="score the corpus of real layouts (tests/data/resume_corpus) instead"
    )
    parser.add_argument("--details", action="store_true", help="with --corpus: one row per document")
    parser.add_argument(
        "--corpus-dir",
        type=Path,
        help="with --corpus: score this folder of sources and gold files instead (a blind group kept outside the repository)",
    )
    args = parser.parse_args()
    if args.corpus:
        return corpus_main(args)
    try:
        rows, totals = run()
    except documents.NoKoreanFont as exc:
        print(f"cannot render Korean PDFs: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"rows": [{"resume": n, "type": k, **r} for n, k, r in rows], "totals": totals}, indent=2))
    else:
        print(table(rows, totals, details=not args.summary))
    return 0


def corpus_main(args) -> int:
    from bench import parse_corpus, parse_corpus_render

    if args.corpus_dir:
        parse_corpus_render.CORPUS = args.corpus_dir.resolve()
    rows, totals = parse_corpus.run()
    if args.json:
        print(
            json.dumps({"rows": [{"fixture": s, "format": k, **r} for s, k, r, _ in rows], "totals": totals}, indent=2)
        )
    else:
        print(parse_corpus.table(rows, totals, details=args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
