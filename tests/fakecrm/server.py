"""FakeCRM: the three sync endpoints as documented, keeping the people, injecting faults.

Honest on purpose (issue 12): it behaves as the services' documentation says, so the suite fails
where the real service would. Every fact is in docs/vendor-facts.md with its source.
- Action Network `POST /an/people/` (person signup helper) upserts by email, else by phone (a
  phone shared with another email record moves to the new person; a phone-only record merges). A
  new email address with no status is subscribed; a new phone with no status is unsubscribed;
  a `status` on an existing address or number CHANGES it, no status leaves it. `add_tags`
  applies only tags that exist in the group: unknown names are ignored without an error (kept in
  `ignored_tags` for the tests). Tags: `GET /an/tags?page=&per_page=` (HAL, `_embedded
  ["osdi:tags"]`, 25 a page at most) and `POST /an/tags {"name"}`. Answers are HAL+JSON.
  Header `OSDI-API-Token`.
- Mailchimp `PUT /mc/3.0/lists/{list}/members/{md5}` upserts by hash (checked against the
  address); `status_if_new` only applies to new members, `status` always. `PATCH` changes an
  existing member and is 404 for a missing one. `POST .../tags` -> 204, creating unknown tags.
  Every body is validated against the excerpt of Mailchimp's published OpenAPI document in
  mailchimp_openapi_excerpt.json (jsonschema), and properties that schema does not name are
  refused too (stricter than Mailchimp, so a misspelt field fails a test instead of vanishing).
  Basic auth, any user name, the key as password. `GET /mc/3.0/ping`.
- Webhook `POST /hook`: verified with the official Standard Webhooks library (`standardwebhooks`
  on PyPI) and stored by its Idempotency-Key.

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
from pathlib import Path
from typing import Any

import jsonschema
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

DEFAULT_LIFETIME_S = 300.0
MAX_BODY = 1_000_000
AN_PAGE_MAX = 25
MAILCHIMP_SCHEMAS = json.loads((Path(__file__).with_name("mailchimp_openapi_excerpt.json"))
                               .read_text(encoding="utf-8"))


def _mailchimp_invalid(name: str, document: Any) -> list[dict]:
    """Problems of a request body against the vendored schema; [] when it is valid."""
    schema = MAILCHIMP_SCHEMAS[name]
    validator = jsonschema.Draft202012Validator(schema)
    errors = [{"field": ".".join(str(p) for p in e.path), "message": e.message}
              for e in validator.iter_errors(document)]
    if isinstance(document, dict):
        errors += [{"field": key, "message": "not a property of this request"}
                   for key in document if key not in schema["properties"]]
    return errors


def webhook_verifier(secret: str) -> Webhook:
    """The official library's verifier for a target secret (see kit.sync.targets.webhook)."""
    return Webhook(secret if secret.startswith("whsec_") else secret.encode())


@dataclass
class Fault:
    """One injected failure, used by the next matching request.

    kind: "500", "503", "429", "401", "403", "400", "compliance", "drop" (close without an
    answer, before doing anything), "drop_after" (do the work, then close without an answer:
    the client cannot know it was delivered), "slow" (wait `delay` s, do the work, answer late),
    "drip" (answer one byte every `delay` s, for ever), "huge" (a 2xx answer of `size` bytes),
    "captive" (a captive portal's 302 to its login page), "gzip_bomb" (a 2xx answer compressed
    although the client asked for `identity`: under 1 MiB on the wire, `size` bytes decoded).
    """

    kind: str
    retry_after: str | None = None
    reason: str = "Invalid Resource"
    delay: float = 0.0
    path_contains: str = ""
    size: int = 0
    echo: str = ""
    method: str = ""


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
        # The audiences that exist (None: any list id is one); a request naming another list
        # is a 404, as for a member that does not exist.
        self.mc_lists: set[str] | None = None
        self.an_tags: list[str] = []
        self.ignored_tags: list[str] = []
        self.mailchimp_tags: set[str] = set()
        self.hook_docs: dict[str, dict] = {}
        self.hook_removed: list[dict] = []  # `removed` events, as received
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

    def take_fault(self, path: str, method: str = "") -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.method and fault.method != method:
                    continue
                # A fault without a path is for deliveries: Action Network's tag requests
                # (listing, creating) take only faults that name them.
                if not fault.path_contains and "/an/tags" in path:
                    continue
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
            return _hal(401, {"error": "API Key invalid or not present"})
        route, _, query = path.partition("?")
        if method == "GET" and route == "/":
            return _hal(200, {"motd": "Welcome to the Action Network OSDI API"})
        if route.rstrip("/") == "/tags":
            return self._an_tags(method, query, body)
        if method != "POST" or route != "/people/":
            return _hal(404, {"error": "Not found"})
        try:
            document = json.loads(body)
            person = document["person"]
        except (ValueError, KeyError, TypeError):
            return _hal(400, {"error": "JSON could not be parsed"})
        emails = [e for e in person.get("email_addresses", []) if e.get("address")]
        phones = [p for p in person.get("phone_numbers", []) if p.get("number")]
        if not emails and not phones:
            return _hal(400, {"error": "Email address or phone number is required"})
        with self.lock:
            found = None
            for e in emails:
                found = found or self._by_email.get(e["address"].lower())
            for n in phones if found is None else []:
                holder = self._by_phone.get(n["number"])
                # A new email never joins someone else's email record by a shared phone: the
                # phone moves to the new person; only a phone-only record is merged (AN docs).
                if holder is not None and (not emails or not holder["emails"]):
                    found = found or holder
                elif holder is not None:
                    holder["phones"].pop(n["number"], None)
                    self._by_phone.pop(n["number"], None)
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
                if "status" in e:  # a status is a change, for a new or an existing address
                    found["emails"][address] = e["status"]
                else:
                    found["emails"].setdefault(address, "subscribed")
                self._by_email.setdefault(address, found)
            for n in phones:
                if "status" in n:
                    found["phones"][n["number"]] = n["status"]
                else:
                    found["phones"].setdefault(n["number"], "unsubscribed")
                self._by_phone[n["number"]] = found
            if person.get("postal_addresses"):
                found["postal_addresses"] = person["postal_addresses"]
            found["custom_fields"].update(person.get("custom_fields") or {})
            for tag in document.get("add_tags") or []:
                if tag not in self.an_tags:
                    self.ignored_tags.append(tag)  # no error: Action Network ignores it
                elif tag not in found["tags"]:
                    found["tags"].append(tag)
            answer = {
                "identifiers": [f"action_network:{found['id']}"],
                "given_name": found["given_name"], "family_name": found["family_name"],
                "email_addresses": [{"address": a, "status": st, "primary": i == 0}
                                    for i, (a, st) in enumerate(found["emails"].items())],
                "phone_numbers": [{"number": n, "status": st}
                                  for n, st in found["phones"].items()],
                "_links": {"self": {"href": f"{self.an_url}/people/{found['id']}"},
                           "osdi:taggings": {"href": f"{self.an_url}/people/{found['id']}/taggings"}},
            }
        return _hal(200, answer)

    def _an_tags(self, method, query, body):
        if method == "POST":
            try:
                name = json.loads(body)["name"]
            except (ValueError, KeyError, TypeError):
                return _hal(400, {"error": "JSON could not be parsed"})
            if not isinstance(name, str) or not name.strip():
                return _hal(400, {"error": "Name is required"})
            with self.lock:
                if name not in self.an_tags:
                    self.an_tags.append(name)
            return _hal(200, self._an_tag(name))
        if method != "GET":
            return _hal(405, {"error": "Method not allowed"})
        params = dict(p.partition("=")[::2] for p in query.split("&") if p)
        page = max(int(params.get("page") or 1), 1)
        per_page = min(max(int(params.get("per_page") or AN_PAGE_MAX), 1), AN_PAGE_MAX)
        with self.lock:
            names = list(self.an_tags)
        pages = max((len(names) + per_page - 1) // per_page, 1)
        chunk = names[(page - 1) * per_page: page * per_page]
        return _hal(200, {
            "total_pages": pages, "per_page": per_page, "page": page, "total_records": len(names),
            "_links": {"self": {"href": f"{self.an_url}/tags?page={page}"},
                       **({"next": {"href": f"{self.an_url}/tags?page={page + 1}"}}
                          if page < pages else {})},
            "_embedded": {"osdi:tags": [self._an_tag(n) for n in chunk]}})

    def _an_tag(self, name: str) -> dict:
        tag_id = uuid.uuid5(uuid.NAMESPACE_URL, name)
        return {"name": name, "identifiers": [f"action_network:{tag_id}"],
                "_links": {"self": {"href": f"{self.an_url}/tags/{tag_id}"}}}

    def _mailchimp(self, method, path, headers, body):
        if not self._mailchimp_auth(headers.get("authorization", "")):
            return _problem(401, "API Key Invalid", "Your API key may be invalid.")
        if method == "GET" and path == "/ping":
            return _json(200, {"health_status": "Everything's Chimpy!"})
        parts = path.split("?")[0].strip("/").split("/")
        if len(parts) >= 2 and parts[0] == "lists" and self.mc_lists is not None \
                and parts[1] not in self.mc_lists:
            return _problem(404, "Resource Not Found", "The requested resource could not be found.")
        if method == "GET" and len(parts) == 2 and parts[0] == "lists":
            return _json(200, {"id": parts[1]})
        if len(parts) < 4 or parts[0] != "lists" or parts[2] != "members":
            return _problem(404, "Resource Not Found", "The requested resource could not be found.")
        list_id, member_hash = parts[1], parts[3]
        key = (list_id, member_hash)
        try:
            document = json.loads(body) if body else {}
        except ValueError:
            return _problem(400, "Invalid Resource", "The JSON could not be parsed.")
        schema = {("PUT", 4): "member_put", ("PATCH", 4): "member_patch",
                  ("POST", 5): "member_tags_post"}.get((method, len(parts)))
        if schema is None or (len(parts) == 5 and parts[4] != "tags"):
            return _problem(405, "Method Not Allowed", "This method is not allowed.")
        problems = _mailchimp_invalid(schema, document)
        if problems:
            return _problem(400, "Invalid Resource",
                            "The resource submitted could not be validated.", problems)
        with self.lock:
            member = self.members.get(key)
            if schema == "member_put":
                email = str(document.get("email_address", ""))
                if hashlib.md5(email.lower().encode()).hexdigest() != member_hash:  # noqa: S324
                    return _problem(400, "Invalid Resource",
                                    "The subscriber hash does not match the email address.")
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
                self._merge(member, document)
                return _json(200, {"id": member_hash, "email_address": member["email_address"],
                                   "status": member["status"]})
            if member is None:  # PATCH and tags change a member; they create none
                return _problem(404, "Resource Not Found",
                                "The requested resource could not be found.")
            if schema == "member_patch":
                if document.get("status"):
                    member["status"] = document["status"]
                self._merge(member, document)
                return _json(200, {"id": member_hash, "email_address": member["email_address"],
                                   "status": member["status"]})
            for tag in document["tags"]:
                if tag["status"] == "active":
                    self.mailchimp_tags.add(tag["name"])  # created if new, as documented
                    if tag["name"] not in member["tags"]:
                        member["tags"].append(tag["name"])
                elif tag["name"] in member["tags"]:
                    member["tags"].remove(tag["name"])
            return 204, {}, b""

    @staticmethod
    def _merge(member: dict, document: dict) -> None:
        for name, value in (document.get("merge_fields") or {}).items():
            if value == "":
                member["merge_fields"].pop(name, None)
            else:
                member["merge_fields"][name] = value

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
        try:
            document = webhook_verifier(self.webhook_secret).verify(body, headers)
        except WebhookVerificationError:
            return _json(401, {"error": "bad signature"})
        if document.get("schema") == "outreach-kit.ping/1":
            return _json(200, {"ok": True})
        if document.get("schema") == "outreach-kit.removed/1":
            # A receiver deletes what it holds of those sign-ups; the event's own uuid is its
            # Idempotency-Key (docs/coordinator-guide.md, "Removing a person").
            removed = document.get("removed") or {}
            if headers.get("x-outreach-kit-event") != "removed" or (
                    headers.get("idempotency-key") != removed.get("uuid")):
                return _json(400, {"error": "a removed event is keyed by its own uuid"})
            with self.lock:
                self.hook_removed.append(document)
                for signup_uuid in removed.get("signup_uuids") or []:
                    self.hook_docs.pop(signup_uuid, None)
            return _json(200, {"id": removed["uuid"]})
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

    def do_PATCH(self) -> None:
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
        fault = crm.take_fault(self.path, self.command)
        if fault is not None and fault.kind == "drop":
            self._drop()
            return
        if fault is not None and fault.kind == "gzip_bomb":
            self._answer(200, {"Content-Type": "application/json", "Content-Encoding": "gzip"},
                         _gzip_bomb(fault.size))
            return
        if fault is not None and fault.kind in ("drip", "huge"):
            self._stream_fault(fault)
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

    def _stream_fault(self, fault: Fault) -> None:
        """A server that never finishes (drip) or answers far too much (huge)."""
        self.close_connection = True
        try:
            if fault.kind == "drip":
                for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}" * 1000:
                    if self.server.crm.stopping.wait(fault.delay):
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                return
            # No Content-Length (read until close): the client must bound what it reads itself.
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
            self.wfile.write(head + fault.echo.encode())
            block, left = b" " * 65536, fault.size - len(fault.echo)
            while left > 0 and not self.server.crm.stopping.is_set():
                self.wfile.write(block[:left])
                left -= len(block)
        except OSError:
            pass

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _json(status: int, document: Any, content_type: str = "application/json"
          ) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": content_type}, json.dumps(document).encode()


def _hal(status: int, document: Any) -> tuple[int, dict[str, str], bytes]:
    return _json(status, document, "application/hal+json")


def _problem(status: int, title: str, detail: str, errors: list | None = None):
    document = {"type": "https://mailchimp.com/developer/marketing/docs/errors/", "title": title,
                "status": status, "detail": detail, "instance": str(uuid.uuid4())}
    if errors:
        document["errors"] = errors
    return _json(status, document, "application/problem+json")


def _gzip_bomb(size: int) -> bytes:
    """`size` bytes of JSON-looking spaces, gzipped (about a thousandth of that on the wire)."""
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts, block, left = [packer.compress(b"{")], b" " * (1 << 20), size
    while left > 0:
        parts.append(packer.compress(block[:left]))
        left -= len(block)
    parts.append(packer.compress(b"}") + packer.flush())
    return b"".join(parts)


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
    if fault.kind == "captive":
        # A venue's captive portal: every request is sent to its login page.
        return 302, {"Location": "http://portal.example/login", "Content-Type": "text/html"}, (
            b"<html><body>Accept the terms to use the network</body></html>")
    if fault.kind == "400":
        return _problem(400, "Invalid Resource", fault.reason,
                        [{"field": "email_address", "message": fault.reason}])
    raise ValueError(f"unknown fault {fault.kind!r}")
