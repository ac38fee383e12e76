"""The offline posting parser over postings shaped the ways real ones are."""

import time

import pytest

from careercoach.coach.posting import heading_kind, parse_posting

BULLETS_KO = """[하늘커머스] 백엔드 개발자
경력 2~5년 · 정규직

[주요업무]
• Kafka 기반 주문 이벤트 파이프라인 개발

[자격요건]
• Java 또는 Kotlin 기반 Spring Boot 서버 개발 경력 2년 이상
• 쿠버네티스 환경에서 서비스를 운영해 본 경험
• MySQL, PostgreSQL 중 하나 이상의 RDBMS 경험

[우대사항]
• k8s 위에서 Helm 차트를 관리해 본 경험
• 대용량 트래픽 처리 경험

[혜택 및 복지]
• Docker 교육비 지원, 연봉 상위 10%

[전형절차]
서류 → Python 코딩 테스트 → 면접
"""


def test_given_korean_bullets_when_parsed_then_only_requirement_sections_give_skills():
    parsed = parse_posting(BULLETS_KO)
    assert parsed["required_skills"] == ["Java | Kotlin", "Spring Boot", "Kubernetes", "MySQL | PostgreSQL"]
    assert parsed["preferred_skills"] == ["Helm", "High-traffic systems"]
    assert parsed["years_required"] == 2
    assert parsed["company"] == "하늘커머스"
    assert parsed["title"] == "백엔드 개발자"


def test_given_noise_sections_when_parsed_then_their_technologies_are_ignored():
    parsed = parse_posting(BULLETS_KO)
    skills = parsed["required_skills"] + parsed["preferred_skills"]
    assert "Docker" not in skills and "Python" not in skills and "Apache Kafka" not in skills
    kinds = [s["kind"] for s in parsed["sections"]]
    assert {"benefits", "process", "responsibilities"} <= set(kinds)


@pytest.mark.parametrize("bullet", ["-", "·", "*", "1.", "2)", "①", "▪"])
def test_given_any_bullet_style_when_parsed_then_skills_are_read(bullet):
    text = f"자격요건\n{bullet} Python과 Django로 API를 개발한 경험\n{bullet} Redis 운영 경험\n"
    assert parse_posting(text)["required_skills"] == ["Python", "Django", "Redis"]


def test_given_one_line_stack_requirement_when_parsed_then_each_name_is_a_skill():
    parsed = parse_posting("Requirements: Java/Spring/MySQL, 3년 이상")
    assert parsed["required_skills"] == ["Java", "Spring Boot", "MySQL"]
    assert parsed["years_required"] == 3


def test_given_mixed_language_and_unusual_order_when_parsed_then_sections_are_found():
    text = """Nice to have
- Terraform or Pulumi
- 쿠버네티스 운영 경험

자격 요건
- Go 3+ years
- gRPC and Protocol Buffers

What you'll do
- Kafka consumers
"""
    parsed = parse_posting(text)
    assert parsed["required_skills"] == ["Go", "gRPC", "Protocol Buffers"]
    assert parsed["preferred_skills"] == ["Terraform | Pulumi", "Kubernetes"]
    assert parsed["years_required"] == 3


def test_given_required_and_preferred_marks_in_one_list_when_parsed_then_marks_decide():
    text = "<이런 분을 찾아요>\n1. Java 개발 경력 (필수)\n2. Kotlin 경험 (우대)\n3. JPA 사용 경험 (필수)\n"
    parsed = parse_posting(text)
    assert parsed["required_skills"] == ["Java", "JPA (Hibernate)"]
    assert parsed["preferred_skills"] == ["Kotlin"]


@pytest.mark.parametrize(
    "line,years",
    [
        ("경력 3년 이상", 3),
        ("5+ years of backend experience", 5),
        ("신입 지원 가능", 0),
        ("1-3 years in an SRE role", 1),
        ("경력 무관", 0),
        ("At least 4 years with Go", 4),
        ("Python 경험", None),
    ],
)
def test_given_a_years_phrase_when_parsed_then_the_minimum_is_read(line, years):
    assert parse_posting(f"Requirements\n- {line}\n- Python\n")["years_required"] == years


def test_given_years_in_benefits_when_parsed_then_they_are_not_a_requirement():
    text = "자격요건\n- Python 경험\n복지\n- 장기근속 휴가 (3년 5일)\n"
    assert parse_posting(text)["years_required"] is None


def test_given_parent_with_products_when_parsed_then_cloud_stays_whole_and_firebase_expands():
    text = "자격요건\n• AWS(EC2, RDS, S3) 운영 경험\n• Firebase(Auth, Cloud Firestore, FCM) 활용 경험\n• Flutter(Dart) 개발"
    assert parse_posting(text)["required_skills"] == [
        "AWS",
        "Firebase Authentication",
        "Cloud Firestore",
        "Firebase Cloud Messaging",
        "Flutter",
        "Dart",
    ]


def test_given_alternative_wordings_when_parsed_then_groups_are_either_or():
    text = """Requirements
- Experience with message queues (SQS, RabbitMQ or similar)
- Fastlane, GitHub Actions 등을 이용한 배포 자동화
- HTML, CSS, JavaScript에 대한 이해
- iOS(Swift) 또는 Android(Kotlin) 네이티브 이해
"""
    assert parse_posting(text)["required_skills"] == [
        "Amazon SQS | RabbitMQ",
        "fastlane | GitHub Actions",
        "HTML",
        "CSS",
        "JavaScript",
        "Swift | Kotlin",
    ]


def test_given_practice_line_without_technology_when_parsed_then_practice_is_named():
    text = "우대사항\n- PG사 결제 연동 경험\n- Git을 이용한 코드 리뷰 경험\n- 원활한 커뮤니케이션 능력"
    assert parse_posting(text)["preferred_skills"] == ["Payment gateway integration", "Git"]


def test_given_no_sections_when_parsed_then_the_whole_text_is_read_as_requirements():
    parsed = parse_posting("Looking for a React and TypeScript developer, 2+ years")
    assert parsed["required_skills"] == ["React", "TypeScript"]


@pytest.mark.parametrize(
    "line,kind",
    [
        ("[자격요건]", "required"),
        ("■ 우대 사항", "preferred"),
        ("## Requirements", "required"),
        ("Preferred qualifications:", "preferred"),
        ("**Nice to have**", "preferred"),
        ("혜택 및 복지", "benefits"),
        ("About Kestrel", "about"),
        ("3. 담당업무", "responsibilities"),
    ],
)
def test_given_heading_decorations_when_checked_then_the_kind_is_known(line, kind):
    assert heading_kind(line)[0] == kind


def test_given_a_requirement_line_when_checked_then_it_is_not_a_heading():
    assert heading_kind("- Python 기반 백엔드 개발 경력 3년 이상") is None


def test_given_a_posting_twenty_times_long_when_parsed_then_it_still_takes_under_a_second():
    # A sanity bound that holds on a loaded machine; bench/posting_speed.py measures p50 (target 100 ms).
    text = BULLETS_KO * 20
    parse_posting(text)
    start = time.perf_counter()
    parse_posting(text)
    assert time.perf_counter() - start < 1.0
