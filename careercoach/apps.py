import os

from django.apps import AppConfig


class CareercoachConfig(AppConfig):
    """The project package is also an app: it owns the generation job model shared by
    interviews and learning, the management commands and the broker folders."""

    name = "careercoach"
    verbose_name = "careercoach"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf import settings

        if settings.CELERY_BROKER_URL.startswith("filesystem"):
            # kombu's filesystem transport needs its folders before a worker or client starts.
            for key in ("data_folder_in", "control_folder", "processed_folder"):
                folder = settings.CELERY_BROKER_TRANSPORT_OPTIONS.get(key)
                if folder:
                    os.makedirs(folder, exist_ok=True)
        os.makedirs(settings.VAR_DIR, exist_ok=True)
        os.makedirs(settings.STATIC_ROOT, exist_ok=True)
