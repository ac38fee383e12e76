"""A PDF bullet wrapped back to its marker's x (no hanging indent): its last line is still the bullet's."""

from __future__ import annotations

from resumes.parsing.blocks import BULLET, TEXT, section_items
from resumes.parsing.lines import Line


def items(*lines: Line) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in section_items(list(lines), wrapped=True)]


def test_given_a_short_line_at_the_markers_x_that_ends_the_open_sentence_when_read_then_it_ends_the_bullet():
    found = items(
        Line("재고 알림 개편: 알림 지연과 수기 확인 병목을 기준으로 배치 주기와 알림 구조를", bullet=True, indent=48),
        Line("정리했습니다.", indent=48, ended=True),
        Line("출고 정산 자동화: 수기 정산을 배치로 옮겼습니다.", bullet=True, indent=48, ended=True),
    )
    assert found == [
        (BULLET, "재고 알림 개편: 알림 지연과 수기 확인 병목을 기준으로 배치 주기와 알림 구조를 정리했습니다."),
        (BULLET, "출고 정산 자동화: 수기 정산을 배치로 옮겼습니다."),
    ]


def test_given_a_line_at_the_markers_x_after_an_ended_bullet_when_read_then_it_stays_apart():
    found = items(
        Line("수기 정산을 배치로 옮겼습니다.", bullet=True, indent=48),
        Line("사내 발표를 했습니다.", indent=48, ended=True),
    )
    assert found == [(BULLET, "수기 정산을 배치로 옮겼습니다."), (TEXT, "사내 발표를 했습니다.")]
