"""Action Network (OSDI 1.1.1): the person signup helper, `POST {base}/people/`.

What Action Network gets follows the person's LATEST answers (kit.sync.consent), whichever
sign-up is sent; every fact below is in docs/vendor-facts.md with its source:
- `status` on an existing person's email or phone is a change to their subscription, and a new
  email address without a status is subscribed while a new phone number is not
  (https://actionnetwork.org/docs/v2/person_signup_helper). So: an address
  goes only for someone who said yes to email at least once; with no status while the latest
  answer is yes (a new address is subscribed, an existing one keeps what its owner chose at
  Action Network), "unsubscribed" after a later no, "subscribed" when they said yes again after
  such a no. A phone goes only for someone who said yes to texts once: "subscribed" or
  "unsubscribed" as the latest answer says.
- Someone who never said yes to either is not sent (a mailing list must never create them).
  A withdrawal alone sends only the addresses with their new status.
- `add_tags` applies only tags that exist in the group ("If not, the tag will be ignored", same
  page), so the engine's TagKeeper lists the group's tags and creates missing ones first
  (https://actionnetwork.org/docs/v2/tags).
"""

from __future__ import annotations

import datetime as dt

import httpx

from kit.sync.records import SyncRecord, canonical_json
from kit.sync.targets.base import Call, Delivery, Plan, Skip, TargetAdapter, json_body

IDENTIFIER_PREFIX = "action_network:"
TAG_PAGE_SIZE = 25  # Action Network's largest page
NEVER_SAID_YES = ("Never said yes to email or texts: not created at Action Network (a mailing "
                  "list).")


def osdi_phone(e164: str) -> str:
    """Digits with the country code: +16125550100 -> 16125550100."""
    return "".join(ch for ch in e164 if ch.isdigit())


class ActionNetworkAdapter(TargetAdapter):
    """Person signup helper with tags for the event and the interests."""

    kind = "actionnetwork"
    label = "Action Network"
    default_base_url = "https://actionnetwork.org/api/v2"
    # Action Network documents 4 requests a second. Requests spaced exactly 0.25 s apart can
    # arrive five within one second (the network delays one more than the next), so the kit
    # sends 3 a second: five requests then span 1.33 s at the sender, a third of a second of
    # margin for delays before the service could count five in a second.
    default_rate = 3.0
    secret_label = "API key (OSDI-API-Token)"

    def plan(self, record: SyncRecord) -> Plan:
        email, sms = record.email_answers, record.sms_answers
        person: dict = {}
        if record.email and email.ever_yes:
            address: dict = {"address": record.email}
            if email.withdrawn:
                address["status"] = "unsubscribed"
            elif email.resumed:
                address["status"] = "subscribed"
            # else no status: a new address is subscribed, an existing one keeps its status
            # (someone who unsubscribed through Action Network's own link stays unsubscribed).
            person["email_addresses"] = [address]
        if record.phone and sms.ever_yes:
            # A new number without a status would be unsubscribed, so a yes is always said.
            person["phone_numbers"] = [{"number": osdi_phone(record.phone),
                                        "status": "subscribed" if sms.latest else "unsubscribed"}]
        if not person:
            return Skip(NEVER_SAID_YES)
        if not (record.wants_email or record.wants_sms):
            # Only a withdrawal: the unsubscribe, and nothing more about the person.
            document: dict[str, object] = {"person": person}
            return Delivery.of((Call("POST", "/people/", canonical_json(document)),), document,
                               self.hash_key)
        person["given_name"] = record.first_name
        if record.last_name:
            person["family_name"] = record.last_name
        if record.postal_code:
            person["postal_addresses"] = [{"postal_code": record.postal_code,
                                           "country": record.country}]
        fields = {"event_name": record.event_name}
        if record.event_date:
            fields["event_date"] = record.event_date.isoformat()
        person["custom_fields"] = fields
        document = {"person": person, "add_tags": self.tags_for(record)}
        return Delivery.of((Call("POST", "/people/", canonical_json(document)),), document,
                           self.hash_key)

    removal_fields = ("email", "phone")
    tells_address_changes = True
    removal_note = ("Action Network: removed people's email and phone, and replaced addresses, "
                    "are unsubscribed; its API cannot delete a person, so the record stays "
                    "there: delete it in Action Network itself if the person asked to be "
                    "forgotten.")

    def removal_plan(self, kind: str, *, uuid: str, email: str = "", phone: str = "",
                     signup_uuids: tuple[str, ...] = (), contact_uuid: str = "") -> Plan:
        """The person signup helper with `unsubscribed` on the address and the number the
        service had with a yes: a status on an existing person's email or phone is a change
        to it, and nothing else about them is sent."""
        person: dict = {}
        if email:
            person["email_addresses"] = [{"address": email, "status": "unsubscribed"}]
        if phone:
            person["phone_numbers"] = [{"number": osdi_phone(phone), "status": "unsubscribed"}]
        if not person:
            return Skip("No address or number of theirs was sent to Action Network.")
        document = {"person": person}
        return Delivery.of((Call("POST", "/people/", canonical_json(document)),), document,
                           self.hash_key)

    def headers(self, call: Call, secret: str, now: dt.datetime) -> dict[str, str]:
        return {"Content-Type": "application/json", "OSDI-API-Token": secret}

    # -- tags: add_tags applies only tags that already exist in the group ---------------------
    tags_must_exist = True

    def tags_needed(self, delivery: Delivery) -> list[str]:
        return list(delivery.document.get("add_tags") or [])

    def list_tags_call(self, page: int) -> Call:
        """One page of the group's tags (HAL: `_embedded["osdi:tags"]`, at most 25 a page)."""
        return Call("GET", f"/tags?page={page}&per_page={TAG_PAGE_SIZE}", b"")

    def tag_page(self, response: httpx.Response) -> tuple[list[str], bool]:
        """The tag names of one page, and whether more pages follow."""
        body = json_body(response)
        if not isinstance(body, dict):
            return [], False
        embedded = body.get("_embedded")
        items = embedded.get("osdi:tags") if isinstance(embedded, dict) else None
        names = [t["name"] for t in items or [] if isinstance(t, dict)
                 and isinstance(t.get("name"), str)]
        page, pages = body.get("page"), body.get("total_pages")
        more = bool(names) and (not isinstance(page, int) or not isinstance(pages, int)
                                or page < pages)
        return names, more

    def create_tag_call(self, name: str) -> Call:
        return Call("POST", "/tags", canonical_json({"name": name}))

    def test_call(self) -> Call:
        return Call("GET", "/", b"")

    def remote_id(self, responses: list[httpx.Response]) -> str:
        body = json_body(responses[0]) if responses else None
        identifiers = body.get("identifiers", []) if isinstance(body, dict) else []
        for identifier in identifiers if isinstance(identifiers, list) else []:
            if isinstance(identifier, str) and identifier.startswith(IDENTIFIER_PREFIX):
                return identifier
        return ""
