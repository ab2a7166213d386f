"""The volunteer area's "Phone sign-ups" tab: start, pause and stop the phone form
(kit.services.phones.switch), and the two QR codes the table shows: join the Wi-Fi (`WIFI:`),
then open the form (the laptop's address, not a `.local` name).

The switch belongs to the main window, not to this page: the volunteer area is built again when
the volunteer side's language changes, and phone sign-ups must go on. Every text is
translatable (`self.tr`, context "PhonesPage").
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import KitError
from kit.handouts.qr import qr_matrix
from kit.services.phones.hotspot import Hotspot, start_hotspot, stop_hotspot
from kit.services.phones.switch import DEFAULT_PORT, PhoneSwitch, SwitchState, wifi_join_code
from kit.ui.i18n import arg
from kit.ui.plain_text import PlainLabel
from kit.ui.scrolling import scrolled_body
from kit.ui.workers import JobRunner

log = logging.getLogger(__name__)

QR_PIXELS = 240  # the code's side on screen; a phone's camera reads it from a metre away
QUIET_MODULES = 4


def qr_pixmap(text: str, side: int = QR_PIXELS) -> QPixmap:
    """`text` as a QR code with its quiet zone, black on white, whole pixels per module."""
    matrix = qr_matrix(text)
    modules = len(matrix) + 2 * QUIET_MODULES
    scale = max(1, side // modules)
    image = QImage(modules * scale, modules * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    black = QColor("black")
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            if dark:
                painter.fillRect((column + QUIET_MODULES) * scale, (row + QUIET_MODULES) * scale,
                                 scale, scale, black)
    painter.end()
    return QPixmap.fromImage(image)


class PhonesPage(QWidget):
    """Start, pause and stop phone sign-ups; show the codes for the table."""

    def __init__(self, switch: PhoneSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhonesPage")
        self.switch = switch
        body = scrolled_body(self, "PhonesBody")
        layout = QVBoxLayout(body)
        intro = PlainLabel(self.tr(
            "Attendees can sign up on their own phones: they join this laptop's network, open "
            "the form, and each sign-up is sealed on the phone and recorded here like a kiosk "
            "sign-up. Nothing goes to the internet. The coordinator guide explains the hotspot, "
            "a travel router or the venue's Wi-Fi."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.ssid = QLineEdit(self)
        self.ssid.setObjectName("phones_ssid")
        self.ssid.setMaxLength(32)
        self.password = QLineEdit(self)
        self.password.setObjectName("phones_password")
        self.password.setMaxLength(63)
        self.port = QSpinBox(self)
        self.port.setObjectName("phones_port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        form.addRow(self.tr("Wi-Fi name"), self.ssid)
        form.addRow(self.tr("Wi-Fi password"), self.password)
        form.addRow(self.tr("Port"), self.port)
        layout.addLayout(form)
        for edit in (self.ssid, self.password):
            edit.textChanged.connect(self._show)

        # Linux with NetworkManager: the laptop's own hotspot (nmcli), with the name and
        # password above. Elsewhere the button says to use a travel router or the venue's Wi-Fi.
        hotspot_row = QHBoxLayout()
        self.hotspot_button = QPushButton(self.tr("Start a hotspot on this laptop"), self)
        self.hotspot_button.setObjectName("phones_hotspot")
        self.hotspot_button.clicked.connect(self._on_hotspot)
        self.hotspot_status = PlainLabel(self)
        self.hotspot_status.setObjectName("phones_hotspot_status")
        self.hotspot_status.setWordWrap(True)
        hotspot_row.addWidget(self.hotspot_button)
        hotspot_row.addWidget(self.hotspot_status, 1)
        layout.addLayout(hotspot_row)
        self._hotspot_job = JobRunner(self)
        self._hotspot_job.succeeded.connect(self._on_hotspot_done)
        self._hotspot_job.failed.connect(self._on_hotspot_failed)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start phone sign-ups"), self)
        self.start_button.setObjectName("Primary")
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.tent_button = QPushButton(self.tr("Save a table tent (PDF)…"), self)
        self.tent_button.setObjectName("phones_tent")
        self.tent_button.clicked.connect(self._on_tent)
        for button in (self.start_button, self.pause_button, self.stop_button, self.tent_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.start_button.clicked.connect(self._on_start)
        self.pause_button.clicked.connect(self._on_pause)
        self.stop_button.clicked.connect(self._on_stop)

        self.status = PlainLabel(self)
        self.status.setObjectName("phones_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        codes = QGridLayout()
        self.wifi_caption = PlainLabel(self.tr("1. Join the Wi-Fi"), self)
        self.form_caption = PlainLabel(self.tr("2. Open the sign-up form"), self)
        self.wifi_code = PlainLabel(self)  # shows a QR pixmap, never text
        self.wifi_code.setObjectName("phones_wifi_code")
        self.form_code = PlainLabel(self)
        self.form_code.setObjectName("phones_form_code")
        for code in (self.wifi_code, self.form_code):
            code.setFixedSize(QR_PIXELS, QR_PIXELS)  # the layout must never squeeze a code
            code.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form_url = PlainLabel(self)
        self.form_url.setObjectName("phones_form_url")
        self.form_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.wifi_text = PlainLabel(self)
        self.wifi_text.setWordWrap(True)
        codes.addWidget(self.wifi_caption, 0, 0)
        codes.addWidget(self.form_caption, 0, 1)
        codes.addWidget(self.wifi_code, 1, 0)
        codes.addWidget(self.form_code, 1, 1)
        codes.addWidget(self.wifi_text, 2, 0)
        codes.addWidget(self.form_url, 2, 1)
        codes.setColumnStretch(2, 1)
        layout.addLayout(codes)
        layout.addStretch(1)

        # The server may stop on its own (the kit locked): the page follows within a second.
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._show)
        self._timer.start()
        self._shown: SwitchState | None = None
        if switch.hotspot is not None:  # started before this page was built again
            self.hotspot_button.setText(self.tr("Stop the hotspot"))
            self.hotspot_status.setText(arg(self.tr(
                "Hotspot on: phones that join it reach this laptop at %1."), switch.hotspot.address))
        self._show()

    def _on_hotspot(self) -> None:
        if self._hotspot_job.busy:
            return
        if self.switch.hotspot is not None:
            hotspot = self.switch.hotspot

            def stop(_progress, _cancel) -> None:
                stop_hotspot()

            self._hotspot_job.start(stop)
            self.switch.hotspot = None
            self.hotspot_button.setText(self.tr("Start a hotspot on this laptop"))
            self.hotspot_status.setText(arg(self.tr("Stopping the hotspot on %1…"), hotspot.device))
            return
        ssid, password = self.ssid.text().strip(), self.password.text()
        self.hotspot_button.setEnabled(False)
        self.hotspot_status.setText(self.tr("Starting the hotspot…"))
        self._hotspot_job.start(lambda _progress, _cancel: start_hotspot(ssid, password))

    def _on_hotspot_done(self, result: object) -> None:
        self.hotspot_button.setEnabled(True)
        if not isinstance(result, Hotspot):  # the hotspot was stopped
            self._show()
            return
        self.switch.hotspot = result
        self.hotspot_button.setText(self.tr("Stop the hotspot"))
        if self.switch.state().state != "off":  # the form's address is now the hotspot's
            self.switch.stop()
            self._on_start()
        self.hotspot_status.setText(arg(self.tr("Hotspot on: phones that join it reach this laptop at "
                                        "%1."), result.address))

    def _on_hotspot_failed(self, message: str) -> None:
        self.hotspot_button.setEnabled(True)
        self.hotspot_status.setText(message)

    def _on_start(self) -> None:
        try:
            self.switch.start(port=self.port.value(),
                              url_host=self.switch.hotspot.address if self.switch.hotspot else None)
        except KitError as error:
            self._show(problem=error.code)
            return
        self._show()

    def _on_pause(self) -> None:
        state = self.switch.state()
        self.switch.pause(state.state == "on")
        self._show()

    def _on_tent(self) -> None:
        """The two codes on a sheet to fold and stand on the table (kit.handouts.table_tent)."""
        from kit.atomic_file import write_atomic
        from kit.handouts.table_tent import render_table_tent
        from kit.ui.file_dialogs import save_file_name
        from kit.ui.handouts.page import default_paper

        state = self.switch.state()
        if state.state == "off":
            return
        path = save_file_name(self, self.tr("Save the table tent"), "phone-sign-ups-tent.pdf",
                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        ssid = self.ssid.text().strip()
        pdf = render_table_tent(
            url=state.url, organisation=self.switch.kit.organisation_name(), ssid=ssid,
            password=self.password.text(),
            join_code=wifi_join_code(ssid, self.password.text()) if ssid else "",
            paper=default_paper(self.switch.kit))
        try:
            write_atomic(path, pdf)
        except OSError as error:
            self.status.setText(arg(self.tr("The table tent was not saved: %1"), str(error)))
            return
        self.status.setText(arg(self.tr("Table tent saved: %1. Print it, fold it across the "
                                        "dashed line, and stand it on the table."), path))

    def _on_stop(self) -> None:
        self.switch.stop()
        self._show()

    def _show(self, *_args: object, problem: str = "") -> None:
        state = self.switch.state()
        on = state.state != "off"
        self.start_button.setEnabled(not on)
        self.port.setEnabled(not on)
        self.pause_button.setEnabled(on)
        self.stop_button.setEnabled(on)
        self.tent_button.setEnabled(on)
        self.pause_button.setText(self.tr("Resume") if state.state == "paused" else self.tr("Pause"))
        if problem == "no_event":
            self.status.setText(self.tr("Create an event first (Events tab): phone sign-ups "
                                        "go to the active event."))
        elif problem:
            self.status.setText(arg(self.tr(
                "Port %1 cannot be used (another program may be using it). Choose another "
                "port."), str(self.port.value())))
        elif state.state == "on":
            self.status.setText(arg(self.tr("Phone sign-ups are open. Recorded since the start: "
                                            "%1."), str(state.recorded)))
        elif state.state == "paused":
            self.status.setText(self.tr("Paused: phones see a message asking them to sign up at "
                                        "the table."))
        else:
            self.status.setText(self.tr("Phone sign-ups are off. They stop when the kit locks "
                                        "or closes."))
        if state.url != (self._shown.url if self._shown else "") or not on:
            self.form_code.setPixmap(qr_pixmap(state.url) if on else QPixmap())
            self.form_url.setText(state.url if on else "")
        ssid = self.ssid.text().strip()
        join = wifi_join_code(ssid, self.password.text()) if ssid else ""
        if self.wifi_code.property("code") != join:
            self.wifi_code.setProperty("code", join)
            self.wifi_code.setPixmap(qr_pixmap(join) if join else QPixmap())
            self.wifi_text.setText(arg(self.tr("Network: %1"), ssid) if ssid else self.tr(
                "Type the Wi-Fi's name (and password) to show its code."))
        self._shown = state
