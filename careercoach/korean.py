"""The one Korean morphological analyzer of a process (kiwipiepy), shared by its users: the
practice-answer evaluator (coach/feedback/morph.py) and the resume parser's line joiner
(resumes/parsing/hangul_wrap.py). Its model takes seconds to load and a few hundred MB, so it
is built once, on first use, under a lock, never once per user.

It is taught the loanwords the evaluator matches on (coach/feedback/vocabulary.py: the
catalog's Korean technology names among them), so every user sees the same analyses.
"""

from __future__ import annotations

import threading

_LOCK = threading.Lock()
_KIWI = None


def kiwi():
    """The shared analyzer, built on first use (its model ships in the kiwipiepy_model package)."""
    global _KIWI
    if _KIWI is None:
        with _LOCK:
            if _KIWI is None:
                from kiwipiepy import Kiwi

                from careercoach.coach.feedback.vocabulary import teach

                analyzer = Kiwi()
                teach(analyzer)  # loanwords stay whole (vocabulary.py)
                analyzer.tokenize("워밍업")  # the first call builds lazy tables; pay it here
                _KIWI = analyzer
    return _KIWI
