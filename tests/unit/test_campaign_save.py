"""Saving the campaign pack (kit.services.campaign): the checks run in order, a refused save
changes nothing on disk or in the kit, a consent change waits for a yes, and Reset keeps the
edited pack aside."""

from __future__ import annotations

import dataclasses

import pytest

from kit.content import (
    PACK_FILE,
    Consent,
    Fact,
    PackError,
    Resource,
    default_pack_dir,
    load_pack,
    user_pack_dir,
)
from kit.domain.errors import KitError, ValidationFailed
from kit.services import campaign
from kit.services.campaign import (
    SaveOutcome,
    consent_changed,
    reset_campaign_pack,
    save_campaign_pack,
    save_contact_details,
    url_problems,
)


class Confirm:
    """A stand-in for the confirmation dialog: records that it was asked, answers `answer`."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.answer


def pack_files(kit) -> dict[str, bytes]:
    folder = user_pack_dir(kit.paths.data_dir)
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def with_city(pack, city: str):
    return dataclasses.replace(pack, organisation=dataclasses.replace(pack.organisation, city=city))


def with_name(pack, name: str):
    return dataclasses.replace(pack, organisation=dataclasses.replace(pack.organisation, name=name))


def with_email_consent(pack, sentence: str):
    return dataclasses.replace(pack, consent=dataclasses.replace(pack.consent, email=sentence))


def test_a_valid_edit_is_written_to_the_data_dir_and_reloaded(kit):
    before = kit.pack()
    shipped = (default_pack_dir() / PACK_FILE).read_bytes()
    confirm = Confirm(True)
    result = save_campaign_pack(kit, with_city(before, "St Paul"), before=before,
                                confirm_consent_change=confirm)
    assert result.saved and result.outcome is SaveOutcome.SAVED
    assert result.saved_to == user_pack_dir(kit.paths.data_dir)
    assert load_pack(result.saved_to).organisation.city == "St Paul"
    assert kit.pack().organisation.city == "St Paul"  # reloaded: the next form and handout see it
    assert confirm.asked == 0  # the consent wording did not change
    assert (default_pack_dir() / PACK_FILE).read_bytes() == shipped  # assets/ is never written


def test_a_bad_resource_url_is_refused_first_and_changes_nothing(kit):
    before = kit.pack()
    files = pack_files(kit)
    resources = list(before.resources)
    resources[1] = dataclasses.replace(resources[1], url="www.example.org/no-scheme")
    resources[3] = dataclasses.replace(resources[3], url="https://bad host.org/")
    # Also invalid for the loader and a consent change: the URL is reported before either.
    edited = with_email_consent(dataclasses.replace(with_name(before, ""), resources=tuple(resources)),
                                "Email me.")
    confirm = Confirm(True)
    result = save_campaign_pack(kit, edited, before=before, confirm_consent_change=confirm)
    assert result.outcome is SaveOutcome.BAD_URL and not result.saved
    (problem,) = result.url_problems  # the first bad one per table
    assert (problem.table, problem.row, problem.field) == ("resources", 1, "url")
    assert problem.title == resources[1].title and "http://" in problem.problem
    assert confirm.asked == 0
    assert pack_files(kit) == files and kit.pack() == before


def test_url_problems_names_the_first_per_table_and_allows_a_fact_without_a_source_url(kit):
    pack = kit.pack()
    facts = (Fact(text="A", source="S"),  # no source URL: fine
             Fact(text="B", source="S", source_url="ftp://example.org/x"),
             Fact(text="C", source="S", source_url="nope"))
    resources = (Resource(title="Fine", url="https://example.org/"),
                 Resource(title="", url="https://localhost-only/"))
    found = url_problems(dataclasses.replace(pack, facts=facts, resources=resources))
    assert [(p.table, p.row, p.field, p.title) for p in found] == [
        ("resources", 1, "url", ""), ("facts", 1, "source_url", "")]
    assert "full domain name" in found[0].problem
    assert url_problems(pack) == ()  # the shipped pack is clean


def test_the_loader_judges_the_pack_and_a_refusal_names_the_field(kit):
    before = kit.pack()
    files = pack_files(kit)
    result = save_campaign_pack(kit, with_name(before, "   "), before=before,
                                confirm_consent_change=Confirm(True))
    assert result.outcome is SaveOutcome.INVALID
    assert result.pack_error is not None and result.pack_error.field == "organisation.name"
    assert pack_files(kit) == files and kit.pack() == before
    assert not list(user_pack_dir(kit.paths.data_dir).parent.glob("outreach-kit-pack-*"))


def test_a_new_consent_wording_is_saved_only_after_a_yes(kit):
    before = kit.pack()
    files = pack_files(kit)
    edited = with_email_consent(before, "Yes, email me about the campaign. Unsubscribe any time.")
    refused = Confirm(False)
    result = save_campaign_pack(kit, edited, before=before, confirm_consent_change=refused)
    assert result.outcome is SaveOutcome.CONSENT_NOT_CONFIRMED and refused.asked == 1
    assert pack_files(kit) == files and kit.pack() == before

    agreed = Confirm(True)
    result = save_campaign_pack(kit, edited, before=before, confirm_consent_change=agreed)
    assert result.saved and agreed.asked == 1
    assert kit.pack().consent.email.startswith("Yes, email me about the campaign.")


def test_an_invalid_pack_never_asks_about_its_consent_wording(kit):
    before = kit.pack()
    confirm = Confirm(True)
    edited = with_email_consent(with_name(before, ""), "Email me.")
    result = save_campaign_pack(kit, edited, before=before, confirm_consent_change=confirm)
    assert result.outcome is SaveOutcome.INVALID and confirm.asked == 0


def test_consent_changed_sees_the_own_language_and_every_translation(kit):
    pack = kit.pack()
    assert pack.translations, "the shipped pack translates its consent wording"
    assert not consent_changed(pack, with_city(pack, "Elsewhere"))
    assert consent_changed(pack, with_email_consent(pack, "Email me."))
    first = pack.translations[0]
    assert first.consent is not None
    retranslated = dataclasses.replace(first, consent=Consent(email="Otra frase.",
                                                              sms=first.consent.sms))
    assert consent_changed(pack, dataclasses.replace(
        pack, translations=(retranslated, *pack.translations[1:])))
    dropped = dataclasses.replace(first, consent=None)
    assert consent_changed(pack, dataclasses.replace(
        pack, translations=(dropped, *pack.translations[1:])))
    assert consent_changed(pack, dataclasses.replace(pack, translations=pack.translations[1:]))


def test_a_pack_that_cannot_be_written_is_reported_and_the_kit_keeps_its_pack(kit):
    before = kit.pack()
    folder = user_pack_dir(kit.paths.data_dir)
    # The first file a save replaces is mission.md; a folder in its place cannot be replaced.
    (folder / "mission.md").unlink()
    (folder / "mission.md").mkdir()
    (folder / "mission.md" / "keep").write_text("x", encoding="utf-8")
    toml = (folder / PACK_FILE).read_bytes()
    result = save_campaign_pack(kit, with_city(before, "St Paul"), before=before,
                                confirm_consent_change=Confirm(True))
    assert result.outcome is SaveOutcome.NOT_WRITTEN
    assert isinstance(result.write_error, OSError)
    assert (folder / PACK_FILE).read_bytes() == toml
    assert kit.pack() is before  # not reloaded


def test_reset_restores_the_default_and_keeps_the_edited_pack_aside(kit):
    before = kit.pack()
    assert save_campaign_pack(kit, with_city(before, "St Paul"), before=before,
                              confirm_consent_change=Confirm(True)).saved
    aside = reset_campaign_pack(kit)
    assert aside.name.startswith("campaign.backup-")
    assert load_pack(aside).organisation.city == "St Paul"
    assert kit.pack().organisation.city == before.organisation.city



# -- the group's contact details (the first-run step and the Handouts tab's dialog) -----------

def test_contact_details_go_into_the_data_dir_pack(kit):
    saved = save_contact_details(kit, website="solidarity.example.org",
                                 email=" info@solidarity.example.org ",
                                 social="@solidarity", meeting="Tuesdays,   7 pm")
    contact = saved.organisation.contact
    assert contact.website == "https://solidarity.example.org"  # typed without a scheme
    assert contact.email == "info@solidarity.example.org"
    assert contact.meeting == "Tuesdays, 7 pm"  # one line, as printed
    text = (user_pack_dir(kit.paths.data_dir) / PACK_FILE).read_text(encoding="utf-8")
    assert "https://solidarity.example.org" in text and "Tuesdays, 7 pm" in text
    assert kit.pack().organisation.contact == contact


def test_a_field_not_given_keeps_what_the_pack_has(kit):
    save_contact_details(kit, website="https://example.org", signup="example.org/join",
                         email="info@example.org")
    saved = save_contact_details(kit, email="join@example.org")  # the first-run step has no link
    contact = saved.organisation.contact
    assert contact.signup == "https://example.org/join"
    assert (contact.website, contact.email) == ("https://example.org", "join@example.org")
    cleared = save_contact_details(kit, website="", signup="").organisation.contact
    assert (cleared.website, cleared.signup, cleared.email) == ("", "", "join@example.org")


def test_wrong_contact_details_change_nothing(kit):
    kit.pack()  # installs the pack in the data dir
    before = pack_files(kit)
    with pytest.raises(ValidationFailed) as failed:
        save_contact_details(kit, website="our group.org", signup="ftp://example.org",
                             email="nobody")
    assert set(failed.value.by_field()) == {"website", "signup", "email"}
    assert failed.value.by_field()["website"].startswith("The website contains spaces")
    with pytest.raises(ValidationFailed) as failed:  # the loader's rule: a line's length
        save_contact_details(kit, social="x" * 5000)
    assert set(failed.value.by_field()) == {"social"}
    assert pack_files(kit) == before
    assert kit.pack().organisation.contact.website == ""


def test_a_pack_that_cannot_be_written_is_said_and_the_kit_keeps_its_pack(kit):
    folder = user_pack_dir(kit.paths.data_dir)
    kit.pack()
    # As above: a folder where mission.md should be cannot be replaced.
    (folder / "mission.md").unlink()
    (folder / "mission.md").mkdir()
    toml = (folder / PACK_FILE).read_bytes()
    with pytest.raises(KitError) as refused:
        save_contact_details(kit, website="https://example.org")
    assert refused.value.code == "not_written"
    assert refused.value.message.startswith("Not saved: the pack could not be written")
    assert (folder / PACK_FILE).read_bytes() == toml
    assert kit.pack().organisation.contact.website == ""


def test_only_contact_details_are_taken(kit):
    with pytest.raises(TypeError, match="city"):
        save_contact_details(kit, city="Minneapolis")


@pytest.mark.parametrize("email", ["info@solidaritykashmir", "info@", "info@ example.org"])
def test_a_group_email_without_a_domain_is_refused_and_nothing_written(kit, email):
    """Checked offline with email-validator, as attendees' addresses are: the handouts would
    print an address nobody can write to."""
    before = kit.pack().organisation.contact
    with pytest.raises(ValidationFailed) as caught:
        campaign.save_contact_details(kit, email=email)
    assert "email" in caught.value.by_field()
    assert kit.reload_pack().organisation.contact == before
    edited = dataclasses.replace(kit.pack(), organisation=dataclasses.replace(
        kit.pack().organisation, contact=dataclasses.replace(before, email=email)))
    with pytest.raises(PackError):
        campaign.judge_pack(edited)
