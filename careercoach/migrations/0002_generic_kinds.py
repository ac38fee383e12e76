"""Jobs of any kind: the kind is validated against the registry instead of fixed choices, the
result is referenced by id in the kind's own model, and `subject_id` (what the job is about:
the resume for the two existing kinds) carries the one-active-job constraint. Existing rows
keep their result, and a "generating:<provider>" step becomes step + provider."""
from django.db import migrations, models
from django.db.models.functions import Cast

import careercoach.generation.kinds

STEPS = [
    ("queued", "Waiting for a worker"), ("analysing", "Reading your resume"), ("generating", "Generating"),
    ("validating", "Checking the answer"), ("retrying", "A provider failed; trying again shortly"),
    ("requeued", "Restarted after a worker stopped"), ("waiting_for_broker", "Waiting for the job queue to come back"),
    ("cached", "Reused the result made from the same resume"), ("done", "Done"), ("failed", "Failed"),
]
ACTIVE = ["queued", "analysing", "generating", "validating"]


def check_constraints_now(schema_editor):
    """PostgreSQL defers foreign-key checks to the end of the transaction, and a table with
    such pending checks cannot be altered: the updates below would stop the column changes
    after them on any database that has jobs. Checking now leaves nothing pending."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def forwards(apps, schema_editor):
    check_constraints_now(schema_editor)
    Job = apps.get_model("careercoach", "GenerationJob")
    text = models.CharField(max_length=64)
    Job.objects.update(subject_id=Cast("resume_id", text))
    Job.objects.filter(question_set__isnull=False).update(result_id=Cast("question_set_id", text))
    Job.objects.filter(learning_plan__isnull=False).update(result_id=Cast("learning_plan_id", text))
    for job in Job.objects.filter(step__startswith="generating:").only("pk", "step"):
        step, provider = job.step.split(":", 1)
        Job.objects.filter(pk=job.pk).update(step=step, provider=provider[:40])


def backwards(apps, schema_editor):
    check_constraints_now(schema_editor)
    Job = apps.get_model("careercoach", "GenerationJob")
    for job in Job.objects.exclude(result_id="").only("pk", "kind", "result_id"):
        field = {"interview": "question_set_id", "learning": "learning_plan_id"}.get(job.kind)
        if field:
            Job.objects.filter(pk=job.pk).update(**{field: int(job.result_id)})
    for job in Job.objects.filter(step="generating").exclude(provider="").only("pk", "provider"):
        Job.objects.filter(pk=job.pk).update(step=f"generating:{job.provider}")


class Migration(migrations.Migration):

    dependencies = [
        ("careercoach", "0001_initial"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="generationjob", name="one_active_job_per_resume_and_kind"),
        migrations.AddField(
            model_name="generationjob", name="subject_id",
            field=models.CharField(default="", max_length=64, verbose_name="subject"), preserve_default=False,
        ),
        migrations.AddField(
            model_name="generationjob", name="result_id",
            field=models.CharField(blank=True, default="", max_length=64, verbose_name="result"),
        ),
        migrations.AddField(
            model_name="generationjob", name="provider",
            field=models.CharField(blank=True, default="", max_length=40, verbose_name="provider"),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.AlterField(
            model_name="generationjob", name="kind",
            field=models.CharField(max_length=20, validators=[careercoach.generation.kinds.validate_kind_name],
                                   verbose_name="kind"),
        ),
        migrations.AlterField(
            model_name="generationjob", name="step",
            field=models.CharField(choices=STEPS, default="queued", max_length=40, verbose_name="step"),
        ),
        migrations.AlterField(
            model_name="generationjob", name="resume",
            field=models.ForeignKey(blank=True, null=True, on_delete=models.deletion.CASCADE,
                                    related_name="generation_jobs", to="resumes.resume"),
        ),
        migrations.RemoveField(model_name="generationjob", name="question_set"),
        migrations.RemoveField(model_name="generationjob", name="learning_plan"),
        migrations.AddConstraint(
            model_name="generationjob",
            constraint=models.UniqueConstraint(
                condition=models.Q(("status__in", ACTIVE)), fields=("kind", "subject_id"),
                name="one_active_job_per_kind_and_subject",
            ),
        ),
    ]
