"""A kind that exists only in the tests: the whole of what a new kind needs, in one module
(docs/ARCHITECTURE.md, "How to add a kind"). Its input is not a resume: a short text, which
comes back upper-cased. Its result model has no table in the migrations; the test creates and
drops it."""

from django.db import models
from django.http import Http404, JsonResponse
from django.urls import include, path, reverse
from pydantic import BaseModel, Field, ValidationError

from careercoach.generation.kinds import CliSpec, GenerationKind
from careercoach.llm.prompts import json_as_data
from careercoach.llm.validation import as_data, invalid


class Echo(models.Model):
    """The result row. DO_NOTHING and no reverse name: deleting a user never reaches for this
    table, which exists only during the test."""

    owner = models.ForeignKey("auth.User", on_delete=models.DO_NOTHING, related_name="+", db_constraint=False)
    cache_key = models.CharField(max_length=64)
    text = models.TextField()
    provider = models.CharField(max_length=40)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "throwaway"


class EchoOutput(BaseModel):
    echo: str = Field(min_length=1)


def build_prompt(document, language):
    return "Repeat the text in capitals.", f"<text>{json_as_data(document['text'])}</text>"


def validate(raw, document):
    try:
        return EchoOutput.model_validate(as_data(raw)).model_dump()
    except ValidationError as exc:
        raise invalid(str(exc)) from exc


def offline(document, language):
    return {"echo": document["text"].upper()}


def create_result(*, job, answer):
    return Echo.objects.create(
        owner_id=job.owner_id, cache_key=job.cache_key, text=answer.payload["echo"], provider=answer.provider
    )


def echo_page(request, pk):
    echo = Echo.objects.filter(pk=pk, owner_id=request.user.pk).first()
    if echo is None:
        raise Http404("No such echo")
    return JsonResponse({"echo": echo.text, "provider": echo.provider})


ECHO = GenerationKind(
    name="echo",
    label="Echo",
    what="the echo",
    build_document=lambda resume: {"text": resume.summary},
    detect_language=lambda document: "en",
    output_schema=EchoOutput,
    build_prompt=build_prompt,
    validate=validate,
    offline=offline,
    prompt_version="echo-1",
    result_model=Echo,
    create_result=create_result,
    result_url=lambda echo: reverse("echo-detail", args=[echo.pk]),
    api_result_url=lambda job: reverse("echo-detail", args=[job.result_id]),
    rate_limit_setting="RATE_LIMIT_ECHO_PER_HOUR",
    show_on_resume_panel=False,
    cli=CliSpec(
        add_arguments=lambda parser: parser.add_argument("--text", required=True),
        read_documents=lambda options: [{"text": options["text"]}],
        to_output=lambda answer, document, language: {"echo": answer.payload["echo"], "provider": answer.provider},
    ),
)

urlpatterns = [
    path("throwaway/echo/<int:pk>/", echo_page, name="echo-detail"),
    path("", include("careercoach.urls")),
]
