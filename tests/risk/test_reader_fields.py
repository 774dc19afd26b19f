"""A referral's texts are read together, as one document, and each keeps to itself: no match,
gap, cue or baby's name reaches from one text into another, and each signal names its own text
(risk/reader.py, `Reader.read`)."""

from collections.abc import Sequence
from typing import Any

import pytest

from risk.evaluation import load
from risk.reader import Certainty, default_catalogue, reader_for


@pytest.fixture(scope="module")
def reader():
    return reader_for(default_catalogue())


def found(reader, texts: Sequence[str]):
    return [(s.indicator, s.certainty, s.field, s.text) for s in reader.read(texts)]


def test_a_match_never_spans_two_texts(reader) -> None:
    assert found(reader, [("What happened", "He squeezed her throat until she passed out.")]) == [
        ("strangulation", Certainty.ASSERTED, "What happened", "squeezed her throat")
    ]
    two = [("One", "He squeezed"), ("Two", "her throat until she passed out.")]
    assert found(reader, two) == []


def test_a_gap_across_sentences_stays_inside_its_text(reader) -> None:
    # `baby ~~35 bruise` may cross sentences, but not from one text into the next.
    one = "Baby Lexi (5 months) lives with mum. Dad has a bruise on his arm from football."
    assert [s.indicator for s in reader.read([("What happened", one)])] == ["baby_injury"]
    two = [
        ("What happened", "Baby Lexi (5 months) lives with mum."),
        ("Officer's view of risk", "Dad has a bruise on his arm from football."),
    ]
    assert found(reader, two) == []


def test_a_baby_named_in_one_text_is_a_baby_only_there(reader) -> None:
    one = "Baby Lexi (5 months) is well. Lexi has a bruise on her arm."
    assert [s.indicator for s in reader.read([("What happened", one)])] == ["baby_injury"]
    two = [
        ("What happened", "Baby Lexi (5 months) is well."),
        ("Voice of Lexi Smith", "Lexi has a bruise on her arm."),
    ]
    assert found(reader, two) == []


def test_a_negation_in_one_text_does_not_reach_a_match_in_the_next(reader) -> None:
    one = "Mum said there were no knives in the house"
    assert found(reader, [("What happened", one)]) == [
        ("weapon", Certainty.NEGATED, "What happened", "knives")
    ]
    two = [("What happened", "Mum said there were no"), ("Voice of Amy", "knives in the house")]
    assert found(reader, two) == [("weapon", Certainty.ASSERTED, "Voice of Amy", "knives")]


@pytest.mark.parametrize(
    "first",
    [
        "Argument about money.",
        "Argument about money",  # no full stop: the next text still begins a sentence
        "Argument about money.\n",  # whitespace at an edge: the texts are tokenised apart
        "  Argument about money.  ",
    ],
)
def test_the_evidence_names_its_text_and_is_placed_in_it(reader, first) -> None:
    voice = "Amy said dad strangled mum in the kitchen. Then he left."
    (signal,) = reader.read([("What happened", first), ("Voice of Amy", voice)])
    assert (signal.indicator, signal.certainty) == ("strangulation", Certainty.REPORTED)
    assert signal.field == "Voice of Amy"
    assert voice[signal.start : signal.end] == signal.text == "strangled"
    sentence = "Amy said dad strangled mum in the kitchen."
    assert voice[signal.sentence_start : signal.sentence_end] == signal.sentence == sentence
    assert signal.as_json()["start"] == sentence.index("strangled")


def test_signals_come_in_the_order_of_the_texts(reader) -> None:
    texts = [
        ("What happened", "Dad threatened to kill mum."),
        ("Officer's view of risk", "Nothing further."),
        ("Voice of Amy", "Amy said he strangled mum and had a knife."),
    ]
    fields = [s.field for s in reader.read(texts)]
    assert fields[:1] == ["What happened"]
    assert set(fields[1:]) == {"Voice of Amy"}
    assert len(fields) == 3


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


def test_reading_texts_together_finds_what_reading_each_alone_finds(reader) -> None:
    """Over every narrative of the corpus, development and held-out, read as referrals of
    several texts beside the short texts a referral carries (officer's view, children's
    voices), some with whitespace at their edges: signal for signal, indicator, pattern,
    certainty, text and evidence, the same as each text read on its own. Only the ids of
    differing referrals are reported (the held-out narratives are not to be read)."""
    items = load("dev") + load("heldout")
    short = [
        "Risk of further harm to the children.",
        "Said the shouting scares her.",
        "Said she was scared",
        " He said he would kill her.\n",
        "...and then he left.",
        '"I hate him" she said.',
    ]
    differ = []
    for n in range(0, len(items), 3):
        group = items[n : n + 3]
        texts = [(f"Text {k}", item.text) for k, item in enumerate(group)]
        texts.insert(1, ("Officer's view of risk", short[n % len(short)]))
        texts.append(("Voice of a child", short[(n + 1) % len(short)]))
        alone = [_key(s) for field in texts for s in reader.read([field])]
        together = [_key(s) for s in reader.read(texts)]
        if alone != together:
            differ.append([item.id for item in group])
    assert differ == []
