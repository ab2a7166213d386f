"""The hotspot through nmcli: a stand-in `nmcli` on PATH records what the kit asks and answers
as NetworkManager does (`nmcli -t` and `-g` output), so the commands and the parsing are real."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kit.services.phones.hotspot import CONNECTION, HotspotError, start_hotspot, stop_hotspot

FAKE = """#!/bin/sh
echo "$@" >> "{log}"
case "$*" in
  "device wifi hotspot"*) echo "Device 'wlp2s0' successfully activated with 'abc'." ;;
  "-t -f NAME,DEVICE connection show --active") printf 'Wired\\\\: office:enp0s31f6\\n{name}:wlp2s0\\n' ;;
  "-g IP4.ADDRESS device show wlp2s0") echo "10.42.0.1/24" ;;
  "connection down"*) echo "Connection successfully deactivated" ;;
  *) echo "Error: unexpected $*" >&2; exit 2 ;;
esac
"""


@pytest.fixture
def nmcli(tmp_path, monkeypatch) -> Path:
    log = tmp_path / "nmcli.log"
    program = tmp_path / "bin" / "nmcli"
    program.parent.mkdir()
    program.write_text(FAKE.format(log=log, name=CONNECTION), encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{program.parent}{os.pathsep}{os.environ['PATH']}")
    return log


def test_start_and_stop(nmcli):
    hotspot = start_hotspot("Sign-up table", "long enough words")
    assert (hotspot.device, hotspot.address) == ("wlp2s0", "10.42.0.1")
    stop_hotspot()
    calls = nmcli.read_text(encoding="utf-8").splitlines()
    assert calls[0] == (f"device wifi hotspot con-name {CONNECTION} ssid Sign-up table "
                        "password long enough words")
    assert calls[-1] == f"connection down {CONNECTION}"


def test_bad_input_and_refusals_say_why(nmcli, monkeypatch, tmp_path):
    with pytest.raises(HotspotError, match="8 to 63"):
        start_hotspot("Sign-up table", "short")
    with pytest.raises(HotspotError, match="name"):
        start_hotspot("  ", "long enough words")
    assert not nmcli.exists()  # nothing was asked of NetworkManager
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    with pytest.raises(HotspotError, match="nmcli is not installed"):
        start_hotspot("Sign-up table", "long enough words")
