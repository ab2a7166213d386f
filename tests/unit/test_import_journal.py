"""The import's undo journal on its own: rewinding a rolled-back batch forgets exactly its rows."""

from __future__ import annotations

from kit.services.people.journal import ImportJournal, chunks


class FakeVault:
    def __init__(self) -> None:
        self.removed: list[str] = []

    def remove(self, uuids: list[str]) -> None:
        self.removed.extend(uuids)


def test_rewind_forgets_only_what_came_after_the_mark(kit) -> None:
    # An open kit binds the models: each journaled sign-up asks the export mark (no export yet,
    # so it never moves), as it does inside an import's transaction.
    journal = ImportJournal()
    journal.vault = FakeVault()  # type: ignore[assignment]
    journal.created_contact(1)
    journal.created_signup(10, "sealed-10")
    journal.remember(7, {"first_name": "Before"})
    mark = journal.mark()
    journal.created_contact(2)
    journal.created_signup(11, "sealed-11")
    journal.remember(8, {"first_name": "Also before"})
    journal.remember(2, {"first_name": "made by this run"})  # not journaled: created here
    journal.rewind(mark)
    assert (list(journal.contacts), list(journal.signups), list(journal.before)) == ([1], [10], [7])
    assert journal.sealed_uuids == {10: "sealed-10"}
    assert journal.vault.removed == ["sealed-11"]  # type: ignore[union-attr]
    # A contact forgotten by the rewind may be remembered again by a later batch.
    journal.remember(8, {"first_name": "Again"})
    assert journal.before[8] == {"first_name": "Again"} and not journal.empty


def test_chunks_respect_sqlites_limit() -> None:
    assert [len(c) for c in chunks(range(1201), 500)] == [500, 500, 201]
    assert list(chunks([], 500)) == []
