"""Domain errors: each carries a stable code the UI and CLI turn into words or exit codes."""

from __future__ import annotations


class KitError(Exception):
    """Base of every error a user can cause and should be told about (CLI exit code 2)."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code


class FieldError(KitError):
    """One field of a form is wrong; `field` names it so the UI can show the message there."""

    def __init__(self, field: str, message: str, *, code: str = "invalid") -> None:
        super().__init__(message, code=code)
        self.field = field


class ValidationFailed(KitError):
    """A form had one or more wrong fields; nothing was stored."""

    code = "validation"

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))

    def by_field(self) -> dict[str, str]:
        """The first message for each wrong field, keyed by field name."""
        result: dict[str, str] = {}
        for error in self.errors:
            result.setdefault(error.field, error.message)
        return result


class NotFound(KitError):
    """A record asked for by id or name does not exist."""

    code = "not_found"


UNLOCK_HINT = "Unlock in the app, or pass --passphrase-env VAR"


class KitLocked(KitError):
    """Personal data was asked for while the kit is protected and locked (CLI exit 2)."""

    code = "locked"

    def __init__(self, what: str = "This kit is protected and locked") -> None:
        super().__init__(f"{what}. {UNLOCK_HINT} (the variable holding the passphrase).")
