"""Why an answer or a session cannot be accepted, as codes the web and the API both show."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

MAX_ANSWER_CHARS = 5000

MESSAGES = {
    "ANSWER_EMPTY": _("Write an answer before submitting."),
    "ANSWER_TOO_LONG": _("An answer can be at most 5,000 characters."),
    "QUESTION_NOT_FOUND": _("That question is not in this practice session."),
    "PARENT_NOT_FOUND": _("The answer this follow-up belongs to was not found."),
    "FOLLOW_UP_NOT_DUE": _("There is no follow-up question to answer here."),
    "NO_QUESTION_SET": _("Generate interview questions for this resume first."),
}


@dataclass
class PracticeError(Exception):
    code: str
    status: int = 400

    @property
    def message(self) -> str:
        return str(MESSAGES[self.code])

    def __str__(self):
        return self.message
