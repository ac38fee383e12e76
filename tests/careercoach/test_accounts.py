import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def signup_data(**overrides):
    data = {
        "username": "newcomer",
        "email": "newcomer@example.test",
        "password1": "a-long-unusual-passphrase",
        "password2": "a-long-unusual-passphrase",
    }
    data.update(overrides)
    return data


# Public pages


def test_landing_page_explains_the_product_and_offers_sign_up_and_log_in(client):
    response = client.get(reverse("landing"))

    html = response.content.decode()
    assert response.status_code == 200
    assert reverse("signup") in html
    assert reverse("login") in html
    assert 'lang="ko"' in html


def test_logged_in_visitor_on_landing_gets_a_link_to_their_resumes(client_logged_in):
    html = client_logged_in.get(reverse("landing")).content.decode()

    assert reverse("resumes:list") in html
    assert f'action="{reverse("logout")}"' in html


def test_only_staff_see_the_admin_link(client, user):
    client.force_login(user)
    assert reverse("admin:index") not in client.get(reverse("resumes:list")).content.decode()

    client.force_login(UserFactory(is_staff=True))
    assert reverse("admin:index") in client.get(reverse("resumes:list")).content.decode()


@pytest.mark.parametrize("name", ["login", "signup", "password_reset"])
def test_auth_pages_are_open_to_anonymous_visitors(client, name):
    assert client.get(reverse(name)).status_code == 200


def test_password_change_needs_login(client):
    response = client.get(reverse("password_change"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


# Sign-up, log-in, log-out


def test_signup_creates_the_account_logs_in_and_lands_on_resumes(client):
    response = client.post(reverse("signup"), signup_data())

    assert response["Location"] == reverse("resumes:list")
    user = get_user_model().objects.get(username="newcomer")
    assert user.email == "newcomer@example.test"
    assert client.get(reverse("resumes:list")).status_code == 200


def test_signup_with_mismatched_passwords_shows_the_error_and_creates_nothing(client):
    response = client.post(reverse("signup"), signup_data(password2="something-else-entirely"))

    assert response.status_code == 200
    assert 'id="id_password2_error"' in response.content.decode()
    assert not get_user_model().objects.filter(username="newcomer").exists()


def test_signup_with_an_email_already_in_use_is_refused(client):
    UserFactory(email="taken@example.test")

    response = client.post(reverse("signup"), signup_data(email="TAKEN@example.test"))

    assert 'id="id_email_error"' in response.content.decode()
    assert not get_user_model().objects.filter(username="newcomer").exists()


def test_logged_in_user_visiting_signup_is_sent_to_resumes(client_logged_in):
    assert client_logged_in.get(reverse("signup"))["Location"] == reverse("resumes:list")


def test_login_with_the_right_password_goes_to_next(client):
    UserFactory(username="kim")

    response = client.post(
        reverse("login"), {"username": "kim", "password": PASSWORD, "next": reverse("resumes:import")}
    )

    assert response["Location"] == reverse("resumes:import")


def test_repeated_wrong_passwords_lock_the_account_with_the_lockout_page(client, settings):
    UserFactory(username="kim")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "kim", "password": "wrong"})

    response = client.post(reverse("login"), {"username": "kim", "password": PASSWORD})

    assert response.status_code == 429
    assert "registration/lockout.html" in [t.name for t in response.templates]
    assert reverse("password_reset") in response.content.decode()


def test_logout_is_a_post_and_returns_to_landing(client_logged_in):
    response = client_logged_in.post(reverse("logout"))

    assert response["Location"] == reverse("landing")
    assert client_logged_in.get(reverse("resumes:list")).status_code == 302


def test_password_reset_mails_a_working_link(client):
    UserFactory(username="kim", email="kim@example.test")

    response = client.post(reverse("password_reset"), {"email": "kim@example.test"})

    assert response["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 1
    assert '"kim"' in mail.outbox[0].body
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    assert client.get(link, follow=True).context["validlink"] is True


# Error pages


def test_unknown_page_gets_the_designed_404(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert [t.name for t in response.templates][0] == "404.html"


def test_unknown_api_path_gets_the_json_error_body(client):
    response = client.get("/api/v1/no-such-endpoint")

    assert response.status_code == 404
    assert response.json()["error_code"] == "NOT_FOUND"


def test_server_error_page_renders_without_touching_the_database(rf, django_assert_num_queries):
    from careercoach.views import server_error

    with django_assert_num_queries(0):
        response = server_error(rf.get("/resumes/"))

    assert response.status_code == 500
    assert "500" in response.content.decode()


# Language


def test_korean_is_the_default_language(client_logged_in):
    html = client_logged_in.get(reverse("resumes:list")).content.decode()

    assert 'lang="ko"' in html
    assert "내 이력서" in html


def test_language_switch_to_english_shows_english_pages(client_logged_in):
    response = client_logged_in.post(reverse("set_language"), {"language": "en", "next": reverse("resumes:list")})

    assert response["Location"] == reverse("resumes:list")
    html = client_logged_in.get(reverse("resumes:list")).content.decode()
    assert 'lang="en"' in html
    assert "My resumes" in html
    assert "내 이력서" not in html


def test_every_page_offers_the_language_switcher(client):
    html = client.get(reverse("landing")).content.decode()

    assert f'action="{reverse("set_language")}"' in html
    assert 'name="language" value="en"' in html


# Content-Security-Policy


class InlineCode(HTMLParser):
    """Collects what CSP would judge: script tags and inline styles or handlers."""

    def __init__(self):
        super().__init__()
        self.scripts = []
        self.inline_attributes = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts.append(attrs)
        if tag == "style":
            self.scripts.append({"style": True, **attrs})
        for name in attrs:
            if name == "style" or name.startswith("on"):
                self.inline_attributes.append((tag, name))


ANONYMOUS_PAGES = ["landing", "login", "signup", "password_reset"]
RESUME_PAGES = ["resumes:list", "resumes:create", "resumes:import", "resumes:detail", "resumes:edit", "resumes:delete"]


def page_url(name, resume):
    if name in ("resumes:detail", "resumes:edit", "resumes:delete"):
        return reverse(name, args=[resume.unique_key])
    return reverse(name)


@pytest.mark.parametrize("name", ANONYMOUS_PAGES + RESUME_PAGES)
def test_pages_carry_csp_and_every_script_has_the_nonce(client, user, resume, name):
    if name in RESUME_PAGES:
        client.force_login(user)

    response = client.get(page_url(name, resume))

    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    nonce = re.search(r"script-src 'self' 'nonce-([^']+)'", policy).group(1)
    parser = InlineCode()
    parser.feed(response.content.decode())
    assert parser.scripts, "htmx is loaded on every page"
    for script in parser.scripts:
        assert script.get("nonce") == nonce
        if "src" in script:
            assert script["src"].startswith("/static/")
    assert parser.inline_attributes == []
