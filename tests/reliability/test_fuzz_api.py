"""Schemathesis reads /api/schema/ from a real gunicorn and throws generated requests, valid and
invalid, at every operation, authenticated with a token. No answer may be a 5xx, and every
answer must be one the schema documents (status, content type, body shape); invalid input must
be refused. Bounded (derandomized, a few dozen cases per operation and mode) to fit CI."""

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from resumes.serializers import ResumeFormatSerializer
from resumes.services import resume_create
from tests.reliability.hostile import full_document
from tests.reliability.servers import gunicorn, web_env

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]

EXAMPLES_PER_OPERATION = 50
POSITIVE_CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
NEGATIVE_CHECKS = [*POSITIVE_CHECKS, negative_data_rejection]


@pytest.fixture
def live():
    # Thousands of requests from one address: the per-IP limit (tests/ops/test_ip_limits.py) is off.
    with gunicorn(
        web_env("memory://", RATE_LIMIT_API_PER_IP_PER_MINUTE="0"), threads=8, log_name="test-gunicorn-fuzz.log"
    ) as base:
        yield base


@pytest.fixture
def resume_keys(user):
    keys = []
    for _ in range(3):
        serializer = ResumeFormatSerializer(data=full_document())
        serializer.is_valid(raise_exception=True)
        keys.append(resume_create(owner=user, document=serializer.validated_data).unique_key)
    return keys


def operations_deletes_last(schema):
    operations = [result.ok() for result in schema.get_all_operations()]
    return sorted(operations, key=lambda operation: operation.method.upper() == "DELETE")


def uploads_a_file(operation) -> bool:
    return any(body.media_type == "multipart/form-data" for body in operation.body)


def fuzz(operation, mode, base, headers, keys) -> list[str]:
    """Failures of one operation in one generation mode, as readable lines."""
    strategies = [operation.as_strategy(generation_mode=mode)]
    if "{unique_key}" in operation.path:
        strategies += [operation.as_strategy(generation_mode=mode, path_parameters={"unique_key": key}) for key in keys]
    negative = mode == schemathesis.GenerationMode.NEGATIVE
    # A multipart upload is judged by its file, not its parts: extra or oddly typed parts are
    # ignored by design, so "accepted negative data" says nothing there.
    checks = NEGATIVE_CHECKS if negative and not uploads_a_file(operation) else POSITIVE_CHECKS
    failures = []

    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=st.one_of(strategies))
    def run(case):
        response = case.call(base_url=base, headers=headers, timeout=30)
        try:
            case.validate_response(response, checks=checks)
        except (AssertionError, BaseExceptionGroup) as failure:  # a group of check failures
            found = getattr(failure, "exceptions", [failure])
            failures.extend(
                f"{operation.label} [{mode.value}] -> {response.status_code}: {type(f).__name__}: "
                f"{str(f).splitlines()[0][:200]} || {case.as_curl_command()[:1500]} || {response.text[:300]}"
                for f in found
            )

    try:
        run()
    except Unsatisfiable:
        assert mode == schemathesis.GenerationMode.NEGATIVE  # nothing to get wrong, e.g. no parameters
    return failures


def test_given_generated_requests_for_every_operation_when_sent_then_no_5xx_and_every_answer_matches_the_schema(
    live,
    api_token,
    resume_keys,
):
    schema = schemathesis.openapi.from_url(f"{live}/api/schema/?format=json", timeout=30)
    headers = {"Authorization": f"Token {api_token}"}
    operations = operations_deletes_last(schema)
    assert len(operations) >= 12

    failures = []
    for operation in operations:
        for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE):
            failures += fuzz(operation, mode, live, headers, resume_keys)

    assert not failures, "\n".join(dict.fromkeys(failures))
