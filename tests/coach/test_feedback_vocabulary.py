"""The Korean analyzer keeps the evaluator's own loanwords whole (feedback/vocabulary.py)."""

from kiwipiepy import Kiwi

from careercoach.coach.feedback.morph import terms_of
from careercoach.coach.feedback.vocabulary import needs_teaching


def test_given_a_loanword_kiwi_cut_into_verbs_when_reading_then_it_stays_one_noun():
    assert "커버리지" in terms_of("커버리지는 88%였습니다")
    assert "크다" not in terms_of("커버리지는 88%였습니다")
    assert "샤딩" in terms_of("Redis Cluster로 샤딩하겠습니다")


def test_given_an_ordinary_korean_word_spelled_like_a_loanword_when_reading_then_it_keeps_its_meaning():
    # 커서 is "cursor" in the offset synonyms and also "being big"; short words are not taught.
    assert "크다" in terms_of("데이터가 커서 느렸습니다")


def test_given_a_compound_on_a_korean_stem_when_reading_then_its_parts_still_match():
    assert "복잡" in terms_of("복잡도가 올라갔습니다")


def test_given_an_untaught_analyzer_when_checking_words_then_only_words_cut_into_non_nouns_need_teaching():
    untaught = Kiwi()
    assert needs_teaching("커버리지", untaught.tokenize("커버리지"))  # 크/VA 어/EC 버리/VX 지/EC
    assert not needs_teaching("타임아웃", untaught.tokenize("타임아웃"))  # nouns already
    assert not needs_teaching("복잡도", untaught.tokenize("복잡도"))  # a known stem first
