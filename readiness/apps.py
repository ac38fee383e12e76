from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadinessConfig(AppConfig):
    """Preparation progress: statuses of learning-path items, review items from practice
    feedback, and the readiness page that reads both. Its own app (and migrations) so that the
    learning and practice apps only gain small hooks into it."""

    name = "readiness"
    verbose_name = _("Preparation progress")
