"""manage.py import_referrals: 100 rows with 3 bad ones, re-run, CSV and JSON Lines; the file
is streamed a batch at a time, so memory does not grow with the backlog."""

import csv
import json
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from referrals import importer
from referrals.models import Referral
from tests.plans import plan_nodes, plan_on_a_large_table

HEADER = [
    "external_id",
    "incident_reference",
    "incident_at",
    "location",
    "postcode",
    "incident_type",
    "local_authority",
    "narrative",
    "officer_risk_view",
    "child_first_name",
    "child_last_name",
    "child_date_of_birth",
    "child_postcode",
    "child_was_present",
    "child_voice_of_child",
]


def _row(i: int) -> dict[str, str]:
    return {
        "external_id": f"OLD-{i:04d}",
        "incident_reference": f"22/{i}/26",
        "incident_at": "2026-10-01T20:00:00Z",
        "location": "4 Castle Street, Shrewsbury",
        "postcode": "SY1 2BJ",
        "incident_type": "domestic-abuse",
        "local_authority": "",
        "narrative": "Argument overheard by neighbours.",
        "officer_risk_view": "Some risk.",
        "child_first_name": f"Child{i}",
        "child_last_name": "Jones",
        "child_date_of_birth": "2018-05-01",
        "child_postcode": "SY1 2BJ",
        "child_was_present": "yes",
        "child_voice_of_child": "Said it was loud.",
    }


def _write_csv(path, rows) -> None:
    with path.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=HEADER)
        writer.writeheader()
        writer.writerows(rows)


def test_an_import_of_100_rows_with_3_bad_imports_97_reports_3_and_a_rerun_imports_0(
    db, tmp_path
) -> None:
    rows = [_row(i) for i in range(100)]
    rows[10]["child_date_of_birth"] = "2099-01-01"
    rows[40]["incident_type"] = "burglary"
    rows[70]["child_voice_of_child"] = ""
    path = tmp_path / "backlog.csv"
    _write_csv(path, rows)

    out = StringIO()
    call_command("import_referrals", str(path), stdout=out)
    text = out.getvalue()
    assert Referral.objects.filter(source="import").count() == 97
    assert "97 imported, 0 already imported, 3 rejected." in text
    # Imported in batches, yet one audit event per referral created.
    assert AuditEvent.objects.filter(action="referral.submit").count() == 97
    assert (
        "Row 12, children[0].date_of_birth: must be today or in the past" in text
    )  # header is row 1
    assert "Row 42, incident_type" in text
    # An unknown code is refused with the codes that would be accepted (a defect found in use).
    refusal = next(line for line in text.splitlines() if line.startswith("Row 42"))
    assert "There is no incident type with the code “burglary”. Valid codes: " in refusal
    assert "domestic-abuse" in refusal
    assert "missing-child" in refusal
    assert "Row 72, children[0].voice_of_child" in text
    referral = Referral.objects.get(external_id="OLD-0000")
    assert referral.local_authority.slug == "shropshire-cs"  # routed by postcode
    assert referral.subjects.get().was_present is True

    again = StringIO()
    call_command("import_referrals", str(path), stdout=again)
    assert "0 imported, 97 already imported, 3 rejected." in again.getvalue()
    assert Referral.objects.filter(source="import").count() == 97
    assert AuditEvent.objects.filter(action="referral.import").count() == 2


def test_json_lines_use_the_api_shape_and_report_bad_lines(db, tmp_path) -> None:
    good = {
        "external_id": "J-1",
        "incident_reference": "22/1/26",
        "incident_at": "2026-10-01T20:00:00Z",
        "location": "12 Mill Lane, Hereford",
        "incident_type": "child-neglect",
        "narrative": "Home cold.",
        "officer_risk_view": "Neglect.",
        "children": [{"first_name": "Ava", "last_name": "Brown", "voice_of_child": "Hungry."}],
    }
    path = tmp_path / "backlog.jsonl"
    path.write_text(json.dumps(good) + "\n{not json\n")
    out = StringIO()
    call_command("import_referrals", str(path), stdout=out)
    assert Referral.objects.filter(external_id="J-1").exists()
    assert "Row 2: not valid JSON" in out.getvalue()


class _CountingFile:
    """A text file that counts the lines it has handed out."""

    def __init__(self, file) -> None:
        self.file, self.lines = file, 0

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.file.close()

    def __iter__(self) -> Iterator:
        return self

    def __next__(self) -> str:
        line = next(self.file)
        self.lines += 1
        return line

    def read(self, *args) -> str:
        text = self.file.read(*args)
        self.lines += text.count("\n")
        return text


def test_rows_are_read_a_batch_at_a_time_as_they_are_imported(db, tmp_path, monkeypatch) -> None:
    """No whole-file read and no list of rows: when a batch is imported, only the header and
    the rows up to the batch's last have been read, so a 10,000-row backlog needs the memory of
    one batch (BATCH_ROWS rows; 2 here)."""
    path = tmp_path / "backlog.csv"
    _write_csv(path, [_row(i) for i in range(5)])
    opened: list[_CountingFile] = []
    real_open = Path.open

    def counting_open(self, *args, **kwargs):
        opened.append(_CountingFile(real_open(self, *args, **kwargs)))
        return opened[-1]

    read_at_intake: list[tuple[int, int]] = []  # (lines read, rows in the batch)
    real_intake = importer.do_intake_referrals

    def intake(batch, **kwargs):
        read_at_intake.append((opened[-1].lines, len(batch)))
        return real_intake(batch, **kwargs)

    monkeypatch.setattr(Path, "open", counting_open)
    monkeypatch.setattr(importer, "do_intake_referrals", intake)
    monkeypatch.setattr(importer, "BATCH_ROWS", 2)
    result = importer.import_referrals(path)
    assert result.imported == 5
    # The header and rows 1-2, then rows 3-4, then row 5 (the end of the file reached).
    assert read_at_intake == [(3, 2), (5, 2), (6, 1)]


def test_an_id_repeated_in_the_file_is_imported_once(db, tmp_path) -> None:
    rows = [_row(1), _row(2), _row(1)]
    path = tmp_path / "backlog.csv"
    _write_csv(path, rows)
    result = importer.import_referrals(path)
    assert (result.imported, result.already_imported) == (2, 1)
    assert Referral.objects.filter(external_id="OLD-0001").count() == 1


def test_an_id_taken_by_another_process_meanwhile_is_still_imported_once(
    db, tmp_path, monkeypatch
) -> None:
    """The batch's lookup misses a referral another process sent meanwhile: the batch's insert
    meets the unique index, is undone, and its rows go through one at a time."""
    from referrals.actions import intake as actions

    path = tmp_path / "backlog.csv"
    _write_csv(path, [_row(1), _row(2), _row(3)])
    first = tmp_path / "first.csv"
    _write_csv(first, [_row(2)])
    importer.import_referrals(first)
    monkeypatch.setattr(actions, "intake_referrals", lambda source_system, external_ids: {})
    result = importer.import_referrals(path)
    assert (result.imported, result.already_imported) == (2, 1)
    assert Referral.objects.filter(source="import").count() == 3
    assert AuditEvent.objects.filter(action="referral.submit").count() == 3


def test_a_batch_looks_up_its_own_ids_not_every_referral_imported_before(db, tmp_path) -> None:
    """Which of a batch's ids were imported before is read from the unique index by those ids:
    led by the source system, the index let PostgreSQL read every referral imported before and
    filter the ids, a read that grew with each import (bench/README.md, "Import as the hub
    grows")."""
    first = tmp_path / "first.csv"
    _write_csv(first, [_row(1), _row(2)])
    importer.import_referrals(first)
    path = tmp_path / "backlog.csv"
    _write_csv(path, [_row(2), _row(3)])
    with CaptureQueriesContext(connection) as batch:
        result = importer.import_referrals(path)
    assert (result.imported, result.already_imported) == (1, 1)
    (sql,) = [q["sql"] for q in batch.captured_queries if '"external_id" IN (' in q["sql"]]
    (scan,) = [
        node
        for node in plan_nodes(plan_on_a_large_table(sql))
        if node.get("Relation Name") == "referrals_referral"
    ]
    assert scan["Index Name"] == "referral_external_id_unique"
    assert scan["Index Cond"].startswith("(((external_id)::text = ANY")
