"""Pages run their actions through vhub/http.py's two helpers, so the form-post pattern is one.

A view that catches `ActionError` itself writes the pattern again: `post_action` (a small form
posted from a page, back with a message) and `form_action` (a form page: the refusal next to
its field, success said and moved on) are the places that catch it. The files are read with
`ast`, so nothing is imported. A view that must do something genuinely different adds its
module and the reason to ALLOWED.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = (
    *("vhub", "audit", "accounts", "referrals", "partners", "risk"),
    *("officer", "governance", "dashboards", "project"),
)
REFUSALS = {"ActionError", "StaleError", "ActionPermissionError"}

ALLOWED: dict[str, str] = {
    "vhub/http.py": "the two helpers themselves",
}


def view_modules() -> list[Path]:
    """Every module of pages: views.py and the *_views.py beside it, in each app."""
    found = []
    for app in APPS:
        found += [p for p in (ROOT / app).rglob("*.py") if p.name.endswith("views.py")]
    return [*sorted(found), ROOT / "vhub" / "http.py"]


def _names(node: ast.expr | None) -> set[str]:
    if node is None:
        return set()
    if isinstance(node, ast.Tuple):
        return set().union(*(_names(e) for e in node.elts))
    if isinstance(node, ast.Attribute):
        return {node.attr}
    return {node.id} if isinstance(node, ast.Name) else set()


def catches(path: Path) -> list[int]:
    """The lines of `except` clauses in this module that catch an action's refusal."""
    tree = ast.parse(path.read_text(), filename=str(path))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.ExceptHandler) and _names(node.type) & REFUSALS
    ]


def test_views_catch_no_action_error() -> None:
    found = {
        f"{path.relative_to(ROOT)}:{line}"
        for path in view_modules()
        if str(path.relative_to(ROOT)) not in ALLOWED
        for line in catches(path)
    }
    assert not found, (
        "These views catch ActionError themselves: run the action through "
        "vhub.http.post_action (a small form, back with a message) or vhub.http.form_action "
        f"(a form page), or add the module to ALLOWED with the reason: {sorted(found)}"
    )


def test_the_check_sees_the_pages_and_the_helpers() -> None:
    """The scan reads the modules it means to (a renamed app would otherwise pass silently),
    and it would see a catch: the helpers' own."""
    names = {str(p.relative_to(ROOT)) for p in view_modules()}
    assert {"referrals/views.py", "partners/portal_views.py", "officer/views.py"} <= names
    assert catches(ROOT / "vhub" / "http.py")


def test_a_catch_in_any_form_is_seen(tmp_path: Path) -> None:
    module = tmp_path / "views.py"
    module.write_text(
        "try:\n    pass\nexcept errors.ActionError:\n    pass\n"
        "try:\n    pass\nexcept (ValueError, StaleError):\n    pass\n"
        "try:\n    pass\nexcept ValueError:\n    pass\n"
    )
    assert catches(module) == [3, 7]
