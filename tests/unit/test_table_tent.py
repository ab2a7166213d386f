"""The phone sign-up table tent: both faces carry both codes, readable, the lower face upright
and the upper one upside down (upright once folded)."""

from __future__ import annotations

import pytest
from reportlab import rl_config

from kit.handouts.table_tent import render_table_tent
from kit.services.phones.switch import wifi_join_code
from tests.unit.handout_helpers import decoded_qr_texts, page_sizes, pdf_text, squash

rl_config.invariant = 1


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_tent_carries_both_codes_on_both_faces(paper):
    join = wifi_join_code("Sign-up table", "long words")
    pdf = render_table_tent(url="http://10.42.0.1:8080/", organisation="Solidarity Kashmir",
                            ssid="Sign-up table", password="long words", join_code=join,
                            paper=paper)
    assert len(page_sizes(pdf)) == 1
    codes = decoded_qr_texts(pdf)
    assert sorted(codes) == sorted([join, join, "http://10.42.0.1:8080/", "http://10.42.0.1:8080/"])
    text = squash(pdf_text(pdf))
    for words in ("Sign up on your phone", "Network: Sign-up table", "Password: long words",
                  "http://10.42.0.1:8080/"):
        assert text.count(squash(words)) == 2, words


def test_without_a_network_name_only_the_form_code():
    pdf = render_table_tent(url="http://192.168.1.20:8080/")
    assert decoded_qr_texts(pdf) == ["http://192.168.1.20:8080/"] * 2
