"""The campaign pack's privacy notice: the one line under the sign-up form that says who sees a
sign-up, where it goes and how to be removed, in the pack's language and its translations."""

from __future__ import annotations

import pytest

from kit.content import PackError, default_pack_dir, load_pack, save_pack


def test_the_default_pack_says_who_sees_details_in_each_language():
    pack = load_pack(default_pack_dir())
    assert "organisers" in pack.privacy and "removed" in pack.privacy
    for code in ("es", "ur"):
        translation = pack.translation(code)
        assert translation.privacy and translation.privacy != pack.privacy
        assert pack.privacy_in(code) == translation.privacy
        assert translation.reviewed is False  # machine translation, marked as such
    assert pack.privacy_in("fr") == pack.privacy  # no translation: the pack's own words


def test_a_pack_written_before_the_notice_existed_still_loads(tmp_path):
    folder = save_pack(load_pack(default_pack_dir()), tmp_path / "pack")
    text = (folder / "campaign.toml").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if "privacy" not in line and "notice" not in line]
    (folder / "campaign.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pack = load_pack(folder)
    assert pack.privacy == "" and pack.privacy_in("es") == ""


def test_the_notice_survives_a_save_and_a_misspelt_key_is_refused(tmp_path):
    pack = load_pack(default_pack_dir())
    folder = save_pack(pack, tmp_path / "pack")
    assert load_pack(folder).privacy_in("ur") == pack.privacy_in("ur")
    text = (folder / "campaign.toml").read_text(encoding="utf-8")
    (folder / "campaign.toml").write_text(text.replace("[privacy]\nnotice", "[privacy]\nnotise", 1),
                                          encoding="utf-8")
    with pytest.raises(PackError, match="privacy.notise"):
        load_pack(folder)
