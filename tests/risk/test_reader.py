"""The risk reader (risk/reader.py): what it finds, what it ignores, and how sure it is."""

import pytest

from risk.evaluation import evaluate, load
from risk.reader import Catalogue, Certainty, check_pattern, default_catalogue, reader_for


@pytest.fixture(scope="module")
def reader():
    return reader_for(default_catalogue())


def acting(reader, text: str):
    return {s.indicator for s in reader.read([("narrative", text)]) if s.acting}


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # inflections, through the lookup lemmatiser
        ("IP states he strangled her in the kitchen.", "strangulation"),
        ("He keeps threatening to kill the children.", "threats_to_kill"),
        ("Two knives were recovered from his car after he waved them at her.", "weapon"),
        # misspellings, through rapidfuzz against the key words' forms
        ("Mum says he stangled her on the landing.", "strangulation"),
        ("He had a kinfe in his hand when officers arrived.", "weapon"),
        # paraphrases without the key word
        ("He squeezed her throat until she nearly passed out.", "strangulation"),
        ("He held a pillow over her face while the baby slept.", "strangulation"),
        ("He told her she would be in a box by Christmas.", "threats_to_kill"),
        ("Child said her stepdad touches her private parts at bath time.", "sexual_abuse"),
        ("The 10 week old has a purple mark behind his ear nobody can explain.", "baby_injury"),
        # compounds
        ("She was held at knifepoint in her own hallway.", "weapon"),
        ("He put her in a chokehold on the sofa.", "strangulation"),
    ],
)
def test_the_reader_finds_each_wording(reader, text: str, indicator) -> None:
    assert indicator in acting(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dad was cutting bread with a knife and fork at the table.",
        "Mum said she'd murder a cup of tea after the school run.",
        "Ellie (7) choked on a grape at lunch and was fine after back slaps.",
        "Sophie had an asthma attack in PE and was struggling to get her breath.",
        "The kids were shooting hoops in the park until 8pm.",
        "Year 9 had a sex education lesson on Tuesday.",
        "Mum runs a dog grooming business from the garage.",
        "His baby brother had a bruised knee from football.",
    ],
)
def test_everyday_uses_of_alarming_words_are_not_signals(reader, text: str) -> None:
    assert acting(reader, text) == set()


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("There were no knives in the house.", Certainty.NEGATED),
        ("She said he has never put his hands around her neck.", Certainty.NEGATED),
        ("Her previous partner was convicted of strangling her years ago.", Certainty.HISTORICAL),
        ("The IP says he strangled her last night.", Certainty.REPORTED),
        ("He strangled her in front of the children.", Certainty.ASSERTED),
    ],
)
def test_each_signal_says_how_certain_it_is(reader, text: str, certainty) -> None:
    signals = reader.read([("narrative", text)])
    assert [s.certainty for s in signals] == [certainty]


def test_could_not_breathe_is_a_paraphrase_not_a_negation(reader) -> None:
    signals = reader.read([("narrative", "He pinned her to the wall and she couldn't breathe.")])
    assert {s.certainty for s in signals if s.indicator == "strangulation"} == {Certainty.ASSERTED}


def test_a_signal_carries_its_sentence_and_the_words_to_highlight(reader) -> None:
    text = "Officers attended at 2130hrs. He grabbed her by the throat. Kids asleep upstairs."
    (signal,) = reader.read([("narrative", text)])
    assert signal.sentence == "He grabbed her by the throat."
    assert text[signal.start : signal.end] == signal.text
    evidence = signal.as_json()
    assert evidence["sentence"][evidence["start"] : evidence["end"]] == signal.text


@pytest.mark.parametrize(
    "text",
    [
        # named with the age in brackets, the injury told of by name sentences later
        "Referral from HV. Baby Lexi (5 months, not yet rolling) lives with mum in a one bed "
        "flat above a takeaway. There is damp throughout and rent arrears. Mum was tearful and "
        "said she had not slept for days and that her ex has started visiting again. Whilst "
        "there the worker saw a small round blistered burn on the back of Lexi's hand.",
        # the age as one word ("10wk") and the name after "old boy"
        "10wk old boy Jacob seen in A&E. Parents have no account of it. Skeletal survey "
        "ordered. Both parents are his only carers. X-ray shows a spiral fracture to Jacob's "
        "left femur.",
    ],
)
def test_a_baby_named_early_is_known_by_name_when_the_injury_is_told(reader, text: str) -> None:
    assert "baby_injury" in acting(reader, text)


def test_a_mothers_weeks_of_pregnancy_are_not_a_babys_age(reader) -> None:
    text = "Mum Kim (28 weeks pregnant) slipped on the ice and grazed her knee, all checks normal."
    assert "baby_injury" not in acting(reader, text)


def test_an_excluded_nearest_ending_does_not_hide_a_further_one(reader) -> None:
    # "swollen leg" is excluded (pregnancy); the fracture in the same sentence still counts.
    text = "Baby Ava (9 weeks) presented with a swollen leg, x-ray shows a spiral fracture."
    assert "baby_injury" in acting(reader, text)


def test_a_stated_match_outweighs_a_doubted_one_in_the_same_sentence(reader) -> None:
    text = (
        "She had gone to her mums without telling him, he grabbed a hammer and then raised it "
        "up at her while she held the baby."
    )
    assert "weapon" in acting(reader, text)


def test_a_denial_carries_along_a_list_of_alternatives(reader) -> None:
    text = "She said he has never choked or strangled her or held her by the throat."
    assert "strangulation" not in acting(reader, text)


def test_a_place_name_holding_a_key_word_is_not_a_compound(reader) -> None:
    text = "Group of youths drinking in the Gunmakers Arms car park, one girl (14) drunk."
    assert acting(reader, text) == set()


def test_an_everyday_word_typed_wrongly_is_not_read_as_a_key_word(reader) -> None:
    # "seperated" is one edit from "separated", two from "serrated"
    assert acting(reader, "Handover argument between seperated parents, both calm.") == set()


def test_words_of_the_trade_are_not_misspellings(reader) -> None:
    # "paeds" is paediatrics, not a misspelt sexual-abuse word
    text = "Checked by paeds registrar: no bruising, no swelling, feeding well."
    assert acting(reader, text) == set()


def test_a_cue_inside_a_longer_pseudo_cue_does_not_doubt_the_threat(reader) -> None:
    text = "He threatened to kill her if she didnt let him see their son."
    assert "threats_to_kill" in acting(reader, text)


def test_a_name_is_never_read_as_a_misspelling(reader) -> None:
    # "Knif" is one letter from "knife"; capitalised inside a sentence, it is a name.
    assert acting(reader, "The letter came from Mr Knif at the housing office.") == set()


def test_a_misspelling_keeps_its_first_letter(reader) -> None:
    # "vaping" is one letter from "raping", "texting" from "sexting".
    assert acting(reader, "Kyle was excluded for vaping and keeps texting in class.") == set()


def test_a_catalogue_given_as_data_is_what_the_reader_looks_for() -> None:
    catalogue = Catalogue.from_dict(
        {
            "indicators": [{"code": "dog", "label": "A dog"}],
            "patterns": [{"indicator": "dog", "code": "dog-word", "pattern": "dog|puppy"}],
            "exclusions": [{"indicator": "dog", "pattern": "hot_dog"}],
            "cues": [],
        }
    )
    reader = reader_for(catalogue)
    assert acting(reader, "A puppy was barking.") == {"dog"}
    assert acting(reader, "They ate a hot dog.") == set()


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [("grab ..4 neck", None), (".. neck", "start and end with a word"), ("neck ..", "start")],
)
def test_a_pattern_a_manager_types_is_checked(pattern: str, problem) -> None:
    result = check_pattern(pattern)
    assert (result is None) if problem is None else (problem in result)


def test_the_development_corpus_stays_at_its_measured_quality(reader) -> None:
    """Regression: the catalogue was tuned on this part; a change that loses ground fails. The
    floors are the figures recorded in bench/README.md (98.1 % recall, 5.9 % decoys)."""
    result = evaluate(reader, load("dev"), "dev")
    assert result.recall >= 0.97
    assert all(result.recall_of(i) >= 0.94 for i in result.wanted)
    assert result.share_flagged("decoy") <= 0.06
    assert result.share_flagged("plain") <= 0.01


def test_the_held_out_corpus_does_not_fall_below_its_last_measure(reader) -> None:
    """The held-out part is only measured, never tuned on. This pins the figures last recorded
    (bench/README.md: recall 95.1 %, every indicator 93.9 % or more, decoys 13.6 %, plain
    0.8 %), which meet the targets (95 %, 90 %, 15 %, 3 %), so that a change cannot quietly
    make them worse."""
    result = evaluate(reader, load("heldout"), "heldout")
    assert result.recall >= 0.95
    assert all(result.recall_of(i) >= 0.93 for i in result.wanted)
    assert result.share_flagged("decoy") <= 0.14
    assert result.share_flagged("plain") <= 0.01
