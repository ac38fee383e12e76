"""A labelled position ("- 포지션: …") in a Markdown entry wins over a title guessed from an
unlabelled note line above it (a grey <span> saying why the job ended), and a labelled title with
a long note in brackets stays the position. All people and companies are invented."""

from __future__ import annotations

from tests.resumes.documents import entries, parse_markdown

NOTED = """# 윤하늘

haneul@example.com

## 경력

### 가람랩 (2021. 03. - 현재)

- 포지션: 개발팀장 (백엔드·프론트·QA 5인 멀티 스쿼드 팀 조율과 채용 담당)
- 담당업무:
  - 주문 서버를 설계했습니다.

### 나래웍스 (2019. 07. - 2019. 12.)
<span style="color:#6b7280; font-size:0.9rem;">인턴 계약 기간 만료로 인한 종료</span>

- 포지션: 서버 개발 인턴
- 담당업무:
  - 관리자 통계 화면을 만들었습니다.
"""


def test_given_a_note_line_with_an_intern_word_and_a_labelled_position_when_parsed_then_the_label_wins():
    draft = parse_markdown(NOTED)

    assert entries(draft) == [
        ("가람랩", "개발팀장 (백엔드·프론트·QA 5인 멀티 스쿼드 팀 조율과 채용 담당)", "2021. 03. - 현재"),
        ("나래웍스", "서버 개발 인턴", "2019. 07. - 2019. 12."),
    ]
