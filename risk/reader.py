"""The risk reader: a referral's text in, signals out (DESIGN.md §4, "hidden high risk").

Built on spaCy: a blank English pipeline (tokeniser and sentence splitter), the lookup lemmatiser
from `spacy-lookups-data`, and `Matcher` token patterns compiled from the indicator catalogue.
Before matching, each word is reduced to a canonical form: its lemma, or, for a word that is not
English and is close to one of the catalogue's key words, that key word (rapidfuzz, distance
scaled to the word's length). Certainty (negated, hypothetical, historical, reported) comes from
ConText-style cues: a cue phrase scopes over the words within its window, on its side, up to a
terminating word or the end of the sentence.

The catalogue is data (risk.models.IndicatorCatalogueVersion); this module never touches the
database, so the evaluation and the tests can read a catalogue given as a dict.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import numpy
import spacy

# spaCy's lookup tables ship no type information.
import spacy_lookups_data  # type: ignore[import-untyped]

# Nor does srsly.
import srsly  # type: ignore[import-untyped]
from rapidfuzz import process
from rapidfuzz.distance import OSA
from spacy.attrs import IS_PUNCT, IS_TITLE, LIKE_NUM, LOWER, NORM, ORTH, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc


class Certainty:
    ASSERTED = "asserted"
    REPORTED = "reported"
    HISTORICAL = "historical"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"

    # A signal in one of these raises flags and priority: an allegation is a concern even when
    # somebody else made it (most of a referral is reported speech).
    ACTING = frozenset({ASSERTED, REPORTED})
    # When several cues scope over one signal, the strongest doubt wins.
    PRECEDENCE = (NEGATED, HYPOTHETICAL, HISTORICAL, REPORTED)


CUE_KINDS = (*Certainty.PRECEDENCE, "pseudo", "terminate")
T = TypeVar("T")
_CLAUSE_GOES_ON = frozenset({"which", "who", "after", "because", "when", "where"})


@dataclass(frozen=True)
class Signal:
    indicator: str
    pattern: str
    certainty: str
    field: str
    start: int  # character offsets of the matched words in the field's text
    end: int
    sentence_start: int  # and of the sentence around them
    sentence_end: int
    text: str
    sentence: str

    @property
    def acting(self) -> bool:
        return self.certainty in Certainty.ACTING

    def as_json(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "pattern": self.pattern,
            "certainty": self.certainty,
            "field": self.field,
            "text": self.text,
            "sentence": self.sentence,
            "start": self.start - self.sentence_start,
            "end": self.end - self.sentence_start,
        }


# --- Words ----------------------------------------------------------------------------------


@functools.cache
def _lexicon() -> tuple[dict[str, str], frozenset[str]]:
    """(inflected form -> lemma, every English word the lookup tables know)."""
    data = Path(spacy_lookups_data.__file__).parent / "data"
    lookup: dict[str, str] = srsly.read_gzip_json(data / "en_lemma_lookup.json.gz")
    index: dict[str, list[str]] = srsly.read_gzip_json(data / "en_lemma_index.json.gz")
    known = set(lookup) | {w for words in index.values() for w in words}
    # Words of the trade the English tables lack ("paeds", "camhs"): never misspellings.
    trade = (Path(__file__).parent / "data" / "trade_words.txt").read_text(encoding="utf-8")
    known |= {w.strip().lower() for w in trade.split() if not w.startswith("#")}
    return lookup, frozenset(known)


def lemma(word: str) -> str:
    lookup, _ = _lexicon()
    lowered = word.lower()
    return lookup.get(lowered, lowered)


@functools.cache
def _known_by_shape() -> dict[tuple[str, int], list[str]]:
    """Every English word the lookup tables know, by first letter and length."""
    _, known = _lexicon()
    shapes: dict[tuple[str, int], list[str]] = {}
    for word in known:
        if word.isalpha():
            shapes.setdefault((word[0], len(word)), []).append(word)
    return shapes


def _nearest_known(word: str, most: int) -> bool:
    """Whether an English word (same first letter) lies within `most` edits of `word`."""
    shapes = _known_by_shape()
    for length in range(len(word) - most, len(word) + most + 1):
        words = shapes.get((word[0], length))
        if words and process.extractOne(word, words, scorer=OSA.distance, score_cutoff=most):
            return True
    return False


def _max_typos(word: str) -> int:
    """Misspellings tolerated in a word of this length: none in short words, where one letter
    makes another word (kill/kilt, gun/gum), one up to seven letters, two beyond."""
    if len(word) < 4:
        return 0
    return 1 if len(word) <= 7 else 2


# --- Babies named in a referral ---------------------------------------------------------------

# An age that makes a child a baby who cannot yet move about: a referral that names one
# ("Lexi (5 months)", "baby Charlie", "10wk old boy Jacob") speaks of the baby by name later
# ("a burn on the back of Lexi's hand"), so each of the baby's names is read as "baby".
INFANT_MOST = {"day": 366, "week": 40, "wk": 40, "month": 9, "mth": 9, "mnth": 9, "mo": 9}
_AGE = re.compile(r"^(\d{1,3})(days?|weeks?|wks?|months?|mths?|mnths?|mo|/52|/12)$")
_INFANT_WORDS = frozenset({"baby", "infant", "newborn", "neonate"})
_GESTATION = frozenset({"pregnant", "gestation", "gestational", "pregnancy", "along", "prem"})
_SKIPPED = frozenset({"(", ")", ",", "-", "old", "aged", "new", "born", "little", "the", "a"})
_KIN_WORDS = frozenset({"son", "daughter", "boy", "girl", "brother", "sister", "child"})


def _is_infant_age(number: str, unit: str) -> bool:
    unit = {"/52": "week", "/12": "month"}.get(unit, unit.rstrip("s") if unit != "mo" else unit)
    most = INFANT_MOST.get(unit)
    return most is not None and number.isdigit() and int(number) <= most


def _infant_ages(words: list[str]) -> list[int]:
    """Where a baby's age stands: "6 weeks", "3-month-old", "10wk", "4/12"."""
    found = []
    for i, text in enumerate(words):
        if not text[0].isdigit():
            continue
        joined = _AGE.match(text)
        if joined:
            if _is_infant_age(joined.group(1), joined.group(2)):
                found.append(i)
        elif text.isdigit() and i + 1 < len(words):
            unit = words[i + 2] if words[i + 1] == "-" and i + 2 < len(words) else words[i + 1]
            if _is_infant_age(text, unit):
                found.append(i)
    # "28 weeks pregnant" is the mother's, not a baby's age.
    return [i for i in found if not _GESTATION.intersection(words[i + 1 : i + 4])]


def _name_near(texts: list[str], words: list[str], i: int, step: int) -> str | None:
    """A capitalised word next to position i (skipping brackets, commas, 'baby', 'old', kin)."""
    j = i + step
    while 0 <= j < len(words) and abs(j - i) <= 6:
        lowered = words[j]
        text = texts[j]
        # brackets, "baby", "old", a surname in capitals ("Efa ROBERTS-HUGHES, 5 wks")
        surname = len(text) > 1 and text.isupper()
        if lowered in _SKIPPED or lowered in _INFANT_WORDS or lowered in _KIN_WORDS or surname:
            j += step
            continue
        if text.isalpha() and text[0].isupper() and len(text) > 1:
            return lowered
        return None
    return None


def infant_names(texts: list[str], words: list[str]) -> set[str]:
    """The first names of the babies one text names, lower-cased (`texts`: its words as
    written, `words`: the same lower-cased)."""
    names = set()
    anchors = [i for i, w in enumerate(words) if w in _INFANT_WORDS] + _infant_ages(words)
    for i in anchors:
        for step in (1, -1):
            name = _name_near(texts, words, i, step)
            if name and name not in _INFANT_WORDS:
                names.add(name)
    return names


# --- Patterns -------------------------------------------------------------------------------

_GAP = re.compile(r"^(\.\.|~~)(\d*)$")
_DEFAULT_GAP = 4


@functools.cache
def _tokenizer() -> Any:
    return spacy.blank("en").tokenizer


def _words(alternative: str) -> list[str]:
    """An alternative as the tokeniser splits it: `new_-_born` and `new-born` are both three
    words, `child's` two, `can't` two (`ca`, `n't`), so a pattern matches what the text holds."""
    return [t.norm_ for t in _tokenizer()(alternative.replace("_", " "))]


def _is_regex(alternative: str) -> bool:
    return len(alternative) > 2 and alternative.startswith("/") and alternative.endswith("/")


def _regex_for(affix: str) -> str:
    if _is_regex(affix):
        return affix[1:-1]
    body = re.escape(affix.strip("*").lower())
    head = "\\w*" if affix.startswith("*") else ""
    tail = "\\w*" if affix.endswith("*") else ""
    return f"{head}{body}{tail}"


def _slot(word: str) -> list[list[dict[str, Any]]]:
    """One slot of a pattern as token sequences, grouped by length. Alternatives are split by
    |, each word matched on its lemma; `_` joins the words of a phrase (golf_club); a leading or
    trailing * matches a word that ends or starts with it (compounds: knifepoint, chokehold); a
    leading ? makes the slot optional; # matches a number."""
    optional = word.startswith("?") and len(word) > 1
    word = word[1:] if optional else word
    alternatives = [w for w in word.split("|") if w]
    ones: set[str] = set()
    phrases: set[tuple[str, ...]] = set()  # each phrase exactly, never mixed with another
    single: dict[str, Any] = {}
    affixes = [a for a in alternatives if ("*" in a and len(a) > 1) or _is_regex(a)]
    if "#" in alternatives:
        single["LIKE_NUM"] = True
    for alternative in alternatives:
        if alternative in affixes or alternative == "#":
            continue
        words = [lemma(w) for w in _words(alternative)]
        if len(words) == 1:
            ones.add(words[0])
        elif words:
            phrases.add(tuple(words))
    sequences: list[list[dict[str, Any]]] = []
    if affixes:
        parts = [re.escape(w) for w in sorted(ones)] + [_regex_for(a) for a in affixes]
        sequences.append([{"NORM": {"REGEX": "^(?:" + "|".join(parts) + ")$"}}])
    elif ones:
        sequences.append([{"NORM": {"IN": sorted(ones)}}])
    if single:
        sequences.append([dict(single)])
    for phrase in sorted(phrases):
        sequences.append([{"NORM": w} for w in phrase])
    if optional:
        sequences.append([])
    return sequences


@dataclass
class CompiledPattern:
    """A pattern as runs of adjacent words (each a list of spaCy Matcher token sequences) and
    the gaps between them: (most words in between, whether the gap may cross a sentence)."""

    segments: list[list[list[dict[str, Any]]]]
    gaps: list[tuple[int, bool]]


def compile_pattern(text: str) -> CompiledPattern:
    """A catalogue pattern, e.g. `grab|squeeze|hold ..4 neck|throat`. `..` allows up to four
    words in between within one sentence, `..N` up to N; `~~N` up to N across sentences. The
    gaps are joined in Python rather than by Matcher quantifiers, whose cost grows with the gap."""
    segments: list[list[list[dict[str, Any]]]] = []
    gaps: list[tuple[int, bool]] = []
    current: list[list[list[dict[str, Any]]]] = []
    words = text.split()
    if not words or _GAP.match(words[0]) or _GAP.match(words[-1]):
        raise ValueError(f"A pattern must start and end with a word: {text!r}")

    def close() -> None:
        sequences = []
        for combination in itertools.product(*current):
            tokens = [dict(t) for sequence in combination for t in sequence]
            if tokens:
                for t in tokens[1:]:
                    t["IS_SENT_START"] = False
                sequences.append(tokens)
        if not sequences:
            raise ValueError(f"A pattern must have a word to match between its gaps: {text!r}")
        segments.append(sequences)
        current.clear()

    for word in words:
        gap = _GAP.match(word)
        if gap:
            if not current:
                raise ValueError(f"Two gaps in a row: {text!r}")
            close()
            gaps.append((int(gap.group(2) or _DEFAULT_GAP), gap.group(1) == "~~"))
        else:
            current.append(_slot(word))
    close()
    return CompiledPattern(segments, gaps)


@dataclass(frozen=True)
class _Need:
    """What a text must hold for one slot of a pattern to match anywhere in it."""

    words: frozenset[str]
    regex: re.Pattern[str] | None
    number: bool

    @property
    def gate(self) -> bool:
        """Whether only plain words meet this need (no regex, number or affix)."""
        return bool(self.words) and self.regex is None and not self.number

    def met(self, norms: set[str], joined: str) -> bool:
        if self.number:
            return True
        if self.words & norms:
            return True
        return bool(self.regex and self.regex.search(joined))


def _needs(text: str) -> list[_Need]:
    needs = []
    for word in text.split():
        if _GAP.match(word) or (word.startswith("?") and len(word) > 1):
            continue
        alternatives = [a for a in word.split("|") if a]
        affixes = [a for a in alternatives if ("*" in a and len(a) > 1) or _is_regex(a)]
        firsts = {
            lemma(_words(a)[0]) for a in alternatives if a not in affixes and a != "#" and _words(a)
        }
        regex = (
            re.compile("(?m)^(?:" + "|".join(_regex_for(a) for a in affixes) + ")$")
            if affixes
            else None
        )
        needs.append(_Need(frozenset(firsts), regex, "#" in alternatives))
    return needs


def _plain_index(
    sequences: list[list[dict[str, Any]]],
) -> dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] | None:
    """{first word: [(length, words allowed at each place)]} for a run of plain words only, or
    None when any place is more than a word or a set of words (regex, number, optional)."""
    index: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] = {}
    for sequence in sequences:
        places = []
        for n, token in enumerate(sequence):
            norm = token.get("NORM")
            # The words of a phrase after its first never start a sentence: checked by the
            # caller for every plain run (a plain run never crosses a sentence).
            allowed = {"NORM", "IS_SENT_START"} if n else {"NORM"}
            if not set(token) <= allowed or token.get("IS_SENT_START", False):
                return None
            if isinstance(norm, str):
                places.append(frozenset({norm}))
            elif isinstance(norm, dict) and set(norm) == {"IN"}:
                places.append(frozenset(norm["IN"]))
            else:
                return None
        for first in places[0]:
            entries = index.setdefault(first, [])
            if (len(places), tuple(places)) not in entries:
                entries.append((len(places), tuple(places)))
    return index


def _shaped(doc: Doc, shape: re.Pattern[str]) -> list[int]:
    """Where the words of this shape stand in a prepared document (a regex over its distinct
    words), worked out once per document: rules share shapes (a baby's age)."""
    shaped: dict[str, list[int]] = doc.user_data.setdefault("shaped", {})
    found = shaped.get(shape.pattern)
    if found is None:
        at: dict[str, list[int]] = doc.user_data["at"]
        found = shaped[shape.pattern] = [i for word in at if shape.match(word) for i in at[word]]
    return found


def _plain_matches(
    plain: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]],
    starts: list[int],
    words: list[str],
    sentence_of: list[int],
) -> list[tuple[int, int]]:
    """Where a run of plain words matches, from the places its first word stands: every
    further word is one allowed at its place, all in one sentence."""
    found = set()
    count = len(words)
    for start in starts:
        sentence = sentence_of[start]
        for length, places in plain[words[start]]:
            stop = start + length
            if stop > count or sentence_of[stop - 1] != sentence:
                continue
            k = 1
            while k < length and words[start + k] in places[k]:
                k += 1
            if k == length:
                found.add((start, stop))
    return sorted(found)


class _Rule:
    """One pattern, run on a text only when every word it needs is there: most patterns are
    ruled out by a set lookup, which keeps the reader fast as the catalogue grows."""

    def __init__(self, vocab: Any, key: str, text: str) -> None:
        self.key = key
        self.needs = _needs(text)
        # The needs met by plain words only, checked first and as sets: most rules fail here.
        self.gates = tuple(need.words for need in self.needs if need.gate)
        self.other_needs = tuple(need for need in self.needs if not need.gate)
        compiled = compile_pattern(text)
        self.gaps = compiled.gaps
        self.ends = False  # an exclusion that removes a match when it holds either end of it
        # Each run of words: its matcher, the words it can start with (None when its first
        # word is a wildcard, a regex or a number) and its longest length. A run is then matched
        # only where one of its first words stands, on a slice of the text that long, instead
        # of across the whole text.
        self.matchers: list[tuple[Matcher, frozenset[str] | None, int]] = []
        # A run made only of plain words (no regex, number or optional word) is matched in
        # Python on the words' forms, by its first word: {first word: [(length, the sets of
        # words allowed at each place)]}. Most runs are so, and the Matcher costs more than the
        # comparison for them.
        self.plain: list[dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] | None] = []
        self.shapes: list[tuple[re.Pattern[str] | None, ...]] = []
        # Whether a plain run is one word long: then each place its word stands is a match.
        self.one_word: list[bool] = []
        for n, sequences in enumerate(compiled.segments):
            matcher = Matcher(vocab)
            matcher.add(f"{key}#{n}", sequences)
            plain = _plain_index(sequences)
            self.plain.append(plain)
            self.one_word.append(
                plain is not None
                and all(length == 1 for entries in plain.values() for length, _ in entries)
            )
            firsts: set[str] | None = set()
            shapes: list[re.Pattern[str] | None] = []  # a first word given as a regex or number
            for sequence in sequences:
                first = sequence[0]
                norm = first.get("NORM")
                if "OP" in first:
                    firsts = None  # an optional first word: the whole text is searched
                    break
                if isinstance(norm, str):
                    # firsts stays a set until an optional first word sets it to None (loop ends).
                    firsts.add(norm)  # type: ignore[union-attr]
                elif isinstance(norm, dict) and "IN" in norm:
                    # As above.
                    firsts |= set(norm["IN"])  # type: ignore[operator]
                elif isinstance(norm, dict) and "REGEX" in norm:
                    shapes.append(re.compile(norm["REGEX"]))
                elif first.get("LIKE_NUM"):
                    shapes.append(None)
                else:
                    firsts = None
                    break
            self.shapes.append(tuple(shapes) if firsts is not None else ())
            longest = max(len(sequence) for sequence in sequences)
            self.matchers.append((matcher, None if firsts is None else frozenset(firsts), longest))

    def __call__(
        self, doc: Doc, norms: set[str], joined: str, within: set[int] | None = None
    ) -> list[tuple[int, int]]:
        return [(runs[0][0], runs[-1][1]) for runs in self.runs(doc, norms, joined, within)]

    def runs(
        self, doc: Doc, norms: set[str], joined: str, within: set[int] | None = None
    ) -> list[list[tuple[int, int]]]:
        """Each match as its runs of adjacent words (the gaps between them left out); with
        `within`, only matches that begin in those sentences (by number)."""
        for gate in self.gates:
            if norms.isdisjoint(gate):
                return []
        if not all(n.met(norms, joined) for n in self.other_needs):
            return []
        runs: list[list[tuple[int, int]]] = []
        at: dict[str, list[int]] = doc.user_data["at"]
        sentence_of = doc.user_data["sentence_of"]
        words: list[str] = doc.user_data["words"]
        for n, (matcher, firsts, longest) in enumerate(self.matchers):
            plain = self.plain[n]
            if firsts is None:
                found = sorted({(s, e) for _, s, e in matcher(doc)})
            else:
                if len(firsts) < len(at):
                    found_at = {i for word in firsts if word in at for i in at[word]}
                else:
                    found_at = {i for word in at if word in firsts for i in at[word]}
                for shape in self.shapes[n]:
                    # a regex over the text's distinct words; a number where one stands
                    if shape is None:
                        found_at.update(doc.user_data["numbers"])
                    else:
                        found_at.update(_shaped(doc, shape))
                starts = sorted(found_at)
                if within is not None and n == 0:
                    starts = [i for i in starts if sentence_of[i] in within]
            if plain is not None and self.one_word[n]:
                found = [(start, start + 1) for start in starts]
            elif plain is not None:
                found = _plain_matches(plain, starts, words, sentence_of)
            elif firsts is not None:
                found = sorted(
                    {
                        (start, start + e)
                        for start in starts
                        for _, s, e in matcher(doc[start : start + longest])
                        if s == 0
                    }
                )
            if not found:
                return []
            runs.append(found)

        field_of: list[int] = doc.user_data["field_of"]

        def reachable(gap: tuple[int, bool], end: int, following: list[tuple[int, int]]) -> Any:
            # A gap stays inside a sentence, or with `~~` inside its text: one text's words
            # never run on into another's.
            most, across = gap
            return (
                (s, e)
                for s, e in following
                if end <= s <= end + most
                and (
                    sentence_of[s] == sentence_of[end - 1]
                    or (across and field_of[s] == field_of[end - 1])
                )
            )

        matches: list[list[tuple[int, int]]] = []
        for first in runs[0]:
            _, end = first
            found_runs = [first]
            # The nearest next run within each gap: the shortest evidence.
            for gap, following in zip(self.gaps[:-1], runs[1:-1], strict=True):
                nxt = next(reachable(gap, end, following), None)
                if nxt is None:
                    break
                end = nxt[1]
                found_runs.append(nxt)
            else:
                if not self.gaps:
                    matches.append(found_runs)
                    continue
                # Every way of ending it in the sentence of the nearest ending: an exclusion
                # or a doubt on the nearest ("a swollen leg, x-ray shows a fracture") must not
                # hide a further one.
                endings = list(reachable(self.gaps[-1], end, runs[-1]))
                if endings:
                    last_sentence = sentence_of[endings[0][0]]
                    endings = [x for x in endings if sentence_of[x[0]] == last_sentence]
                matches += [[*found_runs, last] for last in endings]
        return matches


def pattern_words(text: str) -> set[str]:
    """The literal words of a pattern (no gaps, affixes or numbers): the fuzzy vocabulary."""
    words = set()
    for word in text.split():
        if _GAP.match(word):
            continue
        for alternative in word.lstrip("?").split("|"):
            if "*" not in alternative and not _is_regex(alternative):
                words |= {w for w in _words(alternative.lower()) if w.isalpha()}
    return words


def check_pattern(text: str) -> str | None:
    """The problem with a pattern a manager typed, in words, or None."""
    try:
        compile_pattern(text)
    except ValueError as e:
        return str(e)
    except re.error:
        return f"A pattern has a word spaCy cannot read: {text!r}"
    return None


_COMMON = frozenset(lemma(w) for w in STOP_WORDS)


class _Gated(Generic[T]):
    """Items, each with its rule, indexed by a word the rule needs: `among` gives, in their
    order, only the items whose rule can match a text holding these words (a set lookup rules
    out most of a growing catalogue). A rule's gate is the one of its plain-word places with
    the fewest common words, then the fewest words; a rule with no such place is always
    tried."""

    def __init__(self, items: list[tuple[T, _Rule]]) -> None:
        self.items = [item for item, _ in items]
        self.always: list[int] = []
        self.by_word: dict[str, list[int]] = {}
        for n, (_, rule) in enumerate(items):
            gates = [need.words for need in rule.needs if need.gate]
            if not gates:
                self.always.append(n)
                continue
            gate = min(gates, key=lambda words: (len(words & _COMMON), len(words)))
            for word in gate:
                self.by_word.setdefault(word, []).append(n)

    def among(self, norms: set[str]) -> list[T]:
        tried = set(self.always)
        if len(norms) < len(self.by_word):
            for word in norms:
                if word in self.by_word:
                    tried.update(self.by_word[word])
        else:
            for word, found in self.by_word.items():
                if word in norms:
                    tried.update(found)
        return [self.items[n] for n in sorted(tried)]


# --- The catalogue --------------------------------------------------------------------------


@dataclass
class Indicator:
    code: str
    label: str
    severity: str = "high"
    cra_factors: list[str] = field(default_factory=list)


@dataclass
class Catalogue:
    """What the reader looks for; built from the published version in the database, or a dict."""

    indicators: list[Indicator]
    patterns: list[tuple[str, str, str]]  # (indicator, code, pattern)
    exclusions: list[tuple[str, str, bool]]  # (indicator or "", pattern, holds either end)
    cues: list[
        tuple[str, str, str, int]
    ]  # (certainty or pseudo/terminate, direction, phrase, window)
    key: str = "unsaved"

    @classmethod
    def from_dict(cls, data: dict[str, Any], key: str = "unsaved") -> Catalogue:
        return cls(
            indicators=[Indicator(**i) for i in data["indicators"]],
            patterns=[(p["indicator"], p["code"], p["pattern"]) for p in data["patterns"]],
            exclusions=[
                (e.get("indicator", ""), e["pattern"], bool(e.get("ends")))
                for e in data["exclusions"]
            ],
            cues=[
                (c["certainty"], c.get("direction", "forward"), c["phrase"], c.get("window", 6))
                for c in data["cues"]
            ],
            key=key,
        )


# --- The pipeline ---------------------------------------------------------------------------


class Reader:
    """A compiled catalogue. Build once per catalogue version and process (`reader_for`)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.indicators = {i.code: i for i in catalogue.indicators}
        self.nlp: Language = spacy.blank("en")
        # Sentences are split as spaCy's sentencizer splits them, text by text (`read`).
        # add_pipe returns the Sentencizer, which spaCy types as a plain callable.
        self._punct_chars = frozenset(self.nlp.add_pipe("sentencizer").punct_chars)  # type: ignore[attr-defined]
        self._lookup, self._known = _lexicon()
        self._canonical_by_hash: dict[int, tuple[str, int]] = {}

        vocabulary: set[str] = set()
        for _, _, text in catalogue.patterns:
            vocabulary |= pattern_words(text)
        # Every form of every key word (strangle: strangled, strangles, strangling) is a target
        # for a misspelling; the match is then mapped to the key word's lemma.
        forms: dict[str, str] = {}
        key_lemmas = {lemma(w) for w in vocabulary}
        for form, base in self._lookup.items():
            if base in key_lemmas and form.isalpha():
                forms[form] = base
        for w in vocabulary:
            forms.setdefault(w, lemma(w))
        self._forms = forms
        self._by_initial: dict[str, list[str]] = {}
        for form in sorted(forms):
            self._by_initial.setdefault(form[0], []).append(form)

        self._pattern_of: dict[str, tuple[str, str]] = {}
        self.rules: list[_Rule] = []
        for indicator, code, text in catalogue.patterns:
            key = f"p:{code}"
            self._pattern_of[key] = (indicator, code)
            self.rules.append(_Rule(self.nlp.vocab, key, text))
        self.exclusions: dict[str, _Gated[_Rule]] = {}
        by_indicator: dict[str, list[_Rule]] = {}
        for n, (indicator, text, ends) in enumerate(catalogue.exclusions):
            rule = _Rule(self.nlp.vocab, f"x:{n}", text)
            rule.ends = ends
            by_indicator.setdefault(indicator, []).append(rule)
        for indicator, rules in by_indicator.items():
            self.exclusions[indicator] = _Gated([(rule, rule) for rule in rules])
        self.cues = _Gated(
            [
                ((kind, direction, window, rule), rule)
                for n, (kind, direction, phrase, window) in enumerate(catalogue.cues)
                for rule in [_Rule(self.nlp.vocab, f"c:{n}", phrase)]
            ]
        )
        self.patterns = _Gated([(rule, rule) for rule in self.rules])

    @functools.lru_cache(maxsize=65536)  # noqa: B019 (one reader per catalogue, kept for the process)
    def canonical(self, lowered: str) -> str:
        """The form a word is matched on: its lemma, or the key word it misspells."""
        base = self._lookup.get(lowered, lowered)
        if lowered in self._forms or lowered in self._known or not lowered.isalpha():
            return base
        # A misspelling keeps its first letter (vaping is not raping, texting not sexting).
        candidates = self._by_initial.get(lowered[0], [])
        limit = _max_typos(lowered)
        if not limit:
            return base
        best = process.extractOne(lowered, candidates, scorer=OSA.distance, score_cutoff=limit)
        if not best:
            return base
        # An everyday word typed wrongly ("seperated") is nearer to that word ("separated")
        # than to a key word ("serrated"): it is left alone. On a tie the key word wins.
        if best[1] > 1 and _nearest_known(lowered, best[1] - 1):
            return base
        return self._forms[best[0]]

    def read(self, texts: Iterable[tuple[str, str]]) -> list[Signal]:
        """Signals in each (field, text); at most one per indicator and sentence. A referral's
        texts are read as one document (one tokeniser call, one pass of the patterns), each
        text its own stretch of it: a sentence, a gap, a cue or a baby's name never reaches
        from one text into another, so each signal is what reading that text alone finds."""
        items = [(f, t) for f, t in texts if t and t.strip()]
        if not items:
            return []
        doc, fields = self._document([t for _, t in items])
        self._prepare(doc, fields)
        names = [name for name, _ in items]
        found = self._read_doc(
            doc, [(name, *place) for name, place in zip(names, fields, strict=True)]
        )
        # In the order the texts were given, each text's signals in the order it found them.
        return [signal for _, signal in sorted(found, key=lambda pair: pair[0])]

    def _document(self, texts: list[str]) -> tuple[Doc, list[tuple[int, int, int]]]:
        """One Doc holding the texts one after another, and where each stands in it: (first
        token, after its last token, first character). The tokens of each text are those of
        the text tokenised alone."""
        if all(not t[0].isspace() and not t[-1].isspace() for t in texts):
            # Joined by single spaces, each text tokenises as it would alone: the tokeniser
            # splits at whitespace first and a single space only marks the word before it.
            doc = self.nlp.tokenizer(" ".join(texts))
            offsets, at = [], 0
            for text in texts:
                offsets.append(at)
                at += len(text) + 1
            starts = []
            token = 0
            idx = doc.to_array("IDX").tolist()
            for offset in offsets:
                while idx[token] < offset:
                    token += 1
                starts.append(token)
            ends = [*starts[1:], len(doc)]
            return doc, list(zip(starts, ends, offsets, strict=True))
        # A text that begins or ends with whitespace: tokenised alone, then put together (its
        # leading or trailing whitespace would otherwise merge with the next text's).
        words: list[str] = []
        spaces: list[bool] = []
        bounds: list[tuple[int, int]] = []
        norms = []
        for text in texts:
            part = self.nlp.tokenizer(text)
            first = len(words)
            words += [t.text for t in part]
            spaces += [bool(t.whitespace_) for t in part]
            spaces[-1] = True
            bounds.append((first, len(words)))
            norms.append(part.to_array([NORM]))
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces)
        # The tokeniser's special cases give some tokens a norm of their own ("n't" is "not").
        # thinc's Ints2d is a numpy array at run time; spaCy's annotation is narrower.
        doc.from_array([NORM], numpy.concatenate(norms))  # type: ignore[arg-type]
        idx = doc.to_array("IDX").tolist()
        return doc, [(a, b, idx[a]) for a, b in bounds]

    def _sentence_starts(
        self, texts: list[str], punct: list[bool], fields: list[tuple[int, int, int]]
    ) -> list[bool]:
        """Where sentences begin: spaCy's sentencizer run on each text on its own (a sentence
        begins at the first word that is not punctuation after a full stop, ! or ?), so each
        text begins a sentence and no sentence runs from one text into the next."""
        marks = self._punct_chars
        starts = [False] * len(texts)
        for first, last, _ in fields:
            starts[first] = True
            start, seen_period = first, False
            for i in range(first, last):
                in_marks = texts[i] in marks
                if seen_period and not punct[i] and not in_marks:
                    starts[start] = True
                    start, seen_period = i, False
                elif in_marks:
                    seen_period = True
            starts[start] = True
        return starts

    def _prepare(self, doc: Doc, fields: list[tuple[int, int, int]]) -> Doc:
        # Each token's attributes in one call, as numbers (no Token objects are made).
        strings = self.nlp.vocab.strings
        orths, lowered, normed, punct, title, like_num = doc.to_array(
            [ORTH, LOWER, NORM, IS_PUNCT, IS_TITLE, LIKE_NUM]
        ).T.tolist()
        texts = [strings[h] for h in orths]
        lowers = [strings[h] for h in lowered]
        starts = self._sentence_starts(texts, punct, fields)
        # Each token's sentence (by number) and text, and where each sentence begins and ends.
        sentence_of: list[int] = []
        bounds: list[tuple[int, int]] = []
        for i, start in enumerate(starts):
            if start:
                if bounds:
                    bounds[-1] = (bounds[-1][0], i)
                bounds.append((i, i))
            sentence_of.append(len(bounds) - 1)
        bounds[-1] = (bounds[-1][0], len(starts))
        field_of: list[int] = []
        for n, (first, last, _) in enumerate(fields):
            field_of += [n] * (last - first)
        doc.user_data["sentence_of"] = sentence_of
        doc.user_data["sentences"] = bounds
        doc.user_data["field_of"] = field_of
        doc.user_data["lowers"] = lowers
        # A baby named in a text is "baby" in that text only.
        babies = [infant_names(texts[a:b], lowers[a:b]) for a, b, _ in fields]
        at: dict[str, list[int]] = {}
        words: list[str] = []
        hashes: list[int] = []
        numbers: list[int] = []
        # A word's canonical form and its hash, by the hash of its spaCy norm: most words of a
        # referral have been seen before by this process.
        known_forms = self._canonical_by_hash
        if len(known_forms) > 200_000:
            known_forms.clear()
        any_babies = any(babies)
        for i, norm_hash in enumerate(normed):
            if any_babies and lowers[i] in babies[field_of[i]]:
                norm = "baby"
                hashed = strings.add(norm)
            # A capitalised word inside a sentence is a name, never a misspelling.
            elif title[i] and not starts[i]:
                plain = strings[norm_hash]
                # A name ("the Gunmakers Arms") is never a key word's compound or misspelling;
                # a capitalised English word ("a Knife") is still itself.
                known = plain in self._known or plain in self._forms
                norm = self._lookup.get(plain, plain) if known else "-name-"
                hashed = strings.add(norm)
            else:
                form = known_forms.get(norm_hash)
                if form is None:
                    norm = self.canonical(strings[norm_hash])
                    form = known_forms[norm_hash] = (norm, strings.add(norm))
                norm, hashed = form
            words.append(norm)
            hashes.append(hashed)
            at.setdefault(norm, []).append(i)
            if like_num[i]:
                numbers.append(i)
        # Each word's canonical form is the NORM the matchers see; spaCy keeps a sentence start
        # as 1 and "not a start" as -1, in an unsigned array.
        marks = numpy.column_stack(
            [
                numpy.array(hashes, dtype="uint64"),
                numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64"),
            ]
        )
        # As above: a numpy array is what from_array takes.
        doc.from_array([NORM, SENT_START], marks)  # type: ignore[arg-type]
        doc.user_data["at"] = at  # where each word stands, for matching runs only there
        doc.user_data["words"] = words
        doc.user_data["numbers"] = numbers
        return doc

    def _read_doc(
        self, doc: Doc, fields: list[tuple[str, int, int, int]]
    ) -> list[tuple[int, Signal]]:
        """(text's number, signal) for each signal in a prepared document."""
        norms = set(doc.user_data["words"])
        joined = "\n".join(norms)
        hits: list[tuple[str, str, int, int, list[tuple[int, int]]]] = []
        for rule in self.patterns.among(norms):
            for runs in rule.runs(doc, norms, joined):
                indicator, code = self._pattern_of[rule.key]
                hits.append((indicator, code, runs[0][0], runs[-1][1], runs))
        if not hits:
            return []
        # An exclusion matters only where it can hold a match: it is searched from two
        # sentences before a match begins (an exclusion may cross sentences, not texts) to
        # where it ends.
        sentence_of = doc.user_data["sentence_of"]
        field_of = doc.user_data["field_of"]
        bounds = doc.user_data["sentences"]
        near: dict[str, set[int]] = {}
        for indicator, _, start, end, _ in hits:
            first, last = sentence_of[start], sentence_of[end - 1]
            opening = sentence_of[fields[field_of[start]][1]]
            near.setdefault(indicator, set()).update(range(max(opening, first - 2), last + 1))
        near[""] = set().union(*near.values())
        excluded: list[tuple[str, int, int, bool]] = []
        for indicator, sentences in near.items():
            gated = self.exclusions.get(indicator)
            for rule in gated.among(norms) if gated else ():
                excluded += [
                    (indicator, s, e, rule.ends) for s, e in rule(doc, norms, joined, sentences)
                ]
        # A cue counts only inside the sentence where a match ends: only those are searched.
        sentences = {sentence_of[h[3] - 1] for h in hits}
        cues = [
            (kind, direction, window, s, e)
            for kind, direction, window, rule in self.cues.among(norms)
            for s, e in rule(doc, norms, joined, sentences)
        ]
        best: dict[tuple[str, int], tuple[tuple[bool, int], str, int, int, str]] = {}
        for indicator, code, start, end, runs in hits:
            # An exclusion ("knife and fork", "choked on a grape") removes the matches it
            # holds whole; a longer match around it ("smashed a beer bottle") stands. An
            # exclusion marked `ends` also removes a match whose first or last word it holds:
            # "baby ... bruise" goes with "baby brother" or "bruised ego", "he is dead" with
            # "dead tired".
            if any(
                (not ind or ind == indicator)
                and ((s <= start and end <= e) or (ends and (s <= start < e or s < end <= e)))
                for ind, s, e, ends in excluded
            ):
                continue
            # A match may begin in an earlier sentence (a baby named, then the injury): the
            # evidence is the sentence where it ends, highlighted from its start.
            number = sentence_of[end - 1]
            certainty = self._certainty(runs, bounds[number], cues, doc)
            held = best.get((indicator, number))
            # A stated match outweighs a doubted one in the same sentence ("without telling
            # him, he grabbed a hammer and raised it at her"); then the shortest match is the
            # most precise evidence to highlight.
            rank = (certainty not in Certainty.ACTING, end - start)
            if held is None or rank < held[0]:
                best[(indicator, number)] = (rank, code, start, end, certainty)
        signals = []
        for (indicator, number), (_, code, start, end, certainty) in best.items():
            sentence = doc[bounds[number][0] : bounds[number][1]]
            span = doc[max(start, sentence.start) : end]
            which = field_of[start]
            name, _, _, offset = fields[which]
            signals.append(
                (
                    which,
                    Signal(
                        indicator=indicator,
                        pattern=code,
                        certainty=certainty,
                        field=name,
                        start=span.start_char - offset,
                        end=span.end_char - offset,
                        sentence_start=sentence.start_char - offset,
                        sentence_end=sentence.end_char - offset,
                        text=span.text,
                        sentence=sentence.text,
                    ),
                )
            )
        return signals

    @staticmethod
    def _certainty(
        runs: list[tuple[int, int]],
        sentence: tuple[int, int],
        cues: list[tuple[str, str, int, int, int]],
        doc: Doc,
    ) -> str:
        """The strongest doubt any cue casts on the match. A cue scopes over the matched words
        (each run of them, not the words a gap skipped) within its window on its side, up to a
        terminating word; cues inside the matched words or inside a pseudo-cue do not count.
        `sentence`: where the sentence the match ends in begins and ends (tokens)."""
        opening, closing = sentence
        runs = [(max(a, opening), b) for a, b in runs if b > opening]
        inside = [c for c in cues if opening <= c[3] and c[4] <= closing]
        pseudo = [(s, e) for kind, _, _, s, e in inside if kind == "pseudo"]
        stops = [s for kind, _, _, s, _ in inside if kind == "terminate"]
        # A relative or causal clause goes on telling the past ("convicted in 2011 of an ABH
        # which involved choking her"): those words do not end a historical cue's scope.
        lowers: list[str] = doc.user_data["lowers"]
        words: list[str] = doc.user_data["words"]
        tense_stops = [s for s in stops if lowers[s] not in _CLAUSE_GOES_ON]
        found = set()
        for kind, direction, window, s, e in inside:
            if kind in ("pseudo", "terminate") or any(s < b and a < e for a, b in runs):
                continue
            if any(ps <= s < pe for ps, pe in pseudo):
                continue  # "no doubt", "couldn't breathe", "didn't let him": not a cue here
            for a, b in runs:
                # A denial carries along a list of alternatives ("never choked or strangled her
                # or held her by the throat"): its scope runs on through "or" and "nor".
                reach = window
                if (
                    kind == Certainty.NEGATED
                    and direction == "forward"
                    and e <= a
                    and any(w in ("or", "nor") for w in words[e:a])
                ):
                    reach = max(window, 14)
                if direction == "forward" and e <= a and a - e <= reach:
                    between = (e, a)
                elif direction == "backward" and s >= b and s - b <= window:
                    between = (b, s)
                else:
                    continue
                # A terminating word ("but", "however") between cue and match ends its scope.
                ends = tense_stops if kind == Certainty.HISTORICAL else stops
                if not any(between[0] <= t < between[1] for t in ends):
                    found.add(kind)
        for kind in Certainty.PRECEDENCE:
            if kind in found:
                return kind
        return Certainty.ASSERTED


_readers: dict[str, Reader] = {}


def reader_for(catalogue: Catalogue) -> Reader:
    """The compiled reader for a catalogue version, built once per process."""
    reader = _readers.get(catalogue.key)
    if reader is None or catalogue.key == "unsaved":
        reader = Reader(catalogue)
        _readers[catalogue.key] = reader
    return reader


DEFAULT_CATALOGUE = Path(__file__).parent / "data" / "catalogue-2.json"


def default_catalogue() -> Catalogue:
    """The catalogue as shipped (version 2): indicators, patterns, exclusions and cues."""
    return Catalogue.from_dict(srsly.read_json(DEFAULT_CATALOGUE), key="default-2")
