"""Parsing accuracy on the development corpus of real resume layouts (tests/data/resume_corpus/).

Every fixture is parsed as its source (Markdown, HTML or text), as the PDF Chromium prints
from it and as a DOCX (bench/parse_corpus_render.py), and compared with its hand-written gold
fields (the .yaml beside it).

    .venv/bin/python bench/parse_accuracy.py --corpus [--details] [--json]

Columns, per format (mean over documents unless said otherwise):
  name       the name read exactly
  companies  F1 of the set of company names (so a company copied onto every entry or a table
             header read as a company costs precision)
  positions  share of gold entries whose company was found with the right position
  durations  share of gold entries whose company was found with the right period (compared
             as year-month pairs, "현재"/"Present" alike)
  projects   F1 of project names (work project names and personal projects)
  tech_r     technology recall, micro over the corpus (catalog canonical names)
  tech_p     technology precision, micro over the corpus
  bullets    share of gold achievement bullets found as one whole item
  storable   share of drafts the resume API accepts as they are
"""

from __future__ import annotations

import datetime
import os
import re
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careercoach.settings")

from bench import parse_corpus_render as render  # noqa: E402

TODAY = datetime.date(2026, 1, 15)
FIELDS = ("name", "companies", "positions", "durations", "projects", "tech_r", "tech_p", "bullets", "storable")
TARGETS = {
    "companies": 0.9,
    "positions": 0.8,
    "durations": 0.8,
    "projects": 0.7,
    "tech_r": 0.85,
    "tech_p": 0.9,
    "bullets": 0.8,
    "storable": 1.0,
}
_MONTHS = {
    m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
}
_PRESENT = re.compile(r"present|current|now|현재|재직|진행", re.I)


def _setup_django() -> None:
    import django

    django.setup()


def fold(text) -> str:
    text = re.sub(r"[*_`#]", "", str(text or ""))
    return re.sub(r"\s+", " ", text).strip().casefold()


_LEGAL_FORM = re.compile(
    r"^(?:주식회사|\(주\)|㈜)\s*|\s*(?:주식회사|\(주\)|㈜)$"
    r"|,?\s+(?:inc|llc|ltd|limited|corp|corporation|co|gmbh|pte|plc|s\.?a)\.?$"
)
_ALIAS = re.compile(r"\s*[(（][^()（）]*[)）]$")


def company_key(text) -> str:
    """A company as a reviewer compares it: without a legal form (Korean or English) and without
    a bracketed second name ("와이리즘 (YRISM)"), which both sides may write or leave out."""
    text = _ALIAS.sub("", fold(text))
    text = _LEGAL_FORM.sub("", text)
    return text.strip(" .,·|")


def period_key(text) -> tuple:
    """("2022-08", "now") style pairs for any written form of a period: the parser's own
    period reader ("Sept ’17 – present", "21.03 ~ 23.9", "2019/04-2021/08"), and for a text it
    reads no period from (a single date, a mixed "2019.03 - 2021") the months as written."""
    from resumes.parsing.dates import find_periods

    text = fold(text)
    periods = find_periods(text)
    if periods:
        return tuple(_point(date) for date in (periods[0].start, periods[0].end))
    points: list[str] = []
    pattern = re.compile(
        r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<y1>\d{4})"
        r"|(?P<y2>\d{4}|\d{2})\s*[.\-/년]\s*(?P<m2>\d{1,2})(?!\d)"
        r"|(?P<m3>\d{1,2})/(?P<y3>\d{4})"
        r"|(?P<y4>(?:19|20)\d{2})"
        r"|(?P<now>present|current|now|현재|재직\s*중|진행\s*중)"
    )
    for match in pattern.finditer(text):
        if match.group("mon"):
            points.append(f"{match.group('y1')}-{_MONTHS[match.group('mon')]:02d}")
        elif match.group("y2"):
            year = match.group("y2")
            year = "20" + year if len(year) == 2 else year
            points.append(f"{year}-{int(match.group('m2')):02d}")
        elif match.group("y3"):
            points.append(f"{match.group('y3')}-{int(match.group('m3')):02d}")
        elif match.group("y4"):
            points.append(match.group("y4"))
        else:
            points.append("now")
    return tuple(points[:2])


def _point(date) -> str:
    if date is None:
        return "now"
    return f"{date.year}-{date.month:02d}" if date.precise else str(date.year)


def _accepted(entry: dict) -> set[str]:
    """A gold position is one written form or a list of forms a reviewer accepts alike (a
    promotion "Engineer → Senior Engineer" whole or its latest title); see the corpus README."""
    forms = entry["position"] if isinstance(entry["position"], list) else [entry["position"]]
    return {fold(form) for form in forms}


def f1(expected: set, got: set) -> float:
    if not expected and not got:
        return 1.0
    hits = len(expected & got)
    if not hits:
        return 0.0
    precision, recall = hits / len(got), hits / len(expected)
    return 2 * precision * recall / (precision + recall)


def draft_technologies(draft: dict) -> set[str]:
    from resumes.parsing.technologies import technology_key

    names = [n for w in draft.get("work_experiences") or [] for n in w.get("tech_stack") or []]
    names += [n for p in draft.get("personal_projects") or [] for n in p.get("tech_stack") or []]
    names += [n for values in (draft.get("technical_skills") or {}).values() for n in values or []]
    return {technology_key(name) for name in names if name}


def draft_items(draft: dict) -> set[str]:
    found = []
    for work in draft.get("work_experiences") or []:
        found += work.get("achievements") or []
        found += (work.get("project_description") or "").split("\n")
    for project in draft.get("personal_projects") or []:
        found += project.get("key_achievements") or []
        found += project.get("architecture_highlights") or []
        found += (project.get("description") or "").split("\n")
    return {fold(item) for item in found if item}


def storable(draft: dict) -> bool:
    from resumes.serializers import ResumeFormatSerializer

    return ResumeFormatSerializer(data=draft).is_valid()


def score(gold: dict, draft: dict) -> dict:
    from resumes.parsing.technologies import technology_key

    works = draft.get("work_experiences") or []
    gold_work = gold.get("work") or []
    by_company: dict[str, list[dict]] = {}
    for work in works:
        by_company.setdefault(company_key(work.get("company")), []).append(work)
    positions = durations = 0
    for entry in gold_work:
        found = by_company.get(company_key(entry["company"]), [])
        if entry.get("position") is None or any(fold(w.get("position")) in _accepted(entry) for w in found):
            positions += bool(found)
        if any(period_key(w.get("duration")) == period_key(entry["duration"]) for w in found):
            durations += 1
    names = {fold(w.get("project_name")) for w in works if w.get("project_name")}
    names |= {fold(p.get("name")) for p in draft.get("personal_projects") or [] if p.get("name")}
    wanted_tech = {technology_key(t) for t in gold.get("tech") or []}
    got_tech = draft_technologies(draft)
    items = draft_items(draft)
    bullets = gold.get("bullets") or []
    count = len(gold_work)
    return {
        "name": float(fold(read_name(draft)) == fold(gold.get("name"))),
        "companies": f1(
            {company_key(e["company"]) for e in gold_work},
            {company_key(w.get("company")) for w in works if w.get("company")},
        ),
        "positions": positions / count if count else 1.0,
        "durations": durations / count if count else 1.0,
        "projects": f1({fold(p) for p in gold.get("projects") or []}, names),
        "tech_hits": len(wanted_tech & got_tech),
        "tech_wanted": len(wanted_tech),
        "tech_got": len(got_tech),
        "bullets_hit": sum(fold(b) in items for b in bullets),
        "bullets_total": len(bullets),
        "storable": float(storable(draft)),
    }


def documents(formats=("source", "pdf", "docx")):
    """(fixture, format, bytes, filename) for every rendered document."""
    rendered = render.render_all(kinds=tuple(f for f in formats if f in ("pdf", "docx")))
    for source in render.sources():
        for kind in (f for f in formats if f != "native"):
            if kind == "source":
                yield source.stem, "source", source.read_bytes(), source.name
            else:
                path = rendered[source.stem][kind]
                yield source.stem, kind, path.read_bytes(), f"{source.stem}.{kind}"
    for native in render.native_sources():
        yield native.stem, "native", native.read_bytes(), native.name


def parse(data: bytes, filename: str) -> dict:
    """The draft the resume API answers with (parsed, then fitted for storage), no LLM."""
    from resumes.parsing import parse_resume
    from resumes.uploads import fit_for_storage

    return fit_for_storage(parse_resume(data, filename=filename, today=TODAY)).draft


def read_name(draft: dict) -> str | None:
    """The name as read: the storage fit's placeholder means none was, so a resume that gives
    no name (a null gold) scores as read right."""
    from resumes.storable import PLACEHOLDERS

    name = draft.get("name")
    return None if name in {names["name"] for names in PLACEHOLDERS.values()} else name


def run(formats=("source", "pdf", "docx")):
    _setup_django()
    every = render.sources() + render.native_sources()
    golds = {s.stem: yaml.safe_load(render.gold_of(s).read_text(encoding="utf-8")) for s in every}
    if render.native_sources():
        formats = (*formats, "native")
    rows = []
    for stem, kind, data, filename in documents(formats):
        started = time.perf_counter()
        try:
            draft = parse(data, filename)
        except Exception as exc:  # noqa: BLE001 - a crash is a zero row, reported
            print(f"{stem} {kind}: {type(exc).__name__}: {exc}", file=sys.stderr)
            draft = {}
        row = score(golds[stem], draft) if draft else _zero(golds[stem])
        row["seconds"] = time.perf_counter() - started
        rows.append((stem, kind, row, draft))
    return rows, totals(rows, formats)


def _zero(gold: dict) -> dict:
    return {
        "name": 0.0,
        "companies": 0.0,
        "positions": 0.0,
        "durations": 0.0,
        "projects": 0.0,
        "tech_hits": 0,
        "tech_wanted": len(gold.get("tech") or []),
        "tech_got": 0,
        "bullets_hit": 0,
        "bullets_total": len(gold.get("bullets") or []),
        "storable": 0.0,
    }


def totals(rows, formats) -> dict[str, dict[str, float]]:
    result = {}
    for group in [*formats, "all"]:
        chosen = [r for _, kind, r, _ in rows if group in ("all", kind)]
        if not chosen:
            continue
        mean = {
            f: sum(r[f] for r in chosen) / len(chosen)
            for f in ("name", "companies", "positions", "durations", "projects", "storable")
        }
        got = sum(r["tech_got"] for r in chosen)
        mean["tech_r"] = sum(r["tech_hits"] for r in chosen) / max(sum(r["tech_wanted"] for r in chosen), 1)
        mean["tech_p"] = sum(r["tech_hits"] for r in chosen) / got if got else 0.0
        mean["bullets"] = sum(r["bullets_hit"] for r in chosen) / max(sum(r["bullets_total"] for r in chosen), 1)
        result[group] = mean
    return result


def table(rows, result, *, details: bool = False) -> str:
    header = f"{'fixture':36} {'format':7} " + " ".join(f"{f[:9]:>9}" for f in FIELDS)
    lines = [header, "-" * len(header)]
    if details:
        for stem, kind, row, _ in rows:
            tech_r = row["tech_hits"] / max(row["tech_wanted"], 1)
            tech_p = row["tech_hits"] / row["tech_got"] if row["tech_got"] else 0.0
            bullets = row["bullets_hit"] / row["bullets_total"] if row["bullets_total"] else 1.0
            values = {**row, "tech_r": tech_r, "tech_p": tech_p, "bullets": bullets}
            lines.append(f"{stem[:36]:36} {kind:7} " + " ".join(f"{values[f]:9.2f}" for f in FIELDS))
        lines.append("-" * len(header))
    for group, mean in result.items():
        lines.append(f"{'mean':36} {group:7} " + " ".join(f"{mean[f]:9.2f}" for f in FIELDS))
    lines.append(
        f"{'target':36} {'':7} " + " ".join(f"{TARGETS[f]:9.2f}" if f in TARGETS else f"{'':9}" for f in FIELDS)
    )
    return "\n".join(lines)
