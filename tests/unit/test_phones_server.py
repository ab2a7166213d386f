"""The phone sign-up server without a browser: a "phone" here seals with the kit's own HPKE
suite (the browser's sealing is tested in tests/e2e/test_phones_browser.py). Each sign-up must
land as a kiosk sign-up does; every refusal must store nothing and say nothing personal."""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import socket
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from kit.protect.keys import KdfParams
from kit.protect.sealing import SUITE
from kit.services import protection
from kit.services.contacts import search_contacts
from kit.services.kit import Kit
from kit.services.phones.server import PhoneLimits, PhoneServer
from kit.store.models import Outbox, Signup

PASS = "correct horse battery staple"


class Phone:
    """What the page does, in Python: fetch a form, seal what was typed, post it."""

    def __init__(self, server: PhoneServer) -> None:
        self.base = server.url("127.0.0.1")

    def form(self, language: str = "en") -> tuple[dict, str, dict]:
        with urllib.request.urlopen(f"{self.base}?lang={language}", timeout=10) as answer:
            page = answer.read().decode("utf-8")
            headers = dict(answer.headers)
        found = re.search(r'<script type="application/json" id="cfg">(.*?)</script>', page)
        assert found
        return json.loads(found.group(1)), page, headers

    @staticmethod
    def seal(config: dict, typed: dict, token: str | None = None) -> bytes:
        document = {"v": 1, "first_name": "", "last_name": "", "email": "", "phone": "",
                    "postal_code": "", "note": "", "interests": [], "consent_email": False,
                    "consent_sms": False, **typed}
        public = X25519PublicKey.from_public_bytes(base64.b64decode(config["key"]))
        info = (config["info"] + (token or config["token"])).encode()
        sealed = SUITE.encrypt(json.dumps(document).encode(), public, info)
        return json.dumps({"token": token or config["token"],
                           "sealed": base64.b64encode(sealed).decode()}).encode()

    def post(self, body: bytes, headers: dict | None = None) -> tuple[int, dict, dict]:
        request = urllib.request.Request(
            self.base + "signup", data=body, method="POST",
            headers={"Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, json.loads(answer.read() or b"{}"), dict(answer.headers)
        except urllib.error.HTTPError as error:
            raw = error.read()
            return error.code, json.loads(raw) if raw else {}, dict(error.headers)

    def sign_up(self, typed: dict, language: str = "en") -> tuple[int, dict, dict]:
        config, _page, _headers = self.form(language)
        return self.post(self.seal(config, typed))


@pytest.fixture
def serve(kit_with_event: Kit):
    started: list[PhoneServer] = []

    def start(limits: PhoneLimits | None = None, kit: Kit = kit_with_event) -> tuple[PhoneServer, Phone]:
        server = PhoneServer(kit, "127.0.0.1", 0, limits=limits).start()
        started.append(server)
        return server, Phone(server)

    yield start
    for server in started:
        server.stop()


def test_a_phone_sign_up_lands_as_a_kiosk_sign_up_in_the_language_shown(kit_with_event, serve):
    kit = kit_with_event
    server, phone = serve()
    config, page, headers = phone.form("es")
    assert headers["Cache-Control"] == "no-store"
    assert "script-src 'sha256-" in headers["Content-Security-Policy"]
    assert 'lang="es"' in page and kit.consent_wording_in("es").email in page
    status, answer, _ = phone.post(phone.seal(config, {
        "first_name": "Ayesha", "email": "AYESHA@Example.org", "consent_email": True,
        "interests": ["volunteer"]}))
    assert (status, answer) == (200, {"ok": True})
    row = Signup.get()
    assert (row.source, row.language) == ("phone", "es")
    assert row.consent_email and row.consent_email_text == kit.consent_wording_in("es").email
    assert row.consent_email_text != kit.consent_wording_in("en").email
    assert Outbox.select().count() == Outbox.select().where(Outbox.signup == row).count()
    [person] = search_contacts(kit, "ayesha")
    assert person.email == "ayesha@example.org"  # normalised as the kiosk does
    # A second visit by the same person is the same contact (identity as at the kiosk).
    assert phone.sign_up({"first_name": "Ayesha", "email": "ayesha@example.org"})[0] == 200
    assert len(search_contacts(kit, "ayesha")) == 1 and Signup.select().count() == 2


def test_a_token_is_good_once_replays_and_double_submits_are_refused(kit_with_event, serve):
    _server, phone = serve()
    config, _page, _headers = phone.form()
    body = phone.seal(config, {"first_name": "Bilal", "phone": "612 555 0123"})
    assert phone.post(body)[0] == 200
    status, answer, _ = phone.post(body)
    assert (status, answer) == (409, {"error": "used"})
    assert Signup.select().count() == 1
    # A body sealed for one form and sent with another form's token does not open.
    other, _page, _headers = phone.form()
    moved = json.loads(phone.seal(config, {"first_name": "Bilal", "phone": "6125550123"}))
    moved["token"] = other["token"]
    assert phone.post(json.dumps(moved).encode())[0] == 400
    assert Signup.select().count() == 1


def test_junk_sent_with_a_sniffed_token_does_not_spoil_the_phones_sign_up(kit_with_event, serve):
    """The token travels in clear: someone on the Wi-Fi who sends it first with a seal that
    does not open (or opens to junk) must not use it up."""
    _server, phone = serve()
    config, _page, _headers = phone.form()
    other, _page, _headers = phone.form()
    stolen = json.loads(phone.seal(other, {"first_name": "Mallory"}))  # sealed to another token
    stolen["token"] = config["token"]
    assert phone.post(json.dumps(stolen).encode())[0] == 400
    junk = json.dumps({"token": config["token"], "sealed": base64.b64encode(b"x" * 80).decode()})
    assert phone.post(junk.encode())[0] == 400
    public = X25519PublicKey.from_public_bytes(base64.b64decode(config["key"]))
    not_a_signup = SUITE.encrypt(b'{"v": 2}', public, (config["info"] + config["token"]).encode())
    assert phone.post(json.dumps({"token": config["token"], "sealed": base64.b64encode(
        not_a_signup).decode()}).encode())[0] == 400
    # A seal that opens (the page's key is public) but that the kiosk's checks refuse.
    refused = phone.post(phone.seal(config, {"first_name": "", "email": "x"}))
    assert refused[0] == 422
    assert Signup.select().count() == 0
    body = phone.seal(config, {"first_name": "Dina", "email": "dina@example.org"})
    assert phone.post(body)[0] == 200
    assert phone.post(body)[:2] == (409, {"error": "used"})  # and still good once only
    assert Signup.select().count() == 1


def test_one_address_flooding_forms_pushes_out_only_its_own_tokens(kit_with_event, serve):
    """GET / mints a token and at most max_tokens wait: a flood from one address must not
    push out the forms other phones are filling in."""
    import http.client

    server, phone = serve(PhoneLimits(max_tokens=6, tokens_per_client=2,
                                      requests_per_minute=1000))
    config, _page, _headers = phone.form()  # a phone, from 127.0.0.1
    host, port = server.address
    for _ in range(12):  # another device, from 127.0.0.2
        flood = http.client.HTTPConnection(host, port, timeout=10,
                                           source_address=("127.0.0.2", 0))
        flood.request("GET", "/", headers={"Host": f"{host}:{port}"})
        assert flood.getresponse().status == 200
        flood.close()
    assert phone.post(phone.seal(config, {"first_name": "Esi", "email": "esi@example.org"}))[0] \
        == 200
    # One address's own oldest goes first.
    first, _page, _headers = phone.form()
    phone.form()
    phone.form()
    assert phone.post(phone.seal(first, {"first_name": "Esi", "email": "e2@example.org"}))[:2] \
        == (409, {"error": "used"})
    assert Signup.select().count() == 1


def test_a_retry_after_a_slow_save_is_not_stored_twice(kit_with_event, serve, monkeypatch):
    """Recording longer than record_seconds answers "not saved" with a new token while the
    first save goes on: the phone's retry must not store the sign-up a second time."""
    import threading
    import time

    import kit.services.signups as signups
    from kit.domain.errors import KitError

    real = signups.record_signup
    slow = {"seconds": 0.8, "fail": False}
    release = threading.Event()

    def record_slowly(*args, **kwargs):
        seconds, slow["seconds"] = slow["seconds"], 0.0
        time.sleep(seconds)
        if slow["fail"]:
            slow["fail"] = False
            raise KitError("the disk is full", code="disk")
        release.set()
        return real(*args, **kwargs)

    monkeypatch.setattr(signups, "record_signup", record_slowly)
    server, phone = serve(PhoneLimits(record_seconds=0.2))
    config, _page, _headers = phone.form()
    typed = {"first_name": "Gul", "email": "gul@example.org"}
    status, answer, _ = phone.post(phone.seal(config, typed))
    assert (status, answer["error"]) == (500, "not_saved")
    # The same try again at once, while the first save still runs: not saved yet either.
    second = phone.post(phone.seal(config, typed, token=answer["token"]))[1]
    assert second["error"] == "not_saved" and second["token"]
    assert release.wait(5)
    deadline = time.monotonic() + 5
    while server.recorded < 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    status, answer, _ = phone.post(phone.seal(config, typed, token=second["token"]))
    assert (status, answer) == (200, {"ok": True, "already": True})
    assert Signup.select().count() == 1 and server.recorded == 1
    # A slow save that failed leaves the retry to store it.
    slow.update(seconds=0.8, fail=True)
    config, _page, _headers = phone.form()
    typed = {"first_name": "Hina", "email": "hina@example.org"}
    answer = phone.post(phone.seal(config, typed))[1]
    time.sleep(1.0)
    status, answer, _ = phone.post(phone.seal(config, typed, token=answer["token"]))
    assert (status, answer) == (200, {"ok": True})
    assert Signup.select().count() == 2


def test_refused_sign_ups_name_fields_and_codes_never_values(kit_with_event, serve):
    _server, phone = serve()
    config, _page, _headers = phone.form()
    status, answer, _ = phone.post(phone.seal(config, {"first_name": "Chanda",
                                                       "email": "chanda@@nowhere"}))
    assert status == 422 and answer["errors"] == {"email": "email"}
    assert "chanda" not in json.dumps(answer).lower()
    assert answer["token"]  # the same form may try again with it
    retry = phone.post(phone.seal(config, {"first_name": "Chanda", "email": "c@example.org"},
                                  token=answer["token"]))
    assert retry[0] == 200 and Signup.select().count() == 1


def test_oversized_unbounded_and_malformed_requests_are_refused_unread(kit_with_event, serve):
    _server, phone = serve(PhoneLimits(max_body=2048))
    status, answer, _ = phone.post(b"x" * 4096)
    assert (status, answer) == (413, {"error": "too_large"})
    host, port = phone.base.split("//")[1].rstrip("/").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as raw:
        raw.sendall(b"POST /signup HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n")
        assert raw.recv(100).startswith(b"HTTP/1.0 411")
    assert phone.post(b"{not json")[0] == 400
    assert phone.post(json.dumps({"token": "nope", "sealed": "AAAA"}).encode())[0] == 409
    assert Signup.select().count() == 0


def test_each_client_has_a_bounded_rate(kit_with_event, serve):
    _server, phone = serve(PhoneLimits(requests_per_minute=3))
    for _ in range(3):
        phone.form()
    with pytest.raises(urllib.error.HTTPError) as refused:
        phone.form()
    assert refused.value.code == 429


def test_a_form_built_before_new_consent_wording_is_not_recorded(kit_with_event, serve):
    kit = kit_with_event
    _server, phone = serve()
    config, _page, _headers = phone.form()
    toml = Path(kit.paths.campaign) / "campaign.toml"
    old = kit.consent_wording_in("en").email
    toml.write_text(toml.read_text(encoding="utf-8").replace(old, "Email me, new words."),
                    encoding="utf-8")
    kit.reload_pack()
    status, answer, _ = phone.post(phone.seal(config, {"first_name": "Dua",
                                                       "email": "dua@example.org",
                                                       "consent_email": True}))
    assert (status, answer) == (409, {"error": "outdated"})
    assert Signup.select().count() == 0


def test_paused_serves_no_form_and_takes_nothing(kit_with_event, serve):
    server, phone = serve()
    config, _page, _headers = phone.form()
    server.paused = True
    with pytest.raises(urllib.error.HTTPError) as paused:
        phone.form()
    assert paused.value.code == 503
    assert phone.post(phone.seal(config, {"first_name": "Esa", "email": "e@example.org"}))[0] == 503
    assert Signup.select().count() == 0


def test_nothing_is_read_back(kit_with_event, serve):
    _server, phone = serve()
    assert phone.sign_up({"first_name": "Farah", "email": "farah@example.org"})[0] == 200
    for path in ("/signup", "/contacts", "/?email=farah@example.org", "/../data"):
        try:
            with urllib.request.urlopen(phone.base.rstrip("/") + path, timeout=10) as answer:
                body = answer.read()
        except urllib.error.HTTPError as error:
            body = error.read()
        assert b"farah" not in body.lower()


def test_no_body_or_address_is_logged(kit_with_event, serve, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    _server, phone = serve()
    assert phone.sign_up({"first_name": "Gulnar", "email": "gulnar@example.org"})[0] == 200
    assert phone.sign_up({"first_name": "Gulnar", "email": "bad@@"})[0] == 422
    printed = capfd.readouterr()
    for text in (caplog.text, printed.out, printed.err):
        assert "gulnar" not in text.lower() and "127.0.0.1" not in text


def test_a_locked_protected_kit_stores_the_phone_sign_up_sealed(kit_with_event, serve):
    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    protection.lock(kit)
    _server, phone = serve()
    assert phone.sign_up({"first_name": "Hina", "email": "hina.canary@example.org",
                          "consent_email": True}, "ur")[0] == 200
    row = Signup.get()
    assert row.contact is None and row.sealed and row.language == "ur"
    kit.store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in Path(kit.paths.data_dir).rglob("*"):
        if path.is_file():
            assert b"hina.canary" not in path.read_bytes(), path
    protection.unlock(kit, PASS)
    [person] = search_contacts(kit, "hina")
    assert person.email == "hina.canary@example.org"


def test_a_server_started_unlocked_stops_when_the_kit_locks(kit_with_event, serve):
    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    protection.unlock(kit, PASS)
    server, _phone = serve()
    protection.lock(kit)
    assert server.wait(timeout=5)
    assert not server.running


def test_phones_connectivity_checks_are_sent_to_the_form(kit_with_event, serve):
    server, phone = serve()
    opener = urllib.request.build_opener(NoRedirect)
    for probe in ("/generate_204", "/hotspot-detect.html", "/connecttest.txt", "/ncsi.txt"):
        with pytest.raises(urllib.error.HTTPError) as answer:
            opener.open(phone.base.rstrip("/") + probe, timeout=10)
        assert answer.value.code == 302, probe
        assert answer.value.headers["Location"] == server.form_url
    assert server.form_url.endswith(f":{server.address[1]}/")


def raw_request(address: tuple[str, int], method: str, path: str, host: str | None,
                body: bytes = b"", source: str = "127.0.0.1") -> tuple[int, dict, bytes]:
    import http.client

    connection = http.client.HTTPConnection(*address, timeout=10, source_address=(source, 0))
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        if host is not None:
            connection.putheader("Host", host)
        if method == "POST":
            connection.putheader("Content-Type", "application/json")
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body or None)
        answer = connection.getresponse()
        return answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read()
    finally:
        connection.close()


def test_a_foreign_host_cannot_post_dns_rebinding(kit_with_event, serve):
    """A web page a phone visits can point its own name at the laptop (DNS rebinding) and post
    from the phone: its requests name that page's host, never the server's."""
    server, phone = serve()
    address = server.address
    port = address[1]
    config, _page, _headers = phone.form()
    body = phone.seal(config, {"first_name": "Farah", "email": "farah@example.org"})
    for foreign in (f"evil.example:{port}", "evil.example", f"127.0.0.1.evil.example:{port}",
                    f"127.0.0.1:{port + 1}", "", None):
        status, _headers, answer = raw_request(address, "POST", "/signup", foreign, body)
        assert (status, json.loads(answer)) == (421, {"error": "wrong_host"}), foreign
    assert Signup.select().count() == 0
    # GET / with a foreign name is sent to the form's own address, and makes no token.
    with server._forms_lock:
        waiting = len(server._forms)
    status, headers, _answer = raw_request(address, "GET", "/", f"evil.example:{port}")
    assert (status, headers["location"]) == (302, server.form_url)
    with server._forms_lock:
        assert len(server._forms) == waiting
    # The captive-portal checks arrive with their vendors' names and are still redirected.
    for probe, name in (("/generate_204", "connectivitycheck.gstatic.com"),
                        ("/hotspot-detect.html", "captive.apple.com"),
                        ("/connecttest.txt", "www.msftconnecttest.com"),
                        ("/ncsi.txt", "www.msftncsi.com")):
        status, headers, _answer = raw_request(address, "GET", probe, name)
        assert (status, headers["location"]) == (302, server.form_url), probe
    # Its own names are served: the address it listens on, with or without the port.
    for own in (f"127.0.0.1:{port}", f"LOCALHOST:{port}", "127.0.0.1"):
        assert raw_request(address, "GET", "/", own)[0] == 200, own
    status, _headers, answer = raw_request(address, "POST", "/signup", f"127.0.0.1:{port}", body)
    assert (status, json.loads(answer)) == (200, {"ok": True})
    assert Signup.select().count() == 1


def test_on_every_interface_the_address_a_request_came_in_on_is_its_own(kit_with_event):
    server = PhoneServer(kit_with_event, "0.0.0.0", 0, url_host="10.42.0.1",
                         host_names=("table.lan",)).start()
    try:
        port = server.address[1]
        target = ("127.0.0.2", port)
        for own in (f"127.0.0.2:{port}", f"table.lan:{port}"):
            assert raw_request(target, "GET", "/", own)[0] == 200, own
        assert raw_request(target, "GET", "/", f"127.0.0.3:{port}")[0] == 302
        assert server.own_host(f"10.42.0.1:{port}", "10.42.0.1")  # the hotspot's, in the URL
        assert server.own_host(f"[::ffff:10.42.0.1]:{port}", "::ffff:10.42.0.1")
        assert not server.own_host(f"10.42.0.1.nip.io:{port}", "10.42.0.1")
    finally:
        server.stop()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.mark.parametrize(("request_line", "code"), [
    (b"BREW / HTTP/1.0\r\n\r\n", 501),  # an unknown method
    (b"GET /" + b"a" * 70_000 + b" HTTP/1.0\r\n\r\n", 414),  # a request line too long
    (b"GET / HTTP/1.0\r\n" + b"X-A: b\r\n" * 120 + b"\r\n", 431),  # too many headers
    (b"GET /generate_204 HTTP/1.0\r\n\r\n", 302),  # the captive-portal redirect
])
def test_http_servers_own_answers_carry_the_security_headers(kit_with_event, serve,
                                                             request_line, code):
    _server, phone = serve()
    host, port = phone.base.split("//")[1].rstrip("/").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as raw:
        raw.sendall(request_line)
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = raw.recv(4096)
            if not chunk:
                break
            answer += chunk
    head = answer.split(b"\r\n\r\n")[0].decode("latin-1").lower()
    assert head.split()[1] == str(code)
    for header in ("cache-control: no-store", "x-content-type-options: nosniff",
                   "content-security-policy: default-src 'none'", "x-frame-options: deny",
                   "referrer-policy: no-referrer"):
        assert header in head, (header, head)
    assert head.count("cache-control") == 1 and head.count("content-security-policy") == 1


def test_json_nested_thousands_deep_is_refused_not_a_crash(kit_with_event, serve):
    _server, phone = serve()
    assert phone.post(b"[" * 15_000)[0] == 400
    config, _page, _headers = phone.form()
    public = X25519PublicKey.from_public_bytes(base64.b64decode(config["key"]))
    sealed = SUITE.encrypt(b"[" * 10_000, public, (config["info"] + config["token"]).encode())
    body = json.dumps({"token": config["token"], "sealed": base64.b64encode(sealed).decode()})
    assert phone.post(body.encode())[0] == 400
    assert phone.sign_up({"first_name": "Iqra", "email": "iqra@example.org"})[0] == 200


@pytest.mark.skipif(not hasattr(socket, "if_nameindex") or os.name != "posix",
                    reason="interface addresses are read on Linux only")
def test_interface_addresses_include_loopback():
    from kit.services.phones.server import _interface_addresses

    assert "127.0.0.1" in _interface_addresses()


@pytest.mark.parametrize("request_start", [b"GET / HTTP/1.0\r\n",
                                           b"POST /signup HTTP/1.0\r\nContent-Length: 900\r\n\r\n"])
def test_a_slow_client_is_cut_off_after_the_request_time_not_per_byte(kit_with_event, serve,
                                                                      request_start):
    """Slowloris: a byte every so often, each well within the socket's timeout, must not hold a
    connection (one of the bounded few) longer than `request_seconds` in all."""
    import time

    _server, phone = serve(PhoneLimits(request_seconds=0.6))
    host, port = phone.base.split("//")[1].rstrip("/").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as raw:
        raw.sendall(request_start)
        started = time.monotonic()
        cut = False
        while time.monotonic() - started < 4:
            time.sleep(0.2)
            try:
                raw.sendall(b"X" if b"POST" in request_start else b"X-A: b\r\n")
            except OSError:
                cut = True
                break
        if not cut:  # the server may have closed its side without a reset yet
            raw.settimeout(0.5)
            try:
                cut = raw.recv(100) == b""
            except (TimeoutError, OSError) as error:
                cut = not isinstance(error, TimeoutError)
        assert cut, "the trickling client still held its connection after 4 s"
    assert phone.form()[0]["token"]  # and the server still serves


def test_one_device_cannot_hold_every_connection(kit_with_event, serve):
    """Connections from one address are bounded below the server's bound: a device opening
    many (and sending slowly) leaves room for the other phones."""
    _server, phone = serve(PhoneLimits(connections_per_client=2, max_connections=64,
                                       request_seconds=10))
    host, port = phone.base.split("//")[1].rstrip("/").split(":")
    held = [socket.create_connection((host, int(port)), timeout=10) for _ in range(2)]
    try:
        held[0].sendall(b"GET / HTTP/1.0\r\n")  # both now being served, slowly
        with socket.create_connection((host, int(port)), timeout=5) as third:
            assert third.recv(100) == b""  # closed at once, nothing read or answered
    finally:
        for connection in held:
            connection.close()
    import time

    deadline = time.monotonic() + 5
    while True:  # the server sees them closed, and the address may connect again
        try:
            assert phone.form()[0]["token"]
            break
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
