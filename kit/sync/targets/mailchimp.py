"""Mailchimp Marketing API v3: member upsert by hash, then the member's tags.

A mailing list, following the person's LATEST answers (kit.sync.consent). The facts are from
Mailchimp's published OpenAPI document (github.com/mailchimp/mailchimp-marketing-cli,
cli/mailchimp/openapi0.json; quoted in docs/vendor-facts.md):
- never said yes to email: not sent (`skipped`): a "no" must never create a member;
- latest answer yes: PUT with `status_if_new: "subscribed"` (an existing member keeps the
  status they chose at Mailchimp), plus `status: "subscribed"` only when they said yes again
  after a "no" this kit passed on; then POST the tags (Mailchimp creates unknown ones);
- a "no" after a "yes": PATCH `{"status": "unsubscribed"}`, which changes an existing member and
  creates nobody (404 when there is none: settled as skipped), after a GET of the audience
  (404 too when the list id is wrong: then the row fails, visibly).
PHONE goes into the merge fields only with the latest answer to texts yes; after a "no" to
texts it is blanked. The member id (MD5 of the address) is in the URL only: never stored.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re

import httpx

from kit.domain.errors import FieldError
from kit.sync.http import ATTENTION, RETRY, SKIPPED, Outcome, service_words
from kit.sync.records import SyncRecord, canonical_json
from kit.sync.targets.base import Call, Delivery, Plan, Skip, TargetAdapter

NEVER_SAID_YES = "Never said yes to email: not added to a mailing list."
NOT_A_MEMBER = "Said no to email and was not on this list: nothing to unsubscribe."
COMPLIANCE = ("Mailchimp will not add this address again (the person unsubscribed there or "
              "asked to be forgotten): only they can sign up again.")
TOO_MANY_SIGNUPS = "Mailchimp holds new sign-ups of this address for now; it will be tried again."
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
        email, sms = record.email_answers, record.sms_answers
        if not record.email or not email.ever_yes:
            return Skip(NEVER_SAID_YES)
        member_path = f"/lists/{self.config.list_id}/members/{subscriber_hash(record.email)}"
        if email.withdrawn:
            # PATCH changes an existing member and creates nobody (a missing one is a 404,
            # which refine() settles as skipped): a "no" never makes a member. Mailchimp
            # answers the same 404 for an audience that does not exist, so the audience is
            # read first: a wrong list id fails visibly instead of settling the "no" unsent.
            change = {"status": "unsubscribed"}
            audience = Call("GET", f"/lists/{self.config.list_id}?fields=id", b"")
            return Delivery.of((audience, Call("PATCH", member_path, canonical_json(change))),
                               {"member": change}, self.hash_key)
        merge = {"FNAME": record.first_name}
        if record.last_name:
            merge["LNAME"] = record.last_name
        if record.wants_sms:
            merge["PHONE"] = record.phone
        elif sms.withdrawn and record.phone:
            merge["PHONE"] = ""  # the number this kit put there goes when texts are declined
        member = {"email_address": record.email, "status_if_new": "subscribed",
                  "merge_fields": merge}
        if email.resumed:
            member["status"] = "subscribed"  # this kit unsubscribed them; they said yes again
        tags = {"tags": [{"name": name, "status": "active"} for name in self.tags_for(record)]}
        calls = (Call("PUT", member_path, canonical_json(member)),
                 Call("POST", member_path + "/tags", canonical_json(tags)))
        return Delivery.of(calls, {"member": member, "tags": tags}, self.hash_key)

    removal_fields = ("email",)
    tells_address_changes = True
    removal_note = ("Mailchimp: removed people and replaced addresses are unsubscribed, not "
                    "deleted (the address stays in the audience as unsubscribed, so no later "
                    "import or sign-up form subscribes it without the person); to erase it "
                    "too, use Mailchimp's own 'permanently delete' on the contact.")

    def removal_plan(self, kind: str, *, uuid: str, email: str = "", phone: str = "",
                     signup_uuids: tuple[str, ...] = (), contact_uuid: str = "") -> Plan:
        """Unsubscribe the address: the same audience check and PATCH as a "no" after a
        "yes" (a member that is not there is a 404, settled: nothing to unsubscribe). Not an
        archive (DELETE): an archived address is out of the audience, so a later import or
        upsert may add it again as subscribed, while an unsubscribed member stays so
        (`status_if_new` never changes an existing member; docs/vendor-facts.md)."""
        if not email:
            return Skip("No address of theirs was sent to Mailchimp.")
        change = {"status": "unsubscribed"}
        member_path = f"/lists/{self.config.list_id}/members/{subscriber_hash(email)}"
        audience = Call("GET", f"/lists/{self.config.list_id}?fields=id", b"")
        return Delivery.of((audience, Call("PATCH", member_path, canonical_json(change))),
                           {"member": change}, self.hash_key)

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
        return ""  # Mailchimp's member id is the MD5 of the address: never stored

    def refine(self, outcome: Outcome, response: httpx.Response, call: Call | None = None
               ) -> Outcome:
        if outcome.status == 404 and call is not None and call.method == "PATCH":
            return Outcome(SKIPPED, 404, NOT_A_MEMBER)
        text = service_words(response).lower()
        if outcome.status == 400 and any(t in text for t in _ATTENTION_TITLES):
            return Outcome(ATTENTION, outcome.status, COMPLIANCE)
        if outcome.status == 400 and any(t in text for t in _TRANSIENT_TEXT):
            return Outcome(RETRY, outcome.status, TOO_MANY_SIGNUPS)
        return outcome
