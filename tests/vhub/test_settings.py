"""Production settings refuse to start on a guessable secret."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_settings(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "SECRET_KEY_FILE", "DEBUG"}
    }
    clean.update(
        {
            "DJANGO_SETTINGS_MODULE": "vhub.settings",
            "DATABASE_URL": "postgres://u:p@127.0.0.1:1/none",
            "EMAIL_URL": "smtp://mail.invalid:25",
            **env,
        }
    )
    return subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.SECRET_KEY[:4])"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key() -> None:
    result = _load_settings(VHUB_ENV="production", ALLOWED_HOSTS="vhub.example")
    assert result.returncode != 0
    assert "Production needs a real SECRET_KEY" in result.stderr


def test_production_refuses_the_development_key() -> None:
    result = _load_settings(
        VHUB_ENV="production",
        ALLOWED_HOSTS="vhub.example",
        SECRET_KEY="django-insecure-" + "x" * 60,
    )
    assert result.returncode != 0


def test_production_refuses_debug() -> None:
    result = _load_settings(
        VHUB_ENV="production",
        ALLOWED_HOSTS="vhub.example",
        SECRET_KEY="k" * 20 + "abcdefghijklmnopqrstuvwxyz0123456789",
        DEBUG="true",
    )
    assert "DEBUG must not be on in production" in result.stderr


def test_production_starts_with_a_real_secret_from_a_file(tmp_path) -> None:
    key_file = tmp_path / "secret"
    key_file.write_text("Zq3" + "8fJ2kLm9Pq4Rs7Tu1Vw5Xy0Ab6Cd3Ef8Gh2Ij7Kl4Mn9Op1Qr5St" + "\n")
    result = _load_settings(
        VHUB_ENV="production", ALLOWED_HOSTS="vhub.example", SECRET_KEY_FILE=str(key_file)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Zq38"


def test_settings_keep_time_in_london_and_aware(settings) -> None:
    assert settings.TIME_ZONE == "Europe/London"
    assert settings.USE_TZ is True


def test_production_refuses_to_start_without_email() -> None:
    result = _load_settings(
        VHUB_ENV="production",
        ALLOWED_HOSTS="vhub.example",
        SECRET_KEY="Zq38fJ2kLm9Pq4Rs7Tu1Vw5Xy0Ab6Cd3Ef8Gh2Ij7Kl4Mn9Op1Qr5St",
        EMAIL_URL="",
    )
    assert result.returncode != 0
    assert "Production needs EMAIL_URL" in result.stderr


@pytest.mark.django_db
def test_the_app_connection_has_postgres_jit_off() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone() == ("off",)


def _database_user(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_OWNER_URL"}}
    clean.update(
        {
            "DJANGO_SETTINGS_MODULE": "vhub.settings",
            "DATABASE_URL": "postgres://vhub_app:a@127.0.0.1:1/vhub",
            **env,
        }
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings as s; "
            "print(s.DATABASES['default']['USER'], s.DATABASE_APP_ROLE or '-')",
        ],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_app_connects_as_its_role_and_migrations_as_the_owner() -> None:
    owner = {"DATABASE_OWNER_URL": "postgres://vhub_owner:o@127.0.0.1:1/vhub"}
    assert _database_user(**owner) == "vhub_app vhub_app"
    assert _database_user(**owner, VHUB_DATABASE_AS_OWNER="true") == "vhub_owner vhub_app"
    # One URL: it does both, and no grants are made.
    assert _database_user(VHUB_DATABASE_AS_OWNER="true") == "vhub_app -"


@pytest.mark.parametrize(("command", "as_owner"), [("migrate", "true"), ("seed_demo", None)])
def test_manage_py_runs_only_migrate_as_the_owner(monkeypatch, command, as_owner) -> None:
    import django.core.management

    import manage

    seen: list[str | None] = []
    # setenv first, so the environment is put back however manage.py leaves it.
    monkeypatch.setenv("VHUB_DATABASE_AS_OWNER", "unset")
    monkeypatch.delenv("VHUB_DATABASE_AS_OWNER")
    monkeypatch.setattr(sys, "argv", ["manage.py", command])
    monkeypatch.setattr(
        django.core.management,
        "execute_from_command_line",
        lambda argv: seen.append(os.environ.get("VHUB_DATABASE_AS_OWNER")),
    )
    manage.main()
    assert seen == [as_owner]


def test_the_checkpoint_key_is_read_from_a_file_and_has_no_default_in_production(tmp_path) -> None:
    key_file = tmp_path / "checkpoint.key"
    key_file.write_text("from-a-file-" + "k" * 40 + "\n")
    script = "from django.conf import settings; print(repr(settings.AUDIT_CHECKPOINT_KEY))"
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in {"AUDIT_CHECKPOINT_KEY", "AUDIT_CHECKPOINT_KEY_FILE", "SECRET_KEY", "DEBUG"}
    }
    base.update(
        DJANGO_SETTINGS_MODULE="vhub.settings",
        DATABASE_URL="postgres://u:p@127.0.0.1:1/none",
        EMAIL_URL="smtp://mail.invalid:25",
    )
    production = {
        **base,
        "VHUB_ENV": "production",
        "ALLOWED_HOSTS": "vhub.example",
        "SECRET_KEY": "k7Qv2-Lr9xWm4Zp8Ty1Hs6Nd3Fb5Jc0Gu7Ea2Vo9Ri4Xk8Pw1Mq6Sl3Dn5Bh0Cz",
    }
    for env, expected in [
        ({**base, "AUDIT_CHECKPOINT_KEY_FILE": str(key_file)}, "'from-a-file-" + "k" * 40 + "'"),
        (production, "''"),  # no development default: the system check audit.E001 refuses it
    ]:
        result = subprocess.run(  # noqa: S603  (fixed arguments, no shell)
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.stdout.strip() == expected, result.stderr
