import json

import pytest
from django.core.management import CommandError, call_command

QUESTION = {
    "type": "Performance",
    "difficulty": "easy",
    "topic": "Redis",
    "question": "Redis 캐시를 어떻게 쓰셨나요?",
    "what_good_answers_cover": ["캐시 만료 정책", "캐시 무효화"],
    "source": "work_experiences[0]",
}


def test_given_jsonl_items_when_generating_feedback_then_one_json_line_each(tmp_path, capsys):
    items = tmp_path / "items.jsonl"
    lines = [
        {"question": QUESTION, "answer": "잘 모르겠습니다.", "history": []},
        {"question": QUESTION, "answer": "I set a 30 s TTL and deleted keys on write.", "history": []},
    ]
    items.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    call_command("generate", "feedback", "--input", str(items), "--provider", "local")

    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(results) == 2
    assert results[0]["grade"] == 1 and results[0]["follow_up"] is None and results[0]["answer_id"] is None
    assert results[1]["language"] == "en" and results[1]["provider"] == "local"


def test_given_a_line_that_is_not_json_when_generating_feedback_then_one_line_error(tmp_path):
    items = tmp_path / "items.jsonl"
    items.write_text('{"question": {}, "answer": "x"}\nnot json\n', encoding="utf-8")

    with pytest.raises(CommandError, match="line 2"):
        call_command("generate", "feedback", "--input", str(items))
