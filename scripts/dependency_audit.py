"""`make security`'s dependency review: pip-audit over the installed environment, read as JSON.

pip-audit says "No known vulnerabilities found" and exits 0 even when it could look none of the
packages up (no network, or an index that has no advisory API), so this reads what it really
audited. Exit status: 1 for a known vulnerability (or pip-audit failing for another reason);
0 with a loud notice when the advisory database could not be reached, so an offline machine
can still run `make security` (docs/security.md says what to do then); 0 when clean.
"""

import json

# Runs pip-audit only, with fixed arguments and no shell.
import subprocess  # nosec B404
import sys
import tempfile
from pathlib import Path

NETWORK_WORDS = ("ConnectionError", "NameResolutionError", "Max retries", "timed out")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "audit.json"
        run = subprocess.run(  # noqa: S603 # nosec B603
            [
                Path(sys.executable).with_name("pip-audit"),
                "--progress-spinner=off",
                "--skip-editable",
                "--timeout=20",
                "--format=json",
                f"--output={report}",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        data = json.loads(report.read_text()) if report.exists() else None
    if data is None:
        if any(word in run.stderr for word in NETWORK_WORDS):
            return _not_done("the advisory database could not be reached (no network?)")
        sys.stderr.write(run.stderr)
        return run.returncode or 1
    deps = data["dependencies"]
    audited = [d for d in deps if "skip_reason" not in d]
    vulnerable = [d for d in audited if d.get("vulns")]
    for dep in vulnerable:
        for vuln in dep["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fixed version yet"
            print(f"VULNERABLE {dep['name']} {dep['version']}: {vuln['id']} (fixed in {fixed})")
    if vulnerable:
        print("pip-audit: known vulnerabilities above; docs/security.md says what to do.")
        return 1
    if not audited:
        return _not_done(
            f"none of the {len(deps)} packages could be looked up "
            f"({deps[0]['skip_reason'] if deps else 'no packages'})"
        )
    skipped = [d["name"] for d in deps if "skip_reason" in d]
    print(
        f"pip-audit: {len(audited)} packages audited, no known vulnerabilities"
        + (f"; not looked up: {', '.join(skipped)}" if skipped else "")
    )
    return 0


def _not_done(why: str) -> int:
    print(
        f"pip-audit: DEPENDENCY AUDIT NOT DONE: {why}.\n"
        "Run `make security` again on a machine that reaches PyPI's advisory API, and record "
        "the result in docs/security.md."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
