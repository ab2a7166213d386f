"""FakeCRM: the three sync endpoints as documented, keeping the people, injecting faults.

Behaviour copied from the services' documentation, because the tests rely on it:
- Action Network `POST /an/people/` upserts by email, else by phone. A new email address with no
  status is subscribed; a new phone with no status is unsubscribed; an existing address keeps its
  status unless one is given. Header `OSDI-API-Token`.
- Mailchimp `PUT /mc/3.0/lists/{list}/members/{md5}` upserts by hash (checked against the
  address); `status_if_new` only applies to new members, `status` always. `POST .../tags` -> 204.
  Basic auth, any user name, the key as password. `GET /mc/3.0/ping`.
- Webhook `POST /hook`: checks X-Outreach-Kit-Signature over timestamp + "." + body (5 minutes of
  skew at most) and stores the document by its Idempotency-Key.

Every response is built whole and written once on a TCP_NODELAY socket: with headers and body
in separate writes, Nagle plus delayed ACKs stall each request by about 40 ms.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http
import http.server
import ipaddress
import json
import socket
import ssl
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any

DEFAULT_LIFETIME_S = 300.0
MAX_BODY = 1_000_000


@dataclass
class Fault:
    """One injected failure, used by the next matching request.

    kind: "500", "503", "429", "401", "403", "400", "compliance", "drop" (close without an
    answer, before doing anything), "drop_after" (do the work, then close without an answer:
    the client cannot know it was delivered), "slow" (wait `delay` s, do the work, answer late).
    """

    kind: str
    retry_after: str | None = None
    reason: str = "Invalid Resource"
    delay: float = 0.0
    path_contains: str = ""


@dataclass
class Logged:
    """A request as the server saw it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.monotonic)


class FakeCRM:
    """Start with `with FakeCRM() as crm:`; base URLs are crm.an_url, crm.mc_url, crm.hook_url."""

    def __init__(self, *, an_token: str = "an-token", mc_key: str = "mc-key-us1",
                 webhook_secret: str = "hook-secret", tls: ssl.SSLContext | None = None,
                 latency_s: float = 0.0, lifetime_s: float = DEFAULT_LIFETIME_S,
                 host: str = "127.0.0.1") -> None:
        if not ipaddress.ip_address(host).is_loopback:
            raise ValueError("FakeCRM listens on loopback addresses only")
        self.an_token, self.mc_key, self.webhook_secret = an_token, mc_key, webhook_secret
        self.latency_s = latency_s
        self.lock = threading.Lock()
        self.people: list[dict] = []
        self._by_email: dict[str, dict] = {}
        self._by_phone: dict[str, dict] = {}
        self.members: dict[tuple[str, str], dict] = {}
        self.hook_docs: dict[str, dict] = {}
        self.hook_deliveries: dict[str, int] = {}
        self.requests: list[Logged] = []
        self.faults: deque[Fault] = deque()
        self.stopping = threading.Event()
        self._server = _Server((host, 0), _Handler)
        self._server.crm = self
        self._tls = tls
        self._lifetime_s = lifetime_s
        self._thread: threading.Thread | None = None
        self._timer: threading.Timer | None = None

    # -- lifecycle ------------------------------------------------------------------------
    @property
    def url(self) -> str:
        scheme = "https" if self._tls else "http"
        host, port = self._server.server_address[:2]
        return f"{scheme}://{host}:{port}"

    @property
    def an_url(self) -> str:
        return self.url + "/an"

    @property
    def mc_url(self) -> str:
        return self.url + "/mc/3.0"

    @property
    def hook_url(self) -> str:
        return self.url + "/hook"

    def start(self) -> FakeCRM:
        if self._tls is not None:
            # Handshake in the handler thread, so a refusing client never blocks accept().
            self._server.socket = self._tls.wrap_socket(
                self._server.socket, server_side=True, do_handshake_on_connect=False)
        self._thread = threading.Thread(target=self._server.serve_forever,
                                         kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        # Stops by itself, so a test that forgets to stop it cannot leave it running.
        self._timer = threading.Timer(self._lifetime_s, self.stop)
        self._timer.daemon = True
        self._timer.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._timer is not None:
            self._timer.cancel()
        if self._thread is not None and self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeCRM:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- faults and inspection --------------------------------------------------------------
    def fail_next(self, kind: str, count: int = 1, **params: Any) -> None:
        """Queue `count` faults of `kind` for the next matching requests."""
        with self.lock:
            for _ in range(count):
                self.faults.append(Fault(kind, **params))

    def take_fault(self, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.path_contains in path:
                    self.faults.remove(fault)
                    return fault
        return None

    def person_by_email(self, email: str) -> dict | None:
        with self.lock:
            return self._by_email.get(email.lower())

    def count(self, method: str, path_part: str) -> int:
        with self.lock:
            return sum(1 for r in self.requests if r.method == method and path_part in r.path)

    # -- the services ---------------------------------------------------------------------
    def handle(self, method: str, path: str, headers: dict[str, str],
               body: bytes) -> tuple[int, dict[str, str], bytes]:
        """Route one request; returns status, extra headers and the body."""
        if path.startswith("/an/"):
            return self._action_network(method, path[3:], headers, body)
        if path.startswith("/mc/3.0/"):
            return self._mailchimp(method, path[7:], headers, body)
        if path.rstrip("/") == "/hook":
            return self._webhook(method, headers, body)
        return _json(404, {"error": "Not found"})

    def _action_network(self, method, path, headers, body):
        if headers.get("osdi-api-token") != self.an_token:
            return _json(401, {"error": "API Key invalid or not present"})
        if method == "GET" and path == "/":
            return _json(200, {"motd": "Welcome to the Action Network OSDI API"})
        if method != "POST" or path != "/people/":
            return _json(404, {"error": "Not found"})
        try:
            document = json.loads(body)
            person = document["person"]
        except (ValueError, KeyError, TypeError):
            return _json(400, {"error": "JSON could not be parsed"})
        emails = [e for e in person.get("email_addresses", []) if e.get("address")]
        phones = [p for p in person.get("phone_numbers", []) if p.get("number")]
        if not emails and not phones:
            return _json(400, {"error": "Email address or phone number is required"})
        with self.lock:
            found = None
            for e in emails:
                found = found or self._by_email.get(e["address"].lower())
            for n in phones if found is None else []:
                found = found or self._by_phone.get(n["number"])
            if found is None:
                found = {"id": str(uuid.uuid4()), "emails": {}, "phones": {}, "tags": [],
                         "custom_fields": {}, "postal_addresses": [], "given_name": "",
                         "family_name": ""}
                self.people.append(found)
            for key in ("given_name", "family_name"):
                if person.get(key):
                    found[key] = person[key]
            for e in emails:
                address = e["address"].lower()
                if "status" in e:
                    found["emails"][address] = e["status"]
                else:
                    found["emails"].setdefault(address, "subscribed")
                self._by_email.setdefault(address, found)
            for n in phones:
                if "status" in n:
                    found["phones"][n["number"]] = n["status"]
                else:
                    found["phones"].setdefault(n["number"], "unsubscribed")
                self._by_phone.setdefault(n["number"], found)
            if person.get("postal_addresses"):
                found["postal_addresses"] = person["postal_addresses"]
            found["custom_fields"].update(person.get("custom_fields") or {})
            for tag in document.get("add_tags") or []:
                if tag not in found["tags"]:
                    found["tags"].append(tag)
            answer = {"identifiers": [f"action_network:{found['id']}"],
                      "given_name": found["given_name"]}
        return _json(200, answer)

    def _mailchimp(self, method, path, headers, body):
        if not self._mailchimp_auth(headers.get("authorization", "")):
            return _problem(401, "API Key Invalid", "Your API key may be invalid.")
        if method == "GET" and path == "/ping":
            return _json(200, {"health_status": "Everything's Chimpy!"})
        parts = path.strip("/").split("/")
        if len(parts) < 4 or parts[0] != "lists" or parts[2] != "members":
            return _problem(404, "Resource Not Found", "The requested resource could not be found.")
        list_id, member_hash = parts[1], parts[3]
        key = (list_id, member_hash)
        try:
            document = json.loads(body) if body else {}
        except ValueError:
            return _problem(400, "Invalid Resource", "The JSON could not be parsed.")
        with self.lock:
            if len(parts) == 4 and method == "PUT":
                email = str(document.get("email_address", ""))
                if hashlib.md5(email.lower().encode()).hexdigest() != member_hash:  # noqa: S324
                    return _problem(400, "Invalid Resource",
                                    "The subscriber hash does not match the email address.")
                member = self.members.get(key)
                if member is None:
                    status = document.get("status") or document.get("status_if_new")
                    if not status:
                        return _problem(400, "Invalid Resource",
                                        "The resource submitted could not be validated.",
                                        [{"field": "status", "message": "required"}])
                    member = {"id": member_hash, "email_address": email, "status": status,
                              "merge_fields": {}, "tags": []}
                    self.members[key] = member
                elif document.get("status"):
                    member["status"] = document["status"]
                member["merge_fields"].update(document.get("merge_fields") or {})
                return _json(200, {"id": member_hash, "email_address": member["email_address"],
                                   "status": member["status"]})
            if len(parts) == 5 and parts[4] == "tags" and method == "POST":
                member = self.members.get(key)
                if member is None:
                    return _problem(404, "Resource Not Found", "The member does not exist.")
                for tag in document.get("tags", []):
                    if tag.get("status") == "active" and tag["name"] not in member["tags"]:
                        member["tags"].append(tag["name"])
                return 204, {}, b""
        return _problem(405, "Method Not Allowed", "This method is not allowed.")

    def _mailchimp_auth(self, header: str) -> bool:
        if not header.startswith("Basic "):
            return False
        try:
            _, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            return False
        return hmac.compare_digest(password, self.mc_key)

    def _webhook(self, method, headers, body):
        if method != "POST":
            return _json(405, {"error": "POST only"})
        timestamp = headers.get("x-outreach-kit-timestamp", "")
        given = headers.get("x-outreach-kit-signature", "")
        try:
            fresh = abs(time.time() - int(timestamp)) <= 300
        except ValueError:
            fresh = False
        wanted = "sha256=" + hmac.new(self.webhook_secret.encode(), timestamp.encode() + b"." + body,
                                      hashlib.sha256).hexdigest()
        if not fresh or not hmac.compare_digest(wanted, given):
            return _json(401, {"error": "bad signature"})
        document = json.loads(body)
        if document.get("schema") == "outreach-kit.ping/1":
            return _json(200, {"ok": True})
        key = headers.get("idempotency-key", "")
        if not key or key != document.get("signup", {}).get("uuid"):
            return _json(400, {"error": "Idempotency-Key must be the sign-up uuid"})
        with self.lock:
            self.hook_docs[key] = document
            self.hook_deliveries[key] = self.hook_deliveries.get(key, 0) + 1
        return _json(200, {"id": key})


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    crm: FakeCRM


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real services
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.connection.settimeout(30)

    def handle(self) -> None:
        try:
            if isinstance(self.connection, ssl.SSLSocket):
                self.connection.do_handshake()
            super().handle()
        except (ssl.SSLError, OSError):
            pass  # a refused handshake or a client gone: nothing to answer

    def log_message(self, format: str, *args) -> None:  # quiet: tests print what matters
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def _serve(self) -> None:
        crm = self.server.crm
        length = min(int(self.headers.get("Content-Length") or 0), MAX_BODY)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        with crm.lock:
            crm.requests.append(Logged(self.command, self.path, headers, body))
        if crm.latency_s:
            crm.stopping.wait(crm.latency_s)
        fault = crm.take_fault(self.path)
        if fault is not None and fault.kind == "drop":
            self._drop()
            return
        if fault is not None and fault.kind in ("slow", "drop_after"):
            if fault.kind == "slow":
                crm.stopping.wait(fault.delay)
            status, extra, payload = crm.handle(self.command, self.path, headers, body)
            if fault.kind == "drop_after":
                self._drop()
                return
        elif fault is not None:
            status, extra, payload = _fault_answer(fault)
        else:
            status, extra, payload = crm.handle(self.command, self.path, headers, body)
        self._answer(status, extra, payload)

    def _answer(self, status: int, extra: dict[str, str], payload: bytes) -> None:
        reason = http.HTTPStatus(status).phrase if status in http.HTTPStatus._value2member_map_ else ""
        lines = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(payload)}",
                 "Connection: keep-alive"]
        lines += [f"{k}: {v}" for k, v in extra.items()]
        data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload
        try:
            self.wfile.write(data)  # one write: see the module docstring
        except OSError:
            self.close_connection = True

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _json(status: int, document: Any, content_type: str = "application/json"
          ) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": content_type}, json.dumps(document).encode()


def _problem(status: int, title: str, detail: str, errors: list | None = None):
    document = {"type": "https://mailchimp.com/developer/marketing/docs/errors/", "title": title,
                "status": status, "detail": detail, "instance": str(uuid.uuid4())}
    if errors:
        document["errors"] = errors
    return _json(status, document, "application/problem+json")


def _fault_answer(fault: Fault) -> tuple[int, dict[str, str], bytes]:
    if fault.kind == "429":
        status, extra, payload = _problem(429, "Too Many Requests", "Slow down.")
        if fault.retry_after is not None:
            extra["Retry-After"] = fault.retry_after
        return status, extra, payload
    if fault.kind in ("500", "503"):
        status, extra, payload = _problem(int(fault.kind), "Internal Server Error", "Oops.")
        if fault.retry_after is not None:
            extra["Retry-After"] = fault.retry_after
        return status, extra, payload
    if fault.kind in ("401", "403"):
        return _problem(int(fault.kind), "API Key Invalid", "Your API key may be invalid.")
    if fault.kind == "compliance":
        return _problem(400, "Member In Compliance State",
                        "The contact is in a compliance state and cannot be re-subscribed.")
    if fault.kind == "400":
        return _problem(400, "Invalid Resource", fault.reason,
                        [{"field": "email_address", "message": fault.reason}])
    raise ValueError(f"unknown fault {fault.kind!r}")
