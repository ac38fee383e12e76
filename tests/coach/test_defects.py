"""Defect classes read on unseen resumes (issue 15), each fixed as a class and checked on a
resume that reproduces it: numbers misread, unlike comparisons, a number used for the wrong
question, off-topic or repeated checklist points, topics that do not match the question,
repeated project names, trade-offs never made, template slips."""

import glob
import json
import re
from pathlib import Path

import pytest

from careercoach.coach import generate_interview, generate_learning
from careercoach.coach.analysis import analyze
from careercoach.coach.catalog import all_technologies
from careercoach.coach.checklist import same_point
from careercoach.coach.naming import anchor_text
from careercoach.coach.quantities import accepts, kind_of
from careercoach.coach.text import metric_pairs, numbers_in, quotable
from careercoach.coach.tradeoffs import alternative, decisions
from tests.coach import resumes_roles as R

NEW_SET = sorted(glob.glob(str(Path(__file__).resolve().parent.parent / "data" / "resumes_new" / "*.json")))


def load(path: str) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def all_resumes() -> list[dict]:
    return [load(p) for p in NEW_SET] + [
        R.korean_numbers_and_decisions(),
        R.english_long_numbers(),
        R.ios_swiftui_state(),
    ]


# 1. Numbers misread
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("정산 배치를 4시간 10분에서 52분으로 단축", ("4시간 10분", "52분")),
        ("MTTR dropped from 2h 30m to 35m", ("2h 30m", "35m")),
        ("비용을 월 1억 2천만 원에서 7천만 원으로 절감", ("1억 2천만 원", "7천만 원")),
        ("동기화 시간을 6분 30초에서 1분 40초로 단축", ("6분 30초", "1분 40초")),
        ("가스비를 182,000 gas에서 61,000 gas로 절감", ("182,000 gas", "61,000 gas")),
    ],
)
def test_compound_numbers_stay_whole_in_before_after_pairs(text, pair):
    assert metric_pairs(text)[0] == pair


def test_money_rates_and_ranges_stay_whole_as_numbers():
    assert "3억 원" in numbers_in("예치금 약 3억 원 규모")
    assert "1.2k" in numbers_in("초당 1.2k 주문")
    assert "10~20ms" in numbers_in("지연이 10~20ms 사이")


@pytest.mark.parametrize(
    "line",
    [
        "k6로 블랙프라이데이 대비 부하 시나리오를 작성하고 초당 1.2k 주문 요청에서 p95 응답 6.2초 → 1.4초 개선 과정을 "
        "개발팀과 함께 검증하였으며 이를 통해 배포 안정성을 크게 높이고 장애 대응 시간 단축",
        R.english_long_numbers()["work_experiences"][0]["achievements"][0],
    ],
)
def test_a_shortened_quote_keeps_the_before_and_after_and_never_cuts_a_number(line):
    quote = quotable(line)
    before, after = metric_pairs(line)[-1]
    assert before in quote and after in quote
    assert not re.search(r"(\d|→)\s*…", quote)


def test_questions_quote_a_compound_duration_whole():
    for question in generate_interview(R.korean_numbers_and_decisions())["questions"]:
        text = question["question"] + " ".join(question["what_good_answers_cover"])
        assert not re.search(r"(?<!시간 )10분 → 52분|(?<!시간 )\b10분과 52분", text), text


# 2. Comparisons of unlike things
def test_every_catalog_alternative_offered_is_the_same_kind_of_technology():
    analysis = analyze(R.korean_numbers_and_decisions())
    unit = analysis.units[0]
    for tech in all_technologies():
        alt, _, _ = alternative(tech, unit, analysis)
        assert alt is None or alt.category == tech.category, (tech.id, alt.id)


@pytest.mark.parametrize("resume", all_resumes(), ids=lambda r: r.get("name", ""))
def test_a_trade_off_between_two_catalog_technologies_names_the_role_they_compete_in(resume):
    for question in generate_interview(resume, "en")["questions"]:
        if question["type"] != "Trade-off" or "instead of" in question["question"] or " over " in question["question"]:
            continue  # a recorded decision is asked as the decision it was
        if question["topic"].count(",") == 2:
            assert re.search(r" as the | as a hypothetical", question["question"]), question["question"]


# 3. A number used for the wrong question
def test_quantity_kinds_decide_which_questions_may_use_them():
    assert kind_of("99.6%") == "rate" and "rate" not in accepts("Scalability")
    assert kind_of("1억 2천만 원") == "money" and "money" not in accepts("Performance")
    assert kind_of("1.4초", "p95 응답 ") == "latency" and "latency" in accepts("Performance")


def test_a_success_rate_is_never_the_base_of_a_capacity_estimate_nor_money_a_latency():
    for language in ("ko", "en"):
        for question in generate_interview(R.korean_numbers_and_decisions(), language)["questions"]:
            text = question["question"] + " " + " ".join(question["what_good_answers_cover"])
            if question["type"] == "Scalability":
                assert "97.8%" not in text and "99.6%" not in text
            if question["type"] == "Performance":
                assert "억 원" not in text


# 4. Checklist items about something else, or the same point twice
def test_two_wordings_of_one_point_are_recognised():
    assert same_point('"12%"라는 기준선을 잡은 방법과 비교 기간', "효과를 측정한 기준과 비교 기간")
    assert not same_point("병목을 찾은 방법과 사용한 프로파일링·측정 도구", "효과를 측정한 기준과 비교 기간")


@pytest.mark.parametrize("resume", all_resumes(), ids=lambda r: r.get("name", ""))
def test_no_checklist_repeats_a_point_in_other_words(resume):
    for question in generate_interview(resume)["questions"]:
        covers = question["what_good_answers_cover"]
        for i, a in enumerate(covers):
            assert not any(same_point(a, b) for b in covers[i + 1 :]), covers


def test_a_batch_chunk_size_question_gets_no_points_about_web_sessions_or_startup_time():
    for language in ("ko", "en"):
        for question in generate_interview(R.korean_numbers_and_decisions(), language)["questions"]:
            if "chunk" not in question["question"]:
                continue
            covers = " ".join(question["what_good_answers_cover"]).lower()
            assert not re.search(r"session|세션|auto-configuration|자동 구성|context cach|컨텍스트 캐시", covers), (
                covers
            )


# 5. Topic label not matching the question
@pytest.mark.parametrize("resume", all_resumes(), ids=lambda r: r.get("name", ""))
def test_every_technology_in_a_topic_is_named_in_its_question(resume):
    for question in generate_interview(resume)["questions"]:
        for name in question["topic"].split(", ")[:-1]:
            assert name.lower() in question["question"].lower(), (question["topic"], question["question"])


# 6. Repetition
@pytest.mark.parametrize("resume", all_resumes(), ids=lambda r: r.get("name", ""))
def test_a_project_is_named_in_full_at_most_once_per_section(resume):
    analysis = analyze(resume)
    out = generate_learning(resume)
    anchors = {anchor_text(u, out["language"], analysis.seed) for u in analysis.units if u.label}
    anchors = {a for a in anchors if len(a) > 12}
    sections = [out["analysis"]["strengths"], [out["summary"]]] + [
        [p["description"], p["reason"]] for p in out["learning_paths"]
    ]
    for section in sections:
        for anchor in anchors:
            assert " ".join(section).count(anchor) <= 1, (anchor, section)
    # Across paths, a long reference (company and project) is spelled out once; later paths
    # use the project's name.
    paths_text = " ".join(p["description"] + p["reason"] for p in out["learning_paths"])
    assert all(paths_text.count(a) <= 1 for a in anchors if len(a) > 25)


@pytest.mark.parametrize("resume", all_resumes(), ids=lambda r: r.get("name", ""))
def test_one_line_backs_at_most_one_strength(resume):
    strengths = generate_learning(resume)["analysis"]["strengths"]
    quoted = [re.sub(r"^[^:]+:\s*", "", s)[:60] for s in strengths]
    lines = [line for w in resume.get("work_experiences") or [] for line in w.get("achievements") or []]
    for line in lines:
        assert sum(1 for s in strengths if line[:50] in s) <= 1, (line, quoted)


# 9. Trade-offs the person never made
def test_a_recorded_migration_is_asked_and_no_unused_alternative_is_offered():
    analysis = analyze(R.korean_numbers_and_decisions())
    recorded = decisions(analysis.units[0])
    assert any(d.chosen and d.chosen.id == "clickhouse" for d in recorded)
    trade = [q for q in generate_interview(R.korean_numbers_and_decisions())["questions"] if q["type"] == "Trade-off"]
    assert trade and all("MySQL" not in q["question"] for q in trade)


def test_chose_a_over_b_is_a_recorded_decision_even_with_a_technology_the_catalog_lacks():
    resume = R.english_long_numbers()
    resume["work_experiences"][0]["achievements"][2] = "Chose Kafka over IBM MQ for the event backbone after a spike"
    trade = [q for q in generate_interview(resume)["questions"] if q["type"] == "Trade-off"]
    assert trade and "IBM MQ" in trade[0]["question"]


def test_without_any_recorded_decision_an_unused_alternative_is_asked_as_a_hypothetical():
    resume = R.english_long_numbers()
    resume["work_experiences"][0]["achievements"][2] = "Kept dispatch events flowing through Kafka"
    for question in generate_interview(resume, "en")["questions"]:
        if question["type"] == "Trade-off" and "used both" not in question["question"]:
            assert re.search(r"hypothetical|Suppose|had you used|Comparing", question["question"]), question


def test_crashlytics_alone_is_no_firebase_over_supabase_decision():
    for question in generate_interview(R.ios_swiftui_state(), "en")["questions"]:
        assert "Supabase" not in question["question"]


# 11. Template slips
@pytest.mark.parametrize("resume", all_resumes(), ids=lambda r: r.get("name", ""))
def test_no_count_of_zero_or_one_places(resume):
    text = json.dumps([generate_learning(resume, "ko"), generate_learning(resume, "en")], ensure_ascii=False)
    assert not re.search(r"\b[01]개 항목에서|in [01] places", text)


def test_an_ios_developer_gets_no_web_or_database_advice():
    for resume in (R.ios_swiftui_state(), load(next(p for p in NEW_SET if "ios" in p))):
        text = json.dumps([generate_learning(resume, "en"), generate_interview(resume, "en")])
        assert not re.search(r"Cypress|Testing Library|EXPLAIN ANALYZE|Jest\b", text)


def test_an_app_state_bug_is_not_checked_against_server_timeouts_and_isolation():
    for question in generate_interview(R.ios_swiftui_state(), "en")["questions"]:
        assert "timeouts, retries and isolation" not in question["what_good_answers_cover"]
