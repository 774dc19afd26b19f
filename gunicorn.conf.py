"""gunicorn's settings file, read from the working directory by every `gunicorn` the project
starts: the production image and docker-compose (/app), Kubernetes, and the benchmark's server.

The risk reader (spaCy, its tables and the compiled catalogue) is loaded at first use rather
than whenever Django starts (risk/reader_loader.py), which spares `manage.py` commands, beat and
`make run`'s runserver. A gunicorn worker exists to serve requests, and an intake reads every
referral, so the master loads the application and warms it (vhub/warmup.py) before it forks
any worker: Django and the reader are loaded once, their memory is shared by the workers, and a
new worker (one in every ~1,000 requests, since workers are recycled) serves its first intake as
fast as the rest. The warm-up closes its database connections before the fork; each worker
opens its own. The price of preloading: a HUP reload does not load changed code (the image is
replaced on a deployment anyway).
"""

import importlib
from typing import Any

preload_app = True


def when_ready(server: Any) -> None:
    # Called in the master after the application is loaded and before the first worker forks.
    importlib.import_module("vhub.warmup").warm_before_fork()
