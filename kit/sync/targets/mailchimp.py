"""Mailchimp Marketing API v3: member upsert by hash, then the member's tags.

A mailing list: only sign-ups that said yes to email go there (the others are `skipped`).
`status_if_new` is "subscribed" and `status` is never sent, so an existing member's choice
(say, unsubscribed since) is never overwritten. PHONE goes into the merge fields only with SMS
consent: the list is for email, and it needs no more than that.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re

import httpx

from kit.domain.errors import FieldError
from kit.sync.http import ATTENTION, RETRY, Outcome
from kit.sync.records import SyncRecord, canonical_json
from kit.sync.targets.base import Call, Delivery, Plan, Skip, TargetAdapter, json_body

_DATA_CENTRE = re.compile(r"[a-z]{2,5}\d{1,3}")
# Titles Mailchimp gives for members only a person can sort out (they unsubscribed, or were
# removed on request); retrying cannot help.
_ATTENTION_TITLES = ("member in compliance state", "forgotten email")
_TRANSIENT_TEXT = ("signed up to a lot of lists",)


def subscriber_hash(email: str) -> str:
    """Mailchimp's member id: md5 of the lower-cased address."""
    return hashlib.md5(email.lower().encode()).hexdigest()  # noqa: S324 - an id, not security


def data_centre_url(api_key: str) -> str:
    """`…-us21` -> https://us21.api.mailchimp.com/3.0 (checked, so a key can't pick a host)."""
    _, _, dc = api_key.rpartition("-")
    if not _DATA_CENTRE.fullmatch(dc):
        raise FieldError("url", "This Mailchimp key has no data-centre suffix (like -us21); "
                         "give the API URL with --url.", code="mailchimp_dc")
    return f"https://{dc}.api.mailchimp.com/3.0"


class MailchimpAdapter(TargetAdapter):
    """Member upsert into one audience (list)."""

    kind = "mailchimp"
    label = "Mailchimp"
    needs_list = True
    default_rate = None  # Mailchimp limits concurrent connections; a sync uses one

    def plan(self, record: SyncRecord) -> Plan:
        if not record.wants_email:
            return Skip("No email consent: not sent to a mailing list.")
        member_hash = subscriber_hash(record.email)
        merge = {"FNAME": record.first_name}
        if record.last_name:
            merge["LNAME"] = record.last_name
        if record.wants_sms:
            merge["PHONE"] = record.phone
        member = {"email_address": record.email, "status_if_new": "subscribed",
                  "merge_fields": merge}
        tags = {"tags": [{"name": name, "status": "active"}
                         for name in (record.event_name, *record.interests)]}
        base = f"/lists/{self.config.list_id}/members/{member_hash}"
        calls = (Call("PUT", base, canonical_json(member)),
                 Call("POST", base + "/tags", canonical_json(tags)))
        return Delivery.of(calls, {"member": member, "tags": tags})

    def base_url(self, secret: str) -> str:
        if self.config.base_url:
            return self.config.base_url.rstrip("/")
        return data_centre_url(secret)

    def headers(self, call: Call, secret: str, now: dt.datetime) -> dict[str, str]:
        token = base64.b64encode(f"anystring:{secret}".encode()).decode()
        return {"Content-Type": "application/json", "Authorization": f"Basic {token}"}

    def test_call(self) -> Call:
        return Call("GET", "/ping", b"")

    def remote_id(self, responses: list[httpx.Response]) -> str:
        body = json_body(responses[0]) if responses else None
        return str(body.get("id", "")) if isinstance(body, dict) else ""

    def refine(self, outcome: Outcome, response: httpx.Response) -> Outcome:
        text = outcome.reason.lower()
        if outcome.status == 400 and any(t in text for t in _ATTENTION_TITLES):
            return Outcome(ATTENTION, outcome.status, outcome.reason)
        if outcome.status == 400 and any(t in text for t in _TRANSIENT_TEXT):
            return Outcome(RETRY, outcome.status, outcome.reason)
        return outcome
