"""The Microsoft Word / Google Docs resume template, written out in each format a person uploads.

A job is a header of one or two rows, a tab (a right tab stop) before the right-aligned cell,
then bullets. In the DOCX the first row opens with the employer (or the title) in a bold run and
the second row is italic; the PDF is drawn the same way (bold, then roman, then the right cell
right-aligned), the Markdown writes "**Company**, City, ST | period" over "*Title*", and the
HTML sets each row as a flex row of two spans for Chromium to print. The people, employers and
schools are invented.
"""

from __future__ import annotations

import io
import re
from html import escape

NAME = "Dana Whitfield"
CONTACT = "Austin, TX | (512) 555-0188 | dana.whitfield@example.com"
BULLETS = (
    "Built nightly loads in Airflow and Spark for the sales team.",
    "Cut warehouse costs by 30% with partitions.",
)
SCHOOL, GRADUATED, DEGREE = "University of Texas at Austin", "May 2017", "Bachelor of Science in Computer Science"
# The emphasised span a row opens with: up to the first comma, bar or dash after it.
_LEAD = re.compile(r"^(?P<lead>.*?)(?P<rest>(?:,| \| | — ).*)?$")


def _lead(cell: str) -> tuple[str, str]:
    match = _LEAD.match(cell)
    return match["lead"], match["rest"] or ""


def hangul(jobs: list[list[str]]) -> bool:
    return any("\uac00" <= char <= "\ud7a3" for rows in jobs for row in rows for char in row)


def text_resume(jobs: list[list[str]]) -> bytes:
    lines = [NAME, CONTACT, "", "PROFESSIONAL EXPERIENCE", ""]
    for rows in jobs:
        lines += [*rows, *(f"• {bullet}" for bullet in BULLETS), ""]
    lines += ["EDUCATION", "", f"{SCHOOL}\t{GRADUATED}", DEGREE, "", "SKILLS", "", "Python, SQL, Airflow"]
    return "\n".join(lines).encode()


def markdown_resume(jobs: list[list[str]]) -> bytes:
    lines = [f"# {NAME}", "", CONTACT, "", "## Professional Experience", ""]
    for rows in jobs:
        for index, row in enumerate(rows):
            left, tab, right = row.partition("\t")
            lead, rest = _lead(left)
            left = f"**{lead}**{rest}" if index == 0 else f"*{left}*"
            lines.append(f"{left} | {right}  " if tab else f"{left}  ")
        lines += ["", *(f"- {bullet}" for bullet in BULLETS), ""]
    lines += ["## Education", "", f"**{SCHOOL}** | {GRADUATED}  ", DEGREE, "", "## Skills", "", "Python, SQL"]
    return "\n".join(lines).encode()


def docx_resume(jobs: list[list[str]]) -> bytes:
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    document = Document()
    section = document.sections[0]
    right_edge = section.page_width - section.left_margin - section.right_margin

    def row(left_runs: list[tuple[str, str]], right: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(right_edge, WD_TAB_ALIGNMENT.RIGHT)
        for text, emphasis in left_runs:
            run = paragraph.add_run(text)
            run.bold, run.italic = emphasis == "bold", emphasis == "italic"
        if right:
            paragraph.add_run(f"\t{right}")

    name = document.add_paragraph().add_run(NAME)
    name.bold, name.font.size = True, Pt(20)
    document.add_paragraph(CONTACT)
    document.add_paragraph().add_run("PROFESSIONAL EXPERIENCE").bold = True
    for rows in jobs:
        for index, text in enumerate(rows):
            left, _, right = text.partition("\t")
            lead, rest = _lead(left)
            row([(lead, "bold"), (rest, "")] if index == 0 else [(left, "italic")], right)
        for bullet in BULLETS:
            document.add_paragraph(bullet, style="List Bullet")
    document.add_paragraph().add_run("EDUCATION").bold = True
    row([(SCHOOL, "bold")], GRADUATED)
    document.add_paragraph(DEGREE)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_resume(jobs: list[list[str]], korean_font: str | None = None) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from tests.resumes.documents import canvas_pdf

    regular, bold, italic = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    if korean_font:
        pdfmetrics.registerFont(TTFont("WordTemplateKo", korean_font))
        regular = bold = italic = "WordTemplateKo"

    def draw(page) -> None:
        def write(x: float, y: float, font: str, size: float, text: str) -> float:
            page.setFont(font, size)
            page.drawString(x, y, text)
            return x + page.stringWidth(text, font, size)

        write(72, 790, bold, 20, NAME)
        write(72, 772, regular, 10, CONTACT)
        write(72, 745, bold, 12, "PROFESSIONAL EXPERIENCE")
        y = 725
        for rows in jobs:
            for index, text in enumerate(rows):
                left, _, right = text.partition("\t")
                lead, rest = _lead(left)
                if index == 0:
                    write(write(72, y, bold, 10, lead), y, regular, 10, rest)
                else:
                    write(72, y, italic, 10, left)
                page.setFont(regular, 10)
                page.drawRightString(523, y, right)
                y -= 13
            for bullet in BULLETS:
                write(82, y, regular, 10, f"• {bullet}")
                y -= 13
            y -= 8
        write(72, y, bold, 12, "EDUCATION")
        write(72, y - 18, bold, 10, SCHOOL)
        page.drawRightString(523, y - 18, GRADUATED)
        write(72, y - 31, regular, 10, DEGREE)

    return canvas_pdf(draw)


_FLEX_ROW = '<div class="row">\n  <span>{}</span>\n  <span>{}</span>\n</div>'


def html_resume(jobs: list[list[str]]) -> str:
    """The page a person would print with Chromium: each header row a flex row of two spans."""
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><style>",
        "body { font-family: 'NanumGothic', Arial, sans-serif; font-size: 11pt; max-width: 700px; }",
        ".row { display: flex; justify-content: space-between; } p { margin: 0; }",
        "</style></head><body>",
        f"<p style='font-size: 20pt'><b>{NAME}</b></p><p>{escape(CONTACT)}</p>",
        "<h2>PROFESSIONAL EXPERIENCE</h2>",
    ]
    for rows in jobs:
        for index, text in enumerate(rows):
            left, tab, right = (escape(cell) for cell in text.partition("\t"))
            lead, rest = _lead(left)
            left = f"<b>{lead}</b>{rest}" if index == 0 else f"<i>{left}</i>"
            parts.append(_FLEX_ROW.format(left, right) if tab else f"<p>{left}</p>")
        parts.append("<ul>" + "".join(f"<li>{escape(bullet)}</li>" for bullet in BULLETS) + "</ul>")
    parts += ["<h2>EDUCATION</h2>", _FLEX_ROW.format(f"<b>{SCHOOL}</b>", GRADUATED), f"<p>{DEGREE}</p>"]
    return "\n".join([*parts, "</body></html>"])
