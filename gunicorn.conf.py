"""gunicorn's settings file, read from the working directory by every `gunicorn` the project
starts: the production image and docker-compose (/app), Kubernetes, and the benchmark's server.

The risk reader (spaCy and its tables) is loaded at first use rather than whenever Django starts
(risk/reader_loader.py), which spares `manage.py` commands, beat and `make run`'s runserver. A
gunicorn worker exists to serve requests, and an intake reads every referral, so each worker
loads the reader as it starts, before it takes a request: the first intake a new worker serves
(one in every ~1,000, since workers are recycled) is then no slower than the rest and does not
run into the worker timeout on a busy machine.
"""

import importlib
from typing import Any


def post_worker_init(worker: Any) -> None:
    importlib.import_module("risk.reader")
