"""Text from images: a PNG or JPEG resume, or PDF pages without a text layer, read by
Tesseract (Debian's tesseract-ocr with tesseract-ocr-kor) through pytesseract; PDF pages are
rasterised with pypdfium2.

Tesseract's Korean model often splits a word into syllables ("페 이 로 드"); words are joined
again when the gap between them is far narrower than a space. A line set much larger than the
body text is a heading, as with PDF font sizes (its words measured by shape, ocrheights.py). A
page in two columns (a sidebar beside the main column) is read again column by column
(ocrcolumns.py). OCR takes seconds per page, so it runs in the worker (resumes.tasks), never in
a request.
"""

from __future__ import annotations

import io
import re
import shutil
import statistics
from collections.abc import Callable

from resumes.parsing.errors import CORRUPT, TOO_MANY_PAGES, ParseError
from resumes.parsing.limits import MAX_PDF_PAGES
from resumes.parsing.lines import HEADING, Line, is_page_number, make_line, strip_icons
from resumes.parsing.ocrcolumns import Word, column_regions
from resumes.parsing.ocrheights import line_size, shape_heights
from resumes.parsing.ocrmail import mend_addresses
from resumes.parsing.ocrreread import Rereader, merge_loose
from resumes.parsing.ocrtables import erase, grid_of, page_rules, ruled_grids, table_lines
from resumes.parsing.ocrtech import read_technologies

LANGUAGES = "kor+eng"
CONFIG = "--psm 4"  # one column of text of varying sizes
RENDER_SCALE = 300 / 72  # PDF points to 300 dpi pixels
MIN_WIDTH = 2480  # smaller images are enlarged (A4 at 300 dpi): Tesseract splits small Hangul badly
JOIN_GAP = 0.3  # of the line height: a narrower gap between words is inside a word
COLUMN_GAP = 3.0  # of the line height: a wider gap between words is a gutter between cells
HEADING_RATIO = 1.3  # of the body text's size, word by word (ocrheights.py)
TITLE_RATIO = 1.8  # a heading this large is the page's title (the name)
MIN_CONFIDENCE = 20
MAX_IMAGE_PIXELS = 40_000_000

Progress = Callable[[int, int], None]
_SYLLABLE = re.compile(r"[가-힣]")
_MARKS = {"ㆍ", "·", "•", ">", "»", "*", "-", "o", "e", "©", "«", "+", "¢"}  # how list markers come out of OCR


def ocr_available() -> bool:
    """Whether Tesseract with the Korean model can run here."""
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract

        return "kor" in pytesseract.get_languages(config="")
    except Exception:  # noqa: BLE001 - a broken install is the same as none
        return False


def image_lines(data: bytes, progress: Progress | None = None) -> tuple[list[Line], bool]:
    """The image's lines, and whether it was read as several columns."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ParseError(CORRUPT, "The image cannot be read.") from exc
    lines, columned = _read_image(image)
    if progress:
        progress(1, 1)
    return lines, columned


def scanned_pdf_lines(data: bytes, progress: Progress | None = None) -> tuple[list[Line], bool]:
    """The pages' lines, and whether some page was read as several columns."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise ParseError(CORRUPT, "The PDF file is damaged and cannot be read.") from exc
    try:
        count = len(pdf)
        if count > MAX_PDF_PAGES:
            raise ParseError(TOO_MANY_PAGES, f"The PDF has {count} pages; a resume may have at most {MAX_PDF_PAGES}.")
        lines: list[Line] = []
        columned = False
        for index in range(count):
            page, split = _read_image(pdf[index].render(scale=RENDER_SCALE).to_pil())
            lines.extend(page)
            columned = columned or split
            if progress:
                progress(index + 1, count)
        return lines, columned
    finally:
        pdf.close()


def _read_image(image) -> tuple[list[Line], bool]:
    """The page's lines, and whether it was read as columns. A page of two columns
    (ocrcolumns.py) is read again region by region (the header across the page, then each
    column), a blank line between regions so that a column's first line never continues the
    last line of the one before."""
    image = image.convert("L")
    if image.width < MIN_WIDTH:
        factor = MIN_WIDTH / image.width
        image = image.resize((MIN_WIDTH, int(image.height * factor)))
    rules = page_rules(image)
    grids = ruled_grids(image, rules)
    image = erase(image, grids, rules[0])
    rows = _rows(image)
    # A table's columns are no page columns: its words stay out of the gutter's search
    words = [
        Word(left, top, width, height, text)
        for row in rows
        if not grid_of(grids, row)
        for left, width, height, text, top in row
    ]
    regions = column_regions(words, image.width, image.height)
    parts = [_rows(image.crop(box), box[0], box[1]) for box in regions] if regions else [rows]
    body = statistics.median([word[2] for part in parts for row in part for word in row] or [1])
    shapes = shape_heights([(word[2], word[3]) for part in parts for row in part for word in row])
    lines: list[Line] = []
    for part, box in zip(parts, regions or [(0, 0, image.width, image.height)], strict=True):
        if lines:
            lines.append(make_line(""))
        lines.extend(_lines(part, body, shapes, grids, Rereader(image, box, body, _line_text)))
    return lines, bool(regions)


def _rows(image, dx: int = 0, dy: int = 0) -> list[list[tuple[int, int, int, str, int]]]:
    """Tesseract's lines of an image, each a list of (left, width, height, text, top) words in
    the page's pixels (the image is a part of the page at dx, dy)."""
    import pytesseract

    data = pytesseract.image_to_data(image, lang=LANGUAGES, config=CONFIG, output_type=pytesseract.Output.DICT)
    rows: dict[tuple, list[tuple[int, int, int, str, int]]] = {}
    for index, word in enumerate(data["text"]):
        if word.strip() and float(data["conf"][index]) >= MIN_CONFIDENCE:
            key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
            left, top = data["left"][index] + dx, data["top"][index] + dy
            rows.setdefault(key, []).append((left, data["width"][index], data["height"][index], word, top))
    return list(rows.values())


def _line_text(image) -> str:
    import pytesseract

    return pytesseract.image_to_string(image, lang=LANGUAGES, config="--psm 7")


def _lines(rows: list[list[tuple]], body: float, shapes: dict, grids: list, reread: Rereader) -> list[Line]:
    """Lines of Tesseract's rows: a row set larger than the body text is a heading
    (ocrheights.py), read again when it names nothing (ocrreread.py), and the rows of a ruled
    table that table's rows of cells (ocrtables.py)."""
    built: list = []
    tables: dict[int, list[tuple]] = {}
    for row, loose in merge_loose(rows):
        grid = grid_of(grids, row)
        if grid is not None:
            if id(grid) not in tables:
                built.append(grid)
            tables.setdefault(id(grid), []).extend(row)
            continue
        words = [word[:4] for word in row]
        bullet = len(words) > 1 and words[0][3] in _MARKS and words[0][2] < 0.6 * body
        text = _joined(words[1:] if bullet else words)
        size = line_size([(h, word) for _, _, h, word in words], shapes, body)
        if (size >= HEADING_RATIO or loose) and not bullet:
            again = reread(row + loose, text)
            if loose and again != text:  # its strokes below it: set larger than it was measured
                size = max(size, HEADING_RATIO)
            text = again
        built.append((("• " if bullet else "") + text, size, words[0][0]))
    lines = []
    for item in built:
        if not isinstance(item, tuple):
            lines.extend(table_lines(item, tables[id(item)], _joined))
            continue
        text, size, left = item
        bare = text.removeprefix("• ").strip()
        if is_page_number(bare) or len(bare) <= 1 or not any(ch.isalnum() for ch in bare):
            continue  # page numbers and specks at the edge of a scan
        if size >= HEADING_RATIO and len(text) <= 40 and not text.startswith("• "):
            line = make_line(strip_icons(text), indent=left, strong=True)
            line.kind, line.level, line.evidence = HEADING, 1 if size >= TITLE_RATIO else 2, "ocr:height"
        else:
            line = make_line(text, indent=left)
            line.evidence = "ocr"
            read_technologies(line)
        lines.append(line)
    return mend_addresses(lines)


def _joined(words: list[tuple[int, int, int, str]]) -> str:
    """Words of a line; syllables Tesseract split apart ("시 간 을") are one word again, and a
    gap as wide as a gutter (a period set flush right) is a tab."""
    text = words[0][3]
    for (left, width, height, word), (next_left, _, next_height, following) in zip(words, words[1:], strict=False):
        gap = next_left - (left + width)
        syllables = _SYLLABLE.fullmatch(word) and _SYLLABLE.fullmatch(following)
        if gap >= COLUMN_GAP * max(height, next_height):
            text += "\t" + following  # "Company ⇥ period": a gutter, as the PDF reader marks one
            continue
        text += ("" if gap < JOIN_GAP * max(height, next_height) or syllables else " ") + following
    return text
