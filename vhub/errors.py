"""Errors that actions raise for people to read and act on."""


class ActionError(Exception):
    """The action was refused; the message says why and what to do, in plain words."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class StaleError(ActionError):
    """Someone else changed the record since this person loaded it; nothing was overwritten."""


class ActionPermissionError(ActionError):
    """The actor's role does not allow this action."""
