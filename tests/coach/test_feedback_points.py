"""How a place in the answer meets a point (feedback/points.py and the reading it uses)."""

from careercoach.coach.feedback.morph import stem
from careercoach.coach.feedback.needs import point_needs
from careercoach.coach.feedback.points import _overlap, judge_point, relevance
from careercoach.coach.feedback.reading import Place, question_words, read_answer
from careercoach.coach.feedback.signals import is_off_topic

QUESTION = {
    "type": "Business",
    "difficulty": "medium",
    "topic": "비즈니스 임팩트",
    "question": "노쇼율을 12%에서 7%로 줄였다고 하셨는데, 어떤 기준과 기간으로 측정하셨고 매출이나 비용과 어떻게 이어졌나요?",
    "what_good_answers_cover": [
        '"12% → 7%"가 매출·비용·사용자 경험에 준 영향',
        '"12%"라는 기준선을 잡은 방법과 비교 기간',
        "뮤테이션 테스트로 단언 품질 점검",
    ],
}


def _status(answer: str, index: int) -> str:
    words = question_words(QUESTION)
    return judge_point(QUESTION["what_good_answers_cover"][index], read_answer(answer, words), words.subject).status


def test_given_an_amount_of_money_when_matching_a_cost_point_then_it_counts_as_cost_or_revenue():
    words = question_words(QUESTION)
    place = read_answer("예약 한 건이 평균 4~5만 원이라 매장당 월 30만 원이 남았습니다.", words).places[0]
    assert "@money" in place.keys


def test_given_only_the_question_numbers_when_reading_then_they_are_no_measurement():
    words = question_words(QUESTION)
    assert "@number" not in read_answer("노쇼율이 12%에서 7%로 줄었습니다.", words).places[0].keys
    assert "@number" in read_answer("노쇼가 월 1,100건 줄었습니다.", words).places[0].keys


def test_given_one_period_named_when_a_point_asks_for_a_baseline_and_a_period_then_it_meets_one_of_them():
    needs = point_needs('"12%"라는 기준선을 잡은 방법과 비교 기간')
    only_a_period = Place("배포 후 석 달", {"@period"}, 5.0)
    both = Place("배포 전 석 달을 기준선으로", {"@period", "~34", "기준선"}, 5.0)
    assert _overlap(needs, only_a_period) < _overlap(needs, both)


def test_given_a_sentence_calling_the_practice_unnecessary_when_matching_then_it_covers_nothing():
    answer = (
        "뮤테이션 테스트 같은 건 커버리지가 낮을 때나 의미가 있어서 저희는 단언 품질 점검이 필요 없다고 판단했습니다."
    )
    assert _status(answer, 2) == "missing"
    kept = "Stryker로 뮤테이션 테스트를 월 1회 돌려 살아남은 뮤턴트 23개를 보고 단언을 보강했고 점수가 61%에서 84%가 됐습니다."
    assert _status(kept, 2) != "missing"


def test_given_an_irregular_english_past_when_stemming_then_it_meets_its_base_form():
    assert stem("gave") == stem("give")
    assert stem("chose") == stem("choose")
    assert stem("built") == stem("build")


def test_given_a_point_that_shares_nothing_with_the_question_when_ranking_then_its_relevance_is_zero():
    words = question_words(QUESTION)
    assert relevance("수평 확장을 위한 stateless 세션 설계", words) == 0
    assert relevance('"12%"라는 기준선을 잡은 방법과 비교 기간', words) > 0


def test_given_an_answer_on_the_question_technology_when_it_repeats_few_question_words_then_it_is_not_off_topic():
    question = {
        "type": "Trade-off",
        "difficulty": "hard",
        "topic": "Spring Data JPA, MyBatis, 기술 선택",
        "question": "이력서의 '근태관리 SaaS' 프로젝트 부분에서 \"tenant_id 기준 공유 스키마 방식의 멀티테넌트 구조를 설계\"라는 "
        "대목이 눈에 띕니다. 가정해서 여쭙겠습니다. Spring Data JPA 대신 MyBatis를 썼다면 무엇이 달라졌을까요?",
        "what_good_answers_cover": [
            "Spring Data JPA 선택의 대가: 지연 로딩 연관관계로 인한 N+1 문제",
            "선택을 다시 검토하게 될 조건",
        ],
    }
    answer = "JPA는 엔티티만 만들면 CRUD가 바로 돼서 빨랐습니다. 다만 직원 목록 뒤에 근태 기록을 하나씩 조회하는 N+1 쿼리가 직원 수만큼 나갔습니다."
    words = question_words(question)
    assert not is_off_topic(read_answer(answer, words), words, covered=0)
    assert is_off_topic(
        read_answer("안드로이드 앱에서 Jetpack Compose로 화면을 다시 만들었습니다.", words), words, covered=0
    )


def test_given_one_word_of_a_point_in_a_dense_concrete_sentence_when_matching_then_it_is_partial():
    question = {
        "type": "Performance",
        "difficulty": "medium",
        "topic": "performance",
        "question": "How did you find the bottleneck, and how was the improvement measured?",
        "what_good_answers_cover": ["list keys and component identity"],
    }
    words = question_words(question)
    point = question["what_good_answers_cover"][0]
    dense = "Rows were keyed by array index in ProductCard, so 1,200 cards remounted on every filter click (350 ms)."
    plain = "We thought about keys a little."
    assert judge_point(point, read_answer(dense, words), words.subject).status == "partial"
    assert judge_point(point, read_answer(plain, words), words.subject).status == "missing"
