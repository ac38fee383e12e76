"""Practice API (DESIGN.md): start and list sessions, read a session, submit an answer (202 with
its feedback job), read an answer's feedback (404 until it is done). One class per operation."""

from django.urls import reverse
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from careercoach.api.errors import ApiError, rate_limited
from careercoach.api.parsers import SafeJSONParser
from careercoach.api.schema import ERROR_RESPONSES
from careercoach.generation.limits import RateLimited
from interviews.selectors import question_set_get
from practice import services
from practice.errors import MAX_ANSWER_CHARS, PracticeError
from practice.formats import (
    PracticeAnswerDocument,
    PracticeSessionDocument,
    PracticeSessionList,
    answer_to_document,
    session_to_document,
)
from practice.selectors import answer_get, session_get, session_list
from resumes.api import get_own_resume

AnswerJobSerializer = inline_serializer(
    name="PracticeAnswerJob",
    fields={
        "job_id": serializers.UUIDField(),
        "answer_id": serializers.UUIDField(),
        "status": serializers.ChoiceField(choices=["queued", "running", "done", "failed"]),
        "progress": serializers.IntegerField(),
        "status_url": serializers.CharField(),
    },
)


def _practice_error(exc: PracticeError, **details) -> ApiError:
    return ApiError(exc.message, error_code=exc.code, status_code=exc.status, details=details)


def _own_session(request, session_id):
    session = session_get(user=request.user, session_id=session_id)
    if session is None:
        raise ApiError(
            f"Practice session not found: {session_id}",
            error_code="SESSION_NOT_FOUND",
            status_code=404,
            details={"session_id": str(session_id)},
        )
    return session


class SessionsApi(APIView):
    parser_classes = [SafeJSONParser]

    class SessionStartInputSerializer(serializers.Serializer):
        interview_id = serializers.IntegerField(required=False, help_text="A question set id; default the latest.")
        language = serializers.ChoiceField(choices=["auto", "ko", "en"], default="auto")

    @extend_schema(
        operation_id="practice_sessions_start",
        request=SessionStartInputSerializer,
        responses={201: PracticeSessionDocument, **ERROR_RESPONSES},
        summary="Start a practice session",
    )
    def post(self, request, unique_key):
        resume = get_own_resume(request, unique_key)
        data = self.SessionStartInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        question_set = None
        if "interview_id" in data.validated_data:
            question_set = question_set_get(user=request.user, pk=data.validated_data["interview_id"])
            if question_set is None or question_set.resume_id != resume.pk:
                raise ApiError(
                    "Question set not found",
                    error_code="INTERVIEW_NOT_FOUND",
                    status_code=404,
                    details={"interview_id": data.validated_data["interview_id"]},
                )
        try:
            session = services.session_start(
                owner=request.user, resume=resume, question_set=question_set, language=data.validated_data["language"]
            )
        except PracticeError as exc:
            raise _practice_error(exc, unique_key=unique_key) from exc
        return Response(session_to_document(session), status=status.HTTP_201_CREATED)

    @extend_schema(
        operation_id="practice_sessions_list",
        responses={200: PracticeSessionList, **ERROR_RESPONSES},
        summary="Practice sessions of a resume",
    )
    def get(self, request, unique_key):
        resume = get_own_resume(request, unique_key)
        return Response([session_to_document(s) for s in session_list(user=request.user, resume=resume)[:50]])


class SessionDetailApi(APIView):
    @extend_schema(
        operation_id="practice_session_read",
        responses={200: PracticeSessionDocument, **ERROR_RESPONSES},
        summary="A session: questions, answers, feedback, summary",
    )
    def get(self, request, session_id):
        return Response(session_to_document(_own_session(request, session_id)))


class AnswerSubmitApi(APIView):
    parser_classes = [SafeJSONParser]

    class AnswerInputSerializer(serializers.Serializer):
        question_index = serializers.IntegerField(min_value=0)
        answer = serializers.CharField(allow_blank=True, trim_whitespace=False, max_length=MAX_ANSWER_CHARS * 2)
        parent_answer_id = serializers.UUIDField(required=False, allow_null=True)

    @extend_schema(
        operation_id="practice_answer_submit",
        request=AnswerInputSerializer,
        responses={202: OpenApiResponse(AnswerJobSerializer, "The feedback job; poll status_url"), **ERROR_RESPONSES},
        summary="Submit an answer (or a follow-up answer)",
    )
    def post(self, request, session_id):
        session = _own_session(request, session_id)
        data = self.AnswerInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        try:
            answer = services.answer_submit(
                session=session,
                question_index=values["question_index"],
                text=values["answer"],
                parent_answer_id=values.get("parent_answer_id"),
            )
        except PracticeError as exc:
            raise _practice_error(exc, question_index=values["question_index"]) from exc
        except RateLimited as exc:
            # Details without `scope` (unlike the generation start API), as this endpoint has always answered.
            raise rate_limited(exc, details={"limit_per_hour": exc.limit, "retry_after": exc.retry_after}) from exc
        url = request.build_absolute_uri(reverse("api-practice-answer", args=[answer.id]))
        return Response(
            {
                "job_id": str(answer.id),
                "answer_id": str(answer.id),
                "status": answer.status,
                "progress": answer.progress,
                "status_url": url,
            },
            status=status.HTTP_202_ACCEPTED,
        )


class AnswerDetailApi(APIView):
    @extend_schema(
        operation_id="practice_answer_read",
        responses={200: PracticeAnswerDocument, **ERROR_RESPONSES},
        summary="An answer and its feedback (404 until the feedback is done)",
    )
    def get(self, request, answer_id):
        answer = answer_get(user=request.user, answer_id=answer_id)
        if answer is None:
            raise ApiError(
                f"Answer not found: {answer_id}",
                error_code="ANSWER_NOT_FOUND",
                status_code=404,
                details={"answer_id": str(answer_id)},
            )
        services.answer_sync(answer)
        if answer.status != answer.Status.DONE:
            raise ApiError(
                "Feedback is not ready yet",
                error_code="FEEDBACK_NOT_READY",
                status_code=404,
                details={"answer_id": str(answer_id), "status": answer.status, "progress": answer.progress},
            )
        return Response(answer_to_document(answer))
