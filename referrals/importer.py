"""Importing the backlog from the old process: CSV or JSON Lines, one referral a row.

Every row is validated with the same rules as the records-system API. A bad row is reported
with its number, field and reason and skipped; a good one is imported in its own transaction,
so a referral is never half-imported. Rows are keyed by `external_id`: importing the same file
again imports nothing new.
"""

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from referrals.actions import do_intake_referral
from referrals.integration import do_create_integration_client
from referrals.models import IntegrationClient, ReferralSource
from referrals.serializers import IntakeSerializer, details_from_intake, intake_hash
from vhub.api_errors import flatten_errors
from vhub.uploads import BACKLOG_IMPORT, CheckedUpload, UploadRefused, check_upload

IMPORT_SOURCE = "backlog-import"
PROGRESS_EVERY = 50
CHILD_COLUMNS = (
    "first_name",
    "last_name",
    "date_of_birth",
    "address",
    "postcode",
    "school",
    "gp",
    "lives_at_address",
    "was_present",
    "witnessed",
    "was_injured",
    "parental_responsibility",
    "parents_aware",
    "voice_of_child",
)
BOOLEAN_COLUMNS = ("lives_at_address", "was_present", "witnessed", "was_injured", "parents_aware")


@dataclass
class RowError:
    row: int
    field: str
    message: str


@dataclass
class ImportResult:
    imported: int = 0
    already_imported: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return self.imported + self.already_imported + len({e.row for e in self.errors})


def _csv_value(value: str | None) -> object:
    return None if value is None or value.strip() == "" else value.strip()


def _csv_rows(text: str) -> Iterator[dict[str, object]]:
    """CSV: one child per row, child columns prefixed `child_` (see docs/import.md)."""
    for raw in csv.DictReader(io.StringIO(text)):
        payload: dict[str, object] = {
            k: _csv_value(v) for k, v in raw.items() if k and not k.startswith("child_")
        }
        child: dict[str, object] = {}
        for column in CHILD_COLUMNS:
            value = _csv_value(raw.get(f"child_{column}"))
            if value is None:
                continue
            if column in BOOLEAN_COLUMNS:
                value = {"yes": True, "no": False, "true": True, "false": False}.get(
                    str(value).lower(), value
                )
            child[column] = value
        payload["children"] = [child]
        payload = {k: v for k, v in payload.items() if v is not None}
        yield payload


def _jsonl_rows(text: str) -> Iterator[dict[str, object] | str]:
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"not valid JSON: {exc.msg}"


def _import_actor():  # type: ignore[no-untyped-def]
    client = IntegrationClient.objects.filter(source_system=IMPORT_SOURCE).first()
    if client is None:
        client, _ = do_create_integration_client(
            actor=None, name="Backlog import", source_system=IMPORT_SOURCE
        )
    return client.service_user


def import_referrals(
    path: Path, *, progress: Callable[[int, ImportResult], None] | None = None
) -> ImportResult:
    text = path.read_text(encoding="utf-8-sig")
    rows = _jsonl_rows(text) if path.suffix.lower() in {".jsonl", ".ndjson"} else _csv_rows(text)
    actor = _import_actor()
    result = ImportResult()
    for number, payload in enumerate(rows, start=2 if path.suffix.lower() == ".csv" else 1):
        if isinstance(payload, str):
            result.errors.append(RowError(number, "", payload))
            continue
        serializer = IntakeSerializer(data=payload)
        if not serializer.is_valid():
            result.errors += [
                RowError(number, e["field"], e["message"])
                for e in flatten_errors(serializer.errors)
            ]
            continue
        data = serializer.validated_data
        _, created = do_intake_referral(
            details_from_intake(data),
            actor=actor,
            source=ReferralSource.IMPORT,
            source_system=IMPORT_SOURCE,
            external_id=data["external_id"],
            fingerprint=intake_hash(payload),
        )
        if created:
            result.imported += 1
        else:
            result.already_imported += 1
        if progress and number % PROGRESS_EVERY == 0:
            progress(number, result)
    return result


def count_rows(path: Path) -> int:
    lines = [line for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
    return max(0, len(lines) - 1) if path.suffix.lower() == ".csv" else len(lines)


def check_import_file(upload) -> CheckedUpload:  # type: ignore[no-untyped-def]
    """The upload checked as a backlog file: through the upload gate (size, UTF-8 text by its
    content, a .csv or .jsonl name), then its first row read in the name's format. Raises
    UploadRefused saying what is wrong."""
    checked = check_upload(upload, BACKLOG_IMPORT)
    head = upload.read(64 * 1024)
    upload.seek(0)
    first = next((s for s in head.decode("utf-8-sig", "ignore").splitlines() if s.strip()), "")
    if checked.suffix == ".csv" and "external_id" not in first:
        raise UploadRefused(
            f"The first row of {checked.name} must be the header, with an external_id column"
        )
    if checked.suffix != ".csv" and not first.lstrip().startswith("{"):
        raise UploadRefused(f"Each line of {checked.name} must be a JSON object (JSON Lines)")
    return checked
