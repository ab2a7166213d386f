"""Phone sign-ups in a real browser: Debian's Chromium driven by Playwright (no browser
download: `executable_path` is the system's), at a phone's 390×844 viewport, reaching
`outreach-kit phones serve` through a non-loopback name (`phones.test`, mapped by
--host-resolver-rules), so the page is not a secure context and has no WebCrypto, as on a
phone on the laptop's network.

Each test saves a screenshot of every page it shows (in KIT_PHONES_SHOTS when set, else in the
test's folder) for a person to look at. Without Chromium the tests skip and say why; under
CI=true they fail (.ci/apt-packages installs `chromium`).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from kit.content.storage import assets_dir
from kit.protect.sealing import SUITE
from tests.kit_fixtures import Cli, outreach_kit_executable
from tests.parts import require_part

pytestmark = pytest.mark.xdist_group("chromium")

PASS = "correct horse battery staple"
HOST = "phones.test"
VIEWPORT = {"width": 390, "height": 844}
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    f"--host-resolver-rules=MAP {HOST} 127.0.0.1",
]
# RFC 9180 A.2.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305, base mode, the
# first encryption (sequence number 0). https://www.rfc-editor.org/rfc/rfc9180.html#appendix-A.2.1
RFC_A21 = {
    "info": "4f6465206f6e2061204772656369616e2055726e",
    "skEm": "f4ec9b33b792c372c1d2c2063507b684ef925b8c75a42dbcbf57d63ccd381600",
    "pkEm": "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a",
    "pkRm": "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a",
    "pt": "4265617574792069732074727574682c20747275746820626561757479",
    "aad": "436f756e742d30",
    "ct": "1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b5"
          "1a28",
}


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        require_part("Chromium", "the phone form is tested in a real browser "
                                 "(apt-get install chromium)")
    return found


def shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("KIT_PHONES_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextmanager
def browser(tmp_path: Path) -> Iterator:
    """A phone-sized page in Debian's Chromium, with the kit's own fonts added (Urdu's letters
    come from the Noto Naskh Arabic UI the kiosk ships: a phone has its own)."""
    executable = chromium()
    from playwright.sync_api import sync_playwright

    fonts = tmp_path / "fonts.conf"
    fonts.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f'<dir>{assets_dir() / "fonts"}</dir><cachedir>{tmp_path / "fc-cache"}</cachedir>'
        '</fontconfig>', encoding="utf-8")
    profile = tmp_path / "chromium-profile"
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=executable, headless=True, args=LAUNCH_ARGS,
            viewport=VIEWPORT, device_scale_factor=1, is_mobile=True, has_touch=True,
            env={**os.environ, "FONTCONFIG_FILE": str(fonts)}, timeout=60_000)
        try:
            page = context.new_page()
            problems: list[str] = []
            page.on("pageerror", lambda error: problems.append(str(error)))
            # (A refused sign-up's 4xx answer is logged by Chromium as a failed load: expected.)
            page.on("console", lambda message: problems.append(message.text)
                    if message.type == "error" and "Failed to load resource" not in message.text
                    else None)
            yield page, problems
        finally:
            context.close()


@contextmanager
def serving(cli: Cli, env: dict | None = None) -> Iterator[str]:
    """`outreach-kit phones serve` on a free port; yields the form's URL with the test host
    name. Stops it with SIGTERM and checks it exits 0."""
    process = subprocess.Popen(
        [outreach_kit_executable(), "--data-dir", str(cli.data_dir), "phones", "serve",
         "--listen", "127.0.0.1:0", "--host-name", HOST], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env={**os.environ, **(env or {})})
    try:
        assert process.stdout is not None
        first = process.stdout.readline().strip()
        assert first.startswith("http://127.0.0.1:") and first.endswith("/"), first
        yield first.replace("127.0.0.1", HOST)
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Phone sign-ups stopped" in err


def local(url: str) -> str:
    return url.replace(HOST, "127.0.0.1")


def sign_up(page, url: str, language: str, shots: Path, typed: dict[str, str], *,
            consent_email: bool = False, interests: tuple[str, ...] = ()) -> None:
    page.goto(f"{url}?lang={language}")
    assert page.evaluate("window.isSecureContext") is False
    assert page.evaluate("typeof crypto.subtle") == "undefined"  # so the page seals in pure JS
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORT["width"]
    page.screenshot(path=str(shots / f"form-{language}.png"), full_page=True)
    for field, value in typed.items():
        page.fill(f"#f-{field}", value)
    if consent_email:
        page.check("input[name=consent_email]")
    for tag in interests:
        page.check(f"input[name=interest][value={tag}]")
    page.click("#send")
    page.wait_for_selector("#thanks", state="visible", timeout=20_000)
    page.screenshot(path=str(shots / f"thanks-{language}.png"), full_page=True)


def signup_rows(cli: Cli) -> list[tuple]:
    with sqlite3.connect(f"file:{cli.data_dir / 'outreach-kit.sqlite3'}?mode=ro", uri=True) as db:
        return db.execute("SELECT source, language, consent_email, consent_email_text, sealed "
                          "FROM signup ORDER BY id").fetchall()


def pack_wording(cli: Cli, language: str) -> str:
    from kit.services.kit import open_kit

    kit = open_kit(cli.data_dir)
    try:
        return kit.consent_wording_in(language).email
    finally:
        kit.close()


def test_the_page_seals_as_rfc_9180_and_the_kit_opens_what_it_sealed(cli, tmp_path):
    assert cli("event", "add", "Lake Street table").returncode == 0
    with serving(cli) as url, browser(tmp_path) as (page, problems):
        page.goto(url)
        got = page.evaluate("""(v) => {
            const h = (s) => Uint8Array.from(s.match(/../g).map((b) => parseInt(b, 16)));
            const x = (a) => Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
            const r = OutreachHpke.sealWith(h(v.pkRm), h(v.info), h(v.aad), h(v.pt), h(v.skEm));
            return {enc: x(r.enc), ct: x(r.ct)};
        }""", RFC_A21)
        assert got == {"enc": RFC_A21["pkEm"], "ct": RFC_A21["ct"]}
        # Sealed in the browser (a fresh ephemeral key), opened by the kit's HPKE.
        private = X25519PrivateKey.generate()
        public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        sealed = page.evaluate("""([key, text]) => {
            const k = Uint8Array.from(atob(key), (c) => c.charCodeAt(0));
            const out = OutreachHpke.seal(k, new TextEncoder().encode('outreach-kit/test'),
                                          new TextEncoder().encode(text));
            return btoa(String.fromCharCode.apply(null, out));
        }""", [base64.b64encode(public).decode(), "زرقا sealed on a phone"])
        opened = SUITE.decrypt(base64.b64decode(sealed), private, b"outreach-kit/test")
        assert opened.decode("utf-8") == "زرقا sealed on a phone"
        assert problems == []


def test_sign_ups_in_each_language_land_as_kiosk_sign_ups(cli, tmp_path):
    shots = shots_dir(tmp_path)
    assert cli("event", "add", "Lake Street table").returncode == 0
    with serving(cli) as url, browser(tmp_path) as (page, problems):
        # A wrong address is shown at its field in the form's language, and nothing is stored.
        page.goto(f"{url}?lang=es")
        page.fill("#f-first_name", "Amna")
        page.fill("#f-email", "amna@@example")
        page.click("#send")
        page.wait_for_selector("#error-email:not(:empty)")
        assert "no es válido" in page.inner_text("#error-email")
        page.screenshot(path=str(shots / "error-es.png"), full_page=True)
        page.fill("#f-email", "amna.es@example.org")
        page.check("input[name=consent_email]")
        page.click("#send")
        page.wait_for_selector("#thanks", state="visible", timeout=20_000)
        assert "correos" in page.inner_text("#promise")
        sign_up(page, url, "en", shots, {"first_name": "Amna", "last_name": "Shah",
                                         "email": "AMNA.EN@Example.org", "phone": "612 555 0123",
                                         "postal_code": "55406"},
                consent_email=True, interests=("volunteer",))
        sign_up(page, url, "ur", shots, {"first_name": "زرقا", "phone": "612 555 0199"})
        assert page.evaluate("document.documentElement.dir") == "rtl"
        assert problems == []
    rows = signup_rows(cli)
    assert [(r[0], r[1], bool(r[2])) for r in rows] == [
        ("phone", "es", True), ("phone", "en", True), ("phone", "ur", False)]
    assert rows[0][3] == pack_wording(cli, "es") != pack_wording(cli, "en") == rows[1][3]
    listed = {c["email"] or c["phone"]: c for c in cli("contacts", "list", "--json").json()}
    assert set(listed) == {"amna.es@example.org", "amna.en@example.org", "+16125550199"}
    english = listed["amna.en@example.org"]  # normalised as at the kiosk
    assert (english["last_name"], english["phone"], english["zip"], english["interests"]) == (
        "Shah", "+16125550123", "55406", ["volunteer"])
    assert listed["+16125550199"]["first_name"] == "زرقا"


def test_a_protected_kit_keeps_the_phone_sign_up_sealed_and_replays_are_refused(cli, tmp_path):
    shots = shots_dir(tmp_path)
    env = {"KIT_PASS": PASS, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    assert cli("protect", "init", "--passphrase-env", "KIT_PASS", env=env).returncode == 0
    assert cli("event", "add", "Lake Street table").returncode == 0
    canary = f"canary.{uuid.uuid4().hex[:10]}@example.org"
    sent: list[bytes] = []
    with serving(cli, env) as url, browser(tmp_path) as (page, problems):
        page.on("request", lambda request: sent.append(request.post_data_buffer)
                if request.method == "POST" else None)
        sign_up(page, url, "ur", shots, {"first_name": "Zarqa", "email": canary},
                consent_email=True)
        assert problems == []
        [body] = sent
        assert canary.encode() not in body  # sealed before it left the page
        replay = urllib.request.Request(local(url) + "signup", data=body, method="POST",
                                        headers={"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as replayed:
            urllib.request.urlopen(replay, timeout=10)
        assert replayed.value.code == 409
        big = urllib.request.Request(local(url) + "signup", data=b"{" + b" " * 40_000 + b"}",
                                     method="POST", headers={"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as oversized:
            urllib.request.urlopen(big, timeout=10)
        assert oversized.value.code == 413
    rows = signup_rows(cli)
    assert len(rows) == 1 and rows[0][:2] == ("phone", "ur") and rows[0][4]
    for path in cli.data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert canary.encode() not in content and canary.encode("utf-16-le") not in content, path
    listed = cli("--passphrase-env", "KIT_PASS", "contacts", "list", "--json", env=env).json()
    assert [c["email"] for c in listed] == [canary]


def test_serve_refuses_a_bad_listen_address_and_a_kit_without_an_event(cli):
    done = cli("phones", "serve", "--listen", "nowhere")
    assert done.returncode == 2 and "HOST:PORT" in done.stderr
    done = cli("phones", "serve", "--listen", "127.0.0.1:0")
    assert done.returncode == 2 and "no event" in done.stderr
    assert json.loads(cli("contacts", "list", "--json").stdout) == []
