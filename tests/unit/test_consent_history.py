"""A person's consent answers are read oldest first, from the store and from the vault alike
(kit.sync.consent): someone who said no, then yes, has not "resumed" after an unsubscribe, and the
wording and time a target is told are those of the newest answer (issue 22's hand mutation:
the history read newest-first)."""

from __future__ import annotations

import datetime as dt
import itertools

from kit.domain.signup import SignupForm
from kit.services import protection
from kit.services.people.sealed import VaultReader
from kit.services.signups import record_signup
from kit.services.targets import add_target
from kit.store.models import Signup
from kit.sync import outbox

PASS = "correct horse battery staple"
START = dt.datetime(2026, 6, 14, 10, 0, tzinfo=dt.UTC)


def stepping_clock(kit) -> None:
    """Each sign-up a day after the one before, so their order is the order of their times."""
    days = itertools.count()
    kit.clock = lambda: START + dt.timedelta(days=next(days))


def no_then_yes(kit, crm, secrets):
    stepping_clock(kit)
    target = add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
                        secrets=secrets, rate=0).target
    record_signup(kit, SignupForm(first_name="Noor", email="noor@example.org"))
    record_signup(kit, SignupForm(first_name="Noor", email="noor@example.org",
                                  consent_email=True))
    return target


def test_no_then_yes_from_the_store_is_a_plain_yes_with_the_newest_wording(
        kit_with_event, crm, secrets):
    kit = kit_with_event
    target = no_then_yes(kit, crm, secrets)
    first, second = Signup.select().order_by(Signup.id)
    Signup.update(consent_email_text="Old wording").where(Signup.id == first.id).execute()
    Signup.update(consent_email_text="New wording").where(Signup.id == second.id).execute()

    records = outbox.waiting_records(target.id, kit.region)

    assert len(records) == 2
    for record in records:
        consent = record.email_consent
        assert consent.latest and consent.ever_yes
        # Never said yes before: no explicit "subscribed" over an unsubscribe at the service.
        assert not consent.resumed and not consent.withdrawn
        assert consent.wording == "New wording"
        assert consent.answered_at is not None and consent.answered_at.date() == dt.date(2026, 6, 15)


def test_yes_no_yes_from_the_store_has_resumed(kit_with_event, crm, secrets):
    kit = kit_with_event
    target = no_then_yes(kit, crm, secrets)
    Signup.update(consent_email=True).where(Signup.id == Signup.select().order_by(Signup.id)
                                            .first().id).execute()
    record_signup(kit, SignupForm(first_name="Noor", email="noor@example.org"))
    record_signup(kit, SignupForm(first_name="Noor", email="noor@example.org",
                                  consent_email=True))
    records = outbox.waiting_records(target.id, kit.region)
    assert records and all(r.email_consent.resumed for r in records)


def test_no_then_yes_from_the_vault_is_a_plain_yes_with_the_newest_time(
        kit_with_event, crm, secrets):
    from kit.protect.keys import KdfParams

    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    target = no_then_yes(kit, crm, secrets)
    reader = VaultReader(protection.readable_vault(kit))

    records = [reader(r) for r in outbox.waiting_records(target.id, kit.region)]

    assert len(records) == 2
    for record in records:
        consent = record.email_consent
        assert consent.latest and consent.ever_yes and not consent.resumed
        assert consent.answered_at is not None and consent.answered_at.date() == dt.date(2026, 6, 15)
