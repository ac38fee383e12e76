"""Latency of offline practice feedback for a 900-character Korean answer: start-up (the Korean
analyzer and rules, loaded once per process) and p50/p95 per answer after that.

Run from the project root: .venv/bin/python bench/feedback_speed.py [--repeat 50]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

QUESTION = {
    "type": "Performance",
    "difficulty": "medium",
    "topic": "Spring Batch, 성능",
    "question": "정산 배치를 2시간에서 18분으로 줄였다고 하셨는데, 병목은 어떻게 찾으셨고 효과는 어떻게 확인하셨나요?",
    "what_good_answers_cover": [
        "측정 조건과 재현 방법",
        "커밋 비용을 고려한 chunk 크기 튜닝",
        "병목을 찾은 방법과 사용한 프로파일링·측정 도구",
        "실패 시 재처리와 롤백 범위",
    ],
    "source": "work_experiences[0]",
}
SENTENCES = [
    "처음에는 배치 메타 테이블에서 스텝별 소요 시간을 뽑아 보니 쓰기 스텝이 1시간 20분을 차지하고 있었습니다.",
    "MySQL 슬로우 쿼리 로그와 Hibernate SQL 로그를 켜 보니 수당 항목마다 INSERT가 한 건씩 나가고 있었어요.",
    "제가 writer를 JdbcBatchItemWriter로 바꾸고 rewriteBatchedStatements=true를 켰습니다.",
    "chunk 크기는 100, 500, 1000, 2000으로 바꿔 가며 쟀고 1000에서 커밋 횟수와 롤백 범위의 균형이 맞았습니다.",
    "측정은 운영 DB 스냅샷을 복원한 스테이징에서 같은 잡 파라미터로 세 번 돌린 중간값을 썼습니다.",
    "실패한 건은 skip 정책으로 따로 모아 다음 날 재처리했고, 재시작 시에는 마지막 커밋 지점부터 이어서 돌렸습니다.",
]


def answer_of_length(chars: int = 900) -> str:
    text, i = "", 0
    while len(text) < chars:
        text += SENTENCES[i % len(SENTENCES)] + " "
        i += 1
    return text[:chars]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    started = time.perf_counter()
    from careercoach.coach.feedback import evaluate_answer, warm_up

    warm_up()
    startup = time.perf_counter() - started
    answer = answer_of_length()
    timings, follow_ups = [], []
    for i in range(args.repeat):
        t = time.perf_counter()
        evaluate_answer(QUESTION, answer + f" ({i})")  # distinct text: no cache helps
        timings.append((time.perf_counter() - t) * 1000)
        # A second follow-up: the two earlier turns are read again to carry their coverage.
        history = [{"question": QUESTION["question"], "answer": answer + f" [{i}-{turn}]"} for turn in range(2)]
        t = time.perf_counter()
        evaluate_answer(QUESTION, answer + f" <{i}>", history=history)
        follow_ups.append((time.perf_counter() - t) * 1000)
    print(f"answer chars={len(answer)} repeat={args.repeat}")
    print(f"start-up (analyzer + rules, once per process): {startup * 1000:.0f} ms")
    for name, values in (("per answer", timings), ("second follow-up (2 earlier turns)", follow_ups)):
        values.sort()
        p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
        print(f"{name}: p50={statistics.median(values):.0f} ms  p95={p95:.0f} ms  max={values[-1]:.0f} ms")


if __name__ == "__main__":
    main()
