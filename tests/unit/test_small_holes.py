"""Smaller holes found by trying the kit as an attacker would (issue 21)."""

from __future__ import annotations

import argparse

import pytest

from kit.logsetup import private_rotating_file_handler
from tests.kit_fixtures import Cli


def test_the_log_file_is_not_opened_through_a_link(tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("someone else's file\n")
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "outreach-kit.log").symlink_to(elsewhere)
    with pytest.raises(OSError):
        private_rotating_file_handler(logs / "outreach-kit.log")
    assert elsewhere.read_text() == "someone else's file\n"


@pytest.mark.parametrize("value", ["inf", "nan", "-Infinity", "-1", "1e9", "soon"])
def test_sync_max_wait_refuses_what_is_not_a_finite_wait(value):
    from kit.commands import wait_seconds

    with pytest.raises(argparse.ArgumentTypeError, match="--max-wait|seconds"):
        wait_seconds(value)


def test_sync_max_wait_inf_is_exit_2_with_one_line_before_anything_changes(tmp_path):
    cli = Cli(tmp_path / "data")
    for value in ("inf", "nan"):
        done = cli("sync", "--retry-failed", "--max-wait", value)
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "--max-wait" in done.stderr
    assert wait_seconds_ok("0") == 0.0 and wait_seconds_ok("2.5") == 2.5


def wait_seconds_ok(text: str) -> float:
    from kit.commands import wait_seconds

    return wait_seconds(text)


LOOK_ALIKES = [
    ("https://exa\u202emple.org/", "direction controls"),  # a right-to-left override
    ("https://example.org/\u2067gro.live\u2069", "direction controls"),
    ("https://ex\u200bample.org/", "invisible"),  # a zero-width space
    ("https://example.org/join\u2060", "invisible"),
    ("https://example.org\ufeff/", "invisible"),
    ("https://example.org/@evil.example", None),  # an @ in the path is fine
    ("https://example.org@evil.example/", "user name"),
    ("https://user:secret@example.org/", "user name"),
    ("https://\u0430pple.com/", "mixes scripts"),  # a Cyrillic a
    ("https://xn--80ak6aa92e.com/", "mixes scripts"),  # all-Cyrillic 'apple' under .com
    ("https://xn--zz.com/", "broken international name"),
    ("https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/", None),  # all Cyrillic
    ("https://b\u00fccher.de/", None),
    ("https://\u4f8b\u3048.\u30c6\u30b9\u30c8/", None),  # Japanese: Han with kana
]


@pytest.mark.parametrize(("url", "words"), LOOK_ALIKES)
def test_urls_that_print_as_one_site_and_open_another_are_refused(url, words):
    from kit.content.urls import url_problem

    problem = url_problem(url)
    assert (problem is None) if words is None else (words in (problem or "")), problem


@pytest.mark.parametrize(("url", "words"), [u for u in LOOK_ALIKES if u[1]][:9:2])
def test_a_pack_with_a_look_alike_url_is_refused_with_the_reason_on_load_and_save(
        tmp_path, kit, url, words):
    import shutil

    from kit.content import PackError, default_pack_dir, load_pack
    from kit.content.loader import PACK_FILE
    from kit.domain.errors import ValidationFailed
    from kit.services.campaign import save_contact_details

    pack = tmp_path / "pack"
    shutil.copytree(default_pack_dir(), pack)
    toml = pack / PACK_FILE
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('url = "http://www.jkccs.net/"', f'url = "{url}"', 1),
                    encoding="utf-8")
    with pytest.raises(PackError, match=words):
        load_pack(pack)

    kit.pack()
    with pytest.raises(ValidationFailed) as failed:
        save_contact_details(kit, website=url)
    assert words in failed.value.by_field()["website"]
    assert kit.pack().organisation.contact.website == ""


def test_a_protected_kits_damaged_copies_are_named_after_the_quarter_hour(kit):
    from kit.logsetup import use_coarse_times
    from kit.services.recovery import quarantine_database

    kit.close()
    use_coarse_times(True)
    try:
        first, _ = quarantine_database(kit.paths, "restore")
        kit.paths.database.write_bytes(b"")
        second, _ = quarantine_database(kit.paths, "restore")
    finally:
        use_coarse_times(False)
    assert first is not None and second is not None and first != second
    for folder in (first, second):
        stamp = folder.name.split("-restore")[0]
        assert stamp.endswith("00-000000") and int(stamp[11:13]) % 15 == 0, folder.name
