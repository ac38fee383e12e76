"""The feedback job runs in the generation pipeline's one task; this module only warms the
worker up."""

from celery.signals import worker_init


@worker_init.connect
def warm_up_feedback(**_kwargs):
    """Load the Korean analyzer once per worker at start, not inside the first user's job."""
    from careercoach.coach.feedback import warm_up

    warm_up()
