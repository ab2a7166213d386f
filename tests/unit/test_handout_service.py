"""The handout service: catalogue, rendering with the active event, the log and today's counts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from reportlab import rl_config

from kit.domain.errors import KitError, ValidationFailed
from kit.services import handouts as service
from kit.services.campaign import save_contact_details
from kit.services.events import create_event
from kit.services.kit import Kit
from kit.store.models import HandoutLog
from tests.unit.handout_helpers import A4, LETTER, page_sizes, pdf_text

rl_config.invariant = 1

CHICAGO_SUMMER = dt.timezone(dt.timedelta(hours=-5))


def clocked(kit: Kit, when: dt.datetime) -> Kit:
    """The same kit seen through a fixed clock (docs/development.md: pass a clock, never patch time)."""
    return Kit(paths=kit.paths, store=kit.store, clock=lambda: when)


def test_catalogue_lists_every_handout_with_title_and_pages(kit):
    catalogue = service.handout_catalogue(kit, "letter")
    assert [h.name for h in catalogue] == ["flyer", "factsheet", "resources", "qr-cards",
                                           "signup-sheet", "signup-slips"]
    assert all(h.title and h.pages >= 1 for h in catalogue)
    assert catalogue[0].to_json() == {"name": "flyer", "title": catalogue[0].title, "pages": 1}


def test_render_uses_the_active_event_and_the_paper(kit_with_event):
    pdf = service.render(kit_with_event, "signup-sheet", "a4")
    assert pdf.startswith(b"%PDF")
    assert "Lake Street table" in pdf_text(pdf)
    assert page_sizes(pdf)[0] in (A4, (A4[1], A4[0]))
    flyer = service.render(kit_with_event, "flyer")
    assert page_sizes(flyer) == [LETTER]


def test_render_without_an_event_still_works(kit):
    assert service.render(kit, "signup-sheet").startswith(b"%PDF")
    assert service.active_event_info(kit) is None


@pytest.mark.parametrize(
    ("name", "paper", "error", "words"),
    [
        ("poster", "letter", service.UnknownHandoutName, "flyer, factsheet"),
        ("flyer", "tabloid", service.UnknownPaperName, "letter or a4"),
    ],
)
def test_bad_names_are_kit_errors_with_the_choices(kit, name, paper, error, words):
    with pytest.raises(error) as caught:
        service.render(kit, name, paper)
    assert isinstance(caught.value, KitError)
    assert words in caught.value.message


def test_a_broken_pack_is_a_kit_error_with_the_packs_message(kit):
    kit.pack()  # installs the default pack into the data dir
    (kit.paths.campaign / "campaign.toml").write_text("slug = \n", encoding="utf-8")
    kit.reload_pack()
    with pytest.raises(service.PackUnusable) as caught:
        service.render(kit, "flyer")
    assert "campaign.toml" in caught.value.message
    with pytest.raises(service.PackUnusable):
        service.handout_catalogue(kit)


def test_text_that_cannot_fit_is_a_kit_error(kit):
    # The loader's limits keep a saved pack from overflowing, so build one in memory.
    # The flyer is one page and never shrinks its type: too much text, even in the pack's short
    # forms, is an error that says what to do (the factsheet flows onto more pages instead).
    pack = kit.pack()
    mission = ("A mission that goes on and on. " * 60,)
    organisation = dataclasses.replace(pack.organisation, mission=mission)
    with pytest.raises(service.HandoutTooLong) as caught:
        service.render_plain("flyer", dataclasses.replace(pack, organisation=organisation),
                             None, "letter")
    assert "Content page" in caught.value.message


def test_log_handout_writes_a_row_against_the_active_event(kit_with_event):
    kit = kit_with_event
    row_id = service.log_handout(kit, "flyer", "letter", 3, "quick-print")
    row = HandoutLog.get_by_id(row_id)
    assert (row.handout, row.paper, row.copies, row.action) == ("flyer", "letter", 3, "quick-print")
    assert row.event.name == "Lake Street table"


def test_log_handout_without_an_event_keeps_the_row(kit):
    row = HandoutLog.get_by_id(service.log_handout(kit, "flyer", "a4", 1, "save"))
    assert row.event is None


@pytest.mark.parametrize(
    ("name", "paper", "copies", "action"),
    [("poster", "letter", 1, "print"), ("flyer", "tabloid", 1, "print"),
     ("flyer", "letter", 0, "print"), ("flyer", "letter", 501, "print"),
     ("flyer", "letter", True, "print"), ("flyer", "letter", 1, "fax")],
)
def test_log_handout_refuses_bad_input_and_stores_nothing(kit, name, paper, copies, action):
    with pytest.raises(KitError):
        service.log_handout(kit, name, paper, copies, action)
    assert HandoutLog.select().count() == 0


def test_todays_counts_follow_the_local_day_of_the_kits_clock(kit_with_event):
    kit = kit_with_event
    stamps = [  # (handout, copies, naive UTC)
        ("flyer", 5, dt.datetime(2026, 6, 14, 4, 59)),      # 23:59 on the 13th in Chicago
        ("flyer", 2, dt.datetime(2026, 6, 14, 13, 0)),      # 08:00 on the 14th
        ("factsheet", 1, dt.datetime(2026, 6, 14, 17, 0)),  # noon
        ("flyer", 4, dt.datetime(2026, 6, 15, 4, 30)),      # 23:30 on the 14th
        ("qr-cards", 9, dt.datetime(2026, 6, 15, 5, 0)),    # midnight: the 15th
    ]
    for name, copies, stamp in stamps:
        row_id = service.log_handout(kit, name, "letter", copies, "print")
        with kit.store.write():
            HandoutLog.update(created_at=stamp).where(HandoutLog.id == row_id).execute()
    evening = clocked(kit, dt.datetime(2026, 6, 14, 21, 0, tzinfo=CHICAGO_SUMMER))
    counts = service.handouts_printed_today(evening)
    assert counts == {"flyer": 6, "factsheet": 1}
    assert list(counts) == ["flyer", "factsheet"]  # the registry's order
    create_event(kit, "Campus", make_active=True)
    assert service.handouts_printed_today(evening, event_only=True) == {}
    assert service.handouts_printed_today(evening) == {"flyer": 6, "factsheet": 1}


def test_log_uses_the_kit_clock(kit_with_event):
    noon = dt.datetime(2026, 6, 14, 12, 0, tzinfo=CHICAGO_SUMMER)
    kit = clocked(kit_with_event, noon)
    row = HandoutLog.get_by_id(service.log_handout(kit, "flyer", "letter", 1, "print"))
    assert row.created_at == dt.datetime(2026, 6, 14, 17, 0)
    assert service.handouts_printed_today(kit) == {"flyer": 1}


def test_save_handout_writes_the_pdf_and_logs_a_save(kit_with_event, tmp_path):
    target = service.save_handout(kit_with_event, "qr-cards", "a4", tmp_path / "cards.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cards.pdf", "data"]
    row = HandoutLog.get()
    assert (row.handout, row.paper, row.copies, row.action) == ("qr-cards", "a4", 1, "save")


def test_save_into_a_missing_folder_is_a_kit_error_and_logs_nothing(kit, tmp_path):
    with pytest.raises(service.HandoutError):
        service.save_handout(kit, "flyer", "letter", tmp_path / "nowhere" / "x.pdf")
    assert HandoutLog.select().count() == 0


def test_a_pack_without_contact_details_is_flagged_in_plain_words(kit):
    assert "no way to reach your group" in service.contact_gap(kit)


def test_contact_details_are_saved_into_the_pack_and_printed(kit):
    pack = save_contact_details(kit, website="https://example.org/sk", email=" join@example.org ",
                                meeting="Tuesdays 7pm")
    assert pack.organisation.contact.email == "join@example.org"
    assert service.contact_gap(kit) == ""
    assert kit.reload_pack().organisation.contact.website == "https://example.org/sk"
    from tests.unit.handout_helpers import decoded_qr_texts, pdf_text

    flyer = service.render(kit, "flyer", "letter")
    assert decoded_qr_texts(flyer)[0] == "https://example.org/sk"  # the first code is ours
    assert "join@example.org" in pdf_text(flyer)


def test_a_bad_contact_address_is_refused_and_changes_nothing(kit):
    kit.pack()  # installs the pack in the data dir
    before = (kit.paths.campaign / "campaign.toml").read_bytes()
    with pytest.raises(ValidationFailed, match="website"):
        save_contact_details(kit, website="our group.org")
    assert (kit.paths.campaign / "campaign.toml").read_bytes() == before
    assert service.contact_gap(kit)
