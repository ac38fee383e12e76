import json
import logging
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"
# The development resumes, Korean and English, junior to senior, kept with the tests.
RESUMES = ROOT / "tests" / "data" / "resumes"


def resume_documents() -> list[Path]:
    """The DESIGN.md example resume (docs/examples) and the development resumes."""
    return [EXAMPLES / "resume-example.json", *sorted(RESUMES.glob("*.json"))]


@pytest.fixture
def example_document() -> dict:
    return json.loads((EXAMPLES / "resume-example.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def reader_errors():
    """Errors a reader logs when it falls back after a failure of its own (a bug in our reading,
    which production survives). Any left at the end of a test fails it; a test provoking one on
    purpose takes it off the list."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(level=logging.ERROR)
    handler.emit = records.append
    parsing = logging.getLogger("resumes.parsing")
    parsing.addHandler(handler)
    yield records
    parsing.removeHandler(handler)
    if records:
        pytest.fail(f"a reader failed and fell back: {records[0].getMessage()}", pytrace=False)
