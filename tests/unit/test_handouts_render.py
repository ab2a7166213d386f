"""Rendering every handout at both paper sizes: pages, text, QR codes that scan, escaping."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from reportlab import rl_config

from kit.content import CampaignPack, default_pack_dir, load_pack
from kit.domain.records import EventInfo
from kit.handouts import (
    HANDOUTS,
    UnknownHandout,
    UnknownPaper,
    list_handouts,
    qr_matrix,
    render_handout,
)
from kit.handouts.addresses import address_forms, address_lines, print_address
from kit.handouts.design import MAX_EMPTY
from kit.handouts.qr import MIN_SYMBOL, QrCode, qr_rects
from tests.unit.handout_helpers import (
    A4,
    LETTER,
    all_urls,
    decoded_qr_texts,
    document_info,
    empty_share_at_foot,
    image_xobjects,
    page_sizes,
    pdf_text,
    reader,
    text_runs,
    unembedded_fonts,
)

rl_config.invariant = 1

EVENT = EventInfo(
    id=1,
    uuid="00000000-0000-0000-0000-000000000001",
    name="<b>Ahmed & Co</b> Spring Fair",
    location="Powderhorn Park",
    date=dt.date(2026, 5, 16),
)
PAPERS = {"letter": LETTER, "a4": A4}
MAX_PAGES = {"flyer": 1, "factsheet": 2, "resources": 2, "qr-cards": 1, "signup-sheet": 1,
             "signup-slips": 1}
KEY_URLS = {
    "http://www.kashmirprocess.org/",
    "http://www.jkccs.net/",
    "https://kashmirsolidarity.wordpress.com/",
    "https://kashmirfilm.wordpress.com/",
}
READING_URLS = {
    "http://www.countercurrents.org/ipt130910.htm",
    "http://www.iptindia.org/2010/02/kashmir-incarcerated-land-and-people/",
    "http://www.kashmirprocess.org/reports.html",
}


@pytest.fixture(scope="module")
def pack() -> CampaignPack:
    return load_pack(default_pack_dir())


@pytest.fixture(scope="module")
def rendered(pack: CampaignPack) -> dict[tuple[str, str], bytes]:
    return {
        (name, paper): render_handout(name, pack, EVENT, paper)
        for name in HANDOUTS
        for paper in PAPERS
    }


def expected_urls(name: str, pack: CampaignPack) -> set[str]:
    return {
        "flyer": KEY_URLS,
        "factsheet": READING_URLS,  # the facts' source (IHRC) has no URL in the seeds
        "resources": KEY_URLS | READING_URLS,
        "qr-cards": KEY_URLS | READING_URLS,
        "signup-sheet": set(),
        "signup-slips": set(),
    }[name]


def test_registry_has_the_six_handouts() -> None:
    assert set(HANDOUTS) == {"flyer", "factsheet", "resources", "qr-cards", "signup-sheet",
                             "signup-slips"}


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("name", list(MAX_PAGES))
def test_page_size_and_count(rendered, name: str, paper: str) -> None:
    sizes = page_sizes(rendered[name, paper])
    assert 1 <= len(sizes) <= MAX_PAGES[name]
    width, height = PAPERS[paper]
    expected = (height, width) if name == "signup-sheet" else (width, height)
    assert all(size == pytest.approx(expected, abs=0.05) for size in sizes)


def test_flyer_is_one_page_factsheet_at_most_two(pack) -> None:
    pages = {info.name: info.pages for info in list_handouts(pack)}
    assert pages["flyer"] == 1
    assert pages["factsheet"] <= 2
    assert list_handouts(pack) == list_handouts(pack)  # cached, same answer


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("name", list(MAX_PAGES))
def test_every_qr_code_scans_to_exactly_its_url(rendered, pack, name: str, paper: str) -> None:
    decoded = decoded_qr_texts(rendered[name, paper])
    assert set(decoded) == expected_urls(name, pack)
    assert len(decoded) == len(set(decoded)), "a URL printed twice on one handout"


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("name", list(MAX_PAGES))
def test_qr_codes_are_vectors(rendered, name: str, paper: str) -> None:
    assert image_xobjects(rendered[name, paper]) == 0


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("name", list(MAX_PAGES))
def test_every_font_is_embedded(rendered, name: str, paper: str) -> None:
    # A print shop's preflight rejects a PDF naming a font it does not carry (Helvetica
    # from reportlab's canvas and table defaults, in particular).
    assert unembedded_fonts(rendered[name, paper]) == set()


@pytest.mark.parametrize("name", list(MAX_PAGES))
def test_language_title_and_subject_are_declared(rendered, pack, name: str) -> None:
    info = document_info(rendered[name, "a4"])
    assert info["lang"] == pack.language == "en"
    assert info["title"].startswith("Solidarity Kashmir: ")
    assert info["subject"]


def test_language_follows_the_pack(pack) -> None:
    spanish = dataclasses.replace(pack, language="es")
    assert document_info(render_handout("flyer", spanish, None, "a4"))["lang"] == "es"


def test_flyer_text(rendered) -> None:
    text = pdf_text(rendered["flyer", "letter"])
    assert "Solidarity Kashmir" in text
    assert "First, do no harm." in text
    assert "Join us" in text
    assert "kashmirsolidarity.wordpress.com" in text


def test_factsheet_has_facts_with_their_sources(rendered) -> None:
    text = pdf_text(rendered["factsheet", "a4"])
    assert "three major wars between India and Pakistan" in text
    assert "Source: IHRC, Kashmir campaign page" in text
    assert "five UN special rapporteurs" in text
    assert "31 March 2021" in text
    # Web-page leftovers stay out.
    for leftover in ("QUICK DONATE", "Open Letters", "Leave a Reply", "Log Out"):
        assert leftover not in text


@pytest.mark.parametrize("paper", PAPERS)
def test_resources_print_every_address_whole(rendered, pack, paper) -> None:
    """Whole, or as its domain; lines joined again (a long address wraps after a "/")."""
    pdf = rendered["resources", paper]
    joined = "".join(line.strip() for page in reader(pdf).pages
                     for line in (page.extract_text() or "").splitlines())
    for url in all_urls(pack):
        forms = address_forms(url)
        assert any(form in joined for form in forms), (url, forms)
    assert "Kashmir: The Case For Freedom" in pdf_text(pdf)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("name", ["flyer", "factsheet", "resources", "qr-cards"])
def test_no_address_is_cut_short(rendered, name, paper) -> None:
    """An address with "…" in it can be typed by nobody (the factsheet printed
    "iptindia.org/…/kashmir-incarcerated…")."""
    assert "…" not in pdf_text(rendered[name, paper])


def test_a_long_address_wraps_whole_or_prints_as_its_domain() -> None:
    url = "http://www.iptindia.org/2010/02/kashmir-incarcerated-land-and-people/"
    whole = "iptindia.org/2010/02/kashmir-incarcerated-land-and-people"
    assert address_lines(url, "KitSans", 9, 1000) == (whole,)
    wrapped = address_lines(url, "KitSans", 9, 200)
    assert len(wrapped) > 1 and "".join(wrapped) == whole
    assert all(line.endswith("/") for line in wrapped[:-1])  # broken after a "/" only
    assert address_lines(url, "KitSans", 9, 10) == ("iptindia.org",)  # a domain is never cut
    assert print_address(url, "KitSans", 9, 150) == "iptindia.org"


def test_the_reading_list_stays_on_one_page_with_contact_details(pack) -> None:
    """With the group's contact details the join panel is taller; the list used to spill one
    row onto a nearly empty second page."""
    contact = dataclasses.replace(
        pack.organisation.contact, website="https://solidaritykashmir.example.org",
        email="info@solidaritykashmir.example.org", social="@solidaritykashmir",
        meeting="Every Tuesday, 7 pm, at the Hosmer library")
    filled = dataclasses.replace(
        pack, organisation=dataclasses.replace(pack.organisation, contact=contact))
    for paper in PAPERS:
        pdf = render_handout("resources", filled, None, paper)
        assert len(reader(pdf).pages) == 1, paper
        assert "Kashmir: The Case For Freedom" in pdf_text(pdf)


BODY_MIN = {"flyer": 10.0, "factsheet": 9.5, "resources": 9.5}


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("name", list(BODY_MIN))
def test_body_text_is_never_set_below_the_minimum(rendered, pack, name, paper) -> None:
    org = pack.organisation
    body = [*org.mission, *(p.text for p in org.platform), *(p.short for p in org.platform),
            *pack.background.paragraphs, *(f.text for f in pack.facts),
            pack.handouts.flyer.intro, org.actions_intro,
            *(r.description for r in pack.resources), pack.handouts.resources.intro]
    checked = 0
    for _page, text, size in text_runs(rendered[name, paper]):
        words = " ".join(text.split())
        if len(words) >= 20 and any(words in paragraph for paragraph in body if paragraph):
            checked += 1
            assert size >= BODY_MIN[name] - 0.01, (words, size)
    assert checked >= 3  # the check saw body text at all


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("name", list(MAX_PAGES))
def test_no_page_but_the_last_is_more_than_a_fifth_empty(rendered, name, paper) -> None:
    pdf = rendered[name, paper]
    pages = len(page_sizes(pdf))
    for index in range(pages - 1):
        assert empty_share_at_foot(pdf, index) <= MAX_EMPTY, f"page {index + 1}"
    if name == "flyer":  # one page, codes pinned to its foot
        assert empty_share_at_foot(pdf, 0) <= 0.05, empty_share_at_foot(pdf, 0)


def test_flyer_uses_short_forms_rather_than_smaller_type(rendered, pack) -> None:
    text = pdf_text(rendered["flyer", "letter"])
    assert pack.organisation.platform[1].short in text
    assert pack.organisation.platform[1].text not in text
    factsheet = pdf_text(rendered["factsheet", "letter"])
    assert pack.organisation.platform[1].text in factsheet  # the full text stays here


def test_signup_sheet_has_consent_wording_fields_and_event(rendered, pack) -> None:
    text = pdf_text(rendered["signup-sheet", "letter"])
    assert pack.consent.email in text
    assert pack.consent.sms in text
    for label in ("First name", "Last name", "Email", "Phone", "ZIP"):
        assert label in text
    for interest in pack.interests:
        assert interest.label in text
    assert "Saturday 16 May 2026" in text


def test_signup_slips_give_each_person_the_consent_wording_and_interests(rendered, pack) -> None:
    for paper in PAPERS:
        text = pdf_text(rendered["signup-slips", paper])
        assert text.count(pack.consent.email) == 3  # three slips, one person each
        assert text.count(pack.consent.sms) == 3
        for interest in pack.interests:
            assert text.count(interest.label) == 3
        assert text.count("nobody else in line sees your details") == 3


def test_signup_sheet_labels_interest_columns_without_a_legend(rendered, pack) -> None:
    text = pdf_text(rendered["signup-sheet", "letter"])
    assert "(tick any)" not in text  # the old numbered legend
    for interest in pack.interests:
        assert interest.label in text


def test_event_name_markup_prints_literally(rendered) -> None:
    text = pdf_text(rendered["signup-sheet", "a4"])
    assert "<b>Ahmed & Co</b> Spring Fair" in text


def test_signup_sheet_without_event_has_blanks(pack) -> None:
    text = pdf_text(render_handout("signup-sheet", pack, None, "letter"))
    assert "Event: ____" in text


def test_markup_in_pack_text_prints_literally(pack) -> None:
    org = dataclasses.replace(pack.organisation, name="<b>Ahmed & Co</b> <font size=40>x")
    evil = dataclasses.replace(pack, organisation=org)
    text = pdf_text(render_handout("flyer", evil, None, "letter"))
    assert "<b>Ahmed & Co</b> <font size=40>x" in text


def test_unknown_handout_and_paper(pack) -> None:
    with pytest.raises(UnknownHandout, match="flyer"):
        render_handout("poster", pack)
    with pytest.raises(UnknownPaper):
        render_handout("flyer", pack, None, "a3")


def test_website_gets_a_card_when_filled_in(pack) -> None:
    contact = dataclasses.replace(pack.organisation.contact, website="https://example.org/sk")
    filled = dataclasses.replace(
        pack, organisation=dataclasses.replace(pack.organisation, contact=contact)
    )
    decoded = set(decoded_qr_texts(render_handout("qr-cards", filled, None, "letter")))
    assert "https://example.org/sk" in decoded
    assert "example.org/sk" in pdf_text(render_handout("flyer", filled, None, "letter"))


def test_many_cards_flow_onto_a_second_page(pack) -> None:
    extra = tuple(
        dataclasses.replace(pack.resources[0], title=f"Link {i}", url=f"https://example.org/{i}")
        for i in range(6)
    )
    bigger = dataclasses.replace(pack, resources=pack.resources + extra)
    pdf = render_handout("qr-cards", bigger, None, "a4")
    assert len(page_sizes(pdf)) == 2
    assert set(decoded_qr_texts(pdf)) == all_urls(bigger)


def test_qr_matrix_is_cached_and_merged_into_rectangles() -> None:
    url = "https://kashmirsolidarity.wordpress.com/"
    assert qr_matrix(url) is qr_matrix(url)
    matrix = qr_matrix(url)
    covered = set()
    for col, row, width, height in qr_rects(url):
        for r in range(row, row + height):
            for c in range(col, col + width):
                assert (c, r) not in covered
                covered.add((c, r))
    dark = {(c, r) for r, line in enumerate(matrix) for c, v in enumerate(line) if v}
    assert covered == dark
    assert len(qr_rects(url)) < len(dark) / 2


def test_qr_symbol_is_at_least_2cm() -> None:
    for url in ("http://www.jkccs.net/", "https://x.org/" + "a" * 300):
        code = QrCode(url, 10)
        count = len(qr_matrix(url))
        assert code.box * count / (count + 8) >= MIN_SYMBOL - 0.01


@pytest.mark.parametrize("paper", PAPERS)
def test_factsheet_second_page_is_not_left_mostly_empty(rendered, paper) -> None:
    # Was three-quarters empty: the platform in full and the way in now fill it.
    pdf = rendered["factsheet", paper]
    assert len(page_sizes(pdf)) == 2
    assert empty_share_at_foot(pdf, 1) <= 0.5


def test_qr_cards_fill_every_slot_with_the_group_first(pack) -> None:
    from kit.handouts.qr_cards import COLUMNS, ROWS, QrCardsRenderer

    renderer = QrCardsRenderer(pack, None, "letter")
    cards = renderer.cards()
    assert len(cards) % (COLUMNS * ROWS) == 0
    assert cards[0].title == pack.organisation.name
    assert all(card.note == "Shared by Solidarity Kashmir" for card in cards[1:] if card.url)


@pytest.mark.parametrize("paper", PAPERS)
def test_the_groups_way_in_is_on_every_handout_that_links(pack, paper) -> None:
    contact = dataclasses.replace(pack.organisation.contact, signup="https://example.org/join",
                                  email="hello@example.org")
    filled = dataclasses.replace(
        pack, organisation=dataclasses.replace(pack.organisation, contact=contact))
    for name in ("flyer", "factsheet", "resources", "qr-cards"):
        pdf = render_handout(name, filled, None, paper)
        decoded = decoded_qr_texts(pdf)
        assert "https://example.org/join" in decoded, name
        if name == "flyer":  # the join panel's code comes before the resources' codes
            assert decoded[0] == "https://example.org/join"
        if name != "qr-cards":
            assert "hello@example.org" in pdf_text(pdf), name
        assert len(page_sizes(pdf)) <= MAX_PAGES[name], name


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("name", ["flyer", "factsheet"])
def test_running_text_keeps_a_readable_measure(rendered, pack, name, paper) -> None:
    # About 60-80 characters a line: full lines of the mission and background paragraphs.
    paragraphs = [*pack.organisation.mission, *pack.background.paragraphs]
    lengths = []
    for page in reader(rendered[name, paper]).pages:
        for line in (page.extract_text() or "").splitlines():
            line = " ".join(line.split())
            if len(line) > 30 and any(line in p for p in paragraphs):
                lengths.append(len(line))
    full = sorted(lengths)[len(lengths) // 4:]  # the last lines of paragraphs are short
    assert len(full) >= 4
    assert 55 <= sum(full) / len(full) <= 85, full


def test_paper_sign_ups_show_the_kiosks_privacy_notice(rendered, pack) -> None:
    assert pack.privacy
    for name in ("signup-sheet", "signup-slips"):
        assert pack.privacy in pdf_text(rendered[name, "letter"]), name


def test_slips_never_overlap_with_long_consent_wording(pack) -> None:
    from kit.handouts.signup_slips import SignupSlipsRenderer

    wordy = dataclasses.replace(pack, consent=dataclasses.replace(
        pack.consent, email=pack.consent.email + " And much more wording." * 8))
    renderer = SignupSlipsRenderer(wordy, None, "letter")
    assert renderer.slips_per_page() == 2  # three would not fit: two, never overlapping
    assert SignupSlipsRenderer(pack, None, "letter").slips_per_page() == 3
    text = pdf_text(renderer.render())
    assert text.count("And much more wording.") == 2 * 8


@pytest.mark.parametrize("paper", PAPERS)
def test_flyer_still_fits_with_every_contact_line_and_a_long_headline(pack, paper) -> None:
    contact = dataclasses.replace(
        pack.organisation.contact, website="https://example.org/solidarity-kashmir",
        signup="https://example.org/join", email="hello@example.org", social="@sk on Instagram",
        meeting="First Tuesday of the month, 7 pm, Central Library")
    flyer = dataclasses.replace(pack.handouts.flyer,
                                headline="Stand with Kashmir & <b>friends</b> everywhere")
    filled = dataclasses.replace(
        pack, organisation=dataclasses.replace(pack.organisation, contact=contact),
        handouts=dataclasses.replace(pack.handouts, flyer=flyer))
    pdf = render_handout("flyer", filled, None, paper)
    assert len(page_sizes(pdf)) == 1
    text = pdf_text(pdf)
    for line in ("hello@example.org", "@sk on Instagram", "Central Library"):
        assert line in text
    assert decoded_qr_texts(pdf)[0] == "https://example.org/join"


def test_renders_through_the_warm_caches_are_the_documents_made_without_them(pack, monkeypatch):
    # Parsed paragraph markup and each QR code's written path are kept per process: no render
    # (another paper, another handout, an event) may take what another one left there.
    from reportlab.platypus import Paragraph

    from kit.handouts import flowables, qr

    jobs = [(name, paper, event) for name in HANDOUTS for paper in PAPERS
            for event in (None, EVENT)]
    with monkeypatch.context() as uncached:
        uncached.setattr(flowables.Para, "_setup", Paragraph._setup)
        uncached.setattr(qr, "qr_path_code", qr.qr_path_code.__wrapped__)
        expected = {(name, paper, event): render_handout(name, pack, event, paper)
                    for name, paper, event in jobs}
    for order in (jobs, jobs[::-1]):
        for name, paper, event in order:
            assert render_handout(name, pack, event, paper) == expected[name, paper, event], (
                name, paper, event)
    assert flowables._PARSED and qr.qr_path_code.cache_info().hits
