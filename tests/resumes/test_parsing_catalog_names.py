"""Technology names the catalog lacked (technology_names.yaml): Android and iOS libraries, lakehouse
tables, scrapers, graph drawing, cluster networking, source control clients, enterprise Java tools
and database clients. Names that are also words (Glide, Volley, Branch, Iceberg, Eclipse) count in
prose only with support. Invented text."""

from __future__ import annotations

import pytest

from resumes.parsing.technologies import mentioned_technologies, skill_key, technology_key


def test_given_android_libraries_in_korean_prose_when_read_then_each_is_found():
    text = "영상 재생은 ExoPlayer, 이미지는 Glide로 바꾸고 Volley를 Retrofit으로 전환, ButterKnife 제거 후 ProGuard 규칙 정리"

    found = mentioned_technologies(text)

    assert found == ["ExoPlayer", "Glide", "Volley", "Retrofit", "ButterKnife", "ProGuard"]


@pytest.mark.parametrize(
    "text",
    [
        "The glide path of the landing was steep.",
        "We played volley ball after the team meeting.",
        "Merged the release branch into main every Friday.",
        "Only the tip of the iceberg of our legacy code.",
    ],
)
def test_given_a_library_name_used_as_an_ordinary_word_when_read_then_no_technology_is_found(text):
    assert mentioned_technologies(text) == []


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("CytoscapeJS", "cytoscape-js"),
        ("SigmaJS", "sigma-js"),
        ("Sigma.js", "sigma-js"),
        ("BeautifulSoup4", "beautifulsoup"),
        ("RxDataSource", "rxdatasources"),
        ("Apache Iceberg", "iceberg"),
        ("boto3", "boto3"),
        ("TortoiseSVN", "tortoisesvn"),
        ("libclang", "libclang"),
        ("ViewPager2", "viewpager2"),
        ("Microsoft Suite", "microsoft-office"),
        ("Google Suite", "google-workspace"),
    ],
)
def test_given_a_spelling_of_a_catalog_name_when_keyed_then_it_reaches_the_entry(written, key):
    assert technology_key(written) == key
    assert skill_key(written) is not None


def test_given_a_hyphenated_alias_in_prose_when_read_then_the_technology_is_found_by_its_name():
    text = "초기 Faiss-CPU 기반 검색을 pgvector로 옮기고 GPT-4o 응답을 비교"

    found = mentioned_technologies(text)

    assert [technology_key(name) for name in found] == ["faiss", "pgvector", "gpt"]
    assert found[0] == "FAISS" and found[2] == "GPT"


def test_given_lakehouse_and_scraper_tools_in_prose_when_read_then_each_is_found():
    text = "boto3로 배치 서버를 띄우고 BeautifulSoup4로 수집한 데이터를 Apache Iceberg 테이블에 적재, Cilium CNI 위에서 운영"

    found = [technology_key(name) for name in mentioned_technologies(text)]

    assert found == ["boto3", "beautifulsoup", "iceberg", "cilium"]


def test_given_an_enterprise_java_environment_line_when_read_then_its_tools_are_found():
    text = "개발환경: Java, JSF, PrimeFaces, NetBeans, Oracle, SQL Navigator, Pro*C"

    found = [technology_key(name) for name in mentioned_technologies(text)]

    assert found == ["java", "jsf", "primefaces", "netbeans", "oracle-database", "sql-navigator", "pro-c"]


@pytest.mark.parametrize(
    "text",
    [
        "A total eclipse of the sun moved the launch date.",
        "Jennifer Park reviewed every release note.",
        "The velocity of the team doubled in a quarter.",
    ],
)
def test_given_a_tool_name_used_as_an_ordinary_word_when_read_then_no_technology_is_found(text):
    assert mentioned_technologies(text) == []


def test_given_aws_sts_when_read_then_it_is_the_token_service_not_the_spring_ide():
    assert [technology_key(name) for name in mentioned_technologies("AWS STS 토큰으로 인증 흐름 구현")] == ["aws-sts"]
    assert technology_key("STS") == "spring-tool-suite"


def test_given_web_platforms_and_templates_in_prose_when_read_then_each_is_found():
    text = "Moved the storefront from Kentico to WP Engine and rewrote the ColdFusion checkout in Liquid"

    found = [technology_key(name) for name in mentioned_technologies(text)]

    assert found == ["kentico", "wp-engine", "coldfusion", "liquid"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("파이썬과 케라스로 분류 모델 학습, 셀레니움으로 수집", ["python", "tensorflow", "selenium"]),
        ("클라우드빌드로 배포하고 쿠베플로우 파이프라인 구성", ["google-cloud-build", "kubeflow"]),
        ("델파이로 만든 관리 프로그램을 닷넷으로 이전", ["delphi", "dotnet"]),
        ("이클립스와 인텔리제이, 노션과 슬랙으로 협업", ["eclipse-ide", "intellij", "notion", "slack"]),
    ],
)
def test_given_korean_spellings_of_well_known_tools_when_read_then_each_is_found(text, expected):
    assert [technology_key(name) for name in mentioned_technologies(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The liquid cooling loop leaked twice.",
        "Nobody wanted to pass the buck on the outage.",
        "A swarm of bees closed the picnic.",
        "The arch of the old bridge was repaired.",
        "We worked a swing shift with flex hours.",
    ],
)
def test_given_new_names_that_are_ordinary_words_when_read_without_support_then_none_is_found(text):
    assert mentioned_technologies(text) == []


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Node", "nodejs"),
        ("EvilWinRM", "evil-winrm"),
        ("JohnTheRipper", "john-the-ripper"),
        ("Active Directory", "active-directory"),
        ("Azure AD", "entra-id"),
        ("wsl2", "wsl"),
        ("Rechart", "recharts"),
        ("Docker Swarm", "docker-swarm"),
        ("My SQL", "mysql"),
    ],
)
def test_given_a_newly_listed_spelling_when_keyed_then_it_reaches_its_entry(written, key):
    assert technology_key(written) == key
    assert skill_key(written) is not None
