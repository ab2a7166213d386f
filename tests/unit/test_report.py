"""The after-event report PDF: what it says, that its chart is vectors, and that it holds no
personal data even when the kit is full of it."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from kit.domain.signup import SignupForm
from kit.services.dashboard import ReportNotWritten, event_stats, render_event_report, save_event_report
from kit.services.events import create_event
from kit.services.signups import record_signup
from kit.store.models import HandoutLog, Signup

rl_config.invariant = 1

CANARIES = [
    ("Zubaida", "Quellwater", "zubaida.quellwater@canary.example", "612 555 0147", "55406",
     "Call me after Eid"),
    ("Tariq", "Ombrelune", "tariq.ombrelune@canary.example", "612 555 0162", "55407", ""),
    ("Henrietta", "Vasquillo", "h.vasquillo@canary.example", "", "55408", "wheelchair user"),
]


def pdf_text(data: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), reader


@pytest.fixture
def event_with_canaries(kit):
    event = create_event(kit, "Lake Street farmers market", "Minneapolis", "2026-06-14")
    for index, (first, last, email, phone, zip_code, note) in enumerate(CANARIES):
        receipt = record_signup(kit, SignupForm(
            first_name=first, last_name=last, email=email, phone=phone, postal_code=zip_code,
            note=note, interests=("events",), consent_email=True, consent_sms=bool(phone),
        ), language=("en", "es", "ur")[index])
        when = dt.datetime(2026, 6, 14, 15 + index, 10)
        Signup.update(created_at=when).where(Signup.uuid == receipt.signup_uuid).execute()
    HandoutLog.create(event=event.id, handout="flyer", paper="letter", copies=25, action="print")
    return kit, event


def test_the_report_names_the_event_and_its_counts(event_with_canaries):
    kit, event = event_with_canaries
    text, reader = pdf_text(render_event_report(kit, event.id))
    assert len(reader.pages) == 1
    for expected in ("Lake Street farmers market", "Minneapolis", "14 June 2026", "sign-ups",
                     "Events and actions", "Flyer", "Said yes to email", "Spanish", "Urdu",
                     "No sync target is set up", "Counts only"):
        assert expected in text, expected
    assert reader.metadata.title == "After-event report: Lake Street farmers market"


def test_the_report_contains_no_personal_data(event_with_canaries):
    kit, event = event_with_canaries
    text, reader = pdf_text(render_event_report(kit, event.id))
    raw = " ".join(str(value) for value in (reader.metadata or {}).values())
    lowered = (text + raw).lower()
    for canary in CANARIES:
        for value in canary:
            if value:
                assert value.lower() not in lowered, value
    assert "canary.example" not in lowered
    assert "555" not in lowered


def test_the_hour_chart_is_drawn_as_vectors(event_with_canaries):
    kit, event = event_with_canaries
    stats = event_stats(kit, event.id)
    text, reader = pdf_text(render_event_report(kit, event.id))
    page = reader.pages[0]
    assert list(page.images) == []  # no bitmap anywhere: bars are paths
    for hour in stats.per_hour:
        assert hour.label in text
    content = page.get_contents().get_data()
    assert content.count(b" re") > len(stats.per_hour)  # rectangles: at least one per bar


def test_protected_or_purged_signups_say_new_and_returning_are_not_known(event_with_canaries):
    kit, event = event_with_canaries
    Signup.update(contact=None).where(Signup.id == 1).execute()
    text, _ = pdf_text(render_event_report(kit, event.id))
    assert "not known for 1 of the 3" in " ".join(text.split())


def test_an_event_without_signups_still_reports(kit):
    event = create_event(kit, "Quiet day", "", None)
    text, _ = pdf_text(render_event_report(kit, event.id, paper="a4"))
    assert "No sign-ups were recorded" in text and "Quiet day" in text


def test_saving_writes_the_file_or_says_why_not(event_with_canaries, tmp_path):
    kit, event = event_with_canaries
    path = save_event_report(kit, event.id, tmp_path / "report.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.tmp"))
    with pytest.raises(ReportNotWritten):
        save_event_report(kit, event.id, tmp_path / "missing" / "report.pdf")


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_report_embeds_every_font_and_declares_its_language(event_with_canaries, paper):
    from tests.unit.handout_helpers import document_info, unembedded_fonts

    kit, event = event_with_canaries
    pdf = render_event_report(kit, event.id, paper=paper)
    assert unembedded_fonts(pdf) == set()  # the chart's labels and tables included
    info = document_info(pdf)
    assert info["lang"] == "en"
    assert "Lake Street farmers market" in info["title"]
    assert info["subject"]


def test_one_sign_up_is_one_and_a_protected_kit_says_its_quarter_hour(kit):
    """"1 sign-up", not "1 sign-ups"; times kept to the quarter hour are given as the quarter
    hour they fell in, in the one time zone the chart names too; new and returning that are
    not known read "–*", not "0*"."""
    from kit.protect.keys import KdfParams
    from kit.services import protection

    event = create_event(kit, "Night table", "", None)
    protection.init_protection(kit, "correct horse battery staple", kdf=KdfParams(n=2**10))
    record_signup(kit, SignupForm(first_name="Amna", email="amna@example.org"))
    text, _ = pdf_text(render_event_report(kit, event.id))
    flat = " ".join(text.split())
    assert "with 1 sign-ups" not in flat and "with 1 sign-up" in flat
    assert "of the 1 sign-up:" in flat
    stats = event_stats(kit, event.id)
    start = stats.first_signup
    end = start + dt.timedelta(minutes=15)
    zone = stats.zone_label
    assert f"between {start:%H:%M} and {end:%H:%M} ({zone};" in flat
    assert f"hour of the day ({zone})" in flat
    assert "First sign-up at" not in flat
    assert "0*" not in flat and "–*" in flat
