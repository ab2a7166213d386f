"""The one error a campaign pack raises when it cannot be used."""

from __future__ import annotations


class PackError(ValueError):
    """A campaign pack is missing, unreadable or invalid.

    The message names the file, the field as a dotted path (`resources[2].url`) and what is
    wrong, so a coordinator editing the TOML by hand can fix it without reading code.
    """

    def __init__(self, file: str, field: str, problem: str) -> None:
        self.file = file
        self.field = field
        self.problem = problem
        where = f"{file}: {field}" if field else file
        super().__init__(f"{where}: {problem}")
