"""The parser's technology names: the coach catalog's entries plus a names-only table
(careercoach/technology_names.yaml) for technologies the coach has no entry for yet, so a
resume's OpenSSL or Solidity is read even before the coach can coach on it. The table never
takes a name from the catalog, and names that are also ordinary words need support in prose.
All lines here are invented."""

from __future__ import annotations

import datetime

import pytest
import yaml

from careercoach.coach.validation import CATEGORIES
from careercoach.technology_names import COMMON_WORD_NAMES, NAMES_FILE, load_technology_names
from resumes.parsing import parse_resume
from resumes.parsing.technologies import mentioned_technologies, skill_key, technology_key


def names_only_entries() -> list[dict]:
    return yaml.safe_load(NAMES_FILE.read_text(encoding="utf-8"))


def test_names_only_entries_are_well_formed_and_never_take_a_catalog_name():
    catalog = load_technology_names(names_file=None)
    owner = {" ".join(form.split()): t.id for t in catalog for form in (t.id, t.name.lower(), *t.aliases)}
    problems = []
    for entry in names_only_entries():
        if entry.get("category") not in CATEGORIES:
            problems.append(f"{entry.get('id')}: category {entry.get('category')!r}")
        for form in (entry["id"], str(entry["name"]).lower(), *(entry.get("aliases") or [])):
            if form != form.lower().strip():
                problems.append(f"{entry['id']}: alias {form!r} is not lowercase")
            if " ".join(form.split()) in owner:
                problems.append(f"{entry['id']}: {form!r} belongs to {owner[' '.join(form.split())]}")
    assert problems == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boost와 OpenSSL로 QEMU 위에 에뮬레이터 작성", ["Boost", "OpenSSL", "QEMU"]),
        ("KVM 가상화 환경에서 PowerShell로 배포 자동화", ["KVM", "PowerShell"]),
        ("Ported the agent from Windows to OpenBSD with GCC", ["Windows", "OpenBSD", "GCC"]),
        ("Solidity 컨트랙트를 Hardhat과 Foundry로 테스트", ["Solidity", "Hardhat", "Foundry"]),
        ("IDA Pro와 Ghidra로 펌웨어 분석", ["IDA Pro", "Ghidra"]),
        ("Asterisk PBX 연동 콜센터 구축", ["Asterisk"]),
        ("Whisper 모델을 ONNX로 변환해 추론 시간 40% 단축", ["Whisper", "ONNX"]),
        ("전자정부프레임워크 기반 민원 시스템, Tibero와 JEUS 운영", ["eGovFrame", "Tibero", "JEUS"]),
    ],
)
def test_given_prose_naming_systems_web3_or_korean_stack_tools_when_read_then_they_are_found(text, expected):
    assert mentioned_technologies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Proficient in Salesforce and Zoho CRM", ["Salesforce", "Zoho CRM"]),
        ("Certified in Microsoft Word and Excel", ["Microsoft Word", "Microsoft Excel"]),
        ("Trained the ranking model on TPUs using JAX", ["TPU", "JAX"]),
        ("Sealed the signing keys inside Intel SGX enclaves", ["Intel SGX"]),
        ("협업 도구(Trello, Slack, Google Docs)를 도입", ["Trello", "Slack", "Google Docs"]),
        ("GitHub와 Zapier로 배포 알림 자동화", ["GitHub", "Zapier"]),
        ("Poetry club president and Zoom host", []),
    ],
)
def test_given_office_crm_or_hardware_names_in_prose_when_read_then_they_are_found(text, expected):
    assert mentioned_technologies(text) == expected


def test_given_the_short_name_msgpack_when_keyed_then_it_is_messagepack():
    assert technology_key("msgpack") == technology_key("MessagePack") == "messagepack"


@pytest.mark.parametrize(
    "text",
    [
        "the windows of the old office faced the foundry",
        "a whisper of doubt and a boost of confidence",
        "footnotes are marked with an asterisk",
    ],
)
def test_given_ordinary_words_that_are_also_technology_names_when_read_then_none_is_found(text):
    assert mentioned_technologies(text) == []


def test_names_that_are_ordinary_words_are_listed_as_such():
    assert {"windows", "boost", "whisper", "foundry", "asterisk"} <= COMMON_WORD_NAMES


def test_given_new_names_in_a_skills_list_when_parsed_then_they_are_sorted_by_their_category():
    text = "# Mira Sol\n\n## Skills\n- Solidity, Tibero, Slack, Mocha/Chai\n"
    skills = parse_resume(text.encode(), filename="cv.md", today=datetime.date(2026, 2, 1)).draft["technical_skills"]
    assert skills["programming_languages"] == ["Solidity"]
    assert skills["databases"] == ["Tibero"]
    assert skill_key("Mocha") == "others" and {"Slack", "Mocha", "Chai"} <= set(skills["others"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kept the billing service on .NET and C# running on Azure", [".NET", "C#", "Microsoft Azure"]),
        ("Added contract tests between services using Pact", ["Pact"]),
        ("Fastlane으로 TestFlight 배포 자동화", ["fastlane", "TestFlight"]),
        ("A feed reader built on Tokio and Rust", ["Tokio", "Rust"]),
    ],
)
def test_given_a_name_with_a_leading_dot_or_a_newly_listed_name_when_read_then_it_is_found(text, expected):
    assert mentioned_technologies(text) == expected


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Lambda", "AWS Lambda"),
        ("SNS", "Amazon SNS"),
        ("API Gateway", "Amazon API Gateway"),
        ("Glue", "AWS Glue"),
        ("Pub/Sub", "Google Cloud Pub/Sub"),
    ],
)
def test_given_a_cloud_service_named_without_its_vendor_in_a_list_when_keyed_then_it_is_the_vendors_product(
    short, full
):
    assert technology_key(short) == technology_key(full)


def test_given_a_vendors_generic_word_alone_when_keyed_then_it_is_no_product_of_that_vendor():
    """ "Storage" is not Google Cloud Storage, "DevOps" not Azure DevOps."""
    assert [skill_key(word) for word in ("Storage", "Analytics", "Cloud", "DevOps", "Pipelines")] == [None] * 5


def test_given_a_vendors_short_name_in_prose_then_it_is_not_read_there():
    """In prose "SNS" is a social network, and "lambda" a function: only lists read them."""
    assert mentioned_technologies("SNS 로그인과 Lambda 표현식 정리, React로 개발") == ["React"]


def test_given_elasticache_when_keyed_then_it_is_its_own_service_not_redis():
    assert technology_key("ElastiCache") == technology_key("Amazon ElastiCache") != technology_key("Redis")
    assert technology_key("ElastiCache for Redis") == technology_key("Redis")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ESP32 보드와 Turborepo 모노레포, RocketMQ로 이벤트 전달", ["ESP32", "Turborepo", "Apache RocketMQ"]),
        ("Karpenter and KEDA scaled the K3s cluster", ["Karpenter", "KEDA", "K3s"]),
        ("Isaac Sim에서 OpenUSD 장면으로 시뮬레이션", ["Isaac Sim", "OpenUSD"]),
        ("Fastify API behind AWS WAF with Amazon Cognito", ["Fastify", "AWS WAF", "Amazon Cognito"]),
    ],
)
def test_given_prose_naming_boards_monorepos_queues_or_cluster_tools_when_read_then_they_are_found(text, expected):
    assert mentioned_technologies(text) == expected


def test_given_coding_assistants_and_models_in_prose_when_read_then_they_are_found_with_support():
    text = "Codex, Claude Code, Cursor로 리뷰 자동화하고 Gemini와 GPT-4o 응답을 LiteLLM으로 묶음"
    assert mentioned_technologies(text) == ["OpenAI Codex", "Claude Code", "Cursor", "Gemini", "GPT", "LiteLLM"]
    assert mentioned_technologies("the cursor blinked while Claude read the codex") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Built a Riak cluster on ARM boards, packaged with Nix and Buildkite", ["Riak", "ARM", "Nix", "Buildkite"]),
        ("Mnesia와 Cowboy 기반 채팅 서버 개발", ["Mnesia", "Cowboy"]),
        ("TiDB 마이그레이션, CRIU로 컨테이너 체크포인트", ["TiDB", "CRIU"]),
        ("Wrote the API docs with Sphinx and kept them in Perforce", ["Sphinx", "Perforce"]),
    ],
)
def test_given_prose_naming_erlang_build_or_low_level_tools_when_read_then_they_are_found(text, expected):
    assert mentioned_technologies(text) == expected


@pytest.mark.parametrize(
    "text",
    ["she broke her arm riding", "the prow of the boat", "a cowboy hat and a sphinx riddle", "perforce we waited"],
)
def test_given_ordinary_words_naming_tools_when_read_without_support_then_none_is_found(text):
    assert mentioned_technologies(text) == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Travis-CI", "travis-ci"),
        ("GO-CD", "gocd"),
        ("Github-Actions", "github-actions"),
        ("Node JS", "nodejs"),
        ("Vue JS", "vue"),
        ("Next JS", "nextjs"),
    ],
)
def test_given_a_hyphen_or_space_variant_of_a_known_name_when_keyed_then_it_is_that_technology(written, expected):
    assert technology_key(written) == expected
