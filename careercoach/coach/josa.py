"""Korean particles (josa) that agree with the word before them.

Korean picks 은/는, 이/가, 을/를, 과/와, (으)로 by whether the previous syllable ends in a
final consonant (batchim), and resumes are full of Latin words (Kafka, MySQL, K8s, Vue 3),
so the rule has to work on how those words are read aloud in Korean, not only on Hangul.
"""

from __future__ import annotations

import re

# Particle pairs keyed by their after-consonant form: (after consonant, after vowel).
PAIRS = {
    "은": ("은", "는"),
    "이": ("이", "가"),
    "을": ("을", "를"),
    "과": ("과", "와"),
    "으로": ("으로", "로"),
    "이라는": ("이라는", "라는"),
    "이라고": ("이라고", "라고"),
    "이나": ("이나", "나"),
    "이란": ("이란", "란"),
    "이에요": ("이에요", "예요"),
    "이며": ("이며", "며"),
    "이고": ("이고", "고"),
    "아": ("아", "야"),
    "이었다면": ("이었다면", "였다면"),
    "이다": ("이다", "다"),
    "이었던": ("이었던", "였던"),
    "이라면": ("이라면", "라면"),
    "으로서": ("으로서", "로서"),
    "으로는": ("으로는", "로는"),
}

_RIEUL = "rieul"  # a final ㄹ: takes 로, not 으로
_CONSONANT = "consonant"
_VOWEL = "vowel"

# How an upper-case letter is read when spelled out (AWS, gRPC, SQL).
_LETTER_ENDINGS = {
    "L": _RIEUL,
    "R": _RIEUL,
    "M": _CONSONANT,
    "N": _CONSONANT,
}
# A digit glued to letters or a one-digit version is read in English (S3 에스쓰리, EC2 이씨투,
# Vue 3 뷰 쓰리): one, seven, nine end in ㄴ and eight in ㅅ; the rest end in a vowel.
_ENGLISH_DIGIT_ENDINGS = {
    "0": "vowel",
    "1": "consonant",
    "2": "vowel",
    "3": "vowel",
    "4": "vowel",
    "5": "vowel",
    "6": "vowel",
    "7": "consonant",
    "8": "consonant",
    "9": "consonant",
}
# Last digit as read in Sino-Korean: 일 칠 팔 end in ㄹ, 삼 육 영(0 alone) in other finals.
_DIGIT_ENDINGS = {
    "0": _CONSONANT,
    "1": _RIEUL,
    "2": _VOWEL,
    "3": _CONSONANT,
    "4": _VOWEL,
    "5": _VOWEL,
    "6": _CONSONANT,
    "7": _RIEUL,
    "8": _RIEUL,
    "9": _VOWEL,
}
_TRAILING_NOISE = re.compile(r"[\s\"'`.,;:!?)\]}>」』”’…]+$")
_TRAILING_PAREN = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def _hangul_ending(char: str) -> str:
    final = (ord(char) - 0xAC00) % 28
    if final == 0:
        return _VOWEL
    if final == 8:  # ㄹ
        return _RIEUL
    return _CONSONANT


def _number_ending(number: str) -> str:
    digits = number.replace(",", "")
    if "." in digits:
        digits = digits.rsplit(".", 1)[1] or digits
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    if not stripped:
        return _CONSONANT  # 영
    if zeros == 0:
        return _DIGIT_ENDINGS[stripped[-1]]
    # 십 (ㅂ), 백 (ㄱ), 천 (ㄴ), 만 (ㄴ): all consonants that are not ㄹ.
    return _CONSONANT


def _latin_word_ending(word: str) -> str:
    """Guess the final sound of an English technical word as Koreans pronounce it."""
    lower = word.lower()
    last = lower[-1]
    if last in "aiouyw":
        return _VOWEL
    if last == "l":
        return _RIEUL
    if last in "mn":
        return _CONSONANT
    if lower.endswith("ng"):
        return _CONSONANT
    if last == "e":
        if lower.endswith("type"):
            return _CONSONANT  # 타입
        if lower.endswith(("le",)):
            return _RIEUL
        if lower.endswith(("me", "ne")):
            return _CONSONANT
        return _VOWEL
    if last == "k":
        # Webpack, Slack (팩, 랙) keep the consonant; Spark, Flink (스파크, 플링크) do not.
        return _CONSONANT if len(lower) > 1 and lower[-2] in "aeiouc" else _VOWEL
    if last in "tp":
        # Git, App, Bot (깃, 앱, 봇) keep it; React, Jest, Boot, Loop (액트, 스트, 부트, 루프)
        # end in a vowel sound.
        if len(lower) < 2:
            return _VOWEL
        if lower[-2] == last:
            return _CONSONANT
        single_vowel = lower[-2] in "aeiou" and (len(lower) < 3 or lower[-3] not in "aeiou")
        return _CONSONANT if single_vowel else _VOWEL
    return _VOWEL  # r, s, x, d, b, c, f, g, h, z... (도커, 레디스, 리눅스, 안드로이드)


def _ending(word: str) -> str:
    text = re.sub(r"[\s\"'`.,;:!?」』”’]+$", "", word or "")
    without_paren = _TRAILING_PAREN.sub("", text)
    text = _TRAILING_NOISE.sub("", without_paren if without_paren.strip() else text)
    if not text:
        return _VOWEL
    last = text[-1]
    if "가" <= last <= "힣":
        return _hangul_ending(last)
    number = re.search(r"[0-9][0-9,.]*$", text)
    if number:
        digits = number.group(0).rstrip(".,")
        before = text[: number.start()]
        glued = bool(before) and before[-1].isascii() and before[-1].isalpha()
        version = bool(re.search(r"[A-Za-z]\s$", before)) and len(digits) == 1
        if glued or version:
            return _ENGLISH_DIGIT_ENDINGS[digits[-1]]
        return _number_ending(digits)
    token = re.search(r"[A-Za-z]+$", text)
    if not token:
        return _VOWEL
    letters = token.group(0)
    if len(letters) == 1 or (letters[-1].isupper() and (len(letters) == 1 or letters[-2].isupper())):
        return _LETTER_ENDINGS.get(letters[-1].upper(), _VOWEL)
    return _latin_word_ending(letters)


def particle(word: str, kind: str) -> str:
    """Return the particle of type `kind` (named by its after-consonant form) that fits `word`."""
    after_consonant, after_vowel = PAIRS[kind]
    ending = _ending(word)
    if kind.startswith("으로"):
        return after_vowel if ending in (_VOWEL, _RIEUL) else after_consonant
    return after_consonant if ending != _VOWEL else after_vowel


def attach(word: str, kind: str) -> str:
    """The word followed by the agreeing particle, e.g. attach("Kafka", "을") == "Kafka를"."""
    return f"{word}{particle(word, kind)}"
