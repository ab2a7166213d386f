"""The resources handout with the group's own pages (`ours = true`): they render under "From the
group" (this crashed with an AttributeError until the type checker found it)."""

from __future__ import annotations

import dataclasses

from pypdf import PdfReader

from kit.handouts.registry import render_handout
from kit.services.kit import open_kit


def test_the_groups_own_resources_render_under_their_heading(tmp_path):
    kit = open_kit(tmp_path / "data")
    try:
        pack = kit.pack()
        own = dataclasses.replace(pack.resources[0], ours=True)
        pack = dataclasses.replace(pack, resources=(own, *pack.resources[1:]))
        pdf = tmp_path / "resources.pdf"
        pdf.write_bytes(render_handout("resources", pack, None, paper="letter"))
    finally:
        kit.close()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert f"From {pack.organisation.name}" in text
    assert " ".join(own.title.split()[:3]) in text
