"""Load test (`make loadtest`): practitioners working the queue, partners using the portal and
a records system posting referrals, at once, against gunicorn on loopback.

Run by `manage.py run_loadtest`, which builds the data, starts gunicorn and passes the token
and password through the environment. Stand-alone (no Django imported: locust runs on gevent).
"""

import itertools
import os
import random
import re
import time
from datetime import UTC, datetime, timedelta

from locust import HttpUser, between, task

from bench.totp import totp, totp_key  # python -m locust runs from the repository root

PASSWORD = os.environ.get("BENCH_PASSWORD", "")
TOKEN = os.environ.get("BENCH_TOKEN", "")
PARTNER_USERS = [u for u in os.environ.get("BENCH_PARTNER_USERS", "").split(",") if u]
PRACTITIONERS = int(os.environ.get("BENCH_PRACTITIONERS", "30"))
_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_REFERENCE = re.compile(r'href="/referrals/(VH-\d{4}-\d+)/"')
_SHARE = re.compile(r'href="/partners/shares/(\d+)/"')


_ACCOUNTS = itertools.count()  # each simulated person signs in as a different account


def _post_form(user: HttpUser, path: str, data: dict[str, str], name: str) -> None:
    page = user.client.get(path, name=f"{name} page")
    token = _CSRF.search(page.text)
    user.client.post(
        path,
        data={**data, "csrfmiddlewaretoken": token.group(1) if token else ""},
        headers={"Referer": f"{user.host}{path}"},
        name=name,
    )


def _sign_in(user: HttpUser, username: str) -> None:
    """Password, then the second factor (every account has an authenticator app)."""
    _post_form(user, "/login/", {"username": username, "password": PASSWORD}, "sign in")
    _post_form(user, "/account/two-factor/", {"token": totp(totp_key(username))}, "two-factor")


class Practitioner(HttpUser):
    """Pages through the queue, filters it, opens referrals; now and then takes the next case."""

    weight = 3
    wait_time = between(1, 3)

    def on_start(self) -> None:
        _sign_in(self, f"bench.practitioner{random.randrange(PRACTITIONERS)}")
        self.references: list[str] = []

    @task(6)
    def queue(self) -> None:
        page = self.client.get("/referrals/queue/", name="queue page")
        self.references = _REFERENCE.findall(page.text)[:20] or self.references

    @task(2)
    def filtered_queue(self) -> None:
        grade = random.choice(["high", "medium", "none"])
        self.client.get(f"/referrals/queue/?grade={grade}", name="queue filtered")

    @task(3)
    def referral(self) -> None:
        if self.references:
            ref = random.choice(self.references)
            self.client.get(f"/referrals/{ref}/", name="referral page")

    @task(1)
    def next_case(self) -> None:
        token = _CSRF.search(self.client.get("/referrals/queue/", name="queue page").text)
        self.client.post(
            "/referrals/queue/next/",
            data={"csrfmiddlewaretoken": token.group(1) if token else ""},
            headers={"Referer": f"{self.host}/referrals/queue/"},
            name="next case",
        )


class Partner(HttpUser):
    """Opens the inbox and reads shared referrals."""

    weight = 2
    wait_time = between(2, 5)

    def on_start(self) -> None:
        _sign_in(self, random.choice(PARTNER_USERS))
        self.shares: list[str] = []

    @task(3)
    def inbox(self) -> None:
        page = self.client.get("/partners/inbox/", name="partner inbox")
        self.shares = _SHARE.findall(page.text)[:20] or self.shares

    @task(2)
    def share(self) -> None:
        if self.shares:
            share = random.choice(self.shares)
            self.client.get(f"/partners/shares/{share}/", name="share page")


class RecordsSystem(HttpUser):
    """A police records system pushing referrals through the intake API."""

    weight = 1
    wait_time = between(0.2, 1)

    @task
    def post_referral(self) -> None:
        rng = random.Random()
        born = datetime.now(UTC) - timedelta(days=rng.randint(100, 6000))
        self.client.post(
            "/api/v1/referrals/",
            json={
                "external_id": f"load-{time.time_ns()}-{rng.randrange(10**6)}",
                "incident_reference": "22/123456/26",
                "incident_at": (datetime.now(UTC) - timedelta(hours=2)).isoformat(),
                "location": "12 Mill Lane, Hereford",
                "postcode": "HR1 2AB",
                "incident_type": "domestic-abuse",
                "narrative": "Neighbour called police to shouting; the children were present.",
                "officer_risk_view": "Risk of further harm to the children.",
                "children": [
                    {
                        "first_name": rng.choice(["Lily", "Noah", "Ava", "Leo"]),
                        "last_name": rng.choice(["Smith", "Jones", "Khan", "Price"]),
                        "date_of_birth": born.date().isoformat(),
                        "was_present": True,
                        "voice_of_child": "Said the shouting scares her.",
                    }
                ],
            },
            headers={"Authorization": f"Bearer {TOKEN}"},
            name="intake API",
        )
