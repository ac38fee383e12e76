"""The holistic grade (feedback/grading.py): an answer concrete throughout is not graded down to
a 3 because a lexical match called its points partial."""

from careercoach.coach.feedback.grading import grade
from careercoach.coach.feedback.points import PointResult
from careercoach.coach.feedback.reading import question_words, read_answer

QUESTION = {
    "type": "Implementation",
    "difficulty": "easy",
    "topic": "구현",
    "question": "엑셀 대량 상품 등록 기능을 어떻게 구현하셨는지 설명해 주세요.",
    "what_good_answers_cover": ["측정하고 검증한 방법", "본인이 직접 구현한 범위"],
}
PARTIAL = [PointResult(p, "partial", "…", 0.4, 3.0) for p in QUESTION["what_good_answers_cover"]]


def _grade(answer: str) -> int:
    words = question_words(QUESTION)
    reading = read_answer(answer, words)
    return grade(PARTIAL, reading, dont_know=False, off_topic=False, concerns=0, question_text=words.text).grade


def test_given_every_point_touched_with_figures_and_named_tools_when_grading_then_at_least_four():
    answer = (
        "제가 SheetJS로 브라우저에서 파일을 읽고 검증은 Web Worker에서 돌려 5,000행도 멈추지 않게 했습니다. "
        "문의는 배포 전 3개월 평균 월 61건, 배포 후 월 8~10건이었습니다."
    )
    assert _grade(answer) >= 4


def test_given_every_point_touched_without_figures_when_grading_then_coverage_decides():
    answer = "제가 SheetJS로 파일을 읽고 Web Worker에서 검증했고, 문의가 많이 줄었습니다."
    assert _grade(answer) <= 3  # coverage 0.5 is a 3 at most; with no figures at all, a 2
