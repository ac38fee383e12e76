"""Migration 0002 keeps every existing job's result, subject and step: jobs written under the
old schema (question_set / learning_plan foreign keys, "generating:<provider>" steps) read the
same through result_id, subject_id and step + provider afterwards."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("careercoach", "0001_initial"), ("practice", "0001_initial")]
AFTER = [("careercoach", "0002_generic_kinds")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def old_rows(apps):
    User = apps.get_model("auth", "User")
    Resume = apps.get_model("resumes", "Resume")
    QuestionSet = apps.get_model("interviews", "QuestionSet")
    Job = apps.get_model("careercoach", "GenerationJob")
    owner = User.objects.create(username="migrated")
    resume = Resume.objects.create(owner=owner, name="Dana", unique_key="dana_1")
    question_set = QuestionSet.objects.create(
        owner=owner,
        resume=resume,
        language="en",
        provider="local",
        model="m",
        prompt_version="v1",
        cache_key="k",
    )
    done = Job.objects.create(
        owner=owner, resume=resume, kind="interview", status="done", step="done", question_set=question_set
    )
    running = Job.objects.create(
        owner=owner, resume=resume, kind="learning", status="generating", step="generating:openai"
    )
    return resume, question_set, done.pk, running.pk


@pytest.fixture
def back_to_latest_afterwards():
    """Whatever happens in the test, later tests share this database at the latest schema."""
    yield
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def test_given_jobs_in_the_old_schema_when_migrated_then_result_subject_and_step_are_kept(back_to_latest_afterwards):
    resume, question_set, done_id, running_id = old_rows(migrate(BEFORE))

    Job = migrate(AFTER).get_model("careercoach", "GenerationJob")

    done, running = Job.objects.get(pk=done_id), Job.objects.get(pk=running_id)
    assert (done.result_id, done.subject_id, done.step) == (str(question_set.pk), str(resume.pk), "done")
    assert (running.result_id, running.subject_id) == ("", str(resume.pk))
    assert (running.step, running.provider) == ("generating", "openai")
