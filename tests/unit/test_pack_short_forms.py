"""The pack's short forms for the flyer and the group's own links: read, checked, saved back."""

from __future__ import annotations

import dataclasses
import tomllib

import pytest

from kit.content import PackError, default_pack_dir, load_pack, pack_to_toml
from kit.content.loader import parse_pack


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_dir())


def reparse(pack):
    return parse_pack(tomllib.loads(pack_to_toml(pack)), default_pack_dir(), file="test.toml")


def test_default_pack_has_a_short_form_for_every_platform_point(pack) -> None:
    for point in pack.organisation.platform:
        assert point.short and len(point.short) < len(point.text)
        assert point.brief == point.short


def test_short_actions_pair_by_the_actions_text(pack) -> None:
    org = pack.organisation
    brief = org.brief_actions()
    assert len(brief) == len(org.actions)
    assert "solidarity delegations to South Asia" in brief
    assert "online petitions" in brief  # no short form given: the action as written


def test_removing_an_action_never_shifts_short_forms_onto_others(pack) -> None:
    org = pack.organisation
    fewer = dataclasses.replace(org, actions=org.actions[2:])  # as the Content tab would
    reloaded = reparse(dataclasses.replace(pack, organisation=fewer)).organisation
    for action, brief in zip(reloaded.actions, reloaded.brief_actions(), strict=True):
        assert brief == dict(org.actions_short).get(action, action)


def test_short_forms_and_signup_link_survive_a_save(pack) -> None:
    contact = dataclasses.replace(pack.organisation.contact, signup="https://example.org/join")
    changed = dataclasses.replace(
        pack, organisation=dataclasses.replace(pack.organisation, contact=contact))
    again = reparse(changed)
    assert again == changed
    assert again.organisation.contact.way_in == "https://example.org/join"


def test_bad_signup_link_is_refused_with_its_field(pack) -> None:
    data = tomllib.loads(pack_to_toml(pack))
    data["organisation"]["contact"]["signup"] = "example.org/join"
    with pytest.raises(PackError, match="organisation.contact.signup"):
        parse_pack(data, default_pack_dir(), file="test.toml")


def test_short_form_must_be_text(pack) -> None:
    data = tomllib.loads(pack_to_toml(pack))
    data["organisation"]["actions_short"] = {"online petitions": 3}
    with pytest.raises(PackError, match="actions_short"):
        parse_pack(data, default_pack_dir(), file="test.toml")
