"""Importing the backlog from the old process: CSV or JSON Lines, one referral a row.

Every row is validated with the same rules as the records-system API. A bad row is reported
with its number, field and reason and skipped. The good ones are imported in batches of
BATCH_ROWS rows, each batch in one transaction with set-based writes (`do_intake_referrals`,
which does for each row what the API does for one referral), so a referral is never
half-imported. Rows are keyed by `external_id`: importing the same file again imports nothing
new, and a job resumed after a crash imports each remaining row once.

The file is read as a stream, a batch at a time: a batch is imported before the next row is
read, and nothing is kept per imported row (only counters, and the errors of bad rows), so
memory does not grow with the size of the backlog.
"""

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.core.files.uploadedfile import UploadedFile
from rest_framework.exceptions import ValidationError

from audit.actions import record_event
from referrals.actions.intake import do_intake_referrals
from referrals.inputs import CHILD_ANSWERS, CHILD_IDENTITY, YES_NO_ANSWERS, Submission
from referrals.integration import do_create_integration_client
from referrals.models import ImportJob, IntegrationClient, ReferralSource
from referrals.serializers import IntakeSerializer, details_from_intake, intake_hash
from vhub.api_errors import flatten_errors
from vhub.clock import now
from vhub.uploads import BACKLOG_IMPORT, CheckedUpload, UploadRefused, check_upload

if TYPE_CHECKING:
    from accounts.models import User

IMPORT_SOURCE = "backlog-import"
# Rows are imported in batches, each in one transaction and in set-based writes; progress is
# saved after each. Small enough that a resumed job redoes little and a batch holds the audit
# chain's lock briefly, large enough that its queries are shared by many rows.
BATCH_ROWS = 100
CHILD_COLUMNS = (*CHILD_IDENTITY, *CHILD_ANSWERS, "voice_of_child")
BOOLEAN_COLUMNS = YES_NO_ANSWERS
# Adults: `person_<n>_<field>` columns, as many numbered groups as the file needs.
PERSON_COLUMN = re.compile(
    r"^person_(\d+)_(role|first_name|last_name|date_of_birth|address|postcode)$"
)


@dataclass
class RowError:
    row: int
    field: str
    message: str


@dataclass
class ImportResult:
    imported: int = 0
    already_imported: int = 0
    rejected: int = 0  # rows; a rejected row can have several errors
    errors: list[RowError] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return self.imported + self.already_imported + self.rejected

    def reject(self, errors: list[RowError]) -> None:
        self.rejected += 1
        self.errors += errors


def _csv_value(value: str | None) -> object:
    return None if value is None or value.strip() == "" else value.strip()


def _csv_rows(lines: Iterable[str]) -> Iterator[dict[str, object]]:
    """CSV: one child per row, child columns prefixed `child_` (see docs/import.md)."""
    for raw in csv.DictReader(lines):
        payload: dict[str, object] = {
            k: _csv_value(v)
            for k, v in raw.items()
            if k and not k.startswith("child_") and not PERSON_COLUMN.match(k)
        }
        people: dict[int, dict[str, object]] = {}
        for key, raw_value in raw.items():
            column = PERSON_COLUMN.match(key or "")
            value = _csv_value(raw_value)
            if column and value is not None:
                people.setdefault(int(column.group(1)), {})[column.group(2)] = value
        if people:
            payload["people"] = [people[n] for n in sorted(people)]
        child: dict[str, object] = {}
        for child_column in CHILD_COLUMNS:
            value = _csv_value(raw.get(f"child_{child_column}"))
            if value is None:
                continue
            if child_column in BOOLEAN_COLUMNS:
                value = {"yes": True, "no": False, "true": True, "false": False}.get(
                    str(value).lower(), value
                )
            child[child_column] = value
        payload["children"] = [child]
        payload = {k: v for k, v in payload.items() if v is not None}
        yield payload


def _jsonl_rows(lines: Iterable[str]) -> Iterator[dict[str, object] | str]:
    for line in lines:
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"not valid JSON: {exc.msg}"


def _import_actor() -> "User":
    client = IntegrationClient.objects.filter(source_system=IMPORT_SOURCE).first()
    if client is None:
        client, _ = do_create_integration_client(
            actor=None, name="Backlog import", source_system=IMPORT_SOURCE
        )
    return client.service_user


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in {".jsonl", ".ndjson"}


def import_referrals(
    path: Path,
    *,
    job: ImportJob | None = None,
    progress: Callable[[int, ImportResult], None] | None = None,
) -> ImportResult:
    actor = _import_actor()
    result = ImportResult()
    # One validator for every row: the API's rules, its fields built once and each code
    # (incident type, local authority) looked up once.
    validator = IntakeSerializer(context={"lookups": {}})
    batch: list[tuple[int, Submission]] = []  # (row number, submission) of the valid rows
    # newline="": the csv module reads line ends itself (a quoted field may span lines).
    with path.open(encoding="utf-8-sig", newline="") as lines:
        rows = _jsonl_rows(lines) if _is_jsonl(path) else _csv_rows(lines)
        first = 2 if path.suffix.lower() == ".csv" else 1
        number = first - 1
        for number, payload in enumerate(rows, start=first):
            submission = _validated(validator, number, payload, result)
            if submission is not None:
                batch.append((number, submission))
            if (number - first + 1) % BATCH_ROWS == 0:
                _import_batch(batch, actor, result, job)
                batch = []
                if progress:
                    progress(number, result)
        _import_batch(batch, actor, result, job)
    return result


def _validated(
    validator: IntakeSerializer, number: int, payload: dict[str, object] | str, result: ImportResult
) -> Submission | None:
    """The row as a submission, or None when it is refused (its errors added to the result)."""
    if isinstance(payload, str):
        result.reject([RowError(number, "", payload)])
        return None
    try:
        data = validator.run_validation(payload)
    except ValidationError as exc:
        result.reject(
            [RowError(number, e["field"], e["message"]) for e in flatten_errors(exc.detail)]
        )
        return None
    return Submission(details_from_intake(data), data["external_id"], intake_hash(payload))


def _import_batch(
    batch: list[tuple[int, Submission]], actor: "User", result: ImportResult, job: Any
) -> None:
    if not batch:
        return
    for _, created in do_intake_referrals(
        [submission for _, submission in batch],
        actor=actor,
        source=ReferralSource.IMPORT,
        source_system=IMPORT_SOURCE,
        import_job=job,
    ):
        if created:
            result.imported += 1
        else:
            result.already_imported += 1


def finish_import(job: ImportJob, result: ImportResult) -> list[int]:
    """Record a finished import on its job and in the audit trail; returns the rejected rows.
    The referrals it brought in whose clocks were already breached are escalated in one
    digest per supervisor, once this commits (referrals/escalation.py)."""
    rejected = sorted({e.row for e in result.errors})
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.DONE,
        finished_at=now(),
        processed_rows=job.total_rows,
        imported=result.imported,
        already_imported=result.already_imported,
        rejected=len(rejected),
        errors=[
            {"row": e.row, "field": e.field, "message": e.message} for e in result.errors[:500]
        ],
    )
    record_event(
        "referral.import",
        actor=None,
        obj=job,
        details={
            "file": job.original_name,
            "imported": result.imported,
            "already_imported": result.already_imported,
            "rejected_rows": rejected[:500],
        },
    )
    return rejected


def count_rows(path: Path) -> int:
    with path.open(encoding="utf-8-sig") as lines:
        count = sum(1 for line in lines if line.strip())
    return max(0, count - 1) if path.suffix.lower() == ".csv" else count


def check_import_file(upload: UploadedFile) -> CheckedUpload:
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
