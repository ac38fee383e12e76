"""Korean particles agree with the sound of the word before them, Latin words included."""

import pytest

from careercoach.coach.josa import attach, particle


@pytest.mark.parametrize(
    "word, kind, expected",
    [
        ("프로젝트", "을", "프로젝트를"),
        ("멍냥예약", "을", "멍냥예약을"),
        ("서비스", "은", "서비스는"),
        ("인덱스", "이", "인덱스가"),
        ("데이터", "과", "데이터와"),
        ("캐시", "으로", "캐시로"),
        ("파일", "으로", "파일로"),
        ("테이블", "으로", "테이블로"),
        ("컬럼", "으로", "컬럼으로"),
    ],
)
def test_hangul_words_take_the_particle_of_their_last_syllable(word, kind, expected):
    assert attach(word, kind) == expected


@pytest.mark.parametrize(
    "word, kind, expected",
    [
        ("Kafka", "을", "Kafka를"),
        ("Redis", "을", "Redis를"),
        ("Docker", "은", "Docker는"),
        ("MySQL", "을", "MySQL을"),
        ("MySQL", "으로", "MySQL로"),
        ("Kotlin", "으로", "Kotlin으로"),
        ("Python", "과", "Python과"),
        ("Git", "을", "Git을"),
        ("React", "을", "React를"),
        ("Spring Boot", "을", "Spring Boot를"),
        ("Webpack", "이", "Webpack이"),
        ("Spark", "이", "Spark가"),
        ("Helm", "으로", "Helm으로"),
        ("Google", "으로", "Google로"),
        ("dtype", "과", "dtype과"),
    ],
)
def test_latin_words_take_the_particle_of_their_korean_pronunciation(word, kind, expected):
    assert attach(word, kind) == expected


@pytest.mark.parametrize(
    "word, kind, expected",
    [
        ("AWS", "을", "AWS를"),
        ("SQL", "으로", "SQL로"),
        ("ORM", "을", "ORM을"),
        ("gRPC", "을", "gRPC를"),
        ("K8s", "을", "K8s를"),
    ],
)
def test_acronyms_are_read_letter_by_letter(word, kind, expected):
    assert attach(word, kind) == expected


@pytest.mark.parametrize(
    "word, kind, expected",
    [
        ("120회", "으로", "120회로"),
        ("7%", "으로", "7%로"),
        ("10", "을", "10을"),
        ("Java 17", "을", "Java 17을"),
        ("AWS S3", "을", "AWS S3를"),
        ("Vue 3", "으로", "Vue 3로"),
    ],
)
def test_numbers_follow_how_they_are_read(word, kind, expected):
    assert attach(word, kind) == expected


def test_a_trailing_parenthesis_is_skipped_when_choosing_the_particle():
    assert attach("스터디잇 (StudyIt)", "을") == "스터디잇 (StudyIt)을"
    assert attach("AOP 프록시 동작(JDK 동적 프록시와 CGLIB)", "과").endswith(")과")


def test_particle_alone_follows_a_closing_quote():
    assert particle('"쿼리 수를 120회에서 6회로 감소"', "이라고") == "라고"
    assert particle('"인덱스 추가"', "이라고") == "라고"
    assert particle('"응답 시간 개선"', "이라고") == "이라고"
