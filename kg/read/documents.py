"""Stage 1: read input documents (.txt files, directories, JSON Lines, stdin)."""
from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError


@dataclass(frozen=True)
class Document:
    """One input article as received: its id, raw text and whatever metadata came with it."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    origin: str = ""  # where it came from, for error messages: "file.jsonl:3"


def parse_date(value: str, what: str) -> dt.date:
    """Parse an ISO date (a datetime is cut to its date) or raise InputError naming `what`."""
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"{what}: not a date (expected YYYY-MM-DD): {value!r}") from None


def read_documents(inputs: Iterable[str], skip_bad: bool = False,
                   skipped: list[str] | None = None) -> Iterator[Document]:
    """Yield the documents named by INPUT arguments, in a stable order. With `skip_bad`, a bad
    document (empty, binary, a malformed JSON Lines record) is reported on stderr, noted in
    `skipped` and passed over instead of stopping the run."""
    def attempt(make):
        try:
            return make()
        except InputError as exc:
            if not skip_bad:
                raise
            print(f"kg: skipped: {exc}", file=sys.stderr)
            if skipped is not None:
                skipped.append(str(exc))
            return None

    for arg in inputs:
        if arg == "-":
            doc = attempt(lambda: _text_document("stdin", _decode_bytes(sys.stdin.buffer.read(), "<stdin>"), origin="<stdin>"))
            if doc:
                yield doc
            continue
        path = Path(arg)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() == ".txt" and p.is_file())
            if not files:
                raise InputError(f"{arg}: directory holds no .txt files")
            for file in files:
                doc = attempt(lambda file=file: _read_text_file(file))
                if doc:
                    yield doc
        elif not path.exists():
            raise InputError(f"{arg}: no such file or directory")
        elif path.suffix.lower() == ".jsonl":
            for make in _jsonl_records(path):
                doc = attempt(make)
                if doc:
                    yield doc
        else:
            doc = attempt(lambda: _read_text_file(path))
            if doc:
                yield doc


def _read_text_file(path: Path) -> Document:
    return _text_document(_text(path.stem, f"{path}: the file name"), _decode(path), origin=str(path))


MAX_BYTES = 5_000_000  # a news article is a few kB; a larger file is a mistake (a dump, a binary, a book)


def _decode(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_BYTES and path.suffix.lower() != ".jsonl":
        raise InputError(f"{path}: {size / 1e6:.1f} MB is too large for one article (limit {MAX_BYTES / 1e6:g} MB); split it")
    return _decode_bytes(path.read_bytes(), path)


def _decode_bytes(data: bytes, origin) -> str:
    if b"\x00" in data:
        raise InputError(f"{origin}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        print(f"warning: {origin}: invalid UTF-8, undecodable bytes replaced", file=sys.stderr)
        return data.decode("utf-8", errors="replace")


def _text_document(doc_id: str, text: str, origin: str) -> Document:
    text = _without_markup(text, origin)
    if not text.strip():
        raise InputError(f"{origin}: empty document")
    return Document(id=doc_id, text=text, origin=origin)


def _without_markup(text: str, origin: str) -> str:
    """HTML given where text was expected: keep the text, paragraphs on block elements."""
    if not _HTML.match(text):
        return text
    from .markup import html_to_text

    print(f"warning: {origin}: HTML markup stripped", file=sys.stderr)
    return html_to_text(text)


_HTML = re.compile(r"\s*(?:<!doctype html|<html|<head|<body|<article|<p>|<div)", re.IGNORECASE)


def _jsonl_records(path: Path) -> Iterator:
    """One maker per record, so that a bad record can be skipped and the rest read. Records end
    at \\n only: U+2028, U+2029 and U+0085 are characters inside a record's strings."""
    for number, line in enumerate(_decode(path).split("\n"), start=1):
        if line.strip():
            yield lambda line=line, where=f"{path}:{number}", number=number: _record(line, where, path, number)


def _record(line: str, where: str, path: Path, number: int) -> Document:
    try:
        record = json.loads(line, parse_constant=_not_json)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON ({exc.msg})") from None
    except (ValueError, RecursionError) as exc:
        raise InputError(f"{where}: malformed JSON ({exc if isinstance(exc, ValueError) else 'nested too deep'})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: a record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: record has no text")
    if len(text) > MAX_BYTES:
        raise InputError(f"{where}: text of {len(text) / 1e6:.1f} M characters is too large for one article")
    published = _optional_str(record, "published", where)
    return Document(
        id=_record_id(record.get("id"), where) or f"{path.stem}-{number}",
        text=_without_markup(_text(text, f"{where}: text"), where),
        title=_optional_str(record, "title", where),
        published=parse_date(published, f"{where}: published") if published else None,
        publisher=_optional_str(record, "publisher", where),
        url=_optional_str(record, "url", where),
        origin=where,
    )


def _not_json(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _record_id(value, where: str) -> str | None:
    """A record's id: a string or a number (None when it gives none)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or (
            isinstance(value, float) and not math.isfinite(value)):
        raise InputError(f"{where}: id must be a string or a number, not {_shown(value)}")
    return _text(str(value), f"{where}: id")


def _optional_str(record: dict, field: str, where: str) -> str | None:
    value = record.get(field)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InputError(f"{where}: {field} must be a string, not {_shown(value)}")
    return _text(str(value), f"{where}: {field}").strip() or None


def _shown(value) -> str:
    return f"{type(value).__name__} {json.dumps(value, ensure_ascii=True)[:40]}"


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _text(value: str, what: str) -> str:
    """`value`, refused when it holds a lone surrogate (a "\\ud800" escape, an undecodable file
    name): such a string cannot be written as UTF-8, so nothing could be built from it."""
    found = _SURROGATE.search(value)
    if found:
        raise InputError(f"{what} holds a lone surrogate (\\u{ord(found.group()):04x}), which is not text")
    return value
