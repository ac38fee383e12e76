from learning.models import LearningPlan


def learning_plan_latest(*, resume) -> LearningPlan | None:
    return LearningPlan.objects.filter(resume=resume).select_related("resume").order_by("-created_at", "-id").first()


def learning_plan_history(*, resume):
    return LearningPlan.objects.filter(resume=resume).select_related("resume").order_by("-created_at", "-id")


def learning_plan_get(*, user, pk) -> LearningPlan | None:
    return LearningPlan.objects.for_user(user).select_related("resume").filter(pk=pk).first()
