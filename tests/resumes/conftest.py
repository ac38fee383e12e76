import json
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
