"""The phone sign-up server: serves the form (kit.services.phones.page) on the local network
and takes sealed sign-ups, recording each exactly as the kiosk does
(kit.services.signups.record_signup: the same validation, identity, consent ledger and outbox).

What it promises (docs/threat-model.md, "Phone sign-ups"):

- It only accepts. No address serves anything stored: `GET /` is a fresh empty form, `POST
  /signup` answers ok, which fields are wrong (their names and codes, never their values), or
  why not. Every answer says `Cache-Control: no-store`.
- The phone seals the sign-up (HPKE, the kit's suite) to a key made for this server run and
  kept only in its memory; the server opens it in memory and hands the fields to the same use
  case as the kiosk, which seals them again to the kit's public key on a protected kit (a
  locked one too: sealing needs no passphrase), so nothing reaches the disk in clear there.
- Each form carries a one-time token bound into the seal (HPKE `info`): a body replayed, sent
  twice or moved to another form is refused. Tokens expire and their number is bounded.
- Bodies are bounded (Content-Length required), each client address has a bounded rate, the
  number of open connections and the time a request may take to arrive are bounded (in all,
  not per read: a client trickling a byte at a time is cut off), as are the connections one
  address may hold at once.
- Nothing about a request is logged: not its body, not its address (http.server's access log
  is silenced), only counts.

One thread records (the kit's database connection belongs to it), so sign-ups from many phones
queue there while the HTTP threads wait.
"""

from __future__ import annotations

import base64
import binascii
import collections
import json
import logging
import secrets
import socket
import struct
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from kit.domain.errors import KitError, ValidationFailed
from kit.domain.shown_form import ShownForm
from kit.domain.signup import SignupForm
from kit.protect.sealing import SUITE
from kit.services import protection
from kit.services.kiosk_form import form_in_force, form_outdated
from kit.services.kit import Kit
from kit.services.phones.page import FormPage, render_form, render_notice
from kit.services.phones.texts import PageLanguage, page_language

log = logging.getLogger(__name__)

INFO_PREFIX = "outreach-kit/phone/v1|"
SOURCE = "phone"  # the sign-up's source, beside "kiosk", "cli" and the imports'
TEXT_FIELDS = ("first_name", "last_name", "email", "phone", "postal_code", "note")
MAX_INTERESTS = 50
# The connectivity checks phones make when they join a network (Android's /generate_204, Apple's
# hotspot-detect.html, Windows' connecttest.txt and ncsi.txt, Firefox's and others'): each
# expects a fixed answer, and a redirect instead tells the phone it is behind a captive portal,
# so it opens the form by itself. They reach this server only where the network sends every
# name to the laptop and port 80 to this port (the one-time step in docs/coordinator-guide.md).
CAPTIVE_PROBES = frozenset({
    "/generate_204", "/gen_204", "/hotspot-detect.html", "/library/test/success.html",
    "/connecttest.txt", "/ncsi.txt", "/redirect", "/success.txt", "/canonical.html",
    "/check_network_status.txt",
})
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")

DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'"
SECURITY_HEADERS = (
    ("Cache-Control", "no-store"), ("Pragma", "no-cache"),
    ("Content-Security-Policy", DEFAULT_CSP), ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
)


@dataclass(frozen=True)
class PhoneLimits:
    """The bounds of one server (tests make them small)."""

    max_body: int = 16 * 1024  # a sealed sign-up at its longest is ~2 KB of base64
    requests_per_minute: int = 60  # per client address, every kind of request
    signups_per_minute: int = 10  # per client address
    max_tokens: int = 5000  # forms handed out and not yet sent; the oldest go first
    tokens_per_client: int = 8  # of those, from one address; its own oldest go first
    token_seconds: float = 2 * 3600.0
    max_connections: int = 64  # at once; more are closed at once
    connections_per_client: int = 8  # at once from one address (a browser opens up to 6)
    request_seconds: float = 15.0  # a client that sends slower is cut off
    record_seconds: float = 30.0  # longest wait for the recording thread


@dataclass
class _Form:
    shown: ShownForm
    language: str
    issued: float
    client: str = ""  # the address it was handed to (in memory only, never logged)
    # The recording of an earlier try of this form that was still running when the phone was
    # answered "not saved" (and given this token): if it stored the sign-up, this try stores
    # nothing and is answered "already received".
    earlier: Future[str] | None = None


class _Rate:
    """Requests per client address in the last minute (in memory only, never logged)."""

    def __init__(self, limit: int, monotonic: Callable[[], float], max_clients: int = 4096) -> None:
        self._limit = limit
        self._monotonic = monotonic
        self._max_clients = max_clients
        self._seen: collections.OrderedDict[str, collections.deque[float]] = (
            collections.OrderedDict())
        self._lock = threading.Lock()

    def allow(self, client: str) -> bool:
        now = self._monotonic()
        with self._lock:
            times = self._seen.pop(client, None) or collections.deque()
            while times and now - times[0] >= 60.0:
                times.popleft()
            allowed = len(times) < self._limit
            if allowed:
                times.append(now)
            self._seen[client] = times
            while len(self._seen) > self._max_clients:
                self._seen.popitem(last=False)
            return allowed


class PhoneServer:
    """Serves the phone form and records sealed sign-ups into `kit` until stopped."""

    def __init__(self, kit: Kit, host: str = "0.0.0.0", port: int = 8080, *,
                 limits: PhoneLimits | None = None, url_host: str | None = None,
                 host_names: tuple[str, ...] = (),
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        """`url_host`: the address phones reach the laptop at (a hotspot's), when listening on
        every interface; else the laptop's address on its network (lan_address).
        `host_names`: names besides its addresses that phones reach it by (a name the
        network's DNS gives the laptop); any other Host is refused (DNS rebinding)."""
        self.kit = kit
        self.limits = limits or PhoneLimits()
        self._monotonic = monotonic
        # This run's key: made here, kept in memory only, gone when the server stops.
        self._private = X25519PrivateKey.generate()
        self.public_key = self._private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self._forms: collections.OrderedDict[str, _Form] = collections.OrderedDict()
        # Each address's tokens, oldest first: a client flooding GET / pushes out its own
        # forms, not the other phones'.
        self._by_client: dict[str, collections.OrderedDict[str, None]] = {}
        self._forms_lock = threading.Lock()
        self._requests = _Rate(self.limits.requests_per_minute, monotonic)
        self._signups = _Rate(self.limits.signups_per_minute, monotonic)
        self._connections = threading.BoundedSemaphore(self.limits.max_connections)
        self._recorder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="phones-record")
        self.paused = False
        self.recorded = 0  # sign-ups recorded since the start (a count, nothing else)
        self._httpd = _HTTPServer((host, port), _Handler, self)
        self._thread: threading.Thread | None = None
        self._stopped = threading.Event()
        self.form_url = self.url(url_host)  # shown as a QR code; captive-portal checks go there
        bound = self.address[0]
        self._own_names = {
            name.strip("[]").lower() for name in (
                *host_names, *LOOPBACK_NAMES, urlsplit(self.form_url).hostname or "",
                url_host or "", "" if bound in ("0.0.0.0", "::") else bound) if name}

    # -- running ----------------------------------------------------------------------------
    @property
    def address(self) -> tuple[str, int]:
        host, port = self._httpd.server_address[:2]
        return str(host), int(port)

    def url(self, host: str | None = None) -> str:
        """The form's address; for a server on every interface, with the laptop's address."""
        bound, port = self.address
        if host is None:
            host = lan_address() if bound in ("0.0.0.0", "::", "") else bound
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}/"

    def start(self) -> PhoneServer:
        """Serve in a background thread."""
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={
            "poll_interval": 0.2}, name="phones-http", daemon=True)
        self._thread.start()
        if protection.holds_keys(self.kit):
            # Started on an unlocked kit: its lock (by hand, or idle) takes the form down too.
            threading.Thread(target=self._stop_on_lock, name="phones-lock-watch",
                             daemon=True).start()
        log.info("Phone sign-ups started")
        return self

    def _stop_on_lock(self) -> None:
        while not self._stopped.wait(0.5):
            if not protection.holds_keys(self.kit):  # protection.lock drops the keys
                log.info("The kit locked: phone sign-ups stop")
                self.stop()
                return

    def stop(self) -> None:
        """Stop serving, forget every token and the key, close the recording thread's
        database connection. Safe to call twice."""
        if self._stopped.is_set():
            return
        self._stopped.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=10)
        self._httpd.server_close()
        with self._forms_lock:
            self._forms.clear()
            self._by_client.clear()
        try:
            self._recorder.submit(self.kit.store.close).result(timeout=10)
        except Exception:  # the kit may already be closed with the app
            log.debug("The recording thread's connection did not close", exc_info=True)
        self._recorder.shutdown(wait=True)
        log.info("Phone sign-ups stopped (%d recorded)", self.recorded)

    @property
    def running(self) -> bool:
        return not self._stopped.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until stopped (True) or `timeout` passed (False)."""
        return self._stopped.wait(timeout)

    def own_host(self, host_header: str | None, local_address: str) -> bool:
        """Whether a request's Host names this server: one of its names or the address the
        request came in on (an IP literal), on its port (or none, or 80 behind a redirect).
        A page a phone visits cannot use DNS rebinding to post here: its Host is its own
        name."""
        if not host_header:
            return False
        host, port = split_host(host_header.strip())
        if port not in (None, 80, self.address[1]):
            return False
        host = host.removeprefix("::ffff:")  # an IPv4 address on an IPv6 socket
        local = local_address.lower().removeprefix("::ffff:")
        return host in self._own_names or host == local

    # -- forms and tokens --------------------------------------------------------------------
    def new_form(self, language: PageLanguage, client: str = "") -> FormPage:
        """A fresh form in `language` with its own one-time token, handed to `client`."""
        kit = self.kit
        shown = form_in_force(kit, language.code)
        token = secrets.token_urlsafe(24)
        now = self._monotonic()
        with self._forms_lock:
            self._forget_expired(now)
            self._add(token, _Form(shown, language.code, now, client))
        pack = kit.pack()
        privacy = pack.privacy_in(language.code) if pack is not None else ""
        labels = dict(kit.interests(language.code))
        return render_form(
            language=language, shown=shown, interest_labels=labels,
            organisation=kit.organisation_name(), event_name="", privacy=privacy, token=token,
            public_key=self.public_key, info_prefix=INFO_PREFIX)

    def _add(self, token: str, form: _Form) -> None:
        """Keep `token` (under the lock): past the bound of its address, that address's oldest
        goes; past the bound of all, the oldest of all."""
        mine = self._by_client.setdefault(form.client, collections.OrderedDict())
        while len(mine) >= max(1, self.limits.tokens_per_client):
            self._drop(next(iter(mine)))
        self._forms[token] = form
        self._by_client.setdefault(form.client, mine)[token] = None
        while len(self._forms) > self.limits.max_tokens:
            self._drop(next(iter(self._forms)))

    def _drop(self, token: str) -> _Form | None:
        """Forget `token` (under the lock); the form it had, if any."""
        form = self._forms.pop(token, None)
        if form is not None:
            mine = self._by_client.get(form.client)
            if mine is not None:
                mine.pop(token, None)
                if not mine:
                    del self._by_client[form.client]  # no address kept once it holds none
        return form

    def _forget_expired(self, now: float) -> None:
        while self._forms:
            token, form = next(iter(self._forms.items()))
            if now - form.issued < self.limits.token_seconds:
                break
            self._drop(token)

    def _peek(self, token: str) -> _Form | None:
        """The form `token` was handed out with, if it is still good (it stays good)."""
        with self._forms_lock:
            self._forget_expired(self._monotonic())
            return self._live(self._forms.get(token))

    def _take(self, token: str) -> _Form | None:
        """The form `token` was handed out with, which can never be used again."""
        with self._forms_lock:
            self._forget_expired(self._monotonic())
            return self._live(self._drop(token))

    def _live(self, form: _Form | None) -> _Form | None:
        if form is None or self._monotonic() - form.issued >= self.limits.token_seconds:
            return None
        return form

    def _restore(self, token: str, form: _Form) -> str:
        """`token` good again (its expiry unchanged), after its sign-up was refused."""
        with self._forms_lock:
            self._add(token, form)  # its issue time still bounds it (_live)
        return token

    def _reissue(self, form: _Form, earlier: Future[str] | None = None) -> str:
        """A new token for the same form (after a sign-up that was not saved, to try again);
        `earlier`: the recording that had not finished yet."""
        token = secrets.token_urlsafe(24)
        with self._forms_lock:
            self._add(token, _Form(form.shown, form.language, self._monotonic(), form.client,
                                   earlier))
        return token

    # -- one sign-up -------------------------------------------------------------------------
    def take_signup(self, body: bytes) -> tuple[HTTPStatus, dict[str, Any]]:
        """Open and record one sealed sign-up; the answer carries no personal data."""
        try:
            request = json.loads(body)
            token, sealed = request["token"], request["sealed"]
            if not isinstance(token, str) or not isinstance(sealed, str) or len(token) > 64:
                raise ValueError
            blob = base64.b64decode(sealed, validate=True)
        except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError,
                RecursionError):  # RecursionError: JSON nested thousands deep
            return HTTPStatus.BAD_REQUEST, {"error": "bad_request"}
        if self._peek(token) is None:
            return HTTPStatus.CONFLICT, {"error": "used"}
        if self.paused:
            return HTTPStatus.SERVICE_UNAVAILABLE, {"error": "paused"}
        try:
            plaintext = SUITE.decrypt(blob, self._private, (INFO_PREFIX + token).encode("ascii"))
            data = _signup_form(json.loads(plaintext.decode("utf-8")))
        except (InvalidTag, ValueError, UnicodeDecodeError, TypeError, RecursionError):
            # The token stays good: someone who saw it on the Wi-Fi and sent junk with it must
            # not spoil the phone's own sign-up.
            return HTTPStatus.BAD_REQUEST, {"error": "bad_request"}
        # Used up only now that its seal opened, and atomically: of two arrivals of one body,
        # one takes the form and the other is told it was used.
        form = self._take(token)
        if form is None:
            return HTTPStatus.CONFLICT, {"error": "used"}
        job: Future[str] = self._recorder.submit(self._record, form, data)
        try:
            job.result(timeout=self.limits.record_seconds)
        except _AlreadyStored:
            return HTTPStatus.OK, {"ok": True, "already": True}
        except TimeoutError:
            # Still recording: the phone may try again, but that try is bound to this one and
            # stores nothing if this one stored the sign-up.
            log.warning("Phone sign-up still being recorded after %.0f s",
                        self.limits.record_seconds)
            return HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "not_saved",
                                                      "token": self._reissue(form, job)}
        except _Outdated:
            return HTTPStatus.CONFLICT, {"error": "outdated"}
        except ValidationFailed as failed:
            errors: dict[str, str] = {}
            for error in failed.errors:
                errors.setdefault(error.field, error.code)
            # The same token again: a sign-up the kiosk's checks refuse (which anyone holding
            # the token and the page's public key can seal) must not use up the phone's form.
            return HTTPStatus.UNPROCESSABLE_ENTITY, {"errors": errors,
                                                     "token": self._restore(token, form)}
        except KitError as error:
            log.warning("Phone sign-up not stored: %s", error.code)
            return HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "not_saved",
                                                      "token": self._reissue(form)}
        except Exception:
            log.exception("Phone sign-up could not be stored")
            return HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "not_saved",
                                                      "token": self._reissue(form)}
        return HTTPStatus.OK, {"ok": True}

    def _record(self, form: _Form, data: SignupForm) -> str:
        """On the recording thread: nothing if an earlier try of this form stored it, the
        kiosk's rule for a form built before new wording, then the kiosk's use case. The stored
        sign-up's UUID."""
        from kit.services.signups import record_signup

        earlier = form.earlier
        # One recording thread: a try submitted earlier has finished before this one runs.
        if earlier is not None and earlier.done() and not earlier.cancelled():
            failed = earlier.exception()
            if failed is None or isinstance(failed, _AlreadyStored):
                raise _AlreadyStored
        if form_outdated(self.kit, form.shown, form.language, data.interests):
            raise _Outdated
        receipt = record_signup(self.kit, data, source=SOURCE, language=form.language)
        self.recorded += 1
        log.info("Phone sign-up %s stored", receipt.signup_uuid)
        return str(receipt.signup_uuid)


class _AlreadyStored(Exception):
    """An earlier try of the same form (answered before it finished) stored the sign-up."""


class _Outdated(Exception):
    """The wording or interests changed since the form was handed out."""


def _signup_form(document: object) -> SignupForm:
    """The opened payload as the kiosk's SignupForm; ValueError for anything else."""
    if not isinstance(document, dict) or document.get("v") != 1:
        raise ValueError("not a phone sign-up")
    values: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        value = document.get(name, "")
        if not isinstance(value, str):
            raise ValueError(name)
        values[name] = value
    interests = document.get("interests", [])
    if (not isinstance(interests, list) or len(interests) > MAX_INTERESTS
            or not all(isinstance(tag, str) for tag in interests)):
        raise ValueError("interests")
    consent_email, consent_sms = document.get("consent_email"), document.get("consent_sms")
    if not isinstance(consent_email, bool) or not isinstance(consent_sms, bool):
        raise ValueError("consent")
    return SignupForm(interests=tuple(interests), consent_email=consent_email,
                      consent_sms=consent_sms, **values)


def split_host(value: str) -> tuple[str, int | None]:
    """A Host header's name (lower case, an IPv6 address without brackets) and port; the port
    is -1 when it is not a number."""
    host, port = value, ""
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return value.lower(), -1
        host, port = value[1:end], value[end + 1:]
        port = port.removeprefix(":") if port.startswith(":") else ("" if not port else "x")
    elif value.count(":") == 1:
        host, port = value.split(":")
    number = int(port) if port.isdigit() else (None if port == "" else -1)
    return host.lower().rstrip("."), number


def lan_address() -> str:
    """This machine's address on its network, for the form's URL (not a `.local` name, which
    many phones cannot resolve). Asks the routing table only: connecting a UDP socket sends
    nothing. 127.0.0.1 when there is no network."""
    for probe in ("192.0.2.1", "10.255.255.255"):  # a documentation address; a private one
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                udp.connect((probe, 9))
                address = udp.getsockname()[0]
        except OSError:
            continue
        if address and not address.startswith("127.") and address != "0.0.0.0":
            return str(address)
    # No route to anywhere (a hotspot with no internet behind it): the first interface's own.
    for address in _interface_addresses():
        if not address.startswith("127."):
            return address
    return "127.0.0.1"


def _interface_addresses() -> list[str]:
    """The IPv4 address of each network interface (Linux: SIOCGIFADDR); [] elsewhere."""
    try:
        import fcntl
    except ImportError:  # Windows
        return []
    found: list[str] = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _index, name in socket.if_nameindex():
            request = struct.pack("256s", name.encode()[:15])
            try:
                answer = fcntl.ioctl(probe.fileno(), 0x8915, request)  # SIOCGIFADDR
            except OSError:  # no IPv4 address on it
                continue
            found.append(socket.inet_ntoa(answer[20:24]))
    return found


class _HTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer with a bound on open connections."""

    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default backlog of 5 made phones arriving together wait for the kernel's
    # SYN retries (1 s, 3 s, 7 s): 50 at once took 7.7 s (benchmarks/bench_phones.py).
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler],
                 phones: PhoneServer) -> None:
        self.phones = phones
        # Open connections per client address: one device must not hold every connection.
        self._per_client: dict[str, int] = {}
        self._per_client_lock = threading.Lock()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        client = str(client_address[0])
        with self._per_client_lock:
            held = self._per_client.get(client, 0)
            if held >= self.phones.limits.connections_per_client:
                self.shutdown_request(request)  # this device has enough open: closed, unread
                return
            self._per_client[client] = held + 1
        if not self.phones._connections.acquire(blocking=False):
            self._let_go(client)
            self.shutdown_request(request)  # too many at once: closed, nothing read
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.phones._connections.release()
            self._let_go(str(client_address[0]))

    def _let_go(self, client: str) -> None:
        with self._per_client_lock:
            left = self._per_client.get(client, 1) - 1
            if left > 0:
                self._per_client[client] = left
            else:
                self._per_client.pop(client, None)  # no address kept once its last one closed

    def handle_error(self, request: Any, client_address: Any) -> None:
        # The default prints the client's address and a traceback to stderr.
        log.debug("A phone request failed", exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    """One request. Never logs (http.server's log_message would print the client's address)."""

    server: _HTTPServer
    protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers

    def version_string(self) -> str:
        return "OutreachKit"  # no Python or library versions for a stranger on the network

    def setup(self) -> None:
        # StreamRequestHandler reads `timeout` in setup(): it bounds each read, not the request,
        # so a client sending a byte now and then (slowloris) would hold one of the few
        # connections for ever. The deadline bounds receiving the whole request: past it the
        # socket is shut, which ends the read at once.
        self._sent_names: set[str] = set()  # the headers of the answer being written
        limit = self.server.phones.limits.request_seconds
        self.timeout = limit  # type: ignore[misc]
        self._deadline = threading.Timer(limit, self._cut_off)
        self._deadline.daemon = True
        self._deadline.start()
        super().setup()

    def _cut_off(self) -> None:
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:  # already closed
            pass

    def _received(self) -> None:
        """The request is read: the answer may take as long as recording does."""
        self._deadline.cancel()

    def finish(self) -> None:
        self._deadline.cancel()
        super().finish()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base's name)
        return

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return

    @property
    def phones(self) -> PhoneServer:
        return self.server.phones

    def _client(self) -> str:
        return str(self.client_address[0])

    def _own_host(self) -> bool:
        try:
            local = str(self.connection.getsockname()[0])
        except OSError:
            return False
        return self.phones.own_host(self.headers.get("Host"), local)

    def send_header(self, keyword: str, value: str) -> None:
        self._sent_names.add(keyword.lower())
        super().send_header(keyword, value)

    def end_headers(self) -> None:
        """Every answer carries the security headers, http.server's own error pages (400, 414,
        431, 501 from send_error) and the captive-portal redirects too."""
        for name, value in SECURITY_HEADERS:
            if name.lower() not in self._sent_names:
                super().send_header(name, value)
        self._sent_names.clear()
        super().end_headers()

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, *,
              csp: str = DEFAULT_CSP) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", csp)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: HTTPStatus, document: dict[str, Any]) -> None:
        self._send(status, json.dumps(document).encode("utf-8"), "application/json")

    def _page(self, status: HTTPStatus, page: FormPage) -> None:
        self._send(status, page.html, "text/html; charset=utf-8", csp=page.csp)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        phones = self.phones
        self._received()
        parts = urlsplit(self.path)
        language = page_language((parse_qs(parts.query).get("lang") or [""])[0])
        if not phones._requests.allow(self._client()):
            self._page(HTTPStatus.TOO_MANY_REQUESTS, render_notice(
                language, "Too many tries from this phone. Wait a minute and try again."))
            return
        if parts.path in CAPTIVE_PROBES or not self._own_host():
            # Phones' connectivity checks arrive with their vendors' names; any other name is
            # sent to the form's own address too (no token is made for a foreign name).
            self.send_response(HTTPStatus.FOUND)
            self.send_header("Location", phones.form_url)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if parts.path != "/":
            self._send(HTTPStatus.NOT_FOUND, b"", "text/plain")
            return
        if phones.paused:
            self._page(HTTPStatus.SERVICE_UNAVAILABLE, render_notice(
                language, "Sign-ups from phones are paused. Please sign up at the table."))
            return
        self._page(HTTPStatus.OK, phones.new_form(language, self._client()))

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        phones = self.phones
        client = self._client()
        if urlsplit(self.path).path != "/signup":
            self.close_connection = True
            self._send(HTTPStatus.NOT_FOUND, b"", "text/plain")
            return
        if not self._own_host():  # a web page using DNS rebinding to post here
            self.close_connection = True
            self._json(HTTPStatus.MISDIRECTED_REQUEST, {"error": "wrong_host"})
            return
        if not phones._requests.allow(client) or not phones._signups.allow(client):
            self.close_connection = True
            self._json(HTTPStatus.TOO_MANY_REQUESTS, {"error": "busy"})
            return
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            self._json(HTTPStatus.LENGTH_REQUIRED, {"error": "length_required"})
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self.close_connection = True
            self._json(HTTPStatus.LENGTH_REQUIRED, {"error": "length_required"})
            return
        if length < 0 or length > phones.limits.max_body:
            self.close_connection = True  # the body is never read
            self._json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "too_large"})
            return
        try:
            body = self.rfile.read(length)
        except OSError:  # too slow (the request's timeout) or gone
            self.close_connection = True
            return
        self._received()
        if len(body) != length:
            self._json(HTTPStatus.BAD_REQUEST, {"error": "bad_request"})
            return
        status, answer = phones.take_signup(body)
        del body
        self._json(status, answer)
