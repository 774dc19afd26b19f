"""The risk reader, loaded at its first use rather than whenever Django starts.

`risk.reader` brings spaCy, numpy, rapidfuzz and the lemma tables: several seconds of CPU (8 s
at load 11 on the 2-core machine). Only a process that reads a referral or checks a catalogue
pattern needs them; `migrate`, `collectstatic`, beat, and a web process until its first intake
or catalogue edit, do not. So the modules that Django imports at start-up (through the URLs,
the actions and the Celery tasks) reach the reader through these functions, and this is the
one place it is imported at run time. Scripts that only read (`risk.evaluation`,
`risk.compare_readers`) and the tests import `risk.reader` directly.
"""

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from risk.reader import Reader


def reader_module() -> ModuleType:
    """`risk.reader`, imported on the first call (Python keeps it in `sys.modules` after)."""
    return importlib.import_module("risk.reader")


def new_reader(content: dict[str, Any]) -> "Reader":
    """A reader compiled from a catalogue's content (`IndicatorCatalogueVersion.content`)."""
    module = reader_module()
    reader: Reader = module.Reader(module.Catalogue.from_dict(content))
    return reader


def check_pattern(text: str) -> str | None:
    """`risk.reader.check_pattern`: what is wrong with a catalogue pattern, or None."""
    problem: str | None = reader_module().check_pattern(text)
    return problem


def cue_kinds() -> tuple[str, ...]:
    """`risk.reader.CUE_KINDS`: the certainties a cue may give, with "pseudo" and "terminate"."""
    kinds: tuple[str, ...] = reader_module().CUE_KINDS
    return kinds
