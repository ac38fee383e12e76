import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def resume_documents() -> list[Path]:
    """The example resume (kept in docs/) plus the development set when ../shared is beside us."""
    paths = [EXAMPLES / "resume-example.json"]
    paths += sorted((SHARED / "resumes").glob("*.json")) if (SHARED / "resumes").is_dir() else []
    return paths


@pytest.fixture
def example_document() -> dict:
    return json.loads((EXAMPLES / "resume-example.json").read_text(encoding="utf-8"))
