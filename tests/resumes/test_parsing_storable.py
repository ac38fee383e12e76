"""Every draft the parser hands out can be stored through the resume API as it is."""

from __future__ import annotations

from resumes.parsing import Notice, notices
from resumes.serializers import ResumeFormatSerializer
from resumes.storable import draft_storable


def broken_draft() -> dict:
    work = {
        "company": None,
        "position": "백엔드 개발자",
        "duration": "2022.08 ~ 재직 중",
        "project_name": "x" * 400,
        "project_description": None,
        "tech_stack": ["Java"] * 3,
        "achievements": ["정산 배치 단축"] * 60,
        "team_size": None,
    }
    return {
        "name": None,
        "contact": {
            "phone": None,
            "email": "not-an-address",
            "github": "github.com/x y",
            "linkedin": None,
            "portfolio": None,
        },
        "summary": None,
        "work_experiences": [work],
        "total_experience_months": None,
        "personal_projects": [
            {
                "name": None,
                "duration": None,
                "description": None,
                "tech_stack": [],
                "github_url": None,
                "demo_url": None,
                "key_achievements": [""],
                "architecture_highlights": [],
            }
        ],
        "technical_skills": {"others": ["Kubernetes " * 20]},
        "certifications": [],
        "activities": [],
        "education": [],
    }


def test_given_a_draft_the_api_would_refuse_when_fitted_then_the_api_accepts_it():
    draft, guessed, found = draft_storable(broken_draft())

    assert ResumeFormatSerializer(data=draft).is_valid()
    assert draft["name"] == "이름 확인 필요" and "name" in guessed
    assert draft["work_experiences"][0]["company"] == "회사명 확인 필요"
    assert "work_experiences[0].company" in guessed
    assert len(draft["work_experiences"][0]["achievements"]) == 50
    assert len(draft["work_experiences"][0]["project_name"]) == 300
    assert draft["contact"]["email"] is None
    assert draft["total_experience_months"] == 0 and "total_experience_months" in guessed
    assert Notice(notices.TRUNCATED, {"field": "work_experiences[0].achievements"}) in found
    assert Notice(notices.PLACEHOLDER, {"field": "name"}) in found


def test_given_an_unknown_total_for_the_review_form_when_fitted_then_it_stays_for_the_person():
    draft, guessed, _ = draft_storable(broken_draft(), months_to_ask=True)
    assert draft["total_experience_months"] is None
    assert "total_experience_months" not in guessed


def test_given_a_valid_draft_when_fitted_then_nothing_changes():
    valid = ResumeFormatSerializer(data={"name": "Ana Costa"})
    assert valid.is_valid()
    draft, guessed, found = draft_storable({"name": "Ana Costa", "total_experience_months": 12})
    assert draft == {"name": "Ana Costa", "total_experience_months": 12}
    assert guessed == [] and found == []


def test_given_more_entries_than_a_list_holds_when_fitted_then_the_list_is_cut_with_a_notice():
    too_many = {
        "name": "Ana Costa",
        "total_experience_months": 12,
        "personal_projects": [{"name": f"Project {index}"} for index in range(81)],
        "work_experiences": [{"company": f"Firm {index}"} for index in range(55)],
    }
    draft, _, found = draft_storable(too_many)
    assert ResumeFormatSerializer(data=draft).is_valid()
    assert [len(draft["personal_projects"]), len(draft["work_experiences"])] == [50, 50]
    assert draft["personal_projects"][0]["name"] == "Project 0"
    assert Notice(notices.TRUNCATED, {"field": "personal_projects"}) in found
