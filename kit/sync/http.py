"""HTTP plumbing shared by the targets: clients with verified TLS, bounded requests, and
outcome classification.

Every answer or exception becomes an Outcome the engine knows how to store:
2xx sent; 429/5xx/timeouts/dropped connections retry; 401/403 pause the target; a refused
certificate pauses it too (the coordinator must point it at a CA file); a connection that never
opened means "offline" (nothing was sent, no attempt counted); other 4xx fail.

Bounded (issue 13): every request has an OVERALL deadline (a server dripping a byte every few
seconds cannot hold a sync; every socket operation gets only what is left of it), and an answer
is read up to MAX_ANSWER_BYTES, a larger one being an error for that row. What is stored is a
status code and a FIXED reason per kind of answer: a service's own error text can quote the
address it refused or echo a key, so it is read to classify the answer and never kept.
httpx's and httpcore's own loggers would log every URL (Mailchimp's carry the MD5 of an
address), so they are held at WARNING.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import ssl
import time
import typing
from collections.abc import Callable
from dataclasses import dataclass

import httpcore
import httpx

from kit.sync.backoff import DEFAULT_TIMEOUT_S, parse_retry_after

for _name in ("httpx", "httpcore"):
    # Their INFO/DEBUG lines carry URLs (and so a Mailchimp member's address hash).
    logging.getLogger(_name).setLevel(logging.WARNING)

REASON_MAX = 500
MAX_ANSWER_BYTES = 1 << 20
"""Answers are small JSON documents; anything bigger than 1 MiB is refused, not buffered."""
USER_AGENT = "outreach-kit-sync"

SENT_OK = "sent"
RETRY = "retry"
FAILED = "failed"
ATTENTION = "attention"
PAUSE = "pause"
OFFLINE = "offline"
SKIPPED = "skipped"


@dataclass(frozen=True)
class Outcome:
    """What one delivery attempt came to."""

    kind: str
    status: int | None = None
    reason: str = ""
    retry_after: float | None = None
    remote_id: str = ""


class Deadline:
    """The overall deadline of the request in flight, shared with the client's sockets."""

    def __init__(self) -> None:
        self.at: float | None = None

    def cap(self, timeout: float | None) -> float | None:
        """A socket operation's timeout, cut to what is left; raises once nothing is."""
        if self.at is None:
            return timeout
        left = self.at - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the request's overall deadline passed")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._stream, self._deadline = stream, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._deadline.cap(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._deadline.cap(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname,
                                                      self._deadline.cap(timeout)),
                               self._deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend, deadline: Deadline) -> None:
        self._backend, self._deadline = backend, deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options=None
                    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(host, port, self._deadline.cap(timeout),
                                           local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options=None) -> httpcore.NetworkStream:  # pragma: no cover
        return _DeadlineStream(self._backend.connect_unix_socket(
            path, self._deadline.cap(timeout), socket_options), self._deadline)

    def sleep(self, seconds: float) -> None:  # pragma: no cover
        self._backend.sleep(seconds)


class AnswerTooLarge(httpx.HTTPError):
    """The answer went past MAX_ANSWER_BYTES; it was not read further."""


class _BoundedDecoder:
    """An answer's body decoded as its Content-Encoding says (none, gzip or deflate), refused
    (AnswerTooLarge) as soon as the decoded bytes would pass `limit`; never more than `limit`
    plus one chunk is decoded. Any other encoding, or several, is refused too."""

    def __init__(self, encoding: str, limit: int) -> None:
        name = encoding.strip().lower()
        self.limit, self.size = limit, 0
        self.chunks: list[bytes] = []
        if name in ("", "identity"):
            self._zlib = None
        elif name in ("gzip", "x-gzip", "deflate"):
            import zlib

            # 47: gzip or zlib header, detected; deflate servers often send raw deflate (-15).
            self._zlib = zlib.decompressobj(47 if name != "deflate" else 15)
            self._raw_deflate = name == "deflate"
        else:
            raise AnswerTooLarge(f"the answer is encoded ({name[:40]!r}) although none was asked")

    def feed(self, data: bytes) -> None:
        if self._zlib is None:
            self._keep(data)
            return
        import zlib

        try:
            out = self._zlib.decompress(data, self.limit - self.size + 1)
        except zlib.error:
            if not (self._raw_deflate and self.size == 0 and not self.chunks):
                raise AnswerTooLarge("the answer's compression is broken") from None
            self._zlib, self._raw_deflate = zlib.decompressobj(-15), False
            out = self._zlib.decompress(data, self.limit - self.size + 1)
        self._keep(out)
        if self._zlib.unconsumed_tail:
            raise AnswerTooLarge("the answer is too large once decompressed")

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise AnswerTooLarge("the answer is too large")
        self.chunks.append(data)

    def finish(self) -> bytes:
        if self._zlib is not None:
            self._keep(self._zlib.flush(self.limit - self.size + 1))
        return b"".join(self.chunks)


def make_client(*, ca_file: str = "", timeout_s: float = DEFAULT_TIMEOUT_S,
                wrap_transport: Callable[[httpx.BaseTransport], httpx.BaseTransport] | None = None,
                ) -> httpx.Client:
    """An httpx client that always verifies TLS: system CAs, or only the CA in `ca_file`.

    There is no way to turn verification off: a self-signed server is trusted by giving its
    CA file, never by skipping the check. `wrap_transport` lets tests wrap (not replace) the
    verified transport. Send with `send()`, which enforces the deadline and the size bound.
    """
    verify: ssl.SSLContext | bool
    verify = ssl.create_default_context(cafile=ca_file) if ca_file else True
    verified = httpx.HTTPTransport(verify=verify)
    deadline = Deadline()
    pool = getattr(verified, "_pool", None)
    if not isinstance(pool, httpcore.ConnectionPool):  # pragma: no cover - httpx changed inside
        raise RuntimeError("this httpx version hides its connection pool; the request deadline "
                           "cannot be enforced")
    # httpx has no overall timeout; its pool's network backend is where every socket operation
    # passes, so that is where the deadline is applied (pinned httpx; test_sync_hardening).
    pool._network_backend = _DeadlineBackend(pool._network_backend, deadline)
    transport: httpx.BaseTransport = verified
    if wrap_transport is not None:
        transport = wrap_transport(transport)
    timeout = httpx.Timeout(timeout_s, connect=min(timeout_s, 10.0))
    client = httpx.Client(transport=transport, timeout=timeout,
                          headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"},
                          follow_redirects=False)
    client.deadline = deadline  # type: ignore[attr-defined]
    client.deadline_s = timeout_s  # type: ignore[attr-defined]
    return client


def send(client: httpx.Client, method: str, url: str, *, content: bytes | None = None,
         headers: dict[str, str] | None = None, max_bytes: int = MAX_ANSWER_BYTES
         ) -> httpx.Response:
    """One request within the client's overall deadline, its answer read to at most
    `max_bytes` (AnswerTooLarge beyond). Raises httpx errors as `client.request` does."""
    deadline: Deadline | None = getattr(client, "deadline", None)
    if deadline is not None:
        deadline.at = time.monotonic() + getattr(client, "deadline_s", DEFAULT_TIMEOUT_S)
    try:
        with client.stream(method, url, content=content, headers=headers) as response:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise AnswerTooLarge(f"the answer is {int(declared)} bytes")
            # Read raw and decode here, bounded: the kit asks for `identity`, but a server may
            # compress anyway, and httpx would decode a whole chunk at once (a gzip bomb of
            # under 1 MiB decodes to hundreds). The bound applies to the decoded bytes.
            if response.is_stream_consumed:  # a wrapping transport (tests) read and decoded it
                decoder = _BoundedDecoder("", max_bytes)
                decoder.feed(response.content)
            else:
                decoder = _BoundedDecoder(response.headers.get("Content-Encoding", ""),
                                          max_bytes)
                raw = 0
                for chunk in response.iter_raw():
                    raw += len(chunk)
                    if raw > max_bytes:
                        raise AnswerTooLarge("the answer is too large")
                    decoder.feed(chunk)
            plain = response.headers.copy()
            for name in ("Content-Encoding", "Content-Length"):  # the content is decoded now
                if name in plain:
                    del plain[name]
            return httpx.Response(response.status_code, headers=plain,
                                  content=decoder.finish(), request=response.request)
    finally:
        if deadline is not None:
            deadline.at = None


def is_success(response: httpx.Response) -> bool:
    return 200 <= response.status_code < 300


def classify_response(response: httpx.Response, now: dt.datetime) -> Outcome:
    """A non-2xx answer as an Outcome (call only when not is_success), with a fixed reason."""
    status = response.status_code
    if status == 429 or status >= 500 or status == 408:
        retry_after = parse_retry_after(response.headers.get("Retry-After"), now)
        return Outcome(RETRY, status, fixed_reason(status), retry_after)
    if status in (401, 403):
        return Outcome(PAUSE, status, fixed_reason(status))
    return Outcome(FAILED, status, fixed_reason(status))


def fixed_reason(status: int) -> str:
    """What is stored about a refusal: the status code in words, never the service's text."""
    if status == 429:
        return "The service asked to slow down (HTTP 429)."
    if status == 408 or status >= 500:
        return f"The service had a problem (HTTP {status}); it will be tried again."
    if status == 401:
        return "The service rejected the API key (HTTP 401). Enter a new key."
    if status == 403:
        return "The service refused access with this key (HTTP 403). Enter a new key."
    if status == 404:
        return ("The service does not know this address (HTTP 404): check the target's URL "
                "and list id.")
    if 400 <= status < 500:
        return (f"The service refused this sign-up (HTTP {status}): check the contact's "
                "details, then retry.")
    return f"Unexpected answer (HTTP {status})."


def classify_exception(exc: Exception) -> Outcome:
    """A transport failure as an Outcome."""
    if _certificate_refused(exc):
        return Outcome(PAUSE, None, "The server's TLS certificate is not trusted. If it is your "
                       "own server with a self-signed certificate, give its CA file (--ca-file).")
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol)):
        # The connection never opened, so nothing was delivered: being offline is normal here.
        return Outcome(OFFLINE, None, f"Cannot reach the server ({type(exc).__name__}).")
    if isinstance(exc, AnswerTooLarge):
        return Outcome(FAILED, None, "The service's answer was too large to read "
                       f"(over {MAX_ANSWER_BYTES // 1024} KiB).")
    if isinstance(exc, httpx.TimeoutException):
        return Outcome(RETRY, None, f"No answer in time ({type(exc).__name__}).")
    return Outcome(RETRY, None, f"The connection failed ({type(exc).__name__}).")


def _certificate_refused(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(10):  # a bounded walk down the cause chain
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def service_words(response: httpx.Response) -> str:
    """The service's own words: problem+json (title, detail, errors[]) or OSDI ({"error": ...}).

    For classifying an answer in memory only: never stored, logged or shown (see above)."""
    try:
        body = json.loads(response.content.decode("utf-8", "replace")) if response.content else None
    except ValueError:
        body = None
    parts: list[str] = []
    if isinstance(body, dict):
        for key in ("title", "detail", "error", "message"):
            value = body.get(key)
            if isinstance(value, str) and value.strip() and value.strip() not in parts:
                parts.append(value.strip())
        errors = body.get("errors")
        if isinstance(errors, list):
            for item in errors[:5]:
                if isinstance(item, dict):
                    field = item.get("field") or ""
                    message = item.get("message") or item.get("error") or ""
                    if message:
                        parts.append(f"{field}: {message}" if field else str(message))
                elif isinstance(item, str):
                    parts.append(item)
    elif response.content and not response.headers.get("content-type", "").startswith("text/html"):
        parts.append(response.content[:200].decode("utf-8", "replace").strip())
    text = " - ".join(p for p in parts if p)
    return " ".join(text.split())[:REASON_MAX]
