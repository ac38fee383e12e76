"""`manage.py generate posting|fit` and `--posting` for interview|learning."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.postings.test_api import POSTING

RESUME = "docs/examples/resume-example.json"


def run(*args) -> dict:
    out = io.StringIO()
    import sys

    real, sys.stdout = sys.stdout, out
    try:
        call_command("generate", *args)
    finally:
        sys.stdout = real
    return json.loads(out.getvalue())


@pytest.fixture
def posting_file(tmp_path):
    path = tmp_path / "posting.txt"
    path.write_text(POSTING, encoding="utf-8")
    return str(path)


def test_given_a_posting_file_when_generate_posting_then_the_parsed_shape_is_printed(posting_file):
    body = run("posting", "--posting", posting_file)
    assert set(body) == {"title", "company", "required_skills", "preferred_skills", "years_required", "sections"}
    assert body["required_skills"] == ["Python", "Django", "Kubernetes"]


def test_given_resume_and_posting_when_generate_fit_then_the_fit_report_is_printed(posting_file):
    body = run("fit", "--resume", RESUME, "--posting", posting_file)
    assert {
        "fit_id",
        "required",
        "preferred",
        "years_required",
        "years_shown",
        "score",
        "score_explained",
        "prepare_first",
        "generated_at",
    } <= set(body)
    assert len(body["prepare_first"]) == 3


def test_given_a_posting_when_generate_interview_then_questions_target_it(posting_file):
    body = run("interview", "--resume", RESUME, "--posting", posting_file)
    assert len(body["questions"]) == 5
    assert body["provider"] == "local" and any(
        q["question"].startswith("공고의 필수 요건인") or q["question"].startswith("The posting requires")
        for q in body["questions"]
    )


def test_given_an_empty_posting_when_generate_posting_then_a_one_line_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    with pytest.raises(CommandError, match="empty"):
        run("posting", "--posting", str(path))
