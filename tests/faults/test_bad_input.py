"""Bad input into real stores: every input is either stored exactly or refused with a message;
no unhandled exception, no partial write (row counts unchanged after a refusal).

The pure form rules have their own property tests (tests/unit/test_domain_properties.py); these
go through the services into SQLite: sign-ups (including lone surrogates and NULs, which Qt can
hand over from a paste), CSV imports of arbitrary bytes, campaign packs from mangled TOML, and
bundle files cut, flipped or made up.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.domain.errors import KitError, ValidationFailed
from kit.domain.signup import SignupForm, validate_signup
from kit.services.signups import record_signup
from kit.store.models import Contact, Outbox, Signup, SyncTarget, utc_now

REPO = Path(__file__).resolve().parents[2]
SUPPRESS = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]


def fixture_settings(examples: int) -> settings:
    """One kit for all examples (they add up in it, as at a real table); no per-example deadline."""
    return settings(max_examples=examples, deadline=None, suppress_health_check=SUPPRESS)

# Every code point, lone surrogates and controls included: what a paste, an input method or a
# command line (undecodable bytes arrive as surrogates) can bring.
# (Joined from a list: st.text() quietly leaves lone surrogates out.)
raw_text = st.lists(st.one_of(st.characters(), st.characters(categories=["Cs"]),
                              st.characters(categories=["Cc", "Co", "Cn"])),
                    max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=60), raw_text)
emailish = st.one_of(any_text, st.emails(), st.from_regex(
    r"[A-Za-z0-9._%+-]{1,12}@[a-zA-Z]{1,8}\.(org|com)", fullmatch=True))
phoneish = st.one_of(any_text, st.from_regex(r"\+?[0-9 ().-]{3,18}", fullmatch=True),
                     st.from_regex(r"612 ?555 ?0[0-9]{3}", fullmatch=True))
forms = st.builds(
    SignupForm,
    first_name=st.one_of(any_text, st.text(min_size=90, max_size=400), st.just("Amna")),
    last_name=any_text,
    email=emailish,
    phone=phoneish,
    postal_code=st.one_of(any_text, st.from_regex(r"[0-9]{5}(-[0-9]{4})?", fullmatch=True)),
    interests=st.lists(st.one_of(any_text, st.sampled_from(["volunteer", "events", "newsletter"])),
                       max_size=4),
    consent_email=st.booleans(),
    consent_sms=st.booleans(),
    note=st.one_of(any_text, st.text(max_size=1100)),
)

# Everything valid except what the free-text fields hold: so that the odd characters reach the
# store instead of stopping at a bad email.
pasted_into_free_text = st.builds(
    SignupForm,
    first_name=st.one_of(raw_text, st.just("Amna")).map(lambda t: "A" + t),
    last_name=raw_text,
    email=st.from_regex(r"[a-z]{1,10}@example\.org", fullmatch=True),
    note=raw_text,
)


def counts() -> tuple[int, int, int]:
    return Contact.select().count(), Signup.select().count(), Outbox.select().count()


@pytest.fixture
def kit_with_target(kit_with_event):
    with kit_with_event.store.write():
        SyncTarget.create(name="list", kind="webhook", base_url="https://example.invalid/",
                          created_at=utc_now())
    return kit_with_event


@fixture_settings(250)
@given(form=st.one_of(forms, pasted_into_free_text))
def test_a_signup_is_stored_exactly_or_refused_with_nothing_written(kit_with_target, form):
    kit = kit_with_target
    before = counts()
    try:
        receipt = record_signup(kit, form)
    except ValidationFailed as failed:
        assert failed.by_field() and all(failed.by_field().values())
        assert counts() == before, "a refused sign-up wrote something"
        return
    clean = validate_signup(form, allowed_interests=[t for t, _ in kit.interests()],
                            wording=kit.consent_wording())
    assert counts() == (before[0] + (0 if receipt.returning else 1), before[1] + 1, before[2] + 1)
    signup = Signup.get(Signup.uuid == receipt.signup_uuid)
    assert (json.loads(signup.interests), signup.note, signup.consent_email, signup.consent_sms,
            signup.consent_email_text) == (list(clean.interests), clean.note, clean.consent_email,
                                           clean.consent_sms, kit.consent_wording().email)
    contact = Contact.get_by_id(receipt.contact_id)
    # Newer non-empty details win on a returning contact; a new one has exactly these.
    for name in ("first_name", "last_name", "email", "phone", "postal_code", "note"):
        value = getattr(clean, name)
        stored = getattr(contact, {"postal_code": "postal_code"}.get(name, name)) or ""
        if value or not receipt.returning:
            assert stored == value, (name, stored, value)
    assert (contact.consent_email, contact.consent_sms) == (clean.consent_email, clean.consent_sms)


csv_cells = st.one_of(any_text, emailish, phoneish, st.sampled_from(["yes", "no", "", "=1+1"]))
headers = st.lists(st.one_of(st.sampled_from(
    ["First name", "Last name", "Email", "Phone", "ZIP", "Email consent", "SMS consent",
     "Interests", "Note", "E-mail Address", "Mobile"]), any_text), min_size=0, max_size=7)


@st.composite
def csv_files(draw) -> bytes:
    """A CSV-ish file: plausible headers and cells, odd delimiters and encodings, or raw bytes."""
    if draw(st.integers(0, 5)) == 0:
        return draw(st.binary(max_size=600))
    head = draw(headers)
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    rows = draw(st.lists(st.lists(csv_cells, min_size=0, max_size=len(head) + 2), max_size=8))
    lines = [delimiter.join(head)] + [delimiter.join(row) for row in rows]
    text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="replace") if encoding != "utf-8" else text.encode(
        "utf-8", errors="surrogatepass")


@fixture_settings(120)
@given(content=csv_files())
def test_a_csv_import_imports_good_rows_and_refuses_the_rest_with_reasons(kit_with_target, content):
    from kit.services.imports import plan_import, run_import

    kit = kit_with_target
    before = counts()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "people.csv"
        path.write_bytes(content)
        try:
            plan = plan_import(path)
            report = run_import(kit, plan)
        except KitError as refused:
            assert refused.message
            assert counts() == before, "a refused file wrote something"
            return
    contacts, signups, outbox = counts()
    assert signups - before[1] == report.imported + report.merged
    assert contacts - before[0] == report.imported
    assert outbox - before[2] == signups - before[1], "each new sign-up queued with it"
    assert all(isinstance(row, int) and reason for row, reason in report.errors)


PACK_TEXT = (REPO / "assets" / "campaigns" / "solidarity-kashmir" / "campaign.toml").read_text(
    encoding="utf-8")
PACK_LINES = PACK_TEXT.splitlines()


@st.composite
def mangled_packs(draw) -> str:
    """The real pack with lines dropped, duplicated, cut or replaced; or arbitrary text."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.text(max_size=400))
    lines = list(PACK_LINES)
    for _ in range(draw(st.integers(1, 6))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "dup", "cut", "replace", "value"]))
        if action == "drop":
            del lines[index]
        elif action == "dup":
            lines.insert(index, lines[index])
        elif action == "cut":
            lines[index] = lines[index][: draw(st.integers(0, max(len(lines[index]) - 1, 0)))]
        elif action == "replace":
            lines[index] = draw(any_text.filter(lambda t: "\n" not in t and "\r" not in t))
        elif "=" in lines[index]:
            key = lines[index].split("=", 1)[0]
            value = draw(st.sampled_from(['""', "1", "[]", "{}", "true", '"javascript:alert(1)"',
                                          '"http://"', '"' + "x" * 5000 + '"', "1979-05-27"]))
            lines[index] = f"{key}= {value}"
        if not lines:
            break
    return "\n".join(lines)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=mangled_packs())
def test_a_mangled_campaign_pack_is_a_pack_or_a_pack_error(text):
    from kit.content import CampaignPack, PackError, load_pack

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "campaign.toml").write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            pack = load_pack(folder)
        except PackError as error:
            assert str(error)
            return
    assert isinstance(pack, CampaignPack)


@pytest.fixture
def real_bundle(kit_with_target, tmp_path) -> bytes:
    from kit.services import bundles
    kit = kit_with_target
    for n in range(3):
        record_signup(kit, SignupForm(first_name=f"B{n}", email=f"bundle{n}@example.org"))
    path = tmp_path / "event.bundle"
    bundles.export_bundle(kit, path)
    return path.read_bytes()


@st.composite
def damaged_bundles(draw, original: bytes) -> bytes:
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return draw(st.binary(max_size=400))
    if choice == 1:
        return original[: draw(st.integers(0, len(original) - 1))]
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 8))):
        index = draw(st.integers(0, len(data) - 1))
        data[index] = draw(st.integers(0, 255))
    return bytes(data)


def test_a_damaged_bundle_is_refused_whole(kit_with_target, real_bundle, tmp_path):
    from kit.services.bundles import import_bundle

    kit = kit_with_target

    @fixture_settings(80)
    @given(data=damaged_bundles(real_bundle))
    def check(data: bytes) -> None:
        before = counts()
        path = tmp_path / "in.bundle"
        path.write_bytes(data)
        try:
            import_bundle(kit, path)
        except KitError as refused:
            assert refused.message
            assert counts() == before, "a refused bundle wrote something"
            return
        # A flip that hit nothing checked (whitespace, say) may still import: then by UUID,
        # so the sign-ups already here are "known" and nothing is doubled.
        assert counts()[1] == before[1]

    check()
