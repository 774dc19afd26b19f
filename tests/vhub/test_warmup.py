"""A server's parent process loads the risk reader before it forks (vhub/warmup.py): gunicorn's
master through gunicorn.conf.py, Celery's worker parent through `worker_init`; neither leaves a
database connection open for its children to share."""

import os
import subprocess  # nosec B404
import sys
from pathlib import Path

import pytest
from django.db import connection

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Run in a fresh interpreter: the test process has long since imported the reader.
WARM = """
import runpy, sys, warnings
import django
django.setup()
from django.db import connection
from risk import reading
connection.ensure_connection()
if sys.argv[1] == "gunicorn":
    runpy.run_path("gunicorn.conf.py")["when_ready"](None)
else:
    from celery.signals import worker_init
    from vhub.celery import app  # connects the worker's receivers, as `celery -A vhub` does
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the Django fixup's, for a signal sent without a worker
        worker_init.send(sender=None)
print("risk.reader" in sys.modules, len(reading._compiled), connection.connection is None)
"""


@pytest.mark.parametrize("server", ["gunicorn", "celery"])
def test_the_parent_loads_the_reader_and_closes_its_connections_before_forking(db, server):
    # The test database, whose seeded catalogue is committed (migrations).
    url = "postgres://{USER}@{HOST}:{PORT}/{NAME}".format(**connection.settings_dict)
    result = subprocess.run(  # noqa: S603 # nosec B603: this interpreter, fixed code
        [sys.executable, "-c", WARM, server],
        cwd=BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "vhub.settings", "DATABASE_URL": url},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "True 1 True"
