"""The deployment files (Dockerfile, docker-compose.yml) hold together. No database, no Docker."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
APP_SERVICES = ("web", "worker", "beat")
PRIVATE_MEDIA = "/data/private"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def _depends_on(service: dict) -> dict[str, str]:
    """depends_on as {service: condition}, whichever of its two forms is used."""
    depends = service.get("depends_on") or {}
    if isinstance(depends, list):
        return dict.fromkeys(depends, "service_started")
    return {
        name: (spec or {}).get("condition", "service_started") for name, spec in depends.items()
    }


def _has_healthcheck(service: dict) -> bool:
    check = service.get("healthcheck")
    return bool(check) and not check.get("disable") and check.get("test") not in (None, ["NONE"])


def _volume_sources(service: dict, target: str) -> set[str]:
    sources = set()
    for volume in service.get("volumes", []):
        if isinstance(volume, str):
            source, _, rest = volume.partition(":")
            if rest.split(":")[0] == target:
                sources.add(source)
        elif volume.get("target") == target:
            sources.add(volume.get("source"))
    return sources


# --- docker-compose.yml ----------------------------------------------------------------------


def test_compose_has_no_obsolete_version_key(compose) -> None:
    assert "version" not in compose


def test_compose_defines_the_services(services) -> None:
    assert {"postgres", "redis", "migrate", "web", "worker", "beat"} <= set(services)


def test_web_worker_and_beat_are_built_from_the_same_image(services) -> None:
    builds = [services[name].get("build") for name in (*APP_SERVICES, "migrate")]
    assert builds[0] is not None
    assert all(build == builds[0] for build in builds)


def test_app_services_run_in_production_with_the_external_database_and_broker(services) -> None:
    for name in (*APP_SERVICES, "migrate"):
        env = services[name]["environment"]
        assert env["VHUB_ENV"] == "production", name
        assert env["DATABASE_URL"].startswith("postgres://"), name
        assert "@postgres:5432/" in env["DATABASE_URL"], name
        assert env["REDIS_URL"].startswith("redis://redis:6379/"), name
        assert env["SECRET_KEY"].startswith("${SECRET_KEY"), "no secret key may be written here"


def test_every_long_running_service_is_health_checked_or_waits_for_healthy_dependencies(
    services,
) -> None:
    long_running = [name for name, service in services.items() if service.get("restart") != "no"]
    assert set(long_running) == {"postgres", "redis", "minio", *APP_SERVICES}
    for name in long_running:
        service = services[name]
        waits_for_healthy = "service_healthy" in _depends_on(service).values()
        assert _has_healthcheck(service) or waits_for_healthy, name
        assert service["restart"] == "unless-stopped", name


def test_object_storage_is_an_optional_private_minio(services) -> None:
    minio, bucket = services["minio"], services["minio-bucket"]
    assert minio["profiles"] == bucket["profiles"] == ["object-storage"]
    assert "ports" not in minio  # only the app containers reach it
    assert _has_healthcheck(minio)
    assert "mc anonymous set none vhub/vhub-case-files" in " ".join(bucket["entrypoint"])
    for name in APP_SERVICES:
        env = services[name]["environment"]
        assert env["STORAGE_URL"] == "${STORAGE_URL:-}", "local private folder by default"
        assert env["AWS_SECRET_ACCESS_KEY"].startswith("${"), "no secret may be written here"


def test_web_and_worker_have_their_own_healthchecks(services) -> None:
    assert _has_healthcheck(services["web"])
    assert "/healthz" in " ".join(services["web"]["healthcheck"]["test"])
    assert _has_healthcheck(services["worker"])


def test_app_services_wait_for_migrations(services) -> None:
    assert services["migrate"]["restart"] == "no"
    command = " ".join(services["migrate"]["command"])
    assert "manage.py migrate" in command
    assert "reread_referrals --if-stale" in command  # a shipped catalogue re-reads open referrals
    for name in APP_SERVICES:
        depends = _depends_on(services[name])
        assert depends.get("migrate") == "service_completed_successfully", name
        assert depends.get("postgres") == "service_healthy", name
        assert depends.get("redis") == "service_healthy", name


def test_private_media_is_one_named_volume_shared_by_web_and_worker(compose, services) -> None:
    web_sources = _volume_sources(services["web"], PRIVATE_MEDIA)
    worker_sources = _volume_sources(services["worker"], PRIVATE_MEDIA)
    assert len(web_sources) == 1
    assert web_sources == worker_sources
    assert web_sources <= set(compose.get("volumes") or {}), "a named volume, declared once"
    for name in ("web", "worker"):
        assert services[name]["environment"]["PRIVATE_MEDIA_ROOT"] == PRIVATE_MEDIA


def test_beat_keeps_its_schedule_in_a_volume(services) -> None:
    beat = services["beat"]
    schedule = next(arg for arg in beat["command"] if arg.startswith("--schedule="))
    schedule_dir = str(Path(schedule.split("=", 1)[1]).parent)
    assert _volume_sources(beat, schedule_dir)


def test_databases_keep_their_data_in_volumes(services) -> None:
    assert _volume_sources(services["postgres"], "/var/lib/postgresql/data")
    assert _volume_sources(services["redis"], "/data")


def test_the_app_connects_as_a_role_that_owns_nothing_and_only_migrate_as_the_owner(
    services,
) -> None:
    for name in APP_SERVICES:
        env = services[name]["environment"]
        assert env["DATABASE_URL"].startswith("postgres://vhub_app:"), name
        assert "DATABASE_OWNER_URL" not in env, name
    assert services["migrate"]["environment"]["DATABASE_OWNER_URL"].startswith(
        "postgres://vhub_owner:"
    )
    # The image's superuser is not the app's user, and the roles are made by the init script.
    assert services["postgres"]["environment"]["POSTGRES_USER"] == "postgres"
    init = _volume_sources(services["postgres"], "/docker-entrypoint-initdb.d/10-vhub-roles.sh")
    script = (ROOT / next(iter(init)).removeprefix("./")).read_text()
    for role in ("vhub_owner", "vhub_app"):
        assert re.search(rf"CREATE ROLE {role} LOGIN NOSUPERUSER", script), role
    assert "ALTER DATABASE vhub OWNER TO vhub_owner" in script


def test_web_runs_the_database_role_check_before_it_serves(services) -> None:
    command = " ".join(services["web"]["command"])
    assert re.search(r"manage\.py check --database default .*&&\s*exec gunicorn", command)


def test_web_publishes_port_8000(services) -> None:
    assert "8000:8000" in [str(port) for port in services["web"]["ports"]]


# --- docker-compose itself, when installed ---------------------------------------------------

COMPOSE_VARIABLES = (
    "SECRET_KEY",
    "POSTGRES_PASSWORD",
    "DATABASE_OWNER_PASSWORD",
    "DATABASE_APP_PASSWORD",
    "AUDIT_CHECKPOINT_KEY",
    "ALLOWED_HOSTS",
    "EMAIL_URL",
)


def _docker_compose(*args: str, **extra_env: str) -> subprocess.CompletedProcess:
    executable = shutil.which("docker-compose")
    if executable is None:
        pytest.skip("docker-compose is not installed")
    env = {k: v for k, v in os.environ.items() if k not in COMPOSE_VARIABLES}
    env.update(extra_env)
    return subprocess.run(  # noqa: S603  (fixed arguments, no shell)
        [executable, "--file", str(COMPOSE_FILE), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_docker_compose_validates_the_file_with_no_variables_set() -> None:
    # As CI runs it (make lint): no SECRET_KEY, no POSTGRES_PASSWORD.
    result = _docker_compose("config", "-q")
    assert result.returncode == 0, result.stderr


def test_docker_compose_interpolates_the_deployment_variables() -> None:
    result = _docker_compose(
        "config",
        SECRET_KEY="s" * 60,
        POSTGRES_PASSWORD="pw-123",
        DATABASE_OWNER_PASSWORD="owner-pw",
        DATABASE_APP_PASSWORD="app-pw",
        AUDIT_CHECKPOINT_KEY="c" * 48,
        ALLOWED_HOSTS="vhub.example",
    )
    assert result.returncode == 0, result.stderr
    config = yaml.safe_load(result.stdout)
    for name in APP_SERVICES:
        env = config["services"][name]["environment"]
        assert env["SECRET_KEY"] == "s" * 60
        assert env["AUDIT_CHECKPOINT_KEY"] == "c" * 48
        assert env["DATABASE_URL"] == "postgres://vhub_app:app-pw@postgres:5432/vhub"
        assert "DATABASE_OWNER_URL" not in env
        assert env["ALLOWED_HOSTS"] == "vhub.example"
    migrate = config["services"]["migrate"]["environment"]
    assert migrate["DATABASE_OWNER_URL"] == "postgres://vhub_owner:owner-pw@postgres:5432/vhub"
    postgres = config["services"]["postgres"]["environment"]
    assert postgres["POSTGRES_PASSWORD"] == "pw-123"
    assert (postgres["DATABASE_OWNER_PASSWORD"], postgres["DATABASE_APP_PASSWORD"]) == (
        "owner-pw",
        "app-pw",
    )


# --- Dockerfile ------------------------------------------------------------------------------


def _instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    joined = re.sub(
        r"\\\n",
        " ",
        "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#")),
    )
    pairs = []
    for line in joined.splitlines():
        if line.strip():
            instruction, _, arguments = line.strip().partition(" ")
            pairs.append((instruction.upper(), arguments.strip()))
    return pairs


@pytest.fixture(scope="module")
def runtime_stage() -> list[tuple[str, str]]:
    """The instructions of the last stage, the one that becomes the image."""
    instructions = _instructions(DOCKERFILE.read_text())
    last_from = max(i for i, (instruction, _) in enumerate(instructions) if instruction == "FROM")
    return instructions[last_from:]


def test_image_is_multi_stage_with_a_node_build(runtime_stage) -> None:
    stages = [
        args for instruction, args in _instructions(DOCKERFILE.read_text()) if instruction == "FROM"
    ]
    assert len(stages) >= 2
    assert stages[0].startswith("node:")
    assert runtime_stage[0][1].startswith("python:3.11")


def test_image_runs_in_production(runtime_stage) -> None:
    env = " ".join(args for instruction, args in runtime_stage if instruction == "ENV")
    assert re.search(r"\bVHUB_ENV=production\b", env)


def test_image_does_not_run_as_root(runtime_stage) -> None:
    users = [args for instruction, args in runtime_stage if instruction == "USER"]
    assert users, "the runtime stage needs a USER line"
    user = users[-1].split(":")[0]
    assert user not in {"root", "0"}


def test_image_has_a_healthcheck_against_healthz(runtime_stage) -> None:
    checks = [args for instruction, args in runtime_stage if instruction == "HEALTHCHECK"]
    assert checks
    assert "/healthz" in checks[-1]


def test_image_bakes_in_no_secret(runtime_stage) -> None:
    for instruction, args in runtime_stage:
        if instruction in {"ENV", "ARG"}:
            assert "SECRET_KEY" not in args
            assert "DATABASE_URL" not in args


def test_docker_context_leaves_out_local_state_and_secrets() -> None:
    ignored = {line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()}
    assert {".git", ".venv", "node_modules", "var", "staticfiles", ".env"} <= ignored
