"""Refuse a DOCX whose ZIP container would expand far beyond what a resume needs.

python-docx inflates whole parts in memory, so the declared sizes are checked first. Python's
zipfile never inflates a member past its declared size, so a header that lies about the size
only truncates that member; it cannot get around this check.
"""

from __future__ import annotations

import io
import zipfile

from resumes.parsing.errors import CORRUPT, ZIP_BOMB, ParseError
from resumes.parsing.limits import (
    DOCX_MAX_MEMBER_RATIO,
    DOCX_MAX_MEMBERS,
    DOCX_MAX_UNCOMPRESSED_BYTES,
    DOCX_RATIO_CHECK_FROM_BYTES,
)

_BOMB = "The DOCX file expands to an unreasonable size and was not opened."


def check_docx_archive(data: bytes) -> None:
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ParseError(CORRUPT, "The DOCX file is damaged and cannot be read.") from exc
    if len(members) > DOCX_MAX_MEMBERS:
        raise ParseError(
            ZIP_BOMB, f"The DOCX file holds {len(members)} parts; at most {DOCX_MAX_MEMBERS} are accepted."
        )
    if sum(member.file_size for member in members) > DOCX_MAX_UNCOMPRESSED_BYTES:
        raise ParseError(ZIP_BOMB, _BOMB)
    for member in members:
        if member.file_size > DOCX_RATIO_CHECK_FROM_BYTES and member.file_size > DOCX_MAX_MEMBER_RATIO * max(
            member.compress_size, 1
        ):
            raise ParseError(ZIP_BOMB, _BOMB)
