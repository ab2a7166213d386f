"""`outreach-kit handout render|print --language CODE` on a data dir holding a pack with
Spanish and Urdu handout texts (the tests' own pack; the shipped one has none)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2

PACK = Path(__file__).parents[1] / "fixtures" / "packs" / "multilingual"


def with_pack(cli):
    shutil.copytree(PACK, cli.data_dir / "campaign")
    return cli


def text_of(path: Path) -> str:
    document = pypdfium2.PdfDocument(path.read_bytes())
    try:
        return " ".join(document[0].get_textpage().get_text_range().split())
    finally:
        document.close()


def test_render_in_urdu_writes_shaped_right_to_left_text(cli, tmp_path):
    with_pack(cli)
    out = tmp_path / "flyer-ur.pdf"
    result = cli("handout", "render", "flyer", "--language", "ur", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert "اپنے پڑوسیوں کا ساتھ دیں" in text and "ہمارا موقف" in text
    english = tmp_path / "flyer.pdf"
    assert cli("handout", "render", "flyer", "-o", str(english)).returncode == 0
    assert "Join your neighbours" in text_of(english)


def test_a_language_the_pack_has_no_handouts_in_is_refused_and_writes_nothing(cli, tmp_path):
    with_pack(cli)
    out = tmp_path / "flyer-fr.pdf"
    result = cli("handout", "render", "flyer", "--language", "fr", "-o", str(out))
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert lines == ["outreach-kit: The campaign pack has no handout texts in 'fr'; it has: en, es, ur."]
    assert not out.exists()


def test_the_shipped_pack_prints_no_urdu_handouts(cli, tmp_path):
    result = cli("handout", "render", "flyer", "--language", "ur", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "it has: en" in result.stderr
