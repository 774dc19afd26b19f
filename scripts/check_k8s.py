"""Render each Kubernetes overlay (deploy/k8s/overlays/*) with `kubectl kustomize` and check it
offline: against the Kubernetes API schemas that kubernetes-validate ships (no cluster, no
network), then against VHub's own rules (docs/deployment.md, "Kubernetes").

    python scripts/check_k8s.py            # every overlay; exit status 1 on any problem
"""

import shutil
import subprocess  # nosec B404
import sys
from pathlib import Path
from typing import Any

import kubernetes_validate
import yaml

ROOT = Path(__file__).resolve().parent.parent
OVERLAYS = ROOT / "deploy" / "k8s" / "overlays"
# The oldest Kubernetes release the manifests must work on; its schemas ship with
# kubernetes-validate, so validation needs no network.
KUBERNETES_VERSION = "1.32.0"
# Environment variables whose values are secrets: only ever from a Secret, never written inline.
SECRET_VARIABLES = {
    "SECRET_KEY",
    "DATABASE_URL",
    "DATABASE_OWNER_URL",
    "DATABASE_REPLICA_URL",
    "REDIS_URL",
    "EMAIL_URL",
    "AUDIT_CHECKPOINT_KEY",
    "STORAGE_URL",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
}


def overlays() -> list[Path]:
    return sorted(p for p in OVERLAYS.iterdir() if (p / "kustomization.yaml").exists())


def render(overlay: Path) -> list[dict[str, Any]]:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        raise RuntimeError("kubectl is not installed (Debian package kubernetes-client)")
    out = subprocess.run(  # noqa: S603 # nosec B603
        [kubectl, "kustomize", str(overlay)], check=True, capture_output=True, text=True
    ).stdout
    return [doc for doc in yaml.safe_load_all(out) if doc]


def schema_problems(docs: list[dict[str, Any]]) -> list[str]:
    problems = []
    for doc in docs:
        try:
            kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
        except kubernetes_validate.ValidationError as exc:
            name = f"{doc.get('kind')}/{doc.get('metadata', {}).get('name')}"
            path = ".".join(str(p) for p in exc.path)
            problems.append(f"{name}: {path}: {exc.message}")
    return problems


def _pod_spec(doc: dict[str, Any]) -> dict[str, Any] | None:
    if doc["kind"] in ("Deployment", "Job", "StatefulSet", "DaemonSet"):
        return doc["spec"]["template"]["spec"]
    return None


def rule_problems(docs: list[dict[str, Any]]) -> list[str]:
    """VHub's own rules, which the schemas cannot express."""
    problems = []
    by_kind: dict[str, dict[str, dict[str, Any]]] = {}
    for doc in docs:
        by_kind.setdefault(doc["kind"], {})[doc["metadata"]["name"]] = doc
    deployments = by_kind.get("Deployment", {})
    for name in ("vhub-web", "vhub-worker", "vhub-beat"):
        if name not in deployments:
            problems.append(f"no Deployment {name}")
    beat = deployments.get("vhub-beat")
    if beat and (
        beat["spec"].get("replicas") != 1 or beat["spec"]["strategy"]["type"] != "Recreate"
    ):
        problems.append("vhub-beat must run exactly one replica with strategy Recreate")
    if "vhub-migrate" not in by_kind.get("Job", {}):
        problems.append("no migration Job vhub-migrate")
    else:
        env = by_kind["Job"]["vhub-migrate"]["spec"]["template"]["spec"]["containers"][0]["env"]
        if "DATABASE_OWNER_URL" not in {e["name"] for e in env}:
            problems.append("the migration Job must connect as the owner (DATABASE_OWNER_URL)")
    if "vhub-web" not in by_kind.get("HorizontalPodAutoscaler", {}):
        problems.append("no HorizontalPodAutoscaler for vhub-web")
    for name in ("vhub-web", "vhub-worker"):
        if name not in by_kind.get("PodDisruptionBudget", {}):
            problems.append(f"no PodDisruptionBudget {name}")
    if "default-deny" not in by_kind.get("NetworkPolicy", {}):
        problems.append("no default-deny NetworkPolicy")
    web = deployments.get("vhub-web")
    if web:
        container = web["spec"]["template"]["spec"]["containers"][0]
        if container.get("livenessProbe", {}).get("httpGet", {}).get("path") != "/healthz":
            problems.append("vhub-web: liveness probe must be /healthz")
        if container.get("readinessProbe", {}).get("httpGet", {}).get("path") != "/readyz":
            problems.append("vhub-web: readiness probe must be /readyz")
    for doc in docs:
        pod = _pod_spec(doc)
        if pod is None:
            continue
        name = f"{doc['kind']}/{doc['metadata']['name']}"
        if not pod.get("securityContext", {}).get("runAsNonRoot"):
            problems.append(f"{name}: pod must run as non-root")
        for c in pod["containers"]:
            sc = c.get("securityContext", {})
            if not sc.get("readOnlyRootFilesystem") or sc.get("allowPrivilegeEscalation", True):
                problems.append(f"{name}/{c['name']}: read-only root, no privilege escalation")
            if not c.get("resources", {}).get("requests") or not c["resources"].get("limits"):
                problems.append(f"{name}/{c['name']}: resources requests and limits")
            for e in c.get("env", []):
                if e["name"] in SECRET_VARIABLES and "secretKeyRef" not in e.get("valueFrom", {}):
                    problems.append(f"{name}/{c['name']}: {e['name']} must come from a Secret")
    for config in by_kind.get("ConfigMap", {}).values():
        for key in config.get("data", {}):
            if key in SECRET_VARIABLES:
                problems.append(f"ConfigMap/{config['metadata']['name']}: {key} is a secret")
    if by_kind.get("Secret"):
        problems.append("a Secret is written in the manifests: reference it, never inline it")
    return problems


def check(overlay: Path) -> list[str]:
    docs = render(overlay)
    return schema_problems(docs) + rule_problems(docs)


def main() -> int:
    failed = False
    for overlay in overlays():
        problems = check(overlay)
        label = overlay.relative_to(ROOT)
        if problems:
            failed = True
            print(f"{label}: {len(problems)} problem(s)")
            for p in problems:
                print(f"  {p}")
        else:
            print(f"{label}: valid against Kubernetes {KUBERNETES_VERSION} and VHub's rules")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
