from collections import defaultdict

from django import template

from practice.models import Answer
from practice.selectors import session_list

register = template.Library()


@register.inclusion_tag("practice/_history.html", takes_context=True)
def practice_history(context, resume, limit=10):
    """The resume's practice sessions with the first-answer grades in order: the grade trend.
    Two queries whatever the number of sessions; the page's user is the resume's owner (the
    view read the resume for them), so reading `resume.owner` again is not needed."""
    sessions = list(session_list(user=context["request"].user, resume=resume)[:limit])
    grades = defaultdict(list)
    first_answers = Answer.objects.filter(session__in=sessions, parent_answer__isnull=True, status="done")
    for session_id, grade in first_answers.order_by("created_at").values_list("session_id", "grade"):
        grades[session_id].append(grade)
    items = []
    for session in sessions:
        done = grades[session.pk]
        items.append({"session": session, "grades": done, "average": sum(done) / len(done) if done else None})
    return {"sessions": items}
