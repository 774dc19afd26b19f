"""Where case files (referral packs, attachments, imported spreadsheets) are kept
(docs/deployment.md, "Object storage").

By default: a private folder on disk (PRIVATE_MEDIA_ROOT). With STORAGE_URL set, an
S3-compatible bucket through django-storages, for example

    STORAGE_URL=s3://vhub-case-files?endpoint=https://minio.internal:9000&region=eu-west-2

with the credentials in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (from a secret). Either way
files are only ever served through VHub's own views, which check access and write the audit
event, and stream the file themselves (vhub/uploads.py: private_download). The bucket stays
private: objects are written with the "private" ACL and VHub never hands out a public or
presigned URL (`url()` refuses).
"""

from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ImproperlyConfigured

# Imported only where used: boto3 is a heavy import for processes that never touch S3.
S3_BACKEND = "vhub.s3.PrivateS3Storage"
# Query parameters STORAGE_URL accepts, and the S3Storage option each sets.
_PARAMETERS = {
    "endpoint": "endpoint_url",
    "region": "region_name",
    "prefix": "location",
    "addressing": "addressing_style",
}


def storage_from_url(url: str) -> dict[str, object]:
    """The STORAGES["default"] entry for STORAGE_URL."""
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc:
        raise ImproperlyConfigured(
            "STORAGE_URL must look like s3://bucket?endpoint=https://host:port&region=name"
        )
    options: dict[str, object] = {
        "bucket_name": parts.netloc,
        "default_acl": "private",
        "querystring_auth": True,
        # A name already taken gets a new one rather than replacing a case file.
        "file_overwrite": False,
        "object_parameters": {"ServerSideEncryption": "AES256"},
    }
    for key, values in parse_qs(parts.query).items():
        if key not in _PARAMETERS:
            raise ImproperlyConfigured(
                f"STORAGE_URL: unknown parameter {key!r} (known: {', '.join(_PARAMETERS)})"
            )
        options[_PARAMETERS[key]] = values[-1]
    if parts.path.strip("/"):
        options["location"] = parts.path.strip("/")
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}
