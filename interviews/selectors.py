from interviews.models import QuestionSet


def question_set_latest(*, resume) -> QuestionSet | None:
    return QuestionSet.objects.filter(resume=resume).select_related("resume").order_by("-created_at", "-id").first()


def question_set_history(*, resume):
    return QuestionSet.objects.filter(resume=resume).select_related("resume").order_by("-created_at", "-id")


def question_set_get(*, user, pk) -> QuestionSet | None:
    return QuestionSet.objects.for_user(user).select_related("resume").filter(pk=pk).first()
