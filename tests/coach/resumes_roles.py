"""Resumes written for the gap, ownership and thin-resume tests (not the labelled sets)."""

from __future__ import annotations

import copy


def job(company, position, duration, project, stack, achievements, description="", team=5):
    return {
        "company": company,
        "position": position,
        "duration": duration,
        "project_name": project,
        "project_description": description,
        "tech_stack": stack,
        "achievements": achievements,
        "team_size": team,
    }


def resume(name, summary, months, jobs, skills=None, projects=None):
    return copy.deepcopy(
        {
            "name": name,
            "summary": summary,
            "total_experience_months": months,
            "work_experiences": jobs,
            "personal_projects": projects or [],
            "technical_skills": skills or {},
        }
    )


def ml_engineer_without_serving() -> dict:
    return resume(
        "Aiko Tanaka",
        "Machine learning engineer training ranking models.",
        40,
        [
            job(
                "Shopwise",
                "Machine Learning Engineer",
                "2022.01 ~ 2025.04",
                "Product ranking",
                ["Python", "PyTorch", "pandas", "scikit-learn"],
                [
                    "Trained a two-tower retrieval model in PyTorch that raised recall@50 from 0.41 to 0.58",
                    "Built feature engineering notebooks for 30 product signals",
                    "Wrote unit tests for the feature transforms with pytest",
                ],
            ),
        ],
    )


def data_engineer_without_quality() -> dict:
    return resume(
        "박세린",
        "데이터 엔지니어로 배치 파이프라인을 만들고 있습니다.",
        30,
        [
            job(
                "(주)로지스랩",
                "데이터 엔지니어",
                "2023.01 ~ 2025.06",
                "물류 데이터 파이프라인",
                ["Python", "Apache Airflow", "Apache Spark", "AWS S3"],
                [
                    "Airflow DAG 40개로 일일 배송 집계 배치를 운영",
                    "Spark 잡 튜닝으로 집계 시간을 3시간에서 40분으로 단축",
                ],
            ),
        ],
    )


def android_without_release() -> dict:
    return resume(
        "Noah Berg",
        "Android developer.",
        36,
        [
            job(
                "Parkly",
                "Android Developer",
                "2022.06 ~ 2025.06",
                "Parkly app",
                ["Kotlin", "Jetpack Compose", "Room", "Retrofit"],
                [
                    "Rebuilt the booking screens in Jetpack Compose with a unidirectional state model",
                    "Moved local caching to Room so the app opens offline",
                ],
            ),
        ],
    )


def frontend_without_accessibility() -> dict:
    return resume(
        "Mia Costa",
        "Frontend engineer building dashboards in React.",
        40,
        [
            job(
                "Metricly",
                "Frontend Engineer",
                "2022.01 ~ 2025.05",
                "Analytics dashboard",
                ["TypeScript", "React", "Redux Toolkit", "Vite"],
                [
                    "Split the dashboard bundle with route-level code splitting, cutting LCP from 4.1 s to 1.9 s",
                    "Wrote component tests for the chart widgets with Testing Library",
                ],
            ),
        ],
    )


def teacher_turned_developer() -> dict:
    return resume(
        "Grace Ofori",
        "Former teacher of 8 years, now a junior backend developer.",
        8,
        [
            job(
                "Classbridge",
                "Junior Backend Developer",
                "2024.11 ~ 2025.06",
                "Gradebook API",
                ["Python", "Django", "PostgreSQL"],
                [
                    "Built the gradebook export that teachers at 40 schools use every term",
                    "Turned teachers' complaints about report cards into a grading-rules spec the team adopted",
                ],
            ),
            job(
                "Lakeside School",
                "Mathematics Teacher",
                "2016.09 ~ 2024.07",
                "",
                [],
                ["Coordinated the maths curriculum for 300 students"],
            ),
        ],
    )


def architect_from_scratch() -> dict:
    return resume(
        "Ilse Varga",
        "Principal engineer.",
        150,
        [
            job(
                "Quickmatch",
                "Principal Engineer",
                "2015.01 ~ 2025.06",
                "Matchmaking service",
                ["Go", "Redis", "PostgreSQL", "Kubernetes"],
                [
                    "Architected the matchmaking service from scratch, pairing 2M players a day",
                    "Designed and built the company observability platform with Prometheus and Grafana",
                    "Led a TCO analysis that moved match history from Cassandra to PostgreSQL",
                ],
            ),
        ],
    )


def empty_resume() -> dict:
    return {"name": "Alex Doe"}


def one_skill_resume() -> dict:
    return {
        "name": "Sam Lee",
        "summary": "Aspiring developer.",
        "technical_skills": {"programming_languages": ["Python"]},
    }


def one_project_resume() -> dict:
    return resume(
        "김하린",
        "웹 개발을 공부하고 있습니다.",
        0,
        [],
        {"frameworks": ["Vue.js"]},
        [
            {
                "name": "동네 도서관 좌석 예약",
                "duration": "2025.03 - 2025.05",
                "description": "도서관 좌석 예약 웹",
                "tech_stack": ["JavaScript", "Vue.js"],
                "key_achievements": ["좌석 배치도에서 빈 좌석을 실시간으로 표시"],
            }
        ],
    )


def korean_numbers_and_decisions() -> dict:
    return resume(
        "한도현",
        "정산 플랫폼 백엔드 개발자입니다.",
        40,
        [
            job(
                "(주)빌링웍스",
                "백엔드 개발자",
                "2022.03 ~ 2025.06",
                "B2B 정산 SaaS - 세금계산서/매출 집계 모듈",
                ["Java", "Spring Boot", "Spring Batch", "PostgreSQL", "ClickHouse", "Oracle PL/SQL"],
                [
                    "Spring Batch chunk size와 커밋 간격을 조정하여 월말 정산 배치를 4시간 10분에서 52분으로 단축",
                    "매출 집계 테이블을 PostgreSQL에서 ClickHouse로 이전하여 월간 리포트 조회를 12초에서 0.8초로 단축",
                    "배포 파이프라인을 정비하여 배포 성공률을 97.8%에서 99.6%로 개선",
                    "정산 대사 자동화로 연간 운영 비용 3억 원에서 1억 2천만 원으로 절감",
                    "PL/SQL 프로시저 40개를 Java 서비스로 옮기고 단위 테스트 220개를 작성",
                ],
                "B2B 고객사의 세금계산서 발행과 매출 집계",
                team=6,
            ),
        ],
        {"programming_languages": ["Java", "SQL"], "databases": ["PostgreSQL", "ClickHouse", "MySQL 8"]},
    )


def english_long_numbers() -> dict:
    return resume(
        "Ravi Nair",
        "Backend engineer.",
        50,
        [
            job(
                "Fleetly",
                "Backend Engineer",
                "2021.01 ~ 2025.06",
                "Dispatch API",
                ["Go", "PostgreSQL", "Redis", "Kafka"],
                [
                    "Rebuilt the dispatch matching loop around a Redis geo index and precomputed driver buckets so that "
                    "under 1.2k requests per second the p95 response time went from 6.2 s to 1.4 s",
                    "MTTR dropped from 2h 30m to 35m after moving alerts to SLO burn rates",
                    "Chose Kafka over RabbitMQ for the dispatch event stream because of replay",
                ],
            ),
        ],
    )


def ios_swiftui_state() -> dict:
    return resume(
        "Jonas Meyer",
        "iOS developer.",
        30,
        [
            job(
                "Tapbank",
                "iOS Developer",
                "2023.01 ~ 2025.06",
                "Tapbank iOS",
                ["Swift", "SwiftUI", "UIKit", "Firebase Crashlytics"],
                [
                    "Fixed a SwiftUI state bug where the transfer button stayed enabled after a failed request",
                    "Migrated the settings screens from UIKit to SwiftUI",
                    "Cut crash rate from 1.2% to 0.3% by fixing the top Crashlytics issues",
                ],
            ),
        ],
    )
