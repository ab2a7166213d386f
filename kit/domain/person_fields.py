"""A person's fields, declared once: the names every layer uses for what a person told the kit.

Several records carry these fields, each for its own reason (docs/architecture.md, "A person's
fields"): what was typed (`SignupForm`), what passed the rules (`CleanSignup`), what the identity
rule compares (`Person`), a contact row (`kit.store.models.Contact`), an export's record
(`ContactRecord`, `CsvContact`), a sealed payload (`SealedFields`) and a sync's record
(`SyncRecord`). Lists of field NAMES are taken from here; tests/unit/test_person_fields.py checks
that each record carries every field (or says why it does not).
"""

from __future__ import annotations

PERSONAL_FIELDS: tuple[str, ...] = ("first_name", "last_name", "email", "phone", "postal_code",
                                    "note")
"""What a person tells about themselves, as text ("" where nothing was given): what protected
mode seals, what a returning person's newer non-empty answers replace (kit.domain.identity)."""

CONSENT_FIELDS: tuple[str, ...] = ("consent_email", "consent_sms")
"""A contact's latest answers to the two consent questions (every answer stays on its sign-up)."""

CONTACT_FIELDS: tuple[str, ...] = PERSONAL_FIELDS + CONSENT_FIELDS
"""A contact row's own answers: what merging a returning person may change and an import's undo
restores."""
