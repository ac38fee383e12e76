"""Upper bounds on what an upload may cost to read. A resume is one to a few pages; anything
far beyond these is a mistake or an attack, and both are refused before the expensive work."""

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PDF_PAGES = 30
MAX_TEXT_CHARS = 100_000

# A real DOCX holds a few dozen parts; its XML compresses about 5-20 times.
DOCX_MAX_MEMBERS = 1000
DOCX_MAX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024
DOCX_MAX_MEMBER_RATIO = 100
DOCX_RATIO_CHECK_FROM_BYTES = 1024 * 1024

# Share of control characters above which bytes are binary rather than text.
MAX_CONTROL_CHAR_RATIO = 0.01
