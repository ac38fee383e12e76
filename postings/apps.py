from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PostingsConfig(AppConfig):
    name = "postings"
    verbose_name = _("Job postings")

    def ready(self):
        from postings import inputs, kind

        kind.register()
        inputs.register()
