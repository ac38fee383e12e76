"""A checklist point read by its structure (feedback/needs.py)."""

from careercoach.coach.feedback.needs import point_needs, split_frame
from careercoach.coach.feedback.rules import load_rules


def _weights(point: str) -> dict[str, float]:
    """Each need's keys (terms only) mapped to its weight, for readable assertions."""
    found = {}
    for need in point_needs(point):
        if not need.bonus:
            for key in need.keys:
                found[key] = need.weight
    return found


def test_given_a_framed_point_when_reading_then_the_frame_weighs_like_a_generic_word():
    generic = load_rules().thresholds["generic_weight"]
    assert split_frame("Pinia 선택의 대가: 스토어 직접 구조 분해로 인한 반응성 상실")[0] == "Pinia 선택의 대가"
    weights = _weights("Pinia 선택의 대가: 스토어 직접 구조 분해로 인한 반응성 상실")
    assert weights["대가"] == generic
    assert weights["반응성"] == 1.0
    assert _weights("the price of Kafka: duplicate processing after a failed offset commit")["offset"] == 1.0


def test_given_a_dotted_list_when_reading_then_it_is_one_need_of_alternatives_with_the_last_item_whole():
    lists = [n for n in point_needs('"12% → 7%"가 매출·비용·사용자 경험에 준 영향') if n.items]
    assert len(lists) == 1
    need = lists[0]
    assert len(need.items) == 3
    assert need.credit({"~32"}) == need.weight / 2  # one alternative (revenue) meets half
    assert need.credit({"매출", "비용"}) == need.weight  # two meet it in full
    assert "경험" not in need.keys  # "사용자 경험" is met as UX, not by the filler word 경험


def test_given_an_english_comma_list_when_reading_then_it_is_one_need():
    lists = [n for n in point_needs("timeouts, retries and isolation that limit the blast radius") if n.items]
    assert len(lists) == 1 and len(lists[0].items) == 3


def test_given_two_words_of_one_synonym_group_when_reading_then_they_are_one_need():
    needs = [n for n in point_needs("Redis 성능 모니터링 지표 및 병목 원인 분석 능력") if not n.bonus]
    holding = [n for n in needs if {"병목", "원인"} & n.keys]
    assert len(holding) == 1 and {"병목", "원인"} <= holding[0].keys


def test_given_yaml_words_that_read_as_booleans_when_loading_then_they_are_stop_words():
    rules = load_rules()
    assert rules.weight("on") == 0.0 and rules.weight("no") == 0.0
