"""The upload page: a PDF, DOCX or pasted text becomes a draft in the session, reviewed in the
new-resume form with its guessed fields marked; nothing is stored until the person saves."""

import re

import pytest
from django.core.files.uploadedfile import InMemoryUploadedFile, SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse

from resumes.formats import resume_to_document
from resumes.models import Resume
from resumes.uploads import DRAFT_SESSION_KEY, upload_refused
from tests.html_forms import form_fields
from tests.resumes import documents
from tests.resumes.test_parsing_errors import encrypted, pdf_with_pages, zip_bomb

pytestmark = pytest.mark.django_db

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}
HTMX = {"HTTP_HX_REQUEST": "true"}
MB = 1024 * 1024

# A resume whose job names no tech stack line (so the parser guesses it from the prose) and
# that has no skills section (so skills are sorted from the stacks, also a guess).
RESUME = {
    "name": "김하늘",
    "contact": {
        "phone": "010-1234-5678",
        "email": "haneul@example.com",
        "github": "https://github.com/haneul-dev",
        "linkedin": None,
        "portfolio": None,
    },
    "summary": "결제 시스템을 만드는 백엔드 개발자입니다.",
    "work_experiences": [
        {
            "company": "페이로드",
            "position": "백엔드 개발자",
            "duration": "2022.01 ~ 2024.06",
            "project_name": "정산 플랫폼",
            "project_description": "가맹점 정산 API와 배치를 Spring Boot와 Kafka로 개발",
            "tech_stack": [],
            "achievements": ["정산 배치 처리 시간을 40분에서 6분으로 단축"],
            "team_size": 6,
        }
    ],
    "total_experience_months": 30,
    "personal_projects": [
        {
            "name": "스터디메이트",
            "duration": "2023.03 ~ 2023.07",
            "description": "스터디 출석 관리 서비스",
            "tech_stack": ["FastAPI", "Redis"],
            "github_url": None,
            "demo_url": None,
            "key_achievements": ["30명이 4개월 사용"],
            "architecture_highlights": [],
        }
    ],
    "technical_skills": {},
    "certifications": [],
    "activities": [],
    "education": [],
}
RENDERED = {
    "pdf": lambda: ("resume.pdf", documents.render_pdf(RESUME)),
    "docx": lambda: ("resume.docx", documents.render_docx(RESUME)),
    "text": lambda: ("resume.txt", documents.render_text(RESUME).encode("utf-8")),
}
GUESSED_FIELD = re.compile(r'<div class="field[^"]*\bfield--guessed\b[^"]*">\s*<label for="id_([^"]+)"')


def upload(client, name, content, **extra):
    return client.post(reverse("resumes:upload"), {"file": SimpleUploadedFile(name, content)}, **extra)


def guessed_fields(html: str) -> set[str]:
    return set(GUESSED_FIELD.findall(html))


def has_draft(client) -> bool:
    return DRAFT_SESSION_KEY in client.session


def review_form(client) -> dict:
    return form_fields(client.get(reverse("resumes:upload-review")).content.decode())


# The page and its links


def test_upload_page_offers_a_drop_zone_file_input_and_a_text_box(client_logged_in):
    html = client_logged_in.get(reverse("resumes:upload")).content.decode()

    assert 'enctype="multipart/form-data"' in html
    assert re.search(
        r'<label class="dropzone"[^>]*>.*<input type="file" name="file"[^>]*accept="\.pdf,\.docx,\.txt,', html, re.S
    )
    assert '<textarea name="text"' in html
    assert re.search(r'<script src="/static/js/upload\.js" nonce="[^"]+"', html)
    assert "onclick=" not in html and "ondrop=" not in html


@pytest.mark.parametrize("page", ["resumes:list", "resumes:create"])
def test_resume_list_and_new_resume_pages_link_to_the_upload(client_logged_in, page):
    html = client_logged_in.get(reverse(page)).content.decode()

    assert f'href="{reverse("resumes:upload")}"' in html


# A readable file becomes a prefilled form


@pytest.mark.parametrize("kind", ["pdf", "docx", "text"])
def test_uploaded_resume_opens_the_new_resume_form_prefilled_with_guesses_marked(client_logged_in, kind):
    name, content = RENDERED[kind]()

    response = upload(client_logged_in, name, content)

    assert response.status_code == 302
    assert response["Location"] == reverse("resumes:upload-review")
    page = client_logged_in.get(response["Location"])
    html = page.content.decode()
    fields = form_fields(html)
    assert fields["name"] == "김하늘"
    assert fields["email"] == "haneul@example.com"
    assert fields["github"] == "https://github.com/haneul-dev"
    assert fields["experiences-0-company"] == "페이로드"
    assert fields["experiences-0-duration"] == "2022.01 ~ 2024.06"
    assert "Spring Boot" in fields["experiences-0-tech_stack"]
    assert fields["projects-0-name"] == "스터디메이트"
    assert fields["projects-0-tech_stack"] == "FastAPI, Redis"
    assert fields["total_experience_months"] == "30"
    assert {"total_experience_months", "experiences-0-tech_stack", "skills_frameworks"} <= guessed_fields(html)
    assert "projects-0-tech_stack" not in guessed_fields(html), "a stack written in the file is not a guess"
    assert 'data-testid="upload-notice"' in html
    assert Resume.objects.count() == 0


def test_pasted_text_opens_the_same_prefilled_form(client_logged_in):
    response = client_logged_in.post(reverse("resumes:upload"), {"text": documents.render_text(RESUME)})

    assert response["Location"] == reverse("resumes:upload-review")
    fields = review_form(client_logged_in)
    assert fields["name"] == "김하늘"
    assert fields["experiences-0-company"] == "페이로드"


def test_review_page_shows_the_notice_and_the_parsers_warnings_in_the_users_language(client_logged_in):
    text = "김하늘\nhaneul@example.com\n\n경력\n페이로드 | 백엔드 개발자\n- 정산 배치 처리 시간 단축\n"
    client_logged_in.post(reverse("resumes:upload"), {"text": text})

    english = client_logged_in.get(reverse("resumes:upload-review"), **ENGLISH).content.decode()
    korean = client_logged_in.get(reverse("resumes:upload-review"), HTTP_ACCEPT_LANGUAGE="ko").content.decode()

    assert "We read this from your file; check the highlighted fields." in english
    assert "No work periods could be read; enter your total experience in months by hand." in english
    assert "파일에서 읽은 내용입니다" in korean
    assert "No work periods" not in korean


def test_draft_without_work_periods_leaves_total_months_empty_and_asks_for_it(client_logged_in, user):
    text = "김하늘\nhaneul@example.com\n\n경력\n페이로드 | 백엔드 개발자\n- 정산 배치 처리 시간 단축\n"
    client_logged_in.post(reverse("resumes:upload"), {"text": text})
    fields = review_form(client_logged_in)
    assert fields["total_experience_months"] == ""

    unanswered = client_logged_in.post(reverse("resumes:upload-review"), fields)

    assert unanswered.status_code == 200
    assert Resume.objects.count() == 0
    assert has_draft(client_logged_in)
    answered = client_logged_in.post(reverse("resumes:upload-review"), {**fields, "total_experience_months": "18"})
    assert answered.status_code == 302
    assert Resume.objects.get(owner=user).total_experience_months == 18


# Confirm and cancel


def test_confirming_the_reviewed_form_creates_the_resume_and_drops_the_draft(client_logged_in, user):
    name, content = RENDERED["pdf"]()
    upload(client_logged_in, name, content)
    fields = review_form(client_logged_in)
    fields["experiences-0-tech_stack"] = "Spring Boot, Kafka, MySQL"

    response = client_logged_in.post(reverse("resumes:upload-review"), fields)

    resume = Resume.objects.get(owner=user)
    assert response.status_code == 302
    assert response["Location"] == reverse("resumes:detail", args=[resume.unique_key])
    document = resume_to_document(resume)
    assert document["name"] == "김하늘"
    assert document["total_experience_months"] == 30
    assert document["work_experiences"][0]["tech_stack"] == ["Spring Boot", "Kafka", "MySQL"]
    assert document["personal_projects"][0]["key_achievements"] == ["30명이 4개월 사용"]
    assert not has_draft(client_logged_in)


def test_adding_an_item_while_reviewing_keeps_the_draft_and_its_marks(client_logged_in):
    name, content = RENDERED["docx"]()
    upload(client_logged_in, name, content)
    fields = review_form(client_logged_in)

    response = client_logged_in.post(reverse("resumes:upload-review"), {**fields, "_action": "add:experiences"}, **HTMX)

    html = response.content.decode()
    assert html.lstrip().startswith('<form id="resume-form"')
    assert 'name="experiences-TOTAL_FORMS" value="2"' in html
    assert "experiences-0-tech_stack" in guessed_fields(html)
    assert Resume.objects.count() == 0
    assert has_draft(client_logged_in)


def test_cancelling_the_review_drops_the_draft_and_stores_nothing(client_logged_in):
    name, content = RENDERED["pdf"]()
    upload(client_logged_in, name, content)
    fields = review_form(client_logged_in)

    response = client_logged_in.post(reverse("resumes:upload-cancel"), fields)

    assert response.status_code == 302
    assert response["Location"] == reverse("resumes:list")
    assert not has_draft(client_logged_in)
    assert Resume.objects.count() == 0
    assert client_logged_in.get(reverse("resumes:upload-review"))["Location"] == reverse("resumes:upload")


def test_review_page_cancel_button_posts_to_the_cancel_route(client_logged_in):
    name, content = RENDERED["text"]()
    upload(client_logged_in, name, content)

    html = client_logged_in.get(reverse("resumes:upload-review")).content.decode()

    assert f'formaction="{reverse("resumes:upload-cancel")}"' in html


def test_review_without_a_draft_sends_the_person_to_the_upload_page(client_logged_in):
    response = client_logged_in.get(reverse("resumes:upload-review"))

    assert response.status_code == 302
    assert response["Location"] == reverse("resumes:upload")


# Files that cannot be read


def png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


BAD_FILES = {
    "encrypted-pdf": (
        "resume.pdf",
        lambda: encrypted(pdf_with_pages(1), user_password="s3cret"),
        "Remove the password and try again.",
    ),
    "docx-zip-bomb": ("resume.docx", lambda: zip_bomb(80), "unpacks to far more data than a resume holds"),
    "damaged-image": ("photo.png", png, "The file is damaged and could not be read."),
    "empty-file": ("resume.pdf", lambda: b"", "There is no text in this file."),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_unreadable_file_gets_a_clear_message_and_nothing_is_stored(client_logged_in, case):
    name, content, message = BAD_FILES[case]

    response = upload(client_logged_in, name, content(), **ENGLISH)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'data-testid="upload-error"' in response.content.decode()
    assert Resume.objects.count() == 0
    assert not has_draft(client_logged_in)


def test_encrypted_pdf_message_is_translated_for_korean_users(client_logged_in):
    response = upload(
        client_logged_in, "resume.pdf", encrypted(pdf_with_pages(1), user_password="s3cret"), HTTP_ACCEPT_LANGUAGE="ko"
    )

    html = response.content.decode()
    assert "비밀번호" in html
    assert "Remove the password" not in html


def test_bad_upload_keeps_an_earlier_draft_untouched(client_logged_in):
    name, content = RENDERED["text"]()
    upload(client_logged_in, name, content)

    upload(client_logged_in, "scan.pdf", pdf_with_pages(1, text=None))

    assert review_form(client_logged_in)["name"] == "김하늘"


def test_empty_form_asks_for_a_file_or_text(client_logged_in):
    response = client_logged_in.post(reverse("resumes:upload"), {"text": "   "}, **ENGLISH)

    assert "Choose a file or paste your resume text." in response.content.decode()
    assert not has_draft(client_logged_in)


# Size limit


@pytest.mark.parametrize("size", [10 * MB + 1, 13 * MB], ids=["just-over-10-mb", "request-over-the-cap"])
def test_oversized_file_gets_a_form_error_and_nothing_is_stored(client_logged_in, size):
    response = upload(client_logged_in, "big.txt", b"a" * size, **ENGLISH)

    assert response.status_code == 200
    assert "The file is larger than 10 MB." in response.content.decode()
    assert Resume.objects.count() == 0
    assert not has_draft(client_logged_in)


def test_oversized_json_import_says_so_instead_of_missing_file(client_logged_in):
    big = SimpleUploadedFile("resume.json", b" " * (13 * MB), content_type="application/json")

    response = client_logged_in.post(reverse("resumes:import"), {"file": big}, **ENGLISH)

    assert "The file is larger than 2 MB." in response.content.decode()
    assert Resume.objects.count() == 0


def multipart_request(files: dict, fields: dict):
    return RequestFactory().post(reverse("resumes:upload"), {**fields, **files})


def test_uploaded_file_stays_in_memory_even_past_djangos_spill_size(settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024  # Django's default handlers would spill to a file
    request = multipart_request({"file": SimpleUploadedFile("resume.txt", b"a" * (3 * MB))}, {"note": "x"})

    received = request.FILES["file"]

    assert isinstance(received, InMemoryUploadedFile)
    assert received.size == 3 * MB
    assert list(tmp_path.iterdir()) == []
    assert not upload_refused(request)


def test_request_over_the_cap_is_refused_but_its_form_fields_still_arrive(settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    request = multipart_request(
        {"file": SimpleUploadedFile("resume.txt", b"a" * (13 * MB))}, {"csrfmiddlewaretoken": "token", "text": "pasted"}
    )

    assert "file" not in request.FILES
    assert request.POST["csrfmiddlewaretoken"] == "token"
    assert upload_refused(request)
    assert list(tmp_path.iterdir()) == []


# Access


@pytest.mark.parametrize(
    "name,method",
    [
        ("resumes:upload", "get"),
        ("resumes:upload", "post"),
        ("resumes:upload-review", "get"),
        ("resumes:upload-review", "post"),
        ("resumes:upload-cancel", "post"),
    ],
)
def test_anonymous_visitor_is_sent_to_login_from_upload_routes(client, name, method):
    url = reverse(name)

    response = getattr(client, method)(url)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={url}"


def test_a_draft_in_the_session_belonging_to_someone_else_is_not_shown(client_logged_in, other_user):
    name, content = RENDERED["text"]()
    upload(client_logged_in, name, content)
    session = client_logged_in.session
    session[DRAFT_SESSION_KEY] = {**session[DRAFT_SESSION_KEY], "owner": other_user.pk}
    session.save()

    response = client_logged_in.get(reverse("resumes:upload-review"))

    assert response.status_code == 302
    assert response["Location"] == reverse("resumes:upload")


def test_another_user_logging_in_does_not_inherit_the_draft(client_logged_in, other_user):
    name, content = RENDERED["text"]()
    upload(client_logged_in, name, content)

    client_logged_in.force_login(other_user)

    assert client_logged_in.get(reverse("resumes:upload-review"))["Location"] == reverse("resumes:upload")
    assert Resume.objects.count() == 0
