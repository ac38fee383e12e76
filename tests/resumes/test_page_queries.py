"""How many database queries the resume pages make. A page whose count grows with the
number of rows it shows (N+1) is slow under load long before it is slow in a test, so each
page is opened with one item and with several and must make the same fixed number."""
import pytest
from django.urls import reverse

from tests.factories import ResumeFactory

pytestmark = pytest.mark.django_db

# The session, the user, then what the page itself needs.
PER_REQUEST = 2


@pytest.mark.parametrize("resumes", [1, 6])
def test_given_resumes_when_the_list_is_opened_then_one_query_reads_them_all(
    client_logged_in, user, django_assert_num_queries, resumes
):
    ResumeFactory.create_batch(resumes, owner=user)

    with django_assert_num_queries(PER_REQUEST + 1):
        response = client_logged_in.get(reverse("resumes:list"))

    assert response.status_code == 200
