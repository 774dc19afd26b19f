"""The risk reader's catalogue as text a manager edits: one line per entry, fields split by |.

Indicators:  code | label | CRA factor codes (space separated)
Patterns:    indicator | pattern code | pattern
Exclusions:  indicator | pattern [| ends]
Cues:        certainty | forward or backward | window in words | phrase

The notation of patterns is explained on the catalogue page and in docs/risk.md.
"""

import re
from typing import Any

from risk.reader_loader import check_pattern, cue_kinds

SECTIONS = ("indicators", "patterns", "exclusions", "cues")
_CODE = re.compile(r"^[a-z][a-z0-9_\-]*$")


def to_text(content: dict[str, Any]) -> dict[str, str]:
    """The catalogue as the editing form shows it."""
    return {
        "indicators": "\n".join(
            f"{i['code']} | {i['label']} | {' '.join(i.get('cra_factors', []))}".rstrip(" |")
            for i in content["indicators"]
        ),
        "patterns": "\n".join(
            f"{p['indicator']} | {p['code']} | {p['pattern']}" for p in content["patterns"]
        ),
        "exclusions": "\n".join(
            f"{e.get('indicator', '')} | {e['pattern']}" + (" | ends" if e.get("ends") else "")
            for e in content["exclusions"]
        ),
        "cues": "\n".join(
            f"{c['certainty']} | {c.get('direction', 'forward')} | {c.get('window', 6)} | "
            f"{c['phrase']}"
            for c in content["cues"]
        ),
    }


def _lines(text: str) -> list[tuple[int, list[str]]]:
    return [
        (n, [part.strip() for part in line.split("|")])
        for n, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]


def _split_pattern(parts: list[str], fixed: int) -> tuple[list[str], str]:
    """The first `fixed` fields, then the pattern, which may itself hold | (alternatives)."""
    return parts[:fixed], "|".join(parts[fixed:])


def from_text(sections: dict[str, str]) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """Parse the edited text; (content, errors by section). Errors name the line and say how to
    put it right."""
    errors: dict[str, list[str]] = {s: [] for s in SECTIONS}
    content: dict[str, Any] = {s: [] for s in SECTIONS}

    for n, parts in _lines(sections.get("indicators", "")):
        if len(parts) < 2 or not _CODE.match(parts[0]) or not parts[1]:
            errors["indicators"].append(
                f"Line {n}: write a code (a lower case letter, then letters, numbers, _ or -),"
                " | and a label."
            )
            continue
        factors = parts[2].split() if len(parts) > 2 else []
        content["indicators"].append(
            {"code": parts[0], "label": parts[1], "severity": "high", "cra_factors": factors}
        )
    codes = [i["code"] for i in content["indicators"]]
    if not codes and not errors["indicators"]:
        errors["indicators"].append("The catalogue needs at least one indicator.")
    for code in {c for c in codes if codes.count(c) > 1}:
        errors["indicators"].append(f"The indicator code “{code}” is used twice.")

    seen: set[str] = set()
    for n, parts in _lines(sections.get("patterns", "")):
        (indicator, code), pattern = _split_pattern(parts, 2) if len(parts) >= 3 else (("", ""), "")
        problem = check_pattern(pattern) if pattern else "write indicator | code | pattern."
        if indicator not in codes:
            problem = f"“{indicator}” is not one of the indicators above."
        elif not _CODE.match(code or "-!"):
            problem = (
                "the pattern code must start with a lower case letter, then letters, numbers,"
                " _ or -."
            )
        elif code in seen:
            problem = f"the pattern code “{code}” is used twice."
        if problem:
            errors["patterns"].append(f"Line {n}: {problem}")
            continue
        seen.add(code)
        content["patterns"].append({"indicator": indicator, "code": code, "pattern": pattern})

    for n, parts in _lines(sections.get("exclusions", "")):
        ends = len(parts) > 2 and parts[-1] == "ends"
        body = parts[:-1] if ends else parts
        if len(body) < 2:
            errors["exclusions"].append(f"Line {n}: write indicator | pattern.")
            continue
        (indicator,), pattern = _split_pattern(body, 1)
        problem = check_pattern(pattern)
        if indicator and indicator not in codes:
            problem = f"“{indicator}” is not one of the indicators above."
        if problem:
            errors["exclusions"].append(f"Line {n}: {problem}")
            continue
        entry: dict[str, Any] = {"indicator": indicator, "pattern": pattern}
        if ends:
            entry["ends"] = True
        content["exclusions"].append(entry)

    for n, parts in _lines(sections.get("cues", "")):
        if len(parts) < 4:
            errors["cues"].append(f"Line {n}: write certainty | direction | window | phrase.")
            continue
        (certainty, direction, window), phrase = _split_pattern(parts, 3)
        problem = check_pattern(phrase)
        if certainty not in cue_kinds():
            problem = f"the certainty must be one of: {', '.join(cue_kinds())}."
        elif direction not in ("forward", "backward"):
            problem = "the direction must be forward or backward."
        elif not window.isdigit():
            problem = "the window is a number of words."
        if problem:
            errors["cues"].append(f"Line {n}: {problem}")
            continue
        content["cues"].append(
            {
                "certainty": certainty,
                "direction": direction,
                "window": int(window),
                "phrase": phrase,
            }
        )
    return content, {s: e for s, e in errors.items() if e}
