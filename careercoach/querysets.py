from django.db import models


class OwnedQuerySet(models.QuerySet):
    """Rows that belong to one user. Every read on behalf of a user starts here, so another
    user's rows never enter a page or an API answer."""

    def for_user(self, user):
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(owner=user)
