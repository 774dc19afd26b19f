"""The risk reader (spaCy and its tables) is loaded when something first reads, never when
Django starts: every `manage.py` command, runserver's two processes, beat and the worker start
without paying for it (bench/README.md, "First make run")."""

import os
import subprocess  # nosec B404
import sys
from pathlib import Path

from risk import reader_loader

BASE_DIR = Path(__file__).resolve().parent.parent.parent

START_DJANGO = """
import sys
import django
django.setup()
from django.urls import get_resolver
get_resolver().url_patterns  # every view module, as the first request imports them
from vhub.celery import app
app.loader.import_default_modules()  # every tasks module, as the worker and beat import them
heavy = ("spacy", "numpy", "rapidfuzz", "risk.reader")
print(sorted(name for name in heavy if name in sys.modules))
"""


def test_django_starts_without_importing_the_risk_reader():
    result = subprocess.run(  # noqa: S603 # nosec B603: this interpreter, fixed code
        [sys.executable, "-c", START_DJANGO],
        cwd=BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "vhub.settings"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_loader_gives_the_reader_and_its_checks():
    content = {
        "indicators": [{"code": "weapon", "label": "Weapon", "cra_factors": []}],
        "patterns": [{"indicator": "weapon", "code": "knife", "pattern": "knife"}],
        "exclusions": [],
        "cues": [],
    }
    reader = reader_loader.new_reader(content)
    assert [s.indicator for s in reader.read([("What happened", "He held a knife.")])] == ["weapon"]
    assert reader_loader.check_pattern("knife") is None
    assert reader_loader.check_pattern("") is not None
    assert "negated" in reader_loader.cue_kinds()
