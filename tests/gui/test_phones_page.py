"""The volunteer area's phone sign-ups (Events tab → "Phone sign-ups…"), driven through the
real window: start, pause, resume, the two QR codes read back with zxing-cpp, and the server
stopping when the kit locks and when the window closes."""

from __future__ import annotations

import os
import socket
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt

from kit.protect.keys import KdfParams
from kit.services import protection

PASS = "correct horse battery staple"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def read_code(label, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.png"
    assert label.pixmap().save(str(path))
    found = zxingcpp.read_barcodes(Image.open(path))
    assert len(found) == 1, name
    return found[0].text


def local(url: str) -> str:
    return "http://127.0.0.1:" + url.rsplit(":", 1)[1]


def open_phones_tab(window, qtbot):
    """As a volunteer does: Events tab, then "Phone sign-ups…"."""
    from kit.ui.phones.page import PhonesPage

    window.show_volunteer_area()
    area = window.volunteer
    area.tabs.setCurrentWidget(area.events)
    assert area.events.phones_button.isVisible()
    qtbot.mouseClick(area.events.phones_button, Qt.MouseButton.LeftButton)
    page = area.events.findChild(PhonesPage)
    assert page is not None and page.isVisible()
    return page


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(local(url), timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def test_start_pause_and_the_two_codes(window, qtbot, tmp_path):
    page = open_phones_tab(window, qtbot)
    assert not page.pause_button.isEnabled() and page.form_code.pixmap().isNull()
    page.ssid.setText("Sign-up table")
    page.password.setText("long; words")
    page.port.setValue(free_port())
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    url = page.form_url.text()
    assert url.startswith("http://") and url.endswith(f":{page.port.value()}/")
    assert ".local" not in url
    assert read_code(page.form_code, tmp_path, "form") == url
    assert read_code(page.wifi_code, tmp_path, "wifi") == "WIFI:T:WPA;S:Sign-up table;P:long\\; words;;"
    assert status_of(url) == 200
    shots = os.environ.get("KIT_PHONES_SHOTS")
    if shots:
        page.window().grab().save(str(Path(shots) / "volunteer-phones.png"))
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert page.pause_button.text() == "Resume" and status_of(url) == 503
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert status_of(url) == 200
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert page.start_button.isEnabled() and page.form_code.pixmap().isNull()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(local(url), timeout=5)


def test_phone_sign_ups_stop_when_the_kit_locks(window, qtbot, kit_with_event):
    protection.init_protection(kit_with_event, PASS, kdf=KdfParams(n=2**14))
    protection.unlock(kit_with_event, PASS)
    page = open_phones_tab(window, qtbot)
    page.port.setValue(free_port())
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    url = page.form_url.text()
    assert status_of(url) == 200
    protection.lock(kit_with_event)
    qtbot.waitUntil(lambda: page.start_button.isEnabled(), timeout=5000)
    assert "off" in page.status.text()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(local(url), timeout=5)


def test_phone_sign_ups_stop_when_the_window_closes(window, qtbot):
    page = open_phones_tab(window, qtbot)
    page.port.setValue(free_port())
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    url = page.form_url.text()
    assert status_of(url) == 200
    window.close()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(local(url), timeout=5)


def test_the_table_tent_is_saved_with_both_codes(window, qtbot, tmp_path, monkeypatch):
    from kit.ui import file_dialogs
    from tests.unit.handout_helpers import decoded_qr_texts

    target = tmp_path / "tent.pdf"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *args, **kwargs: str(target))
    page = open_phones_tab(window, qtbot)
    assert not page.tent_button.isEnabled()
    page.ssid.setText("Sign-up table")
    page.port.setValue(free_port())
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.tent_button, Qt.MouseButton.LeftButton)
    codes = decoded_qr_texts(target.read_bytes())
    assert sorted(set(codes)) == sorted({"WIFI:T:nopass;S:Sign-up table;;", page.form_url.text()})
    assert "Table tent saved" in page.status.text()


def test_the_hotspot_button_gives_the_form_the_hotspots_address(window, qtbot, tmp_path,
                                                                 monkeypatch):
    from kit.services.phones.hotspot import CONNECTION
    from tests.unit.test_phones_hotspot import FAKE

    program = tmp_path / "bin" / "nmcli"
    program.parent.mkdir()
    program.write_text(FAKE.format(log=tmp_path / "nmcli.log", name=CONNECTION), encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{program.parent}{os.pathsep}{os.environ['PATH']}")
    page = open_phones_tab(window, qtbot)
    page.ssid.setText("Sign-up table")
    page.password.setText("long enough words")
    qtbot.mouseClick(page.hotspot_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.switch.hotspot is not None, timeout=10_000)
    assert "10.42.0.1" in page.hotspot_status.text()
    page.port.setValue(free_port())
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.form_url.text() == f"http://10.42.0.1:{page.port.value()}/"
    assert read_code(page.form_code, tmp_path, "form") == page.form_url.text()
    # The page built again (the volunteer area after a language change) knows the hotspot.
    from kit.ui.phones.page import PhonesPage

    again = PhonesPage(window.phone_switch)
    qtbot.addWidget(again)
    assert "10.42.0.1" in again.hotspot_status.text()
    assert again.hotspot_button.text() == "Stop the hotspot"
    qtbot.mouseClick(page.hotspot_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._hotspot_job.busy, timeout=10_000)
    assert (tmp_path / "nmcli.log").read_text().splitlines()[-1] == f"connection down {CONNECTION}"
    page.switch.stop()
