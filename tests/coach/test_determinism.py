"""The same resume always yields the same output, whatever the key order."""

import json
import os
import subprocess
import sys

from careercoach.coach import generate_interview, generate_learning
from tests.coach.resumes import english_senior_go, korean_backend_junior


def test_same_input_gives_the_same_interview_and_plan():
    resume = korean_backend_junior()
    assert generate_interview(resume) == generate_interview(json.loads(json.dumps(resume)))
    assert generate_learning(resume) == generate_learning(json.loads(json.dumps(resume)))


def test_key_order_does_not_change_the_output():
    resume = english_senior_go()
    reordered = json.loads(json.dumps(resume, sort_keys=True))
    assert list(reordered) != list(resume)
    assert generate_interview(reordered) == generate_interview(resume)


def test_generation_does_not_mutate_the_resume():
    resume = korean_backend_junior()
    before = json.dumps(resume, sort_keys=True)
    generate_interview(resume)
    generate_learning(resume)
    assert json.dumps(resume, sort_keys=True) == before


def test_output_does_not_depend_on_the_process_hash_seed():
    script = (
        "import json, sys; from careercoach.coach import generate_interview, generate_learning; "
        "from tests.coach.resumes import korean_backend_junior as r; "
        "print(json.dumps([generate_interview(r()), generate_learning(r())], ensure_ascii=False))"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env=env,
            cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
            check=True,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
