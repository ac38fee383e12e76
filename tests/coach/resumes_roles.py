"""Resumes written for the gap, ownership and thin-resume tests (not the labelled sets)."""
from __future__ import annotations

import copy


def job(company, position, duration, project, stack, achievements, description="", team=5):
    return {"company": company, "position": position, "duration": duration, "project_name": project,
            "project_description": description, "tech_stack": stack, "achievements": achievements,
            "team_size": team}


def resume(name, summary, months, jobs, skills=None, projects=None):
    return copy.deepcopy({"name": name, "summary": summary, "total_experience_months": months,
                          "work_experiences": jobs, "personal_projects": projects or [],
                          "technical_skills": skills or {}})


def ml_engineer_without_serving() -> dict:
    return resume("Aiko Tanaka", "Machine learning engineer training ranking models.", 40, [
        job("Shopwise", "Machine Learning Engineer", "2022.01 ~ 2025.04", "Product ranking",
            ["Python", "PyTorch", "pandas", "scikit-learn"],
            ["Trained a two-tower retrieval model in PyTorch that raised recall@50 from 0.41 to 0.58",
             "Built feature engineering notebooks for 30 product signals",
             "Wrote unit tests for the feature transforms with pytest"]),
    ])


def data_engineer_without_quality() -> dict:
    return resume("박세린", "데이터 엔지니어로 배치 파이프라인을 만들고 있습니다.", 30, [
        job("(주)로지스랩", "데이터 엔지니어", "2023.01 ~ 2025.06", "물류 데이터 파이프라인",
            ["Python", "Apache Airflow", "Apache Spark", "AWS S3"],
            ["Airflow DAG 40개로 일일 배송 집계 배치를 운영", "Spark 잡 튜닝으로 집계 시간을 3시간에서 40분으로 단축"]),
    ])


def android_without_release() -> dict:
    return resume("Noah Berg", "Android developer.", 36, [
        job("Parkly", "Android Developer", "2022.06 ~ 2025.06", "Parkly app",
            ["Kotlin", "Jetpack Compose", "Room", "Retrofit"],
            ["Rebuilt the booking screens in Jetpack Compose with a unidirectional state model",
             "Moved local caching to Room so the app opens offline"]),
    ])


def frontend_without_accessibility() -> dict:
    return resume("Mia Costa", "Frontend engineer building dashboards in React.", 40, [
        job("Metricly", "Frontend Engineer", "2022.01 ~ 2025.05", "Analytics dashboard",
            ["TypeScript", "React", "Redux Toolkit", "Vite"],
            ["Split the dashboard bundle with route-level code splitting, cutting LCP from 4.1 s to 1.9 s",
             "Wrote component tests for the chart widgets with Testing Library"]),
    ])


def teacher_turned_developer() -> dict:
    return resume("Grace Ofori", "Former teacher of 8 years, now a junior backend developer.", 8, [
        job("Classbridge", "Junior Backend Developer", "2024.11 ~ 2025.06", "Gradebook API",
            ["Python", "Django", "PostgreSQL"],
            ["Built the gradebook export that teachers at 40 schools use every term",
             "Turned teachers' complaints about report cards into a grading-rules spec the team adopted"]),
        job("Lakeside School", "Mathematics Teacher", "2016.09 ~ 2024.07", "",
            [], ["Coordinated the maths curriculum for 300 students"]),
    ])


def architect_from_scratch() -> dict:
    return resume("Ilse Varga", "Principal engineer.", 150, [
        job("Quickmatch", "Principal Engineer", "2015.01 ~ 2025.06", "Matchmaking service",
            ["Go", "Redis", "PostgreSQL", "Kubernetes"],
            ["Architected the matchmaking service from scratch, pairing 2M players a day",
             "Designed and built the company observability platform with Prometheus and Grafana",
             "Led a TCO analysis that moved match history from Cassandra to PostgreSQL"]),
    ])


def empty_resume() -> dict:
    return {"name": "Alex Doe"}


def one_skill_resume() -> dict:
    return {"name": "Sam Lee", "summary": "Aspiring developer.", "technical_skills": {"programming_languages": ["Python"]}}


def one_project_resume() -> dict:
    return resume("김하린", "웹 개발을 공부하고 있습니다.", 0, [], {"frameworks": ["Vue.js"]}, [{
        "name": "동네 도서관 좌석 예약", "duration": "2025.03 - 2025.05", "description": "도서관 좌석 예약 웹",
        "tech_stack": ["JavaScript", "Vue.js"], "key_achievements": ["좌석 배치도에서 빈 좌석을 실시간으로 표시"]}])
