"""Render a resume document (the DESIGN.md format) the way a person lays out a resume file.

The parser must read what people upload, so these renderers imitate common layouts instead of
a format tailored to the parser (see STYLES): headings with decorations, periods right-aligned
or in a left column, projects grouped under their company or one block per role, bullets for
achievements and "Tech: ..." lines. Used by the round-trip tests and bench/parse_accuracy.py.
"""

from __future__ import annotations

import datetime
import io
import json
import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

HANGUL = re.compile(r"[\uac00-\ud7a3]")
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts"))
PREFERRED_KOREAN_FONTS = ("NanumGothic.ttf", "NanumBarunGothic.ttf", "NotoSansKR-Regular.ttf")


class NoKoreanFont(RuntimeError):
    """No TrueType font with Hangul is installed (Debian: apt-get install fonts-nanum)."""


SKILL_LABELS = {
    "ko": {
        "programming_languages": "언어",
        "frameworks": "프레임워크",
        "databases": "데이터베이스",
        "message_queue_caching": "메시지 큐/캐시",
        "cloud_platforms": "클라우드",
        "devops_tools": "DevOps",
        "monitoring_tools": "모니터링",
        "others": "기타",
    },
    "en": {
        "programming_languages": "Languages",
        "frameworks": "Frameworks & Libraries",
        "databases": "Databases",
        "message_queue_caching": "Messaging & Caching",
        "cloud_platforms": "Cloud",
        "devops_tools": "DevOps",
        "monitoring_tools": "Monitoring",
        "others": "Other",
    },
}

WORDS = {
    "ko": {
        "summary": "소개",
        "work": "경력",
        "projects": "프로젝트",
        "skills": "기술 스택",
        "certifications": "자격증",
        "activities": "활동",
        "education": "학력",
        "tech": "기술",
        "team": "팀 규모",
        "team_unit": "명",
        "project": "프로젝트",
        "achievements": "주요 성과",
        "architecture": "아키텍처",
        "demo": "데모",
    },
    "en": {
        "summary": "Summary",
        "work": "Work Experience",
        "projects": "Personal Projects",
        "skills": "Technical Skills",
        "certifications": "Certifications",
        "activities": "Activities",
        "education": "Education",
        "tech": "Tech",
        "team": "Team size",
        "team_unit": "",
        "project": "Project",
        "achievements": "Key achievements",
        "architecture": "Architecture",
        "demo": "Demo",
    },
}


def _needs_hangul(resume: dict) -> bool:
    return bool(HANGUL.search(json.dumps(resume, ensure_ascii=False)))


def resume_language(resume: dict) -> str:
    sample = " ".join([resume.get("name") or "", resume.get("summary") or ""])
    return "ko" if HANGUL.search(sample) else "en"


# ---------------------------------------------------------------- layout as lines of blocks
# Every renderer walks the same list of blocks so that PDF, DOCX and text say the same thing.
# Block kinds: name, contact, heading, entry (left text + right-aligned dates), subentry,
# paragraph, bullet, label (bold label + value), blank.
#
# Two styles, both common in real resumes:
# - "classic": headings with a rule, company or project lines with the period right-aligned,
#   Korean resumes grouping projects under their company, labelled skill categories.
# - "compact": no summary heading, labelled contact lines, company on one line and
#   "position | period" on the next, undated project titles with a "기간:"/"Period:" line,
#   English month names ("Jan 2021 – Present"), skills without categories, education and
#   certifications written as one sentence-like line.
# - "timeline": periods in a left column, bilingual headings ("경력 (Work Experience)"),
#   projects within a job written as bullets with their period in parentheses, the project
#   title line carrying its period and link, skills grouped by role ("Backend", "Infra").
STYLES = ("classic", "compact", "timeline")


def resume_blocks(resume: dict, *, style: str = "classic") -> list[tuple]:
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}")
    language = resume_language(resume)
    words = WORDS[language]
    if style == "timeline":
        return _timeline_blocks(resume, language)
    compact = style == "compact"
    blocks: list[tuple] = []
    if compact:
        headline = next((w.get("position") for w in resume.get("work_experiences") or [] if w.get("position")), None)
        blocks.append(("name", " | ".join(p for p in (resume.get("name"), headline) if p)))
        blocks.extend(("contact", line) for line in _labelled_contact_lines(resume, language))
    else:
        blocks.append(("name", resume.get("name") or ""))
        blocks.extend(("contact", line) for line in _contact_lines(resume.get("contact") or {}))

    if resume.get("summary"):
        if not compact:
            blocks.append(("heading", words["summary"]))
        blocks.append(("paragraph", resume["summary"]))

    works = resume.get("work_experiences") or []
    if works:
        blocks.append(("heading", COMPACT_HEADINGS[language]["work"] if compact else words["work"]))
        if compact:
            blocks.extend(_compact_work_blocks(works, words, language))
        elif language == "ko":
            blocks.extend(_grouped_work_blocks(works, words))
        else:
            blocks.extend(_flat_work_blocks(works, words))

    projects = resume.get("personal_projects") or []
    if projects:
        blocks.append(("heading", COMPACT_HEADINGS[language]["projects"] if compact else words["projects"]))
        for project in projects:
            blocks.extend(
                _compact_project_blocks(project, words, language) if compact else _project_blocks(project, words)
            )

    skills = resume.get("technical_skills") or {}
    if any(skills.values()):
        blocks.append(("heading", COMPACT_HEADINGS[language]["skills"] if compact else words["skills"]))
        for key, label in SKILL_LABELS[language].items():
            if skills.get(key):
                if compact:
                    blocks.append(("bullet", ", ".join(skills[key])))
                else:
                    blocks.append(("label", label, ", ".join(skills[key])))

    certifications = resume.get("certifications") or []
    if certifications:
        blocks.append(("heading", COMPACT_HEADINGS[language]["certifications"] if compact else words["certifications"]))
        for cert in certifications:
            blocks.append(("bullet", _compact_certification_line(cert) if compact else _certification_line(cert)))

    activities = resume.get("activities") or []
    if activities:
        blocks.append(("heading", COMPACT_HEADINGS[language]["activities"] if compact else words["activities"]))
        for activity in activities:
            title = activity.get("name") or ""
            if activity.get("type"):
                title = f"{activity['type']} | {title}" if compact else f"[{activity['type']}] {title}"
            blocks.append(("entry", title, _dates(activity.get("period"), language, compact)))
            if activity.get("description"):
                blocks.append(("paragraph", activity["description"]))
            blocks.extend(("bullet", item) for item in activity.get("achievements") or [])
            if activity.get("url"):
                blocks.append(("paragraph", activity["url"]))

    education = resume.get("education") or []
    if education:
        blocks.append(("heading", COMPACT_HEADINGS[language]["education"] if compact else words["education"]))
        for school in education:
            if compact:
                blocks.append(("paragraph", _compact_education_line(school, language)))
                continue
            degree = " ".join(p for p in (school.get("major"), school.get("degree")) if p)
            if language == "en":
                degree = ", ".join(p for p in (school.get("degree"), school.get("major")) if p)
            parts = [school.get("institution"), degree, school.get("status")]
            blocks.append(("entry", " | ".join(p for p in parts if p), school.get("period") or ""))
    return blocks


COMPACT_HEADINGS = {
    "ko": {
        "work": "경력사항",
        "projects": "프로젝트 경험",
        "skills": "보유 기술",
        "certifications": "자격사항",
        "activities": "대외활동",
        "education": "학력사항",
    },
    "en": {
        "work": "Experience",
        "projects": "Projects",
        "skills": "Skills",
        "certifications": "Licenses & Certifications",
        "activities": "Extracurricular Activities",
        "education": "Education",
    },
}
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _dates(text: str | None, language: str, compact: bool) -> str:
    """In the compact English style "2021.01 ~ present" is written "Jan 2021 – Present"."""
    if not text or not compact or language != "en":
        return text or ""

    def month(match: re.Match) -> str:
        return f"{_MONTH_NAMES[int(match.group(2)) - 1]} {match.group(1)}"

    text = re.sub(r"((?:19|20)\d{2})\.(\d{2})(?:\.\d{2})?", month, text)
    text = re.sub(r"\s*[~-]\s*", " – ", text)
    return re.sub(r"\bpresent\b", "Present", text)


TIMELINE_HEADINGS = {
    "ko": {
        "summary": "소개 (About)",
        "work": "경력 (Work Experience)",
        "projects": "Projects",
        "skills": "Skills",
        "certifications": "Certificates",
        "activities": "활동 (Activities)",
        "education": "학력 (Education)",
    },
    "en": {
        "summary": "Profile",
        "work": "Employment History",
        "projects": "Side Projects",
        "skills": "Skills & Tools",
        "certifications": "Certificates",
        "activities": "Activities & Awards",
        "education": "Education",
    },
}
TIMELINE_SKILL_GROUPS = {
    "ko": (
        ("Backend", ("programming_languages", "frameworks")),
        ("Data", ("databases", "message_queue_caching")),
        ("Infra", ("cloud_platforms", "devops_tools", "monitoring_tools")),
        ("Etc", ("others",)),
    ),
    "en": (
        ("Backend", ("programming_languages", "frameworks")),
        ("Data", ("databases", "message_queue_caching")),
        ("Infra", ("cloud_platforms", "devops_tools", "monitoring_tools")),
        ("Tools", ("others",)),
    ),
}


def _timeline_dates(text: str | None, language: str) -> str:
    """ "2024.05 ~ 2025.06" as "2024.05 – 2025.06" (Korean) or "05/2024 – 06/2025" (English)."""
    if not text:
        return ""
    text = re.sub(r"\s*[~-]\s*", " – ", text)
    if language == "en":
        text = re.sub(r"((?:19|20)\d{2})\.(\d{2})(?:\.\d{2})?", r"\2/\1", text)
    return text


def _timeline_blocks(resume: dict, language: str) -> list[tuple]:
    headings = TIMELINE_HEADINGS[language]
    contact = resume.get("contact") or {}
    blocks: list[tuple] = [("name", resume.get("name") or "")]
    parts = [contact.get(k) for k in ("email", "phone", "github", "linkedin", "portfolio")]
    blocks.append(("contact", " / ".join(p for p in parts if p)))
    if resume.get("summary"):
        blocks += [("heading", headings["summary"]), ("paragraph", resume["summary"])]

    works = resume.get("work_experiences") or []
    if works:
        blocks.append(("heading", headings["work"]))
        index = 0
        while index < len(works):
            group = [works[index]]
            while index + len(group) < len(works) and works[index + len(group)].get("company") == group[0].get(
                "company"
            ):
                group.append(works[index + len(group)])
            index += len(group)
            blocks.append(("lefted", _timeline_dates(_tenure(group), language), group[0].get("company") or ""))
            positions = []
            for work in group:
                if work.get("position") and work["position"] not in positions:
                    positions.append(work["position"])
            blocks.append(("paragraph", " / ".join(positions)))
            for work in group:
                period = _timeline_dates(work.get("duration"), language)
                title = work.get("project_name") or ""
                blocks.append(("bullet", f"{title} ({period})" if period else title))
                if work.get("project_description"):
                    blocks.append(("paragraph", work["project_description"]))
                blocks.extend(("subbullet", item) for item in work.get("achievements") or [])
                if work.get("tech_stack"):
                    blocks.append(("label", "Skills used", ", ".join(work["tech_stack"])))
            blocks.append(("blank",))

    projects = resume.get("personal_projects") or []
    if projects:
        blocks.append(("heading", headings["projects"]))
        for project in projects:
            title = " | ".join(
                p
                for p in (
                    project.get("name"),
                    _timeline_dates(project.get("duration"), language),
                    project.get("github_url"),
                )
                if p
            )
            blocks.append(("entry", title, ""))
            if project.get("description"):
                blocks.append(("paragraph", project["description"]))
            for item in (project.get("key_achievements") or []) + (project.get("architecture_highlights") or []):
                blocks.append(("bullet", item))
            if project.get("tech_stack"):
                blocks.append(("label", "Skills used", ", ".join(project["tech_stack"])))
            if project.get("demo_url"):
                blocks.append(("label", "Demo", project["demo_url"]))
            blocks.append(("blank",))

    skills = resume.get("technical_skills") or {}
    if any(skills.values()):
        blocks.append(("heading", headings["skills"]))
        for label, keys in TIMELINE_SKILL_GROUPS[language]:
            names = [n for key in keys for n in skills.get(key) or []]
            if names:
                blocks.append(("label", label, ", ".join(dict.fromkeys(names))))

    certifications = resume.get("certifications") or []
    if certifications:
        blocks.append(("heading", headings["certifications"]))
        for cert in certifications:
            issuer = f" ({cert['issuer']})" if cert.get("issuer") else ""
            blocks.append(("lefted", cert.get("issue_date") or "", f"{cert.get('name') or ''}{issuer}"))

    activities = resume.get("activities") or []
    if activities:
        blocks.append(("heading", headings["activities"]))
        for activity in activities:
            kind = f" ({activity['type']})" if activity.get("type") else ""
            blocks.append(
                ("lefted", _timeline_dates(activity.get("period"), language), f"{activity.get('name') or ''}{kind}")
            )
            if activity.get("description"):
                blocks.append(("paragraph", activity["description"]))
            blocks.extend(("bullet", item) for item in activity.get("achievements") or [])

    education = resume.get("education") or []
    if education:
        blocks.append(("heading", headings["education"]))
        for school in education:
            detail = " ".join(p for p in (school.get("major"), school.get("degree")) if p)
            text = " ".join(p for p in (school.get("institution"), detail) if p)
            if school.get("status"):
                text = f"{text} ({school['status']})"
            blocks.append(("lefted", _timeline_dates(school.get("period"), language), text))
    return blocks


def _labelled_contact_lines(resume: dict, language: str) -> list[str]:
    contact = resume.get("contact") or {}
    labels = (
        ("email", "이메일" if language == "ko" else "Email"),
        ("phone", "연락처" if language == "ko" else "Phone"),
        ("github", "GitHub"),
        ("linkedin", "LinkedIn"),
        ("portfolio", "블로그" if language == "ko" else "Website"),
    )
    return [f"{label}: {contact[key]}" for key, label in labels if contact.get(key)]


def _compact_work_blocks(works: list[dict], words: dict, language: str) -> list[tuple]:
    blocks = []
    for work in works:
        blocks.append(("entry", work.get("company") or "", ""))
        role = " | ".join(p for p in (work.get("position"), _dates(work.get("duration"), language, True)) if p)
        if role:
            blocks.append(("paragraph", role))
        if work.get("project_name"):
            blocks.append(("label", words["project"], work["project_name"]))
        if work.get("project_description"):
            blocks.append(("paragraph", work["project_description"]))
        blocks.extend(("bullet", item) for item in work.get("achievements") or [])
        if work.get("tech_stack"):
            blocks.append(("label", "사용 기술" if language == "ko" else "Stack", " · ".join(work["tech_stack"])))
        if work.get("team_size"):
            blocks.append(("label", words["team"], f"{work['team_size']}{words['team_unit']}"))
        blocks.append(("blank",))
    return blocks


def _compact_project_blocks(project: dict, words: dict, language: str) -> list[tuple]:
    blocks = [("entry", project.get("name") or "", "")]
    if project.get("duration"):
        blocks.append(("label", "기간" if language == "ko" else "Period", _dates(project["duration"], language, True)))
    for key, label in (("github_url", "GitHub"), ("demo_url", words["demo"])):
        if project.get(key):
            blocks.append(("label", label, project[key]))
    if project.get("description"):
        blocks.append(("paragraph", project["description"]))
    for item in (project.get("key_achievements") or []) + (project.get("architecture_highlights") or []):
        blocks.append(("bullet", item))
    if project.get("tech_stack"):
        blocks.append(("label", "사용 기술" if language == "ko" else "Stack", " · ".join(project["tech_stack"])))
    blocks.append(("blank",))
    return blocks


def _compact_certification_line(cert: dict) -> str:
    details = ", ".join(p for p in (cert.get("issuer"), cert.get("issue_date")) if p)
    return f"{cert.get('name') or ''} ({details})" if details else cert.get("name") or ""


def _compact_education_line(school: dict, language: str) -> str:
    if language == "ko":
        words = [school.get("institution"), school.get("major"), school.get("degree"), school.get("status")]
        return f"{school.get('period') or ''}  " + " ".join(w for w in words if w)
    degree = " in ".join(p for p in (school.get("degree"), school.get("major")) if p)
    parts = [school.get("institution"), degree, school.get("status"), _dates(school.get("period"), language, True)]
    return ", ".join(p for p in parts if p)


def _contact_lines(contact: dict) -> list[str]:
    lines = []
    first = " | ".join(v for v in (contact.get("phone"), contact.get("email")) if v)
    if first:
        lines.append(first)
    links = [
        f"{label}: {contact[key]}"
        for key, label in (("github", "GitHub"), ("linkedin", "LinkedIn"), ("portfolio", "Portfolio"))
        if contact.get(key)
    ]
    if links:
        lines.append(" | ".join(links))
    return lines


def _work_body(work: dict, words: dict) -> list[tuple]:
    blocks = []
    if work.get("project_description"):
        blocks.append(("paragraph", work["project_description"]))
    blocks.extend(("bullet", item) for item in work.get("achievements") or [])
    if work.get("tech_stack"):
        blocks.append(("label", words["tech"], ", ".join(work["tech_stack"])))
    if work.get("team_size"):
        blocks.append(("label", words["team"], f"{work['team_size']}{words['team_unit']}"))
    return blocks


def _flat_work_blocks(works: list[dict], words: dict) -> list[tuple]:
    blocks = []
    for work in works:
        title = " | ".join(p for p in (work.get("company"), work.get("position")) if p)
        blocks.append(("entry", title, work.get("duration") or ""))
        if work.get("project_name"):
            blocks.append(("label", words["project"], work["project_name"]))
        blocks.extend(_work_body(work, words))
        blocks.append(("blank",))
    return blocks


def _grouped_work_blocks(works: list[dict], words: dict) -> list[tuple]:
    """A company line with the whole tenure, then each project with its own period."""
    blocks = []
    index = 0
    while index < len(works):
        group = [works[index]]
        while (
            index + len(group) < len(works)
            and works[index + len(group)].get("company") == group[0].get("company")
            and works[index + len(group)].get("position") == group[0].get("position")
        ):
            group.append(works[index + len(group)])
        index += len(group)
        title = " | ".join(p for p in (group[0].get("company"), group[0].get("position")) if p)
        blocks.append(("entry", title, _tenure(group)))
        for work in group:
            blocks.append(("subentry", work.get("project_name") or "", work.get("duration") or ""))
            blocks.extend(_work_body(work, words))
        blocks.append(("blank",))
    return blocks


def _tenure(group: list[dict]) -> str:
    """Earliest start to latest end, as a person writes the time at a company."""
    durations = [w.get("duration") or "" for w in group]
    if len(group) == 1:
        return durations[0]
    starts, ends = [], []
    for duration in durations:
        parts = re.split(r"\s*[~\-–]\s*", duration, maxsplit=1)
        if len(parts) == 2:
            starts.append(parts[0])
            ends.append(parts[1])
    if not starts:
        return durations[0]
    open_ended = [e for e in ends if not re.match(r"\d", e)]
    end = open_ended[0] if open_ended else max(ends)
    return f"{min(starts)} ~ {end}"


def _project_blocks(project: dict, words: dict) -> list[tuple]:
    blocks = [("entry", project.get("name") or "", project.get("duration") or "")]
    if project.get("description"):
        blocks.append(("paragraph", project["description"]))
    if project.get("tech_stack"):
        blocks.append(("label", words["tech"], ", ".join(project["tech_stack"])))
    if project.get("github_url"):
        blocks.append(("label", "GitHub", project["github_url"]))
    if project.get("demo_url"):
        blocks.append(("label", words["demo"], project["demo_url"]))
    if project.get("key_achievements"):
        blocks.append(("label", words["achievements"], ""))
        blocks.extend(("bullet", item) for item in project["key_achievements"])
    if project.get("architecture_highlights"):
        blocks.append(("label", words["architecture"], ""))
        blocks.extend(("bullet", item) for item in project["architecture_highlights"])
    blocks.append(("blank",))
    return blocks


def _certification_line(cert: dict) -> str:
    dates = cert.get("issue_date") or ""
    if cert.get("expiry_date"):
        dates = f"{dates} ~ {cert['expiry_date']}"
    parts = [cert.get("name"), cert.get("issuer"), dates, cert.get("credential_url")]
    return " | ".join(p for p in parts if p)


# ---------------------------------------------------------------- plain text


def _heading_text(text: str, language: str, style: str, fmt: str) -> str:
    if style == "timeline":
        return text
    if style == "compact":
        return f"[{text}]" if language == "ko" else text
    if fmt == "docx" and language == "ko":
        return f"[{text}]"
    return f"■ {text}" if language == "ko" else text.upper()


def render_text(resume: dict, *, style: str = "classic") -> str:
    language = resume_language(resume)
    lines: list[str] = []
    for block in resume_blocks(resume, style=style):
        kind = block[0]
        if kind in ("name", "contact", "paragraph"):
            lines.append(block[1])
        elif kind == "heading":
            lines.extend(["", _heading_text(block[1], language, style, "text"), ""])
        elif kind in ("entry", "subentry"):
            lines.append(f"{block[1]}    {block[2]}".rstrip())
        elif kind == "lefted":
            lines.append(f"{block[1]}    {block[2]}".strip())
        elif kind == "subbullet":
            lines.append(f"    – {block[1]}")
        elif kind == "bullet":
            lines.append(f"{'·' if style == 'compact' else '-'} {block[1]}")
        elif kind == "label":
            lines.append(f"{block[1]}: {block[2]}".rstrip())
        elif kind == "blank":
            lines.append("")
    return "\n".join(lines).strip() + "\n"


# ---------------------------------------------------------------- PDF (reportlab)


@lru_cache(maxsize=1)
def korean_font_path() -> str | None:
    """A TrueType font with Hangul: fontconfig's Korean fonts first, then the font folders."""
    listed: list[str] = []
    if shutil.which("fc-list"):
        output = subprocess.run(["fc-list", ":lang=ko", "file"], capture_output=True, text=True, check=False).stdout
        listed = [line.split(":")[0].strip() for line in output.splitlines() if line.strip()]
    scanned = [str(p) for folder in FONT_DIRS if Path(folder).is_dir() for p in sorted(Path(folder).rglob("*.ttf"))]
    candidates = [c for c in listed + scanned if c.lower().endswith(".ttf")]
    candidates.sort(key=lambda c: (Path(c).name not in PREFERRED_KOREAN_FONTS, c not in listed))
    return next((c for c in candidates if _has_hangul(c)), None)


def _has_hangul(path: str) -> bool:
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        font = TTFont("probe", path)
    except Exception:  # noqa: BLE001 - an unreadable font file is simply not a candidate
        return False
    return ord("한") in font.face.charToGlyph


LATIN_FONTS = ("DejaVuSans.ttf", "LiberationSans-Regular.ttf")


@lru_cache(maxsize=2)
def _register_fonts(korean: bool) -> tuple[str, str]:
    """Register one TTF family (regular, bold) that covers the resume's script.

    Korean needs a Hangul font; English text falls back to DejaVu/Liberation and then to
    the built-in Helvetica, so English PDFs render on a machine without Korean fonts.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = korean_font_path()
    if path is None and korean:
        raise NoKoreanFont("no Korean TrueType font found (install Debian's fonts-nanum)")
    if path is None:
        found = [
            p
            for folder in FONT_DIRS
            if Path(folder).is_dir()
            for p in sorted(Path(folder).rglob("*.ttf"))
            if p.name in LATIN_FONTS
        ]
        if not found:
            return "Helvetica", "Helvetica-Bold"
        path = str(found[0])
    bold_candidates = [
        path.replace(".ttf", "Bold.ttf"),
        path.replace(".ttf", "-Bold.ttf"),
        path.replace("-Regular.ttf", "-Bold.ttf"),
    ]
    bold_path = next((p for p in bold_candidates if p != path and Path(p).exists()), path)
    family = "ResumeSansKo" if korean else "ResumeSans"
    pdfmetrics.registerFont(TTFont(family, path))
    pdfmetrics.registerFont(TTFont(f"{family}-Bold", bold_path))
    addMapping(family, 0, 0, family)
    addMapping(family, 1, 0, f"{family}-Bold")
    addMapping(family, 0, 1, family)
    addMapping(family, 1, 1, f"{family}-Bold")
    return family, f"{family}-Bold"


# The day "현재"/"Present" stands for in the parsing tests that read Markdown drafts.
DRAFT_TODAY = datetime.date(2026, 1, 15)


def parse_markdown(text: str) -> dict:
    """The draft the parser reads from `text` uploaded as a Markdown file."""
    from resumes.parsing import parse_resume

    return parse_resume(text.encode(), filename="resume.md", today=DRAFT_TODAY).draft


def entries(draft: dict) -> list[tuple]:
    """(company, position, duration) of every work entry, in order."""
    return [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]


def canvas_pdf(*draws) -> bytes:
    """A PDF drawn with ReportLab's canvas, one page per `draw(canvas)` function: the tests that
    need a layout exactly where they put it (columns, right-aligned dates, glyph bullets)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for draw in draws:
        draw(page)
        page.showPage()
    page.save()
    return buffer.getvalue()


def render_pdf(resume: dict, *, style: str = "classic") -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    language = resume_language(resume)
    regular, bold = _register_fonts(_needs_hangul(resume))
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13)
    styles = {
        "name": ParagraphStyle("name", fontName=bold, fontSize=20, leading=26, spaceAfter=4),
        "contact": ParagraphStyle("contact", parent=body, textColor=colors.HexColor("#444444")),
        "heading": ParagraphStyle(
            "heading",
            fontName=bold,
            fontSize=12.5,
            leading=16,
            spaceBefore=12,
            spaceAfter=2,
            textColor=colors.HexColor("#1f3864"),
        ),
        "entry": ParagraphStyle("entry", fontName=bold, fontSize=10.5, leading=14),
        "subentry": ParagraphStyle("subentry", fontName=bold, fontSize=10, leading=14, leftIndent=8),
        "date": ParagraphStyle("date", parent=body, alignment=2),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4),
        "subbullet": ParagraphStyle("subbullet", parent=body, leftIndent=28, bulletIndent=18),
    }
    width = A4[0] - 36 * mm
    story = []
    for block in resume_blocks(resume, style=style):
        kind = block[0]
        if kind == "heading":
            text = _heading_text(block[1], language, style, "pdf")
            story.append(Paragraph(escape(text), styles["heading"]))
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.HexColor("#1f3864"), spaceAfter=4))
        elif kind in ("name", "contact"):
            story.append(Paragraph(escape(block[1]), styles[kind]))
        elif kind in ("entry", "subentry"):
            row = [[Paragraph(escape(block[1]), styles[kind]), Paragraph(escape(block[2]), styles["date"])]]
            table = Table(row, colWidths=[width * 0.72, width * 0.28])
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ]
                )
            )
            story.append(table)
        elif kind == "lefted":
            row = [[Paragraph(escape(block[1]), body), Paragraph(escape(block[2]), styles["entry"])]]
            table = Table(row, colWidths=[width * 0.27, width * 0.73])
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ]
                )
            )
            story.append(table)
        elif kind == "paragraph":
            story.append(Paragraph(escape(block[1]), body))
        elif kind == "bullet":
            story.append(Paragraph(escape(block[1]), styles["bullet"], bulletText="•"))
        elif kind == "subbullet":
            story.append(Paragraph(escape(block[1]), styles["subbullet"], bulletText="–"))
        elif kind == "label":
            value = f" {escape(block[2])}" if block[2] else ""
            story.append(Paragraph(f"<b>{escape(block[1])}:</b>{value}", body))
        elif kind == "blank":
            story.append(Spacer(1, 6))

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"{resume.get('name') or ''} resume",
    )
    document.build(story)
    return buffer.getvalue()


# ---------------------------------------------------------------- DOCX (python-docx)


def render_docx(resume: dict, *, style: str = "classic") -> bytes:
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    language = resume_language(resume)
    document = Document()
    section = document.sections[0]
    right_edge = section.page_width - section.left_margin - section.right_margin

    def entry_paragraph(left: str, right: str, *, indent: bool = False):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(right_edge, WD_TAB_ALIGNMENT.RIGHT)
        if indent:
            paragraph.paragraph_format.left_indent = Cm(0.4)
        paragraph.add_run(left).bold = True
        if right:
            paragraph.add_run(f"\t{right}")
        return paragraph

    for block in resume_blocks(resume, style=style):
        kind = block[0]
        if kind == "name":
            run = document.add_paragraph().add_run(block[1])
            run.bold = True
            run.font.size = Pt(22)
        elif kind == "contact":
            document.add_paragraph(block[1])
        elif kind == "heading":
            heading = document.add_heading(_heading_text(block[1], language, style, "docx"), level=1)
            for run in heading.runs:
                run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        elif kind == "entry":
            entry_paragraph(block[1], block[2])
        elif kind == "subentry":
            entry_paragraph(block[1], block[2], indent=True)
        elif kind == "lefted":
            grid = document.add_table(rows=1, cols=2)
            grid.rows[0].cells[0].text = block[1]
            grid.rows[0].cells[1].text = block[2]
        elif kind == "paragraph":
            document.add_paragraph(block[1])
        elif kind == "bullet":
            document.add_paragraph(block[1], style="List Bullet")
        elif kind == "subbullet":
            document.add_paragraph(block[1], style="List Bullet 2")
        elif kind == "label":
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{block[1]}:").bold = True
            if block[2]:
                paragraph.add_run(f" {block[2]}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
