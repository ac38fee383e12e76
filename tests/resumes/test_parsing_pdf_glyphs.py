"""PDF rows as LaTeX and word processors set them: list markers drawn from an icon font (set
smaller than the text, so on a row of their own) or typed as "●" before a gap, dotted leader
rows and a title name whose letters touch. The PDFs are
drawn here with ReportLab's canvas, with invented text."""

from __future__ import annotations

import pytest

from resumes.parsing.pdf import pdf_lines
from tests.resumes.documents import canvas_pdf


def texts(data: bytes) -> list[str]:
    lines, _ = pdf_lines(data)
    return [line.text for line in lines]


def test_given_items_marked_by_a_small_icon_font_glyph_when_read_then_each_is_its_own_bullet_item():
    items = [
        ["Rewrote the billing service in Go, cutting the monthly invoice run from four hours to", "forty minutes."],
        ["Mentored two junior engineers through their first on-call rotation."],
        ["Moved the build to a shared cache."],
    ]

    def draw(page):
        y = 760.0
        for item in items:
            page.setFont("ZapfDingbats", 6)
            page.drawString(44, y + 1.5, "l")  # a small filled circle from the symbol font
            page.setFont("Helvetica", 10)
            for text in item:
                page.drawString(54, y, text)
                y -= 13
        page.drawString(54, y - 20, "Closing paragraph of the page set in plain body text.")

    lines, _ = pdf_lines(canvas_pdf(draw))
    bullets = [line for line in lines if line.bullet]

    assert [line.text for line in bullets] == [
        "Rewrote the billing service in Go, cutting the monthly invoice run from four hours to forty minutes.",
        "Mentored two junior engineers through their first on-call rotation.",
        "Moved the build to a shared cache.",
    ]


def test_given_items_typed_with_a_round_bullet_and_a_hanging_indent_when_read_then_wrapped_lines_join_their_item():
    def draw(page):
        page.setFont("Helvetica", 11)
        rows = [
            ("\u2022", "Planned the warehouse schema and the nightly loads for the finance team so that", 760),
            (None, "reports were ready at nine.", 746),
            ("\u2022", "Ran the vendor evaluation.", 730),
        ]
        for marker, text, y in rows:
            if marker:
                page.drawString(46, y, marker)
            page.drawString(60, y, text)

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert [(line.bullet, line.text) for line in lines] == [
        (
            True,
            "Planned the warehouse schema and the nightly loads for the finance team so that reports were ready at nine.",
        ),
        (True, "Ran the vendor evaluation."),
    ]


def test_given_a_dotted_leader_row_under_an_employer_when_read_then_the_dots_are_dropped():
    def draw(page):
        page.setFont("Helvetica-Bold", 12)
        page.drawString(44, 760, "Northwind Traders")
        page.setFont("Helvetica", 8)
        page.drawString(150, 757, " ".join(["."] * 90))
        page.setFont("Helvetica", 10)
        page.drawString(44, 740, "Platform Engineer")

    assert texts(canvas_pdf(draw)) == ["Northwind Traders", "Platform Engineer"]


def test_given_a_title_name_whose_letters_touch_when_read_then_the_words_keep_their_space():
    def draw(page):
        page.setFont("Helvetica", 24)
        x = 200.0
        for word in ("Mira", "Okonkwo"):
            for letter in word:
                page.drawString(x, 780, letter)
                x += page.stringWidth(letter, "Helvetica", 24)
            x += 3.5  # the word gap a title font leaves instead of a space glyph
        page.setFont("Helvetica", 10)
        page.drawString(44, 740, "Backend engineer in Lisbon.")

    assert texts(canvas_pdf(draw))[0] == "Mira Okonkwo"


def test_given_a_title_name_followed_on_its_baseline_by_a_smaller_romanised_name_when_read_then_the_name_is_its_own_heading():
    def draw(page):
        page.setFont("Helvetica-Bold", 20)
        page.drawString(40, 780, "Lena Park")
        page.setFont("Helvetica", 11)
        page.drawString(40 + page.stringWidth("Lena Park ", "Helvetica-Bold", 20), 780, "Park Lena")
        page.setFont("Helvetica", 10)
        page.drawString(40, 750, "Software engineer working on payment systems in Seoul.")

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert (lines[0].kind, lines[0].text) == ("heading", "Lena Park")
    assert lines[1].text == "Park Lena"


def test_given_a_drawn_bullet_before_an_icon_glyph_when_read_then_the_drawn_shape_is_the_marker_and_the_wrap_joins():
    def draw(page):
        for y in (760, 734):
            page.circle(50, y + 3.5, 2, stroke=0, fill=1)  # the list marker a browser draws
        page.setFont("ZapfDingbats", 10)
        page.drawString(60, 760, "4")  # an icon opening the item's text, as an emoji would
        page.setFont("Helvetica", 10)
        page.drawString(72, 760, "Delivered the reporting rewrite in six weeks, which kept the two largest")
        page.drawString(60, 747, "customers.")
        page.drawString(60, 734, "Ran the hiring loop.")

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert [(line.bullet, line.indent) for line in lines] == [(True, 48), (True, 48)]
    assert lines[0].text.endswith("kept the two largest customers.")


def test_given_a_row_of_tag_pills_under_a_full_width_item_when_read_then_the_tags_are_a_line_of_their_own():
    tags = ["Go", "gRPC", "Redis", "Kafka"]

    def draw(page):
        page.setFont("Helvetica", 10)
        page.drawString(40, 760, "Cut the checkout latency by half by moving the cart to an event log and caching")
        page.drawString(40, 747, "the price rules per region, with a rollback plan the support team could run alone.")
        x = 40.0
        for tag in tags:
            width = page.stringWidth(tag, "Helvetica", 10) + 3  # tight pills: the text lines up with the item's
            page.setFillGray(0.85)
            page.roundRect(x - 1.5, 730, width, 14, 6, stroke=0, fill=1)
            page.setFillGray(0)
            page.drawString(x, 734, tag)
            x += width + 6

    texts = [line.text for line in pdf_lines(canvas_pdf(draw))[0]]

    assert texts[0].endswith("the support team could run alone.")
    assert texts[1:] == ["Go gRPC Redis Kafka"]


def test_given_a_row_of_tags_set_between_an_items_marker_and_its_text_when_read_then_it_is_outside_the_item():
    from resumes.parsing import parse_resume

    def draw(page):
        page.setFont("Helvetica-Bold", 16)
        page.drawString(40, 800, "Experience")
        page.setFont("Helvetica-Bold", 11)
        page.drawString(40, 780, "Northwind Traders")
        page.setFont("Helvetica", 10)
        page.drawString(40, 767, "2021.03 - 2024.02")
        page.circle(50, 753.5, 2, stroke=0, fill=1)
        page.drawString(60, 750, "Moved the nightly billing run to an event queue and cut its length by two hours.")
        for index, tag in enumerate(("Go", "Kafka", "PostgreSQL")):
            page.drawString(54 + 70 * index, 733, tag)  # the tag row starts left of the item's text

    lines, _ = pdf_lines(canvas_pdf(draw))
    item, tags = lines[-2], lines[-1]
    draft = parse_resume(canvas_pdf(draw), filename="tags.pdf")
    achievements = [a for work in draft.draft["work_experiences"] for a in work.get("achievements") or []]

    assert item.bullet and not tags.bullet and tags.indent <= item.indent
    assert "Moved the nightly billing run to an event queue and cut its length by two hours." in achievements


def test_given_sub_items_marked_by_a_triangle_or_a_dash_when_read_then_each_is_an_item_under_its_parent():
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not path.exists():
        pytest.skip("DejaVu Sans is not installed")
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(path)))
    rows = [
        (40, 52, "•", "Led the storage team through a platform migration."),
        (54, 66, "◁", "Planned the cut-over with the product owner and the site reliability"),
        (None, 66, "", "engineers, one region at a time."),
        (54, 66, "–", "Shared what we learned in weekly demos."),
        (54, 66, "▹", "Removed the last manual deploy step."),
        (40, 52, "•", "Ran the support rota for a year."),
    ]

    def draw(page):
        y = 760.0
        for marker_x, text_x, marker, text in rows:
            if marker_x is not None:
                page.setFont("DejaVuSans", 9)
                page.drawString(marker_x, y, marker)
            page.setFont("Helvetica", 10)
            page.drawString(text_x, y, text)
            y -= 13

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert [(line.text, line.bullet, line.level) for line in lines] == [
        ("Led the storage team through a platform migration.", True, 1),
        (
            "Planned the cut-over with the product owner and the site reliability engineers, one region at a time.",
            True,
            2,
        ),
        ("Shared what we learned in weekly demos.", True, 2),
        ("Removed the last manual deploy step.", True, 2),
        ("Ran the support rota for a year.", True, 1),
    ]


def test_given_a_name_stacked_on_two_title_lines_beside_contact_lines_when_read_then_it_is_one_name():
    def draw(page):
        page.setFont("Helvetica-Bold", 22)
        page.drawRightString(130, 780, "ROBIN")
        page.drawRightString(130, 752, "VALE")
        page.setFont("Helvetica", 10)
        for index, text in enumerate(["555 0100 2000", "robin.vale@example.com", "github.com/robinvale"]):
            page.drawString(150, 786 - 13 * index, text)
        page.setFont("Helvetica-Bold", 14)
        page.drawString(40, 700, "Experience")
        page.setFont("Helvetica", 10)
        page.drawString(150, 680, "Backend Engineer at Quiet Harbor Systems, 2021 - 2024")

    lines = texts(canvas_pdf(draw))

    assert lines[0] == "ROBIN VALE"
    assert "VALE" not in lines


def test_given_a_tightly_justified_item_drawn_without_space_glyphs_when_read_then_its_words_keep_their_spaces():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = "Grew from senior engineer to team lead for a group of eleven people".split()

    def draw(page):
        page.setFont("Helvetica", 10)
        page.drawString(40, 760, "•")
        x = 52.0
        for word in words:
            page.drawString(x, 760, word)  # each word alone: no space glyph between them
            x += stringWidth(word, "Helvetica", 10) + 1.3  # squeezed: a space is 2.8 points
        page.drawString(40, 740, "Closing line of the page in plain body text.")

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert lines[0].text == " ".join(words)
    assert lines[0].bullet


def test_given_an_icon_before_an_entrys_dates_when_read_then_the_dates_are_no_list_item():
    def draw(page):
        page.setFont("Helvetica-Bold", 12)
        page.drawString(40, 780, "Platform Engineer")
        for y, icon, text in (
            (764, "n", "March 2021 – Present"),
            (750, "l", "Cut the failed nightly exports by a third."),
        ):
            page.setFont("ZapfDingbats", 8)
            page.drawString(40, y, icon)  # a calendar-like square, then a round bullet
            page.setFont("Helvetica", 10)
            page.drawString(52, y, text)

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert [(line.text, line.bullet) for line in lines] == [
        ("Platform Engineer", False),
        ("March 2021 – Present", False),
        ("Cut the failed nightly exports by a third.", True),
    ]


def test_given_a_zero_width_space_a_word_processor_sets_after_a_tab_when_read_then_it_makes_no_empty_line():
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not path.exists():
        pytest.skip("DejaVu Sans is not installed")
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(path)))

    def draw(page):
        page.setFont("Helvetica", 10)
        page.drawString(40, 780, "Platform Engineer")
        page.setFont("DejaVuSans", 10)
        page.drawString(260, 776, "\u200b")  # set a little below the row, as Google Docs does
        page.setFont("Helvetica", 10)
        page.drawString(40, 766, "Northwind Traders | Boston, MA")

    assert texts(canvas_pdf(draw)) == ["Platform Engineer", "Northwind Traders | Boston, MA"]
