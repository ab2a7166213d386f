"""No network at all: the app starts, takes a sign-up through the real form, renders a handout
and prints it (to a PDF QPrinter), and never tries a DNS look-up or a connection.

Every way out is made to fail *and record the attempt*: socket.connect / connect_ex,
socket.create_connection and getaddrinfo (the DNS look-up behind every hostname). The email
check must be offline too (email-validator with check_deliverability=False).
"""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt

from kit.services.signups import record_signup
from kit.store.models import Contact

ATTEMPTS: list[tuple[str, object]] = []


@pytest.fixture
def no_network(monkeypatch):
    """Every socket fails, loudly, and each try is written down for the test to see."""
    ATTEMPTS.clear()

    def refuse(kind: str):
        def blocked(*args, **kwargs):
            ATTEMPTS.append((kind, args[1:] if kind.startswith("socket.") else args))
            raise OSError(101, f"network blocked by the offline test ({kind})")
        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    yield ATTEMPTS


def test_the_blocker_really_blocks(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80), timeout=1)
    with pytest.raises(OSError):
        socket.getaddrinfo("example.org", 443)
    assert [kind for kind, _ in no_network] == ["create_connection", "getaddrinfo"]


def test_start_record_render_and_print_without_any_network(qtbot, no_network, kit_with_event,
                                                           tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from kit.handouts import render_handout
    from kit.services.handouts import active_event_info, require_pack
    from kit.ui.handouts.printing import print_pdf
    from kit.ui.shell.main_window import MainWindow

    kit = kit_with_event
    window = MainWindow(kit)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    # A sign-up typed into the real form; the email's domain would need DNS to check delivery.
    form = window.kiosk.form
    for name, text in (("first_name", "Amna"), ("email", "amna@kashmir-solidarity.example"),
                       ("phone", "612 555 0199")):
        form.edits[name].setFocus()
        qtbot.keyClicks(form.edits[name], text)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)  # Enter in a field moves on
    assert window.kiosk.stack.currentWidget() is window.kiosk.thanks, form.banner.text()
    assert Contact.get(Contact.email == "amna@kashmir-solidarity.example").first_name == "Amna"

    # The service path too, as the CLI uses it.
    from kit.domain.signup import SignupForm

    record_signup(kit, SignupForm(first_name="Bilal", email="bilal@gmail.com"))

    # Render every page of a flyer (QR codes, fonts: all local) and print it to a PDF printer.
    pdf = render_handout("flyer", require_pack(kit), active_event_info(kit), "letter")
    assert pdf.startswith(b"%PDF")
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    result = print_pdf(printer, pdf)
    assert result.pages >= 1
    assert len(PdfReader(out).pages) == result.pages

    assert no_network == [], f"the app tried the network offline: {no_network}"
