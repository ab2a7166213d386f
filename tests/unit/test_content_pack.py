"""Campaign packs: the default pack, validation messages, install/reset/save, the TOML writer."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab import rl_config

from kit.content import (
    PACK_FILE,
    PackError,
    default_pack_dir,
    install_pack,
    is_valid_url,
    load_pack,
    reset_pack,
    save_pack,
    user_pack_dir,
)
from kit.content.toml_writer import dumps
from kit.handouts import render_handout

rl_config.invariant = 1

SEED_URLS = {
    "http://www.countercurrents.org/ipt130910.htm",
    "http://www.iptindia.org/2010/02/kashmir-incarcerated-land-and-people/",
    "http://www.kashmirprocess.org/reports.html",
    "http://www.kashmirprocess.org/",
    "http://www.jkccs.net/",
    "https://kashmirsolidarity.wordpress.com/",
    "https://kashmirfilm.wordpress.com/",
}


def copy_default(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(default_pack_dir(), target)
    return target


def edit_toml(pack_dir: Path, old: str, new: str) -> None:
    path = pack_dir / PACK_FILE
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# -- the default pack ---------------------------------------------------------------------
def test_default_pack_loads_with_the_seed_content() -> None:
    pack = load_pack(default_pack_dir())
    org = pack.organisation
    assert org.name == "Solidarity Kashmir"
    assert org.city == "Minneapolis"
    assert len(org.platform) == 3
    assert org.platform[0].title == "First, do no harm."
    assert org.mission[0].startswith("Solidarity Kashmir is a small Minneapolis-based group")
    assert "online petitions" in org.actions
    assert len(pack.facts) >= 4
    assert all(fact.source for fact in pack.facts)
    assert any("31 March 2021" in f.source_note for f in pack.facts)
    assert pack.reading[0].title == "Kashmir: The Case For Freedom" and not pack.reading[0].url
    assert [i.tag for i in pack.interests][:2] == ["volunteer", "events"]
    assert "unsubscribe" in pack.consent.email and "STOP" in pack.consent.sms
    assert pack.schema_version == 1


def test_default_pack_uses_only_urls_from_the_seeds() -> None:
    pack = load_pack(default_pack_dir())
    urls = {r.url for r in pack.resources} | {r.url for r in pack.reading if r.url}
    urls |= {f.source_url for f in pack.facts if f.source_url}
    urls |= {pack.background.source_url} - {""}
    assert urls == SEED_URLS


def test_default_pack_has_no_contact_details_and_says_so() -> None:
    pack = load_pack(default_pack_dir())
    assert pack.missing_contact_fields() == [
        "organisation.contact.website",
        "organisation.contact.email",
        "organisation.contact.social",
        "organisation.contact.meeting",
    ]


def test_default_pack_has_no_web_page_leftovers() -> None:
    folder = default_pack_dir()
    text = "".join(p.read_text(encoding="utf-8") for p in folder.iterdir() if p.is_file())
    for leftover in ("QUICK DONATE", "Open Letters", "Leave a Reply", "Log Out", "Google+"):
        assert leftover not in text


# -- validation messages ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        ('url = "http://www.jkccs.net/"', 'url = "ftp://www.jkccs.net/"', "resources[1].url",
         "http"),
        ('url = "http://www.jkccs.net/"', 'url = "https://"', "resources[1].url", "host"),
        ('name = "Solidarity Kashmir"', 'city2 = "x"', "organisation.city2", "unknown"),
        ('primary = "#1D4A55"', 'primary = "teal"', "organisation.colours.primary", "colour"),
        ('primary = "#1D4A55"', "primary = 12", "organisation.colours.primary", "number"),
        ("\nkey = true", '\nkey = "yes"', "resources[0].key", "true or false"),
        ("schema_version = 1", "schema_version = 2", "schema_version", "schema"),
        ('tag = "volunteer"', 'tag = "events"', "interests[1].tag", "twice"),
        ('tag = "volunteer"', 'tag = "Volunteer Now"', "interests[0].tag", "lower-case"),
        ('email = "Email me about Solidarity Kashmir events and actions. I can unsubscribe at '
         'any time."', 'email = "  "', "consent.email", "empty"),
    ],
)
def test_broken_pack_names_file_and_field(tmp_path, old, new, field, words) -> None:
    pack_dir = copy_default(tmp_path)
    edit_toml(pack_dir, old, new)
    with pytest.raises(PackError) as info:
        load_pack(pack_dir)
    message = str(info.value)
    assert PACK_FILE in message
    assert info.value.field == field
    assert field in message
    assert words in message


def test_missing_name_is_rejected(tmp_path) -> None:
    pack_dir = copy_default(tmp_path)
    edit_toml(pack_dir, 'name = "Solidarity Kashmir"\n', "")
    with pytest.raises(PackError, match=r"campaign.toml: organisation.name: is required"):
        load_pack(pack_dir)


def test_missing_markdown_file_and_bad_toml(tmp_path) -> None:
    pack_dir = copy_default(tmp_path)
    (pack_dir / "mission.md").unlink()
    with pytest.raises(PackError, match="organisation.mission_file"):
        load_pack(pack_dir)
    (pack_dir / PACK_FILE).write_text("name = [", encoding="utf-8")
    with pytest.raises(PackError, match="not valid TOML"):
        load_pack(pack_dir)
    with pytest.raises(PackError, match="not a campaign pack"):
        load_pack(tmp_path / "nowhere")


def test_markdown_path_must_stay_inside_the_pack(tmp_path) -> None:
    pack_dir = copy_default(tmp_path)
    edit_toml(pack_dir, 'mission_file = "mission.md"', 'mission_file = "../../etc/passwd.md"')
    with pytest.raises(PackError, match="inside the pack folder"):
        load_pack(pack_dir)


def test_too_long_text_is_rejected_with_its_length(tmp_path) -> None:
    pack_dir = copy_default(tmp_path)
    edit_toml(pack_dir, 'headline = "Stand with Kashmir"', f'headline = "{"x" * 200}"')
    with pytest.raises(PackError, match=r"handouts.flyer.headline: is 200 characters"):
        load_pack(pack_dir)


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/", True),
        ("http://www.jkccs.net/", True),
        ("https://example.org/a?b=c&d=e", True),
        ("example.org", False),
        ("javascript:alert(1)", False),
        ("https://", False),
        ("https://exa mple.org", False),
        ("https://localhost:99999/", False),
        ("mailto:a@example.org", False),
    ],
)
def test_url_validator(url: str, ok: bool) -> None:
    assert is_valid_url(url) is ok


# -- install, reset, save -----------------------------------------------------------------
def test_install_copies_once_and_never_overwrites(tmp_path) -> None:
    data_dir = tmp_path / "data"
    folder = install_pack(data_dir)
    assert folder == user_pack_dir(data_dir)
    assert load_pack(folder) == load_pack(default_pack_dir())
    edit_toml(folder, 'city = "Minneapolis"', 'city = "St Paul"')
    install_pack(data_dir)
    assert load_pack(folder).organisation.city == "St Paul"


def test_reset_restores_default_and_keeps_the_edit_aside(tmp_path) -> None:
    data_dir = tmp_path / "data"
    folder = install_pack(data_dir)
    edit_toml(folder, 'city = "Minneapolis"', 'city = "St Paul"')
    aside = reset_pack(data_dir)
    assert aside != folder and aside.name.startswith("campaign.backup-")
    assert load_pack(aside).organisation.city == "St Paul"
    assert load_pack(folder).organisation.city == "Minneapolis"


def test_save_round_trip(tmp_path) -> None:
    import dataclasses

    pack = load_pack(default_pack_dir())
    org = dataclasses.replace(pack.organisation, tagline='Quotes " and \\ backslash, ünïcödé & <b>')
    edited = dataclasses.replace(pack, organisation=org)
    save_pack(edited, tmp_path / "saved")
    again = load_pack(tmp_path / "saved")
    assert again == edited
    save_pack(again, tmp_path / "saved")  # saving over itself is fine
    assert load_pack(tmp_path / "saved") == edited
    assert not list((tmp_path / "saved").glob("*.tmp"))


def test_toml_writer_round_trip() -> None:
    document = {
        "a": 1,
        "b": True,
        "s": 'line\nbreak "quoted" \\ \x01 ünïcödé',
        "list": ["x", "y"],
        "table": {"k": "v", "sub": {"deep": "yes"}},
        "items": [{"t": "one"}, {"t": "two", "n": {"x": "1"}}],
        "weird key": "ok",
    }
    assert tomllib.loads(dumps(document)) == document


# -- arbitrary text -----------------------------------------------------------------------
TEXT_FIELDS = [
    ("organisation", "name"),
    ("organisation", "tagline"),
    ("consent", "email"),
    ("handouts.flyer", "headline"),
    ("handouts.signup_sheet", "intro"),
    ("facts[0]", "text"),
    ("resources[0]", "title"),
    ("interests[0]", "label"),
    ("reading[0]", "title"),
]


def _table(document: dict, path: str) -> dict:
    node = document
    for part in path.split("."):
        if part.endswith("]"):
            name, index = part[:-1].split("[")
            node = node[name][int(index)]
        else:
            node = node[part]
    return node


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(field=st.sampled_from(TEXT_FIELDS), value=st.text(max_size=300))
def test_arbitrary_text_loads_and_renders_or_is_rejected(tmp_path, field, value) -> None:
    source = default_pack_dir()
    document = tomllib.loads((source / PACK_FILE).read_text(encoding="utf-8"))
    _table(document, field[0])[field[1]] = value
    target = tmp_path / "fuzz"
    shutil.copytree(source, target, dirs_exist_ok=True)
    (target / PACK_FILE).write_text(dumps(document), encoding="utf-8")
    try:
        pack = load_pack(target)
    except PackError as exc:
        assert PACK_FILE in str(exc)
        return
    name = {"consent": "signup-sheet", "handouts.signup_sheet": "signup-sheet",
            "facts[0]": "factsheet", "reading[0]": "resources"}.get(field[0], "flyer")
    assert render_handout(name, pack, None, "letter").startswith(b"%PDF")


def test_control_characters_are_refused_as_unicode_defines_them() -> None:
    """The pack's check (one regular expression) gives unicodedata's verdict on every code
    point of the first planes and on every surrogate: Cc except tab (and line breaks in
    multi-line texts), and Cs, are refused."""
    import sys
    import unicodedata

    from kit.content.loader import _Reader

    reader = _Reader(PACK_FILE)
    points = [*range(0x3000), *range(0xD800, 0xE000), sys.maxunicode]
    for multiline in (False, True):
        for point in points:
            char = chr(point)
            category = unicodedata.category(char)
            allowed = char == "\t" or (multiline and char in "\n\r")
            refused = category == "Cs" or (category == "Cc" and not allowed)
            try:
                reader.clean(f"a{char}b", "organisation.name", limit=100, multiline=multiline)
            except PackError as error:
                assert refused, (hex(point), multiline)
                assert f"U+{point:04X}" in str(error)
            else:
                assert not refused, (hex(point), multiline)
