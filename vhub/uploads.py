"""The one gate for uploaded files: size from settings, type from the content (never the name),
a random name in private storage, and the response that gives a stored file back as a download.

Every upload path declares an `UploadKind` here (the tests walk `KINDS`), checks the file with
`check_upload` in its form (for a field error) and again in its action (for every other caller),
and stores `checked.to_store()` in a FileField whose `upload_to` is a `RandomName`.
"""

import codecs
import hashlib
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import puremagic
from django.conf import settings
from django.core.files import File
from django.db.models.fields.files import FieldFile
from django.http import FileResponse
from django.utils.deconstruct import deconstructible

from vhub.clock import now

TEXT = "text/plain"
HTML = "text/html"
SNIFF_BYTES = 8192
# puremagic's confidence grows with the signature's length. For content that is valid text, a
# short signature is a coincidence (notes that begin "BMW" are not a bitmap, nor "ID3" an MP3);
# four bytes or more ("%PDF", "{\rtf", "<svg") say what the file really is.
TEXT_SIGNATURE_CONFIDENCE = 0.4
# Control characters that plain text may hold: tab, line feed, form feed, carriage return.
_TEXT_CONTROLS = frozenset("\t\n\f\r")
_DESCRIBED = {
    HTML: "a web page (HTML or XML)",
    "image/svg+xml": "an SVG image, which can hold scripts",
    "application/pdf": "a PDF",
    "image/png": "a PNG image",
    "image/jpeg": "a JPEG image",
    TEXT: "plain text",
    "application/vnd.microsoft.portable-executable": "a Windows program",
}


@dataclass(frozen=True)
class UploadKind:
    """What one upload path accepts."""

    key: str  # its size limit is settings.UPLOAD_MAX_MB[key]
    # Allowed content types, each with the suffix its stored file gets ("" keeps the name's).
    types: dict[str, str]
    refusal: str  # completes "<file name> …" when the content is not allowed
    # When not empty, the name must end so too: the importer chooses its parser by the suffix,
    # so a name that disagrees with the content is refused rather than misread.
    suffixes: tuple[str, ...] = field(default=())

    @property
    def max_mb(self) -> int:
        return int(settings.UPLOAD_MAX_MB[self.key])

    @property
    def max_bytes(self) -> int:
        return self.max_mb * 1024 * 1024


ISR_ATTACHMENT = UploadKind(
    key="isr_attachment",
    types={"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg", TEXT: ".txt"},
    refusal="must be a PDF, PNG, JPEG or plain text file",
)
BACKLOG_IMPORT = UploadKind(
    key="backlog_import",
    types={TEXT: ""},
    refusal="must be plain text (UTF-8), not a spreadsheet or other binary file",
    suffixes=(".csv", ".jsonl", ".ndjson"),
)
# Documents and images on a referral (the officer's or the hub's), and files partners send with
# a message about a share: the same safe types as an ISR's answer.
CASE_ATTACHMENT = UploadKind(
    key="case_attachment",
    types={"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg", TEXT: ".txt"},
    refusal="must be a PDF, PNG, JPEG or plain text file",
)
KINDS = (ISR_ATTACHMENT, BACKLOG_IMPORT, CASE_ATTACHMENT)


class UploadRefused(ValueError):
    """The file is refused; the message names it and says what would be accepted."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class CheckedUpload:
    upload: Any
    name: str  # the name the person gave, printable only: for pages and the download's filename
    content_type: str
    size: int
    sha256: str
    suffix: str

    def to_store(self) -> File:
        """The file to save in a FileField whose upload_to is a `RandomName`: named only by its
        checked type, so no name a person chose reaches the file system."""
        self.upload.seek(0)
        return File(self.upload, name=f"upload{self.suffix}")


def display_name(name: str | None) -> str:
    """The last part of a file name, printable characters only, at most 200 of them."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(c for c in base if c.isprintable()).strip()[:200] or "file"


def check_upload(upload: Any, kind: UploadKind) -> CheckedUpload:
    """The upload's checked type, size and SHA-256, or UploadRefused saying what is wrong."""
    name = display_name(upload.name)
    suffix = Path(name).suffix.lower()
    if kind.suffixes and suffix not in kind.suffixes:
        raise UploadRefused(f"{name} must be a {_either(kind.suffixes)} file")
    too_big = UploadRefused(f"{name} must be smaller than {kind.max_mb} MB")
    if (upload.size or 0) > kind.max_bytes:
        raise too_big  # before reading any of it
    head, is_text, size, sha256 = _scan(upload, kind.max_bytes)
    if size > kind.max_bytes:
        raise too_big
    if size == 0:
        raise UploadRefused(f"{name} is empty: choose the file again")
    content_type = sniff(head, is_text=is_text)
    if content_type not in kind.types:
        raise UploadRefused(f"{name} {kind.refusal}. Its content is {_describe(content_type)}.")
    upload.seek(0)
    return CheckedUpload(
        upload=upload,
        name=name,
        content_type=content_type,
        size=size,
        sha256=sha256,
        suffix=kind.types[content_type] or suffix,
    )


def sniff(head: bytes, *, is_text: bool) -> str | None:
    """The content type the first bytes show: a signature that puremagic knows; otherwise, for
    text, HTML when it starts with markup and plain text when not; otherwise None (a program
    or another binary file that nothing here accepts)."""
    signature = _signature(head)
    if signature and (not is_text or signature[1] >= TEXT_SIGNATURE_CONFIDENCE):
        return signature[0]
    if not is_text:
        return None
    start = head.decode("utf-8", "ignore").lstrip("\ufeff \t\r\n\f")
    return HTML if start.startswith("<") else TEXT


def _signature(head: bytes) -> tuple[str, float] | None:
    try:
        matches = puremagic.magic_string(head)
    except (puremagic.PureError, ValueError):
        return None
    for match in matches:  # best first
        if match.mime_type:
            return match.mime_type, match.confidence
    return None


def _scan(upload: Any, limit: int) -> tuple[bytes, bool, int, str]:
    """In one pass: the first bytes, whether the whole file is UTF-8 text without control
    characters, its size and its SHA-256. Stops reading past `limit`."""
    head, size, digest, is_text = b"", 0, hashlib.sha256(), True
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    for chunk in upload.chunks():
        if len(head) < SNIFF_BYTES:
            head += chunk[: SNIFF_BYTES - len(head)]
        size += len(chunk)
        if size > limit:
            break
        digest.update(chunk)
        if is_text:
            is_text = _is_text(decoder, chunk)
    if is_text:
        is_text = _is_text(decoder, b"", final=True)
    return head, is_text, size, digest.hexdigest()


def _is_text(decoder: codecs.IncrementalDecoder, chunk: bytes, *, final: bool = False) -> bool:
    try:
        text = decoder.decode(chunk, final=final)
    except UnicodeDecodeError:
        return False
    return not any((c < " " and c not in _TEXT_CONTROLS) or c == "\x7f" for c in set(text))


def _either(words: tuple[str, ...]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def _describe(content_type: str | None) -> str:
    if content_type is None:
        return "a program or another binary file, whatever its name says"
    return _DESCRIBED.get(content_type, content_type)


@deconstructible
class RandomName:
    """upload_to for case files: <folder>/<year>/<month>/<32 random hex digits><suffix>."""

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def __call__(self, instance: object, filename: str) -> str:
        suffix = Path(filename).suffix.lower()
        if not (suffix[1:].isascii() and suffix[1:].isalnum() and len(suffix) <= 8):
            suffix = ""
        return f"{self.folder}/{now():%Y/%m}/{secrets.token_hex(16)}{suffix}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RandomName) and other.folder == self.folder

    def __hash__(self) -> int:
        return hash(self.folder)


def private_download(file: FieldFile, *, filename: str, content_type: str) -> FileResponse:
    """A case file from private storage for an access-checked view: always a download
    (Content-Disposition: attachment), never type-sniffed into a page, never cached."""
    response = FileResponse(
        file.open("rb"), as_attachment=True, filename=filename, content_type=content_type
    )
    # SecurityMiddleware adds nosniff to every response too; a case file does not depend on it.
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
