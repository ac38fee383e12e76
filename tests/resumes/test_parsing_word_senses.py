"""A technology name that is also a word (Go, Spark, Rust) is read by the words right around it:
a preposition before it or a version after it makes it the technology, an idiom the word, whatever
else the line names. Invented content."""

from __future__ import annotations

import pytest

from resumes.parsing.technologies import mentioned_technologies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cut p99 latency by moving hot paths to Go", ["Go"]),
        ("Ported the ledger parser to Go and halved its memory", ["Go"]),
        ("Upgraded the build to Go 1.21", ["Go"]),
        ("Tooling written in Go 1.22 for the depot fleet", ["Go"]),
        ("Built a Golang worker pool for invoices", ["Golang"]),
        ("Go (gRPC) services for the payment desk", ["Go", "gRPC"]),
        ("Moved the nightly batch into Spark", ["Apache Spark"]),
        ("Rewrote the image resizer from C to Rust", ["C", "Rust"]),
    ],
)
def test_given_a_common_word_name_after_a_preposition_or_before_a_version_when_read_then_it_is_the_technology(
    text, expected
):
    assert mentioned_technologies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Owned the Go to market plan with sales in Q3", []),
        ("Prepared the Go-to-market launch in three cities", []),
        ("Led the Go-live of the warehouse system in March", []),
        ("Ran the Go/No-Go review with Kafka lag charts", ["Apache Kafka"]),
        ("Had to Let Go of two vendors in the redesign", []),
        ("Answered support tickets On The Go with Slack", ["Slack"]),
        ("Ready To Go in production after two sprints", []),
        ("Decided to go with a managed queue", []),
    ],
)
def test_given_a_common_word_name_inside_an_idiom_when_read_then_it_is_the_word(text, expected):
    assert mentioned_technologies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wrote Solidity contracts that read prices with other Oracle Smart Contracts", ["Solidity"]),
        ("Built a price oracle with Chainlink feeds in Solidity", ["Solidity"]),
        ("Migrated the billing schema to Oracle 19c with Python jobs", ["Oracle Database", "Python"]),
    ],
)
def test_given_an_oracle_that_feeds_a_contract_when_read_then_it_is_no_database(text, expected):
    assert mentioned_technologies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("입고 데이터 조회와 엑셀 출력 기능 개발, MySQL 연동", ["MySQL"]),
        ("주문 내역을 엑셀로 내보내기 구현", []),
        ("Added Excel export to the React reports page", ["React"]),
        ("엑셀로 월간 재고 현황을 관리", ["Microsoft Excel"]),
        ("Built the forecast model in Excel and Tableau", ["Microsoft Excel", "Tableau"]),
    ],
)
def test_given_an_office_program_named_for_the_file_a_feature_handles_when_read_then_it_is_no_tool(text, expected):
    assert mentioned_technologies(text) == expected
