"""The Kubernetes manifests (deploy/k8s): every overlay renders, validates against the API
schemas offline, and keeps VHub's rules; the checks catch what they are there to catch."""

import copy
import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "check_k8s", Path(__file__).resolve().parents[2] / "scripts" / "check_k8s.py"
)
# The script is in the repository, so its spec and loader exist.
check_k8s = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
# As above.
_spec.loader.exec_module(check_k8s)  # type: ignore[union-attr]

# kubectl (Debian's kubernetes-client) is required, as by `make lint`; .ci/run installs it. A
# missing kubectl fails these tests rather than skipping them.


@pytest.fixture(scope="module")
def production():
    return check_k8s.render(check_k8s.OVERLAYS / "production")


def _named(docs, kind, name: str):
    return next(d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name)


def test_every_overlay_is_valid() -> None:
    names = [o.name for o in check_k8s.overlays()]
    assert names == ["production", "staging"]
    for overlay in check_k8s.overlays():
        assert check_k8s.check(overlay) == [], overlay


def test_production_shape(production) -> None:
    beat = _named(production, "Deployment", "vhub-beat")
    assert beat["spec"]["replicas"] == 1
    assert beat["spec"]["strategy"] == {"type": "Recreate"}
    job = _named(production, "Job", "vhub-migrate")
    assert job["metadata"]["annotations"]["argocd.argoproj.io/hook"] == "PreSync"
    owner = next(
        e
        for e in job["spec"]["template"]["spec"]["containers"][0]["env"]
        if e["name"] == "DATABASE_OWNER_URL"
    )
    assert owner["valueFrom"]["secretKeyRef"] == {
        "name": "vhub-secrets",
        "key": "database-owner-url",
    }
    assert _named(production, "HorizontalPodAutoscaler", "vhub-web")["spec"]["minReplicas"] == 3
    assert all(d["metadata"]["namespace"] == "vhub" for d in production)
    config = next(d for d in production if d["kind"] == "ConfigMap")
    assert config["data"]["DATABASE_POOLER"] == "pgbouncer"
    assert not [d for d in production if d["kind"] == "Secret"]
    # Only web takes traffic, from the ingress controller and the monitoring namespace.
    policy = _named(production, "NetworkPolicy", "web-from-ingress-and-monitoring")
    sources = {
        s["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"]
        for s in policy["spec"]["ingress"][0]["from"]
    }
    assert sources == {"ingress-nginx", "monitoring"}


def test_schema_check_catches_a_wrong_field(production) -> None:
    docs = copy.deepcopy(production)
    _named(docs, "PodDisruptionBudget", "vhub-web")["spec"]["minAvailabel"] = 1
    problems = check_k8s.schema_problems(docs)
    assert len(problems) == 1
    assert "minAvailabel" in problems[0]


def test_rules_catch_two_beats_an_inline_secret_and_a_root_pod(production) -> None:
    docs = copy.deepcopy(production)
    _named(docs, "Deployment", "vhub-beat")["spec"]["replicas"] = 2
    web = _named(docs, "Deployment", "vhub-web")["spec"]["template"]["spec"]
    web["containers"][0]["env"].append({"name": "SECRET_KEY", "value": "written-in-git"})
    del _named(docs, "Deployment", "vhub-worker")["spec"]["template"]["spec"]["securityContext"]
    problems = check_k8s.rule_problems(docs)
    assert "vhub-beat must run exactly one replica with strategy Recreate" in problems
    assert "Deployment/vhub-web/web: SECRET_KEY must come from a Secret" in problems
    assert "Deployment/vhub-worker: pod must run as non-root" in problems
