"""Add or edit a sync target: kind, name, URL, list id, key, CA file; test the connection.

The key goes to the session's SecretStore (the OS keyring when there is one, else memory until
the app closes), never to the database. "Test connection" runs off the GUI thread: a slow or
unreachable server must not freeze the window for the length of a timeout. Texts are
translatable: `self.tr`, and QT_TRANSLATE_NOOP for the per-kind help tables.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import FieldError, ValidationFailed
from kit.services import sync as sync_service
from kit.services.kit import Kit
from kit.services.targets import TargetSaved, add_target, check_url, update_target
from kit.sync.secrets import SecretStore
from kit.sync.targets import ADAPTERS, KINDS
from kit.sync.targets.base import TargetConfig
from kit.ui.file_dialogs import open_file_name
from kit.ui.plain_text import PlainLabel
from kit.ui.workers import JobRunner

# Marked for pyside6-lupdate; translated where they are shown (context "TargetDialog").
KIND_HELP = {
    "actionnetwork": QT_TRANSLATE_NOOP(
        "TargetDialog", "Action Network: each sign-up becomes (or updates) a person, tagged with "
        "the event and interests. Key: Start Organizing → Details → API & Sync."),
    "mailchimp": QT_TRANSLATE_NOOP(
        "TargetDialog", "Mailchimp: people who agreed to email join one audience, tagged with the "
        "event and interests. Key: Profile → Extras → API keys; audience id: Audience → "
        "Settings."),
    "webhook": QT_TRANSLATE_NOOP(
        "TargetDialog", "Webhook: each sign-up is POSTed as JSON to your own server, signed by the "
        "Standard Webhooks scheme (give a whsec_… secret; any Standard Webhooks library verifies "
        "it)."),
}
URL_PLACEHOLDERS = {
    "actionnetwork": "https://actionnetwork.org/api/v2",
    "mailchimp": QT_TRANSLATE_NOOP("TargetDialog", "Leave empty: it comes from the key (…-us21)"),
    "webhook": "https://example.org/outreach-hook",
}
FIELD_ORDER = ("kind", "name", "url", "list_id", "secret", "ca_file")


class TargetDialog(QDialog):
    """The form for one target. `saved` holds the service's TargetSaved after Save."""

    def __init__(self, kit: Kit, secrets: SecretStore, target: TargetConfig | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self._secrets = secrets
        self._target = target
        self.saved: TargetSaved | None = None
        self.setWindowTitle(self.tr("Edit sync target") if target else self.tr("Add a sync target"))
        # Wide and tall enough that the wrapped help lines are never cut off.
        self.setMinimumSize(780, 560)

        self.kind = QComboBox()
        self.kind.setObjectName("target_kind")
        self.kind.setAccessibleName(self.tr("Kind of target"))
        for kind in KINDS:
            self.kind.addItem(ADAPTERS[kind].label, kind)
        self.kind_help = PlainLabel()
        self.kind_help.setObjectName("Hint")
        self.kind_help.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("target_name")
        self.name.setAccessibleName(self.tr("Name"))
        self.url = QLineEdit()
        self.url.setObjectName("target_url")
        self.url.setAccessibleName(self.tr("Address (URL)"))
        self.list_id = QLineEdit()
        self.list_id.setObjectName("target_list_id")
        self.list_id.setAccessibleName(self.tr("Mailchimp audience id"))
        self.list_label = PlainLabel(self.tr("Audience (list) id"))
        self.secret = QLineEdit()
        self.secret.setObjectName("target_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label = PlainLabel(self.tr("API key"))
        self.secret_hint = PlainLabel()
        self.secret_hint.setObjectName("Hint")
        self.secret_hint.setWordWrap(True)
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("target_ca_file")
        self.ca_file.setAccessibleName(self.tr("CA certificate file"))
        self.ca_file.setPlaceholderText(self.tr("Only for a server with a self-signed certificate"))
        self.ca_button = QPushButton(self.tr("Choose…"))
        self.ca_button.clicked.connect(self._on_choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_button)

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow("", self.kind_help)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address (URL)"), self.url)
        form.addRow(self.list_label, self.list_id)
        form.addRow(self.secret_label, self.secret)
        form.addRow("", self.secret_hint)
        form.addRow(self.tr("CA file"), ca_row)

        self.errors = PlainLabel()
        self.errors.setObjectName("FieldError")
        self.errors.setWordWrap(True)
        self.errors.hide()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self._on_test)
        self.test_result = PlainLabel()
        self.test_result.setObjectName("test_result")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

        self._tester = JobRunner(self)
        self._tester.succeeded.connect(self._on_tested)
        self._tester.failed.connect(lambda message: self._show_test(False, message))

        self._last_default_url = ""
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        if target is not None:
            self.kind.setCurrentIndex(KINDS.index(target.kind))
            self.kind.setEnabled(False)  # the outbox rows were planned for this kind
            self.name.setText(target.name)
            self.url.setText(target.base_url)
            self.list_id.setText(target.list_id)
            self.ca_file.setText(target.ca_file)
        self._on_kind_changed()
        if target is None:
            self.name.setText(ADAPTERS[self.current_kind()].label)

    def current_kind(self) -> str:
        return self.kind.currentData()

    def _on_kind_changed(self, _index: int = 0) -> None:
        kind = self.current_kind()
        adapter = ADAPTERS[kind]
        self.kind_help.setText(QCoreApplication.translate("TargetDialog", KIND_HELP[kind]))
        self.url.setPlaceholderText(QCoreApplication.translate("TargetDialog", URL_PLACEHOLDERS[kind]))
        # Fill in the kind's usual address unless the coordinator typed one of their own.
        if self._target is None and self.url.text() in ("", self._last_default_url):
            self.url.setText(adapter.default_base_url)
            self._last_default_url = adapter.default_base_url
        if self._target is None and self.name.text() in [a.label for a in ADAPTERS.values()]:
            self.name.setText(adapter.label)
        self.list_label.setVisible(adapter.needs_list)
        self.list_id.setVisible(adapter.needs_list)
        label = adapter.secret_label[0].upper() + adapter.secret_label[1:]
        self.secret_label.setText(label)
        self.secret.setAccessibleName(label)
        where = (self.tr("It is kept in this computer's keyring.") if self._secrets.persistent else
                 self.tr("This computer has no keyring: the key is kept in memory until the app "
                         "closes, and the app asks again next time."))
        if self._target is not None:
            self.secret.setPlaceholderText(self.tr("Leave empty to keep the current one"))
        self.secret_hint.setText(where)

    def _on_choose_ca(self) -> None:
        path = open_file_name(
            self, self.tr("CA certificate"), self.ca_file.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def _secret_for_test(self) -> str:
        typed = self.secret.text().strip()
        if typed or self._target is None:
            return typed
        return self._secrets.get(self._target.uuid) or ""

    def _draft(self) -> TargetConfig:
        """The form as a TargetConfig (not stored), for testing before saving."""
        base = self._target or TargetConfig(id=0, uuid="", name="", kind=self.current_kind(),
                                            base_url="")
        url = self.url.text().strip()
        if url:
            url = check_url(url)
        return replace(base, name=self.name.text().strip(), base_url=url,
                       list_id=self.list_id.text().strip(), ca_file=self.ca_file.text().strip())

    def _on_test(self) -> None:
        try:
            draft = self._draft()
        except FieldError as error:
            self._show_test(False, error.message)
            return
        secret = self._secret_for_test()
        if not secret:
            self._show_test(False, self.tr("Enter the %1 first.").replace(
                "%1", ADAPTERS[draft.kind].secret_label))
            return
        self.test_button.setEnabled(False)
        self._show_test(None, self.tr("Testing…"))
        kit = self._kit
        self._tester.start(lambda _progress, _cancel: sync_service.test_connection(
            kit, draft, secret))

    def _on_tested(self, check: sync_service.ConnectionCheck) -> None:
        self._show_test(check.ok, check.message if check.ok
                        else self.tr("Not connected: %1").replace("%1", check.message))

    def _show_test(self, ok: bool | None, message: str) -> None:
        self.test_button.setEnabled(not self._tester.busy)
        mark = {True: "✓ ", False: "⚠ ", None: ""}[ok]
        self.test_result.setText(mark + message)
        colour = {True: "#164542", False: "#a4262c", None: "#4f5b62"}[ok]
        self.test_result.setStyleSheet(f"color: {colour}; font-weight: 600;")

    def _on_save(self) -> None:
        secret = self.secret.text().strip() or None
        try:
            if self._target is None:
                self.saved = add_target(
                    self._kit, self.name.text(), self.current_kind(), self.url.text().strip(),
                    list_id=self.list_id.text(), ca_file=self.ca_file.text(), secret=secret,
                    secrets=self._secrets)
            else:
                self.saved = update_target(
                    self._kit, self._target, name=self.name.text(), url=self._changed(
                        self.url.text().strip(), self._target.base_url),
                    list_id=self.list_id.text(), ca_file=self._changed(
                        self.ca_file.text().strip(), self._target.ca_file),
                    secret=secret, secrets=self._secrets)
        except ValidationFailed as failed:
            self._show_errors(failed.by_field())
            return
        except FieldError as error:
            self._show_errors({error.field: error.message})
            return
        self.accept()

    @staticmethod
    def _changed(new: str, old: str) -> str | None:
        # Only a real change is passed on: a new URL or CA file lifts a pause in the service.
        return new if new != old else None

    def _show_errors(self, by_field: dict[str, str]) -> None:
        ordered = sorted(by_field.items(), key=lambda kv: FIELD_ORDER.index(kv[0])
                         if kv[0] in FIELD_ORDER else len(FIELD_ORDER))
        self.errors.setText("\n".join(f"⚠ {message}" for _field, message in ordered))
        self.errors.show()

    def reject(self) -> None:
        # A connection test still running reports to this dialog: let it finish first.
        if self._tester.busy:
            self._tester.cancel()
            self._tester.succeeded.connect(lambda _r: QDialog.reject(self))
            self._tester.failed.connect(lambda _m: QDialog.reject(self))
            return
        super().reject()
