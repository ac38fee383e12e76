"""Small resumes written for these tests, in the DESIGN.md format (not the evaluation set)."""

from __future__ import annotations

import copy


def korean_backend_junior() -> dict:
    return copy.deepcopy(
        {
            "name": "한지우",
            "summary": "Django로 예약 서비스를 개발하는 1년차 백엔드 개발자입니다. PostgreSQL 쿼리 개선과 Celery 비동기 작업을 주로 맡았습니다.",
            "work_experiences": [
                {
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
                }
            ],
            "total_experience_months": 12,
            "personal_projects": [
                {
                    "name": "모각코 알리미",
                    "duration": "2023.06 - 2023.09",
                    "description": "스터디 출석을 기록하는 디스코드 봇",
                    "tech_stack": ["Python", "discord.py", "SQLite"],
                    "key_achievements": ["스터디원 20명이 3개월간 사용"],
                }
            ],
            "technical_skills": {"programming_languages": ["Python"], "frameworks": ["Django"]},
            "education": [
                {"institution": "한빛대학교", "degree": "학사", "major": "컴퓨터공학과", "period": "2018.03 ~ 2024.02"}
            ],
        }
    )


def english_senior_go() -> dict:
    return copy.deepcopy(
        {
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
        }
    )


def student_without_work() -> dict:
    return copy.deepcopy(
        {
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
                    "key_achievements": [
                        "Implemented BFS, DFS and A* with step-by-step animation",
                        "Wrote 45 Jest tests for the search algorithms",
                    ],
                },
                {
                    "name": "LibraryDesk",
                    "duration": "2023.09 - 2023.12",
                    "description": "Team course project: a library loan system in Java with a MySQL schema.",
                    "tech_stack": ["Java", "MySQL", "JUnit"],
                    "key_achievements": ["Designed a normalized schema for loans, holds and fines"],
                },
            ],
            "activities": [
                {
                    "type": "Club",
                    "name": "Campus Hackers",
                    "description": "Weekly coding club",
                    "period": "2023.03 ~ present",
                    "achievements": ["Taught a workshop on Git"],
                }
            ],
            "education": [
                {
                    "institution": "Lakeside University",
                    "degree": "B.S.",
                    "major": "Computer Science",
                    "period": "2022.09 ~ 2026.06",
                }
            ],
        }
    )


def unknown_stack_resume() -> dict:
    """Technologies the catalog does not know: questions must still come from the projects."""
    return copy.deepcopy(
        {
            "name": "Sam Rivers",
            "summary": "Developer maintaining an in-house warehouse system.",
            "work_experiences": [
                {
                    "company": "Rivers Logistics",
                    "position": "Developer",
                    "duration": "2021.01 ~ 2024.12",
                    "project_name": "Dock Scheduler",
                    "project_description": "Schedules truck arrivals at warehouse docks.",
                    "tech_stack": ["Zorblax", "QuuxDB", "Flimflam Forms"],
                    "achievements": [
                        "Cut average truck waiting time from 40 to 15 minutes with a new slotting rule",
                        "Rebuilt the nightly billing batch so it finishes two hours earlier",
                    ],
                    "team_size": 5,
                }
            ],
            "total_experience_months": 48,
        }
    )


def resume_with_months(months: int | None) -> dict:
    resume = english_senior_go()
    resume["total_experience_months"] = months
    return resume


# Six varied resumes for the quality properties (tests/coach/test_quality.py): one per kind of
# person the coach must serve, each in the language that person would write in.


def korean_android_mid() -> dict:
    return copy.deepcopy(
        {
            "name": "오세린",
            "summary": "Kotlin과 Jetpack Compose로 커머스 앱을 3년간 개발·운영한 Android 개발자입니다. 크래시율과 앱 시작 시간을 수치로 관리하는 일을 좋아합니다.",
            "work_experiences": [
                {
                    "company": "(주)장보기마켓",
                    "position": "Android 개발자",
                    "duration": "2022.03 ~ 2025.02",
                    "project_name": "장보기마켓 Android 앱",
                    "project_description": "신선식품 당일 배송 커머스 앱의 Android 클라이언트 개발과 운영",
                    "tech_stack": [
                        "Kotlin",
                        "Jetpack Compose",
                        "Room",
                        "Hilt",
                        "Kotlin Coroutines",
                        "Retrofit",
                        "Firebase Crashlytics",
                    ],
                    "achievements": [
                        "XML 기반 상품 상세 화면 14개를 Jetpack Compose로 전환하고 화면 상태를 ViewModel의 StateFlow 하나로 모아 화면 회전 시 입력 유실 버그 제거",
                        "Crashlytics 상위 크래시를 주 단위로 분류해 Fragment 생명주기 이후의 코루틴 접근을 수정하여 크래시율을 1.2%에서 0.3%로 감소",
                        "Room으로 장바구니를 로컬에 저장하고 WorkManager로 서버와 재동기화하는 오프라인 우선 구조를 설계하여 지하철 구간 주문 실패 문의를 월 40건에서 5건으로 감소",
                        "Baseline Profile을 적용하고 초기화 작업을 App Startup으로 지연하여 콜드 스타트 시간을 2.8초에서 1.6초로 단축",
                        "Hilt로 의존성 주입을 정리하고 feature 단위 멀티 모듈로 분리하여 증분 빌드 시간을 4분에서 1분 30초로 단축",
                    ],
                    "team_size": 5,
                },
            ],
            "total_experience_months": 36,
            "personal_projects": [
                {
                    "name": "걸음기록",
                    "duration": "2024.05 - 2024.08",
                    "description": "하루 걸음 수와 산책 경로를 기록하는 Android 앱",
                    "tech_stack": ["Kotlin", "Jetpack Compose", "Room", "Google Play Services"],
                    "key_achievements": [
                        "Room Flow로 걸음 기록 화면을 실시간 갱신하고 Compose UI 테스트 12개 작성",
                        "Play 스토어에 출시해 누적 설치 3,000회 달성",
                    ],
                }
            ],
            "technical_skills": {
                "languages": ["Kotlin", "Java"],
                "android": ["Jetpack Compose", "Room", "Hilt", "Coroutines"],
            },
            "education": [
                {
                    "institution": "한결대학교",
                    "degree": "학사",
                    "major": "소프트웨어학과",
                    "period": "2016.03 ~ 2022.02",
                }
            ],
        }
    )


def english_ml_engineer_senior() -> dict:
    return copy.deepcopy(
        {
            "name": "Priya Raman",
            "summary": "Machine learning engineer with 6 years of taking ranking and fraud models from notebooks to low-latency production services.",
            "work_experiences": [
                {
                    "company": "Cartwheel Commerce",
                    "position": "Senior Machine Learning Engineer",
                    "duration": "2021.02 ~ 2025.01",
                    "project_name": "Search Ranking Platform",
                    "project_description": "Learning-to-rank models for product search across 40M listings.",
                    "tech_stack": [
                        "Python",
                        "PyTorch",
                        "MLflow",
                        "Feast",
                        "Kubernetes",
                        "Triton Inference Server",
                        "Kafka",
                    ],
                    "achievements": [
                        "Cut p99 model serving latency from 180ms to 45ms by exporting the ranker to ONNX, batching requests dynamically and serving it on GPU nodes",
                        "Built a Feast feature store shared by 6 models, removing training/serving skew that had cost 3% NDCG on the top query segment",
                        "Moved experiment tracking and the model registry to MLflow, so every production model links back to its data snapshot and metrics",
                        "Added drift monitoring on the 20 most important features with daily alerts, catching a broken upstream join two days before it reached the ranking metrics",
                        "Mentored 3 engineers and led the design review for the two-tower retrieval model",
                    ],
                    "team_size": 9,
                },
                {
                    "company": "Ledgerly",
                    "position": "Machine Learning Engineer",
                    "duration": "2019.01 ~ 2021.01",
                    "project_name": "Card Fraud Scoring",
                    "project_description": "Real-time fraud scores for card authorizations.",
                    "tech_stack": ["Python", "XGBoost", "FastAPI", "PostgreSQL", "Docker"],
                    "achievements": [
                        "Served an XGBoost fraud model behind FastAPI at 2,000 requests per second with a 30ms p95 budget",
                        "Raised fraud recall from 61% to 74% at the same false-positive rate by adding merchant velocity features",
                    ],
                    "team_size": 5,
                },
            ],
            "total_experience_months": 72,
            "personal_projects": [],
            "technical_skills": {
                "languages": ["Python", "SQL"],
                "ml": ["PyTorch", "XGBoost", "scikit-learn", "MLflow"],
            },
        }
    )


def korean_qa_automation() -> dict:
    return copy.deepcopy(
        {
            "name": "문하은",
            "summary": "웹과 모바일 서비스의 테스트 자동화를 맡아 온 2년 6개월 차 QA 엔지니어입니다. 회귀 테스트를 자동화해 릴리스 주기를 줄이는 일을 해 왔습니다.",
            "work_experiences": [
                {
                    "company": "(주)여행가방",
                    "position": "QA 엔지니어",
                    "duration": "2022.09 ~ 2025.02",
                    "project_name": "여행 예약 웹·앱 테스트 자동화",
                    "project_description": "항공·숙소 예약 웹과 Android/iOS 앱의 회귀 테스트 자동화 체계 구축",
                    "tech_stack": ["Python", "pytest", "Playwright", "Appium", "Jenkins", "Allure", "Postman"],
                    "achievements": [
                        "수동으로 3일 걸리던 예약·결제 회귀 테스트 220건을 Playwright와 pytest로 자동화하여 회귀 테스트 시간을 4시간으로 단축",
                        "Appium으로 Android/iOS 결제 흐름 E2E 테스트를 작성하고 Jenkins 야간 빌드에 연결하여 릴리스 전 결제 오류 유출을 분기 3건에서 0건으로 감소",
                        "불안정한 테스트의 원인을 대기 조건과 테스트 데이터 공유로 분류해 수정하여 flaky 비율을 12%에서 2%로 낮춤",
                        "Postman 컬렉션으로 예약 API 계약 테스트 80건을 작성하고 백엔드 배포 파이프라인에 연결",
                        "테스트 케이스 작성 가이드를 만들고 신규 QA 2명의 온보딩을 담당",
                    ],
                    "team_size": 4,
                }
            ],
            "total_experience_months": 30,
            "personal_projects": [
                {
                    "name": "부하테스트 연습장",
                    "duration": "2024.06 - 2024.07",
                    "description": "Locust로 예약 API를 흉내 낸 서버의 부하를 측정해 본 개인 프로젝트",
                    "tech_stack": ["Locust", "FastAPI", "Docker"],
                    "key_achievements": [
                        "Locust로 동시 사용자 500명 시나리오를 만들고 p95 응답 시간 변화를 그래프로 정리"
                    ],
                }
            ],
            "technical_skills": {
                "languages": ["Python", "JavaScript"],
                "testing": ["pytest", "Playwright", "Appium", "Postman"],
            },
            "certifications": [{"name": "ISTQB CTFL", "issuer": "ISTQB", "issue_date": "2023.05"}],
        }
    )


def english_sre_mid() -> dict:
    return copy.deepcopy(
        {
            "name": "Tomas Lindqvist",
            "summary": "Site reliability engineer with 4 years running Kubernetes platforms, owning SLOs and on-call for payment services.",
            "work_experiences": [
                {
                    "company": "Paywave",
                    "position": "Site Reliability Engineer",
                    "duration": "2021.03 ~ 2025.02",
                    "project_name": "Payments Platform Reliability",
                    "project_description": "Reliability of the card payment APIs and the Kubernetes platform they run on.",
                    "tech_stack": [
                        "Kubernetes",
                        "Terraform",
                        "AWS",
                        "Prometheus",
                        "Grafana",
                        "PagerDuty",
                        "Argo CD",
                        "Go",
                    ],
                    "achievements": [
                        "Defined availability and latency SLOs for 12 payment services with multi-window burn-rate alerts, cutting pages per week from 35 to 6",
                        "Led 14 incident reviews as incident commander; the top follow-up, connection pool limits on the ledger service, ended a recurring Sev-1",
                        "Moved 40 services to Argo CD with progressive canary rollouts, reducing failed deploys reaching production from 9% to 2%",
                        "Managed three EKS clusters in Terraform modules, rebuilding a staging cluster from scratch in 25 minutes during a region exercise",
                        "Wrote a Go operator that drains nodes before spot interruptions, cutting compute cost by 28% without SLO breaches",
                    ],
                    "team_size": 6,
                },
            ],
            "total_experience_months": 48,
            "personal_projects": [
                {
                    "name": "slo-calc",
                    "duration": "2023.10 - 2023.12",
                    "description": "A small CLI that turns SLO targets into error budget and burn-rate alert thresholds.",
                    "tech_stack": ["Go"],
                    "key_achievements": ["Used by two teams at work to review alert thresholds"],
                }
            ],
            "technical_skills": {
                "platform": ["Kubernetes", "Terraform", "AWS"],
                "observability": ["Prometheus", "Grafana"],
            },
        }
    )


def korean_game_client() -> dict:
    return copy.deepcopy(
        {
            "name": "배도윤",
            "summary": "Unity와 C#으로 모바일 멀티플레이 게임 클라이언트를 2년간 개발한 게임 클라이언트 개발자입니다.",
            "work_experiences": [
                {
                    "company": "(주)픽셀포지",
                    "position": "게임 클라이언트 개발자",
                    "duration": "2023.01 ~ 2025.02",
                    "project_name": "블록 아레나",
                    "project_description": "4인 실시간 대전 모바일 액션 게임의 클라이언트 개발",
                    "tech_stack": ["Unity", "C#", "Photon PUN 2", "Addressables", "Firebase"],
                    "achievements": [
                        "Photon으로 4인 실시간 대전을 구현하고 클라이언트 예측과 서버 보정을 적용하여 200ms 지연 환경에서도 캐릭터 위치 튐 현상 감소",
                        "오브젝트 풀링과 스프라이트 아틀라스를 적용해 드로우 콜을 420개에서 150개로 줄이고 중급 Android 기기 평균 프레임을 38fps에서 58fps로 개선",
                        "Addressables로 리소스를 원격 번들로 분리하여 초기 다운로드 용량을 1.1GB에서 380MB로 감소",
                        "Unity Profiler로 GC 스파이크를 찾아 매 프레임 할당을 제거하여 전투 중 프레임 드롭 빈도 감소",
                        "스킬 시스템을 ScriptableObject 데이터로 분리하여 기획자가 코드 수정 없이 스킬 40여 종을 추가할 수 있게 함",
                    ],
                    "team_size": 8,
                }
            ],
            "total_experience_months": 26,
            "personal_projects": [
                {
                    "name": "던전 스케치",
                    "duration": "2022.07 - 2022.10",
                    "description": "절차적 생성 던전을 탐험하는 2D 로그라이크 게임",
                    "tech_stack": ["Unity", "C#"],
                    "key_achievements": [
                        "BSP 알고리즘으로 방과 통로를 절차적으로 생성",
                        "itch.io에 공개해 다운로드 1,200회 달성",
                    ],
                }
            ],
            "technical_skills": {"languages": ["C#", "C++"], "engine": ["Unity"]},
            "education": [
                {"institution": "누리대학교", "degree": "학사", "major": "게임공학과", "period": "2017.03 ~ 2023.02"}
            ],
        }
    )


def korean_career_changer_bootcamp() -> dict:
    return copy.deepcopy(
        {
            "name": "임가온",
            "summary": "6년간 물류회사 영업관리로 일하다 백엔드 개발자로 전환을 준비하고 있습니다. 부트캠프에서 Spring Boot와 React로 팀 프로젝트 두 개를 완성했습니다.",
            "work_experiences": [],
            "total_experience_months": 0,
            "personal_projects": [
                {
                    "name": "같이장보기",
                    "duration": "2024.09 - 2024.11",
                    "description": "부트캠프 팀 프로젝트: 동네 이웃과 대용량 상품을 나눠 사는 공동구매 서비스",
                    "tech_stack": ["Java", "Spring Boot", "Spring Data JPA", "MySQL", "React"],
                    "key_achievements": [
                        "공동구매 모집·참여·정산 API 15개를 Spring Boot로 구현하고 Swagger로 문서화",
                        "모집 인원 초과 참여를 막기 위해 참여 처리에 비관적 락 적용",
                        "JUnit으로 참여·취소 서비스 로직 단위 테스트 25개 작성",
                    ],
                    "team_size": 4,
                },
                {
                    "name": "출고관리 대시보드",
                    "duration": "2024.12 - 2025.01",
                    "description": "부트캠프 파이널 프로젝트: 이전 직장의 출고 업무를 바탕으로 만든 창고 출고 현황 대시보드",
                    "tech_stack": ["Java", "Spring Boot", "MySQL", "React", "Chart.js"],
                    "key_achievements": [
                        "영업관리 시절 엑셀로 하던 일일 출고 집계를 화면으로 옮겨 시연에서 수작업 집계 30분을 즉시 조회로 대체",
                        "출고 상태 변경 이력을 별도 테이블로 설계해 상태별 조회 화면 구현",
                    ],
                    "team_size": 3,
                },
            ],
            "activities": [
                {
                    "type": "교육",
                    "name": "오름 백엔드 부트캠프",
                    "period": "2024.06 ~ 2025.01",
                    "description": "Java·Spring 백엔드 과정 수료",
                    "achievements": ["알고리즘 스터디에서 매주 문제 풀이 발표"],
                }
            ],
            "technical_skills": {"languages": ["Java", "SQL"], "frameworks": ["Spring Boot", "React"]},
            "education": [
                {"institution": "해오름대학교", "degree": "학사", "major": "경영학과", "period": "2012.03 ~ 2018.02"}
            ],
        }
    )


NEW_PEOPLE = [
    korean_android_mid,
    english_ml_engineer_senior,
    korean_qa_automation,
    english_sre_mid,
    korean_game_client,
    korean_career_changer_bootcamp,
]
