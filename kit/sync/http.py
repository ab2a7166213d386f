"""HTTP plumbing shared by the targets: clients with verified TLS, and outcome classification.

Every answer or exception becomes an Outcome the engine knows how to store:
2xx sent; 429/5xx/timeouts/dropped connections retry; 401/403 pause the target; a refused
certificate pauses it too (the coordinator must point it at a CA file); a connection that never
opened means "offline" (nothing was sent, no attempt counted); other 4xx fail with the reason.
"""

from __future__ import annotations

import datetime as dt
import json
import ssl
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from kit.sync.backoff import parse_retry_after

REASON_MAX = 500
DEFAULT_TIMEOUT_S = 15.0
USER_AGENT = "outreach-kit-sync"

SENT_OK = "sent"
RETRY = "retry"
FAILED = "failed"
ATTENTION = "attention"
PAUSE = "pause"
OFFLINE = "offline"


@dataclass(frozen=True)
class Outcome:
    """What one delivery attempt came to."""

    kind: str
    status: int | None = None
    reason: str = ""
    retry_after: float | None = None
    remote_id: str = ""


def make_client(*, ca_file: str = "", timeout_s: float = DEFAULT_TIMEOUT_S,
                wrap_transport: Callable[[httpx.BaseTransport], httpx.BaseTransport] | None = None,
                ) -> httpx.Client:
    """An httpx client that always verifies TLS: system CAs, or only the CA in `ca_file`.

    There is no way to turn verification off: a self-signed server is trusted by giving its
    CA file, never by skipping the check. `wrap_transport` lets tests wrap (not replace) the
    verified transport.
    """
    verify: ssl.SSLContext | bool
    verify = ssl.create_default_context(cafile=ca_file) if ca_file else True
    transport: httpx.BaseTransport = httpx.HTTPTransport(verify=verify)
    if wrap_transport is not None:
        transport = wrap_transport(transport)
    timeout = httpx.Timeout(timeout_s, connect=min(timeout_s, 10.0))
    return httpx.Client(transport=transport, timeout=timeout,
                        headers={"User-Agent": USER_AGENT}, follow_redirects=False)


def is_success(response: httpx.Response) -> bool:
    return 200 <= response.status_code < 300


def classify_response(response: httpx.Response, now: dt.datetime) -> Outcome:
    """A non-2xx answer as an Outcome (call only when not is_success)."""
    status = response.status_code
    reason = error_reason(response)
    if status == 429 or status >= 500 or status == 408:
        retry_after = parse_retry_after(response.headers.get("Retry-After"), now)
        return Outcome(RETRY, status, reason or f"HTTP {status}", retry_after)
    if status in (401, 403):
        what = "rejected the API key" if status == 401 else "refused access with this key"
        return Outcome(PAUSE, status, f"The service {what} (HTTP {status}). Enter a new key."
                       + (f" ({reason})" if reason else ""))
    return Outcome(FAILED, status, reason or f"HTTP {status}")


def classify_exception(exc: Exception) -> Outcome:
    """A transport failure as an Outcome."""
    if _certificate_refused(exc):
        return Outcome(PAUSE, None, "The server's TLS certificate is not trusted. If it is your "
                       "own server with a self-signed certificate, give its CA file (--ca-file).")
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol)):
        # The connection never opened, so nothing was delivered: being offline is normal here.
        return Outcome(OFFLINE, None, f"Cannot reach the server ({type(exc).__name__}).")
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


def error_reason(response: httpx.Response) -> str:
    """The service's own words: problem+json (title, detail, errors[]) or OSDI ({"error": ...})."""
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
