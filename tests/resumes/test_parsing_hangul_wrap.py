"""Korean lines wrapped between two syllables: a word cut at the margin comes back whole, a
word gap keeps its space (resumes/parsing/hangul_wrap.py). The junction table is invented
pairs; the PDFs are invented bullets printed by Chromium in a narrow column, once breaking
anywhere (the browser's default for Korean) and once keeping words whole (word-break: keep-all)."""

from __future__ import annotations

import pytest

from resumes.parsing.hangul_wrap import next_syllable_fitted, one_word
from resumes.parsing.pdfwrap import join_wrapped
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.conftest import need

# A piece on one side of the break is no word of its own: one word cut in two.
CUT = [
    ("네이", "버"), ("인", "프라"), ("마이그레", "이션을"), ("프로젝", "트"), ("사용", "자"), ("성능개", "선"),
    ("결제시", "스템을"), ("데이터베이", "스"), ("모니터", "링"), ("대시보", "드를"), ("트래", "픽을"),
    ("아키텍", "처"), ("리팩터", "링"), ("쿠버네", "티스"), ("자동", "화하여"), ("안정", "성을"), ("알림", "을"),
    ("도입하", "고"), ("개선했", "습니다"), ("서비", "스"), ("플랫", "폼"), ("컨테이", "너"), ("카카", "오"),
    ("분석하", "여"),
]  # fmt: skip
# Two words, or a compound either spelling of which is standard ("검색 엔진"): the space stays.
KEPT = [
    ("개발", "했습니다"), ("서버", "개발"), ("데이터", "파이프라인"), ("결제", "시스템을"), ("성능", "개선"),
    ("주식회사", "모아핏"), ("팀장", "김하늘"), ("배포", "자동화"), ("운영", "환경"), ("사용자", "경험"),
    ("구축", "및"), ("프레임", "드랍"), ("프로시저", "튜닝"), ("장애", "대응"), ("코드", "리뷰"), ("신규", "서비스"),
    ("담당", "업무"), ("주요", "성과"), ("월간", "장애"), ("검색", "응답"), ("캐시", "계층을"), ("정산", "시간을"),
    ("한빛소프트", "백엔드"), ("할", "수"), ("수", "있도록"), ("각", "팀의"), ("더", "빠르게"), ("파이프", "라인을"),
    ("검색", "엔진"), ("로그", "수집"), ("배포", "했습니다"),
]  # fmt: skip


@pytest.mark.parametrize(("tail", "head"), CUT)
def test_given_a_word_cut_at_a_line_end_when_judged_then_it_is_one_word(tail, head):
    assert one_word(f"트래픽 {tail}", f"{head} 완료")
    assert join_wrapped(f"주문 {tail}", f"{head} 완료") == f"주문 {tail}{head} 완료"


@pytest.mark.parametrize(("tail", "head"), KEPT)
def test_given_two_words_at_a_line_end_when_judged_then_the_space_stays(tail, head):
    assert not one_word(f"주문 {tail}", f"{head} 완료")


def test_given_room_for_the_next_syllable_on_the_row_above_when_joined_then_the_break_was_a_word_gap():
    glyph = {"text": "자", "x0": 40.0, "x1": 50.0}

    assert next_syllable_fitted(400.0, [glyph], right=500.0)
    assert not next_syllable_fitted(492.0, [glyph], right=500.0)
    assert join_wrapped("신규 기능 사용", "자 화면 개편", fitted=True) == "신규 기능 사용 자 화면 개편"
    assert join_wrapped("신규 기능 사용", "자 화면 개편") == "신규 기능 사용자 화면 개편"


BULLETS = [
    "네이버 클라우드 인프라 위에 주문 데이터 파이프라인을 구축하여 정산 시간을 단축함",
    "로그 수집 구조를 분석하여 장애 원인을 빠르게 찾도록 대시보드를 개발했습니다",
    "쿠버네티스 마이그레이션을 주도하고 배포 자동화 프로세스를 정착시킴",
    "결제 시스템을 재설계하여 월간 장애 건수를 절반 이하로 줄였습니다",
    "사용자 경험 개선을 위해 검색 응답 속도를 최적화하고 캐시 계층을 도입함",
    "신규 입사자 온보딩 문서를 정리하고 코드 리뷰 문화를 팀에 정착시킴",
]


def printed(width: int, keep_all: bool) -> list[str]:
    from playwright.sync_api import sync_playwright

    from resumes.parsing.pdf import pdf_lines

    items = "".join(f"<li>{text}</li>" for text in BULLETS)
    style = (
        f"body{{font-family:'NanumGothic';font-size:11pt;width:{width}px;{'word-break:keep-all' if keep_all else ''}}}"
    )
    html = f"<html><head><meta charset=utf-8><style>{style}</style></head><body><h2>경력</h2><ul>{items}</ul></body></html>"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.set_content(html, wait_until="load")
            data = page.pdf(format="A4")
        finally:
            browser.close()
    return [line.text for line in pdf_lines(data)[0]]


@pytest.mark.browser
@pytest.mark.parametrize("width", [180, 230, 260])
@pytest.mark.parametrize("keep_all", [False, True])
def test_given_korean_bullets_wrapped_in_a_narrow_column_when_read_then_each_comes_back_whole(width, keep_all):
    need(CHROMIUM.exists(), "Chromium at /usr/bin/chromium")

    lines = printed(width, keep_all)

    assert lines[1:] == BULLETS
