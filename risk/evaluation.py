"""Measuring the risk reader on the labelled corpus (`make eval-detection`, DESIGN.md §4).

The corpus is split in two. `dev_*.jsonl` is what the catalogue was tuned on. `heldout_*.jsonl`
was written separately, by writers who never saw the catalogue, and is only ever measured: it is
never edited to suit the reader, and its misses are not read when the catalogue is changed.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from risk.reader import Reader, default_catalogue, reader_for

CORPUS = Path(__file__).parent / "corpus"
# What the reader must reach on the held-out part.
TARGETS = {
    "recall": 0.95,
    "recall_each": 0.90,
    "decoys": 0.15,
    "plain": 0.03,
    "per_second": 300,
}
# Narratives where the alarming topic is present only as negated, past or feared.
DOUBTFUL = ("negated", "historical", "hypothetical")


@dataclass
class Item:
    id: str
    text: str
    kind: str
    indicators: list[str]
    variant: str = ""


@dataclass
class Result:
    part: str
    items: int = 0
    found: Counter[str] = field(default_factory=Counter)
    wanted: Counter[str] = field(default_factory=Counter)
    by_variant: Counter[str] = field(default_factory=Counter)
    variant_total: Counter[str] = field(default_factory=Counter)
    flagged: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, str]] = field(default_factory=list)  # (id, indicator)
    false_flags: list[tuple[str, str]] = field(default_factory=list)  # (id, indicators)
    seconds: float = 0.0
    median_ms: float = 0.0

    @property
    def recall(self) -> float:
        return sum(self.found.values()) / max(1, sum(self.wanted.values()))

    def recall_of(self, indicator: str) -> float:
        return self.found[indicator] / max(1, self.wanted[indicator])

    def share_flagged(self, *kinds: str) -> float:
        return sum(self.flagged[k] for k in kinds) / max(1, sum(self.kinds[k] for k in kinds))

    @property
    def per_second(self) -> float:
        return self.items / self.seconds if self.seconds else 0.0

    def failures(self) -> list[str]:
        """Each target this result misses, in words; empty when all are met."""
        out = []
        if self.recall < TARGETS["recall"]:
            out.append(f"overall recall {self.recall:.1%} < {TARGETS['recall']:.0%}")
        for indicator in sorted(self.wanted):
            if self.recall_of(indicator) < TARGETS["recall_each"]:
                out.append(
                    f"{indicator} recall {self.recall_of(indicator):.1%} "
                    f"< {TARGETS['recall_each']:.0%}"
                )
        if self.share_flagged("decoy") > TARGETS["decoys"]:
            out.append(f"decoys flagged {self.share_flagged('decoy'):.1%}")
        if self.share_flagged("plain") > TARGETS["plain"]:
            out.append(f"plain referrals flagged {self.share_flagged('plain'):.1%}")
        if self.per_second < TARGETS["per_second"]:
            out.append(f"{self.per_second:.0f} referrals read a second < {TARGETS['per_second']}")
        return out


def load(part: str, corpus: Path = CORPUS) -> list[Item]:
    items = []
    for path in sorted(corpus.glob(f"{part}_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                items.append(Item(**json.loads(line)))
    return items


def evaluate(reader: Reader, items: list[Item], part: str = "") -> Result:
    result = Result(part=part, items=len(items))
    read, times = [], []
    for item in items:
        # CPU time of this process: what reading costs one core, whatever else the machine
        # is doing at the time (wall-clock time on a busy machine measures the neighbours).
        started = time.process_time()
        read.append(reader.read([("narrative", item.text)]))
        times.append(time.process_time() - started)
    result.seconds = sum(times)
    result.median_ms = 1000 * statistics.median(times) if times else 0.0
    for item, signals in zip(items, read, strict=True):
        acting = {s.indicator for s in signals if s.acting}
        result.kinds[item.kind] += 1
        if item.kind == "high":
            for indicator in item.indicators:
                result.wanted[indicator] += 1
                result.variant_total[item.variant] += 1
                if indicator in acting:
                    result.found[indicator] += 1
                    result.by_variant[item.variant] += 1
                else:
                    result.misses.append((item.id, indicator))
        elif acting:
            result.flagged[item.kind] += 1
            result.false_flags.append((item.id, ",".join(sorted(acting))))
    return result


def report(result: Result) -> str:
    lines = [f"{result.part}: {result.items} referrals"]
    lines.append(f"  recall, all indicators      {result.recall:6.1%}")
    for indicator in sorted(result.wanted):
        lines.append(
            f"    {indicator:<26}{result.recall_of(indicator):6.1%}"
            f"  ({result.found[indicator]}/{result.wanted[indicator]})"
        )
    for variant in sorted(result.variant_total):
        lines.append(
            f"    wording: {variant:<17}"
            f"{result.by_variant[variant] / result.variant_total[variant]:6.1%}"
            f"  ({result.by_variant[variant]}/{result.variant_total[variant]})"
        )
    for kind in ("decoy", *DOUBTFUL, "plain"):
        lines.append(
            f"  {kind + ' flagged':<28}{result.share_flagged(kind):6.1%}"
            f"  ({result.flagged[kind]}/{result.kinds[kind]})"
        )
    lines.append(f"  referrals read per second   {result.per_second:6.0f} (one core)")
    lines.append(f"  median time per referral    {result.median_ms:6.1f} ms")
    return "\n".join(lines)


def main() -> int:
    """Print the figures for both parts; exit 1 when the held-out part misses a target."""
    reader = reader_for(default_catalogue())
    failures: list[str] = []
    for part in ("dev", "heldout"):
        items = load(part)
        evaluate(reader, items[:20], part)  # warm the word cache, as a running worker has it
        result = evaluate(reader, items, part)
        print(report(result))
        if part == "heldout":
            failures = result.failures()
    if failures:
        print("held-out targets missed: " + "; ".join(failures))
        return 1
    print("held-out targets met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
