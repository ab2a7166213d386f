"""The volunteer area's phone switch without Qt, and the Wi-Fi join code."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from kit.domain.errors import KitError
from kit.services.kit import open_kit
from kit.services.phones.switch import PhoneSwitch, wifi_join_code


def test_wifi_join_code_escapes_as_zxing_reads_it():
    assert wifi_join_code("Sign-up table", "long words") == "WIFI:T:WPA;S:Sign-up table;P:long words;;"
    assert wifi_join_code('a;b,c:d"e\\', "p;w") == 'WIFI:T:WPA;S:a\\;b\\,c\\:d\\"e\\\\;P:p\\;w;;'
    assert wifi_join_code("Open") == "WIFI:T:nopass;S:Open;;"


def test_start_pause_resume_stop(kit_with_event):
    switch = PhoneSwitch(kit_with_event)
    assert switch.state().state == "off"
    on = switch.start("127.0.0.1", 0)
    assert on.state == "on" and on.url.startswith("http://127.0.0.1:")
    assert switch.start("127.0.0.1", 0) == on  # already on: the same server
    assert switch.pause().state == "paused"
    with pytest.raises(urllib.error.HTTPError) as paused:
        urllib.request.urlopen(on.url, timeout=10)
    assert paused.value.code == 503
    assert switch.pause(False).state == "on"
    with urllib.request.urlopen(on.url, timeout=10) as answer:
        assert answer.status == 200
    assert switch.stop().state == "off"
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(on.url, timeout=5)


def test_start_needs_an_event_and_a_free_port(kit_with_event, tmp_path):
    empty = open_kit(tmp_path / "empty")
    try:
        with pytest.raises(KitError, match="no event"):
            PhoneSwitch(empty).start("127.0.0.1", 0)
    finally:
        empty.close()
    first = PhoneSwitch(kit_with_event)
    port = int(first.start("127.0.0.1", 0).url.rsplit(":", 1)[1].strip("/"))
    with pytest.raises(KitError, match="Cannot listen"):
        PhoneSwitch(kit_with_event).start("127.0.0.1", port)
    first.stop()
