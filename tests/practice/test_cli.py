import io
import json

from django.core.management import call_command

QUESTION = {"type": "Performance", "difficulty": "easy", "topic": "Redis", "question": "Redis 캐시를 어떻게 쓰셨나요?",
            "what_good_answers_cover": ["캐시 만료 정책", "캐시 무효화"], "source": "work_experiences[0]"}


def test_given_jsonl_items_when_generating_feedback_then_one_json_line_each(tmp_path):
    items = tmp_path / "items.jsonl"
    lines = [{"question": QUESTION, "answer": "잘 모르겠습니다.", "history": []},
             {"question": QUESTION, "answer": "I set a 30 s TTL and deleted keys on write.", "history": []}]
    items.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    out = io.StringIO()

    call_command("generate", "feedback", "--input", str(items), "--provider", "local", stdout=out)

    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(results) == 2
    assert results[0]["grade"] == 1 and results[0]["follow_up"] is None and results[0]["answer_id"] is None
    assert results[1]["language"] == "en" and results[1]["provider"] == "local"
