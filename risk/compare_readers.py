"""Compare the risk reader with an earlier version of itself, signal by signal.

    python -m risk.compare_readers                 # against main's risk/reader.py
    python -m risk.compare_readers --against HEAD~3 --referrals 5000

A change meant to make the reader faster must not change what it finds. This reads, with the
reader of this checkout and the one at a git revision, every development and held-out narrative
alone, then generated referrals shaped like the benchmark's (a corpus narrative, the officer's
view, each child's voice, each assessment's voice) and like real ones (several narratives and
short texts, some with whitespace at their edges), and counts the referrals whose signals differ
in indicator, pattern, certainty, field, matched words or evidence. Only counts and development
ids are printed: the held-out narratives are never shown.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import subprocess  # nosec B404 (git show of a fixed path, below)
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

# srsly ships no type information.
import srsly  # type: ignore[import-untyped]

from risk.evaluation import load
from risk.reader import DEFAULT_CATALOGUE, Catalogue, Reader

ROOT = Path(__file__).resolve().parent.parent
SHORT = [
    "Risk of further harm to the children.",
    "Said the shouting scares her.",
    "Said she was scared.",
    "Said she was scared",
    " He said he would kill her.\n",
    "...and then he left.",
    '"I hate him" she said.',
    "Baby Lexi (5 months) was in her cot.",
]


def _reader_at(revision: str) -> ModuleType:
    """risk/reader.py as it was at a git revision, imported as a module of its own."""
    source = subprocess.run(  # noqa: S603 # nosec B603 B607 (fixed arguments, no shell)
        ["git", "show", f"{revision}:risk/reader.py"],  # noqa: S607
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    folder = Path(tempfile.mkdtemp(prefix="reader-"))
    # It finds its data files beside itself.
    (folder / "data").symlink_to(ROOT / "risk" / "data")
    path = folder / "earlier_reader.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("earlier_reader", path)
    # The file exists (the reader's own source), so the spec and its loader do too.
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["earlier_reader"] = module
    # As above.
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _key(signal: Any) -> tuple[object, ...]:
    return (
        signal.indicator,
        signal.pattern,
        signal.certainty,
        signal.field,
        signal.start,
        signal.end,
        signal.sentence_start,
        signal.sentence_end,
        signal.text,
        signal.sentence,
    )


def referrals(texts: list[str], count: int, seed: int = 2026) -> list[list[tuple[str, str]]]:
    """Generated referrals: half shaped like the benchmark's, half mixed."""
    rng = random.Random(seed)  # noqa: S311 # nosec B311
    out = []
    for n in range(count):
        narrative = ("What happened", texts[n % len(texts)])
        if n % 2 == 0:
            children = rng.choice((1, 1, 1, 2, 2, 3))
            fields = [
                narrative,
                ("Officer's view of risk", "Risk of further harm to the children."),
            ]
            fields += [
                (f"Voice of child {k}", "Said the shouting scares her.") for k in range(children)
            ]
            if rng.random() < 0.6:
                fields += [
                    (f"Voice of child {k} (assessment)", "Said she was scared.")
                    for k in range(children)
                ]
        else:
            fields = [narrative]
            for k in range(rng.randint(1, 5)):
                text = rng.choice(SHORT) if rng.random() < 0.6 else rng.choice(texts)
                fields.append((f"Text {k}", text))
        out.append(fields)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", default="main", help="git revision (default: main)")
    parser.add_argument("--referrals", type=int, default=3000, help="generated referrals")
    args = parser.parse_args(argv)

    content = srsly.read_json(DEFAULT_CATALOGUE)
    earlier_module = _reader_at(args.against)
    earlier = earlier_module.Reader(earlier_module.Catalogue.from_dict(content))
    current = Reader(Catalogue.from_dict(content))
    differ_total = 0
    for part in ("dev", "heldout"):
        items = load(part)
        differ = [
            item.id
            for item in items
            if [_key(s) for s in earlier.read([("What happened", item.text)])]
            != [_key(s) for s in current.read([("What happened", item.text)])]
        ]
        differ_total += len(differ)
        shown = f": {', '.join(differ[:20])}" if differ and part == "dev" else ""
        print(f"{part}: {len(items)} narratives read alone, {len(differ)} differ{shown}")
    texts = [item.text for part in ("dev", "heldout") for item in load(part)]
    generated = referrals(texts, args.referrals)
    differ_generated = sum(
        1
        for fields in generated
        if [_key(s) for s in earlier.read(fields)] != [_key(s) for s in current.read(fields)]
    )
    differ_total += differ_generated
    signals = sum(len(current.read(fields)) for fields in generated)
    print(
        f"generated referrals: {len(generated)} ({sum(map(len, generated))} texts, "
        f"{signals} signals), {differ_generated} differ"
    )
    print("identical" if not differ_total else f"{differ_total} differ")
    return 1 if differ_total else 0


if __name__ == "__main__":
    raise SystemExit(main())
