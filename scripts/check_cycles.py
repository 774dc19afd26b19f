"""Lists import cycles between the app code's modules and between its apps; exits 1 if any.

Run it with `python scripts/check_cycles.py` (it is part of `make lint`). Imports inside
functions count too, and so do imports under `if TYPE_CHECKING:` (a cycle for the type checker
is still a cycle a reader must follow). Tests, migrations and bench tooling are left out.
"""

import sys
from pathlib import Path

import grimp

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


def _in_scope(module: str) -> bool:
    return ".migrations" not in module and ".tests" not in module


def module_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of modules (Tarjan), largest first."""
    modules = sorted(m for m in graph.modules if _in_scope(m))
    edges = {
        m: sorted(n for n in graph.find_modules_directly_imported_by(m) if _in_scope(n))
        for m in modules
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1 or node in edges[node]:
                        groups.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return sorted(groups, key=len, reverse=True)


def app_cycles(graph: grimp.ImportGraph) -> list[tuple[str, str]]:
    """Pairs of apps that import each other (directly or through other apps)."""
    pairs = []
    for lower, higher in ((a, b) for i, a in enumerate(APPS) for b in APPS[i + 1 :]):
        if graph.chain_exists(lower, higher, as_packages=True) and graph.chain_exists(
            higher, lower, as_packages=True
        ):
            pairs.append((lower, higher))
    return pairs


def main() -> int:
    sys.path.insert(0, str(ROOT))
    graph = grimp.build_graph(*APPS, cache_dir=None, exclude_type_checking_imports=True)
    problems = 0
    for group in module_cycles(graph):
        problems += 1
        print(f"cycle between {len(group)} modules:")
        for module in group:
            inside = sorted(
                n for n in graph.find_modules_directly_imported_by(module) if n in group
            )
            print(f"  {module} -> {', '.join(inside)}")
    for lower, higher in app_cycles(graph):
        problems += 1
        print(f"apps {lower} and {higher} import each other")
    if problems:
        return 1
    print(f"no import cycles among {len(graph.modules)} modules of {len(APPS)} apps")
    return 0


if __name__ == "__main__":
    sys.exit(main())
