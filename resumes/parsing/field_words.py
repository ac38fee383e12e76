"""The one lexicon of the words that name a record's fields, read from field_words.yaml.

The label reader ("직위: 책임"), the table header reader (근무기간 | 회사명 | 직위), the run-in
splitter, the job-site line reader and the list readers each kept a list of their own, and the
lists drifted apart: "직위" was a position in a label and unknown in a table header. Every
reader now reads the lexicon's words, and its own entry in `readers` says only how it differs
(see the file's opening comment). The file is checked when it is loaded, so a reader can only
differ from the lexicon where the file says so.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

LEXICON_FILE = Path(__file__).resolve().parent / "field_words.yaml"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SPACES = re.compile(r"[\s_]+")


def field_key(text: str) -> str:
    """What a word is matched by: "근무 기간", "근무기간" and "Work_Period" lose case and spaces."""
    return _SPACES.sub("", text).lower()


def check_fields(fields: dict[str, list[str]]) -> None:
    """A word names one field only; a word in two is an error of the file."""
    owner: dict[str, str] = {}
    for field, found in fields.items():
        for word in found:
            if owner.setdefault(field_key(word), field) != field:
                raise ValueError(f"{word!r} names both {owner[field_key(word)]} and {field}")


# A header cell's note ("학교명(소재지)", "기간 (년.월)") and what divides a cell of several words.
_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]")
WORD_BREAKS = re.compile(r"\s*(?:[/·,&+]|및|\band\b)\s*|\s+")


def header_text(cell: str) -> str:
    """A header cell without its emphasis, colon or bracketed note: "학교명(소재지)" -> "학교명"."""
    text = cell.strip(" *_:：")
    return _NOTE.sub("", text).strip() or text


@functools.cache
def _data() -> dict:
    data = yaml.load(LEXICON_FILE.read_text(encoding="utf-8"), Loader=_LOADER)
    check_fields(data["fields"])
    return data


def words(field: str) -> tuple[str, ...]:
    """The lexicon's words for a field, as written."""
    return tuple(_data()["fields"][field])


def _read_fields(spec: dict) -> dict[str, str]:
    """field -> the name the reader files it under."""
    found: dict[str, str] = {}
    listed = spec.get("fields") or {}
    for entry in listed.items() if isinstance(listed, dict) else listed:
        if isinstance(entry, dict):
            entry = next(iter(entry.items()))
        field, name = entry if isinstance(entry, tuple) else (entry, entry)
        found[field] = name
    return found


def _chosen(lexicon: dict, reader: str, spec: dict) -> list[tuple[str, str]]:
    """(word, field) the reader takes from the lexicon: all of each field it reads, or the few
    it names in `only`, less what it drops."""
    taken = [(word, field) for field in _read_fields(spec) for word in lexicon[field]]
    for field, chosen in (spec.get("only") or {}).items():
        known = {field_key(word) for word in lexicon[field]}
        for word in chosen:
            if field_key(word) not in known:
                raise ValueError(f"{reader}: {word!r} is no lexicon word of {field}")
            taken.append((word, field))
    dropped = {field_key(word) for word in spec.get("drop") or []}
    missing = dropped - {field_key(word) for word, _ in taken}
    if missing:
        raise ValueError(f"{reader}: drops {sorted(missing)}, which it does not read")
    return [(word, field) for word, field in taken if field_key(word) not in dropped]


def read_words(lexicon: dict, reader: str, spec: dict) -> dict[str, tuple[str, ...]]:
    """The words a reader (`spec`, its entry under `readers`) reads from the lexicon's fields,
    by the name it files each field under, as written."""
    names = _read_fields(spec)
    found: dict[str, list[str]] = {}
    for word, field in _chosen(lexicon, reader, spec):
        found.setdefault(names.get(field, field), []).append(word)
    for name, added in (spec.get("add") or {}).items():
        for word in added:
            if field_key(word) in {field_key(w) for w in found.get(name, [])}:
                raise ValueError(f"{reader}: adds {word!r} to {name}, which has it")
            for other in found.values():  # a word the reader files elsewhere than the lexicon
                other[:] = [w for w in other if field_key(w) != field_key(word)]
            found.setdefault(name, []).append(word)
    return {name: tuple(found_words) for name, found_words in found.items() if found_words}


@functools.cache
def reader_words(reader: str) -> dict[str, tuple[str, ...]]:
    """The words a reader of field_words.yaml reads, by the name it files each field under."""
    data = _data()
    return read_words(data["fields"], reader, data["readers"][reader])


@functools.cache
def reader_fields(reader: str) -> dict[str, str]:
    """The reader's lexicon as a lookup: a word's key -> the name the reader files it under."""
    return {field_key(word): name for name, found in reader_words(reader).items() for word in found}


def field_of(reader: str, text: str) -> str | None:
    """The field a reader takes a bare label or header cell to name, or None."""
    return reader_fields(reader).get(field_key(text))


def header_words(cell: str) -> list[str]:
    """A header cell's words ("팀/직무", "점수 및 등급"), each of which may name a field."""
    return [word for word in WORD_BREAKS.split(header_text(cell)) if word]


def header_field(reader: str, cell: str, *, rank: tuple[str, ...] | None = None) -> str | None:
    """The field a header cell names: the whole cell without its note ("학교명(소재지)"), else
    one of its words. Without `rank` the first word the reader knows decides, as the cell
    stands ("점수/등급", "취득일/만료일": the issue date); with it, the word whose field ranks
    first ("팀/직무": the position, ranked above the team), an unranked field counting for none."""
    whole = field_of(reader, header_text(cell))
    if whole is not None:
        return whole
    found = [field for word in header_words(cell) if (field := field_of(reader, word))]
    if rank is not None:
        found = sorted((field for field in found if field in rank), key=rank.index)
    return found[0] if found else None
