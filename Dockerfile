# VHub production image: one image for web (gunicorn), worker and beat (Celery).
# Build: docker-compose build (or docker build -t vhub .). Deployment: docs/deployment.md.

# --- Front end: GOV.UK Frontend, htmx and the compiled stylesheet ----------------------------
FROM node:20-bookworm-slim AS frontend
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY frontend/ frontend/
RUN mkdir -p static/build && npm run build

# --- Runtime ---------------------------------------------------------------------------------
FROM python:3.11-slim-bookworm AS runtime

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

# WeasyPrint (referral packs) loads Pango, HarfBuzz and fontconfig at run time; psycopg[binary]
# ships its own libpq, so nothing else is needed.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 \
        libpangoft2-1.0-0 \
        libharfbuzz0b \
        libharfbuzz-subset0 \
        fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 vhub \
    && useradd --system --uid 10001 --gid vhub --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin vhub

WORKDIR /app

# Dependencies before source, so a code change does not reinstall them. pyproject.toml declares
# no packages ([tool.setuptools] packages = []): this installs the dependencies only.
COPY pyproject.toml ./
RUN pip install --no-cache-dir --upgrade "setuptools>=78.1.1" \
    && pip install --no-cache-dir . \
    && rm -rf build *.egg-info

# Source (owned by root: the application cannot rewrite its own code), then the front-end build
# outputs that STATICFILES_DIRS points at.
COPY . .
COPY --from=frontend /build/static/build/ static/build/
COPY --from=frontend /build/node_modules/govuk-frontend/dist/ node_modules/govuk-frontend/dist/
COPY --from=frontend /build/node_modules/htmx.org/dist/ node_modules/htmx.org/dist/
COPY --from=frontend /build/node_modules/@ministryofjustice/frontend/moj/ node_modules/@ministryofjustice/frontend/moj/

# Static files are collected once, at build time. Production settings insist on a secret key,
# allowed hosts and a database URL; these throwaway values exist on this RUN line only, and
# collectstatic connects to neither the database nor the broker.
RUN env VHUB_ENV=production \
        SECRET_KEY=build-only-collectstatic-key-not-used-at-run-time-0123456789abcdefghij \
        ALLOWED_HOSTS=build.invalid \
        DATABASE_URL=postgres://build:build@build.invalid:5432/build \
        REDIS_URL=redis://build.invalid:6379/0 \
        EMAIL_URL=smtp://build.invalid:25 \
        PRIVATE_MEDIA_ROOT=/tmp/build-private \
        python manage.py collectstatic --no-input --verbosity 1 \
    && rm -rf /tmp/build-private \
    && python -m compileall -q -x '/(node_modules|tests)/' /app

# Writable places for the unprivileged user: case files, the beat schedule, and var/ (used only
# if the image is ever run without DATABASE_URL/REDIS_URL). Named volumes mounted on these
# directories start with this ownership.
RUN mkdir -p /data/private /data/beat /app/var \
    && chown vhub:vhub /data/private /data/beat /app/var

ENV VHUB_ENV=production \
    PRIVATE_MEDIA_ROOT=/data/private \
    WEB_CONCURRENCY=3
VOLUME ["/data/private"]

USER vhub:vhub
EXPOSE 8000

# Liveness only (the process answers). The Host header is the first ALLOWED_HOSTS entry, so
# Django does not reject the probe; /healthz is exempt from the HTTPS redirect.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as u; h = os.environ.get('ALLOWED_HOSTS', '').split(',')[0].strip().lstrip('.'); h = 'localhost' if h in ('', '*') else h; u.urlopen(u.Request('http://127.0.0.1:8000/healthz', headers={'Host': h}), timeout=4)"]

# gunicorn takes its worker count from WEB_CONCURRENCY; worker processes are recycled now and
# then so that memory held after large PDF renders is returned.
CMD ["gunicorn", "vhub.wsgi:application", "--bind", "0.0.0.0:8000", "--access-logfile", "-", "--max-requests", "1000", "--max-requests-jitter", "100"]
