"""Lists the imports written inside functions in the app code, with a count per app.

Run it with `python scripts/inner_imports.py` (add `--all` to print every one). Each should carry
a one-line reason (docs/architecture.md, "Layers"); migrations and tests are left out.
`--max N` (part of `make lint`) exits 1 when there are more than N, printing every one.
"""

import argparse
import ast
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = (
    "vhub",
    "audit",
    "accounts",
    "referrals",
    "partners",
    "risk",
    "officer",
    "governance",
    "dashboards",
    "bench",
    "project",
)


def inner_imports() -> list[tuple[str, int, str]]:
    """(file, line, imported module) for every import inside a function."""
    found = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if {"migrations", "tests"} & set(path.parts):
                continue
            tree = ast.parse(path.read_text())
            seen: set[int] = set()
            for function in ast.walk(tree):
                if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                for node in ast.walk(function):
                    if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in seen:
                        seen.add(id(node))
                        if isinstance(node, ast.ImportFrom):
                            name = node.module or "."
                        else:
                            name = ", ".join(alias.name for alias in node.names)
                        found.append((str(path.relative_to(ROOT)), node.lineno, name))
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/inner_imports.py")
    parser.add_argument("--all", action="store_true", help="print every inner import")
    parser.add_argument(
        "--max", type=int, default=None, help="exit 1 (printing every one) above this many"
    )
    args = parser.parse_args(argv)
    found = inner_imports()
    too_many = args.max is not None and len(found) > args.max
    if args.all or too_many:
        for path, line, name in found:
            print(f"{path}:{line}: {name}")
    for app, count in sorted(Counter(path.split("/")[0] for path, _, _ in found).items()):
        print(f"{app}: {count}")
    print(f"total: {len(found)}")
    if too_many:
        print(
            f"more than {args.max} imports inside functions: move them to the module's top "
            '(docs/architecture.md, "Layers")'
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
