from django import template

from practice.selectors import session_list

register = template.Library()


@register.inclusion_tag("practice/_history.html")
def practice_history(resume, limit=10):
    """The resume's practice sessions with the first-answer grades in order: the grade trend."""
    items = []
    for session in session_list(user=resume.owner, resume=resume)[:limit]:
        grades = list(
            session.answers.filter(parent_answer__isnull=True, status="done")
            .order_by("created_at")
            .values_list("grade", flat=True)
        )
        items.append({"session": session, "grades": grades, "average": sum(grades) / len(grades) if grades else None})
    return {"sessions": items}
