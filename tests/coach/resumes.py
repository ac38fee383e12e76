"""Small resumes written for these tests, in the DESIGN.md format (not the evaluation set)."""
from __future__ import annotations

import copy


def korean_backend_junior() -> dict:
    return copy.deepcopy({
        "name": "한지우",
        "summary": "Django로 예약 서비스를 개발하는 1년차 백엔드 개발자입니다. PostgreSQL 쿼리 개선과 Celery 비동기 작업을 주로 맡았습니다.",
        "work_experiences": [{
            "company": "(주)동네세탁",
            "position": "백엔드 개발자",
            "duration": "2024.03 ~ 2025.02",
            "project_name": "세탁예약 플랫폼",
            "project_description": "동네 세탁소 수거·배달 예약 서비스의 백엔드 API 개발",
            "tech_stack": ["Python", "Django", "Django REST Framework", "PostgreSQL", "Celery", "Redis"],
            "achievements": [
                "주문 목록 API에 복합 인덱스를 추가하고 select_related를 적용하여 요청당 쿼리 수를 120회에서 6회로 감소",
                "수거 알림 발송을 Celery 비동기 태스크로 분리하고 실패 시 지수 백오프로 재시도",
                "pytest로 요금 계산 로직 단위 테스트 40개를 작성하여 정산 오류 문의를 월 15건에서 2건으로 감소",
            ],
            "team_size": 4,
        }],
        "total_experience_months": 12,
        "personal_projects": [{
            "name": "모각코 알리미",
            "duration": "2023.06 - 2023.09",
            "description": "스터디 출석을 기록하는 디스코드 봇",
            "tech_stack": ["Python", "discord.py", "SQLite"],
            "key_achievements": ["스터디원 20명이 3개월간 사용"],
        }],
        "technical_skills": {"programming_languages": ["Python"], "frameworks": ["Django"]},
        "education": [{"institution": "한빛대학교", "degree": "학사", "major": "컴퓨터공학과", "period": "2018.03 ~ 2024.02"}],
    })


def english_senior_go() -> dict:
    return copy.deepcopy({
        "name": "Jordan Vale",
        "summary": "Staff engineer with 9 years building event-driven backends in Go on Kubernetes.",
        "work_experiences": [
            {
                "company": "Northwind Freight",
                "position": "Senior Backend Engineer",
                "duration": "2016.01 ~ 2019.12",
                "project_name": "Tracking API",
                "project_description": "Shipment tracking API for B2B customers.",
                "tech_stack": ["Go", "PostgreSQL", "Redis", "Docker"],
                "achievements": [
                    "Cut p99 read latency from 700ms to 60ms with a composite index and a Redis read-through cache",
                    "Mentored 4 engineers and ran the weekly design review",
                ],
                "team_size": 8,
            },
            {
                "company": "Helio Payments",
                "position": "Staff Engineer",
                "duration": "2020.01 ~ 2024.12",
                "project_name": "Ledger Event Platform",
                "project_description": "Event-driven ledger for card payments across three regions.",
                "tech_stack": ["Go", "Kafka", "Kubernetes", "Terraform", "Prometheus", "gRPC"],
                "achievements": [
                    "Designed idempotent Kafka consumers with a transactional outbox, removing duplicate ledger entries",
                    "Scaled the platform to 25k events/sec with partition-aware consumer pools",
                    "Defined SLOs in Prometheus and cut Sev-1 incidents from 8 to 1 per year",
                ],
                "team_size": 20,
            },
        ],
        "total_experience_months": 108,
        "personal_projects": [],
        "technical_skills": {"programming_languages": ["Go", "SQL"]},
    })


def student_without_work() -> dict:
    return copy.deepcopy({
        "name": "Mina Park",
        "summary": "Computer science student looking for a first internship.",
        "work_experiences": [],
        "total_experience_months": 0,
        "personal_projects": [
            {
                "name": "pathfinder-viz",
                "duration": "2024.03 - 2024.06",
                "description": "A web app that visualizes graph search algorithms, built with React.",
                "tech_stack": ["React", "TypeScript", "Vite"],
                "key_achievements": ["Implemented BFS, DFS and A* with step-by-step animation",
                                     "Wrote 45 Jest tests for the search algorithms"],
            },
            {
                "name": "LibraryDesk",
                "duration": "2023.09 - 2023.12",
                "description": "Team course project: a library loan system in Java with a MySQL schema.",
                "tech_stack": ["Java", "MySQL", "JUnit"],
                "key_achievements": ["Designed a normalized schema for loans, holds and fines"],
            },
        ],
        "activities": [{"type": "Club", "name": "Campus Hackers", "description": "Weekly coding club",
                        "period": "2023.03 ~ present", "achievements": ["Taught a workshop on Git"]}],
        "education": [{"institution": "Lakeside University", "degree": "B.S.", "major": "Computer Science",
                       "period": "2022.09 ~ 2026.06"}],
    })


def unknown_stack_resume() -> dict:
    """Technologies the catalog does not know: questions must still come from the projects."""
    return copy.deepcopy({
        "name": "Sam Rivers",
        "summary": "Developer maintaining an in-house warehouse system.",
        "work_experiences": [{
            "company": "Rivers Logistics",
            "position": "Developer",
            "duration": "2021.01 ~ 2024.12",
            "project_name": "Dock Scheduler",
            "project_description": "Schedules truck arrivals at warehouse docks.",
            "tech_stack": ["Zorblax", "QuuxDB", "Flimflam Forms"],
            "achievements": ["Cut average truck waiting time from 40 to 15 minutes with a new slotting rule",
                             "Rebuilt the nightly billing batch so it finishes two hours earlier"],
            "team_size": 5,
        }],
        "total_experience_months": 48,
    })


def resume_with_months(months: int | None) -> dict:
    resume = english_senior_go()
    resume["total_experience_months"] = months
    return resume
