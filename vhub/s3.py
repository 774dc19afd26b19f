"""The S3 backend for case files (vhub/storage.py)."""

from typing import Any

from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    """django-storages' S3 backend that never gives out a link to a file."""

    def url(
        self, name: str, parameters: Any = None, expire: Any = None, http_method: Any = None
    ) -> str:
        raise NotImplementedError(
            "Case files are served only through VHub's access-checked views, never by URL."
        )
