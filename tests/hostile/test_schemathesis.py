"""Generated requests against the published schema, for every role: no 5xx, nothing the schema does not describe."""

import logging
from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode, checks

from claims.roles import ROLES
from config.wsgi import application
from tests.factories import ClaimLinkFactory, FlagFactory, UserFactory, token_for

pytestmark = [pytest.mark.hostile, pytest.mark.django_db]

EXAMPLES = 8
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]
SENT: Counter = Counter()


@pytest.fixture(autouse=True)
def _quiet_client_errors():
    """Thousands of 4xx answers are the point here; only server errors are worth a log line."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


def _run(operation, mode, headers: dict, role: str, failures: list) -> None:
    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def send(case):
        response = case.call(headers=headers)
        SENT[role, response.status_code] += 1
        case.validate_response(response, checks=CHECKS, headers=headers)

    try:
        send()
    except Unsatisfiable:
        pass  # nothing to make invalid: an operation without parameters or body, in negative mode
    except (Exception, BaseExceptionGroup) as error:
        failures.append(f"{role} {operation.label} {mode.value}: {str(error)[:2000]}")


@pytest.mark.parametrize("role", ROLES)
def test_generated_requests_get_documented_answers(role):
    for _ in range(2):
        link = ClaimLinkFactory()
        FlagFactory(article=link.claim_a.article)
    headers = {"Authorization": f"Token {token_for(UserFactory(role=role))}"}
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application, headers=headers)
    schema.config.generation.update(with_security_parameters=False)
    failures: list[str] = []
    for result in schema.get_all_operations():
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _run(result.ok(), mode, headers, role, failures)
    sent = {status: count for (who, status), count in sorted(SENT.items()) if who == role}
    print(f"\n{role}: {sum(sent.values())} requests, statuses {sent}")
    assert failures == [], "\n\n".join(failures)
