"""The interest tag rule, public so the Content tab checks new tags exactly as the loader does."""

from __future__ import annotations

import pytest

from kit.content.loader import MAX_ITEMS, tag_problem


@pytest.mark.parametrize("tag", ["volunteer", "reading-group", "a", "x_1", "9lives", "a" * 32])
def test_good_tags_pass(tag):
    assert tag_problem(tag) is None


@pytest.mark.parametrize("tag", ["", "Volunteer", "-lead", "two words", "café", "a" * 33])
def test_bad_tags_say_what_a_tag_may_be(tag):
    assert "lower-case letters, digits" in tag_problem(tag)


def test_the_form_limit_is_public():
    assert MAX_ITEMS["interests"] == 8
