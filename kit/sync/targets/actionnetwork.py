"""Action Network (OSDI 1.1.1): the person signup helper, `POST {base}/people/`.

Consent: Action Network subscribes a *new* email address unless told otherwise and has no
"status only if new", while sending "unsubscribed" would downgrade someone who subscribed
elsewhere. So an email address is sent only with email consent (status "subscribed"); without it
the person is sent by phone alone (if they gave one), else skipped. A phone number is
"subscribed" only with SMS consent; otherwise it goes without a status, which leaves a new
number unsubscribed and an existing one unchanged.
"""

from __future__ import annotations

import datetime as dt

import httpx

from kit.sync.records import SyncRecord, canonical_json
from kit.sync.targets.base import Call, Delivery, Plan, Skip, TargetAdapter, json_body

IDENTIFIER_PREFIX = "action_network:"


def osdi_phone(e164: str) -> str:
    """Digits with the country code: +16125550100 -> 16125550100."""
    return "".join(ch for ch in e164 if ch.isdigit())


class ActionNetworkAdapter(TargetAdapter):
    """Person signup helper with tags for the event and the interests."""

    kind = "actionnetwork"
    label = "Action Network"
    default_base_url = "https://actionnetwork.org/api/v2"
    default_rate = 4.0  # Action Network documents 4 requests per second
    secret_label = "API key (OSDI-API-Token)"

    def plan(self, record: SyncRecord) -> Plan:
        person: dict = {"given_name": record.first_name}
        if record.last_name:
            person["family_name"] = record.last_name
        if record.wants_email:
            person["email_addresses"] = [{"address": record.email, "status": "subscribed"}]
        if record.phone:
            phone: dict = {"number": osdi_phone(record.phone)}
            if record.wants_sms:
                phone["status"] = "subscribed"
            person["phone_numbers"] = [phone]
        if "email_addresses" not in person and "phone_numbers" not in person:
            return Skip("No email consent and no phone number: Action Network would subscribe a "
                        "new email address, so this sign-up is not sent there.")
        if record.postal_code:
            person["postal_addresses"] = [{"postal_code": record.postal_code,
                                           "country": record.country}]
        fields = {"event_name": record.event_name}
        if record.event_date:
            fields["event_date"] = record.event_date.isoformat()
        person["custom_fields"] = fields
        document = {"person": person, "add_tags": [record.event_name, *record.interests]}
        return Delivery.of((Call("POST", "/people/", canonical_json(document)),), document)

    def headers(self, call: Call, secret: str, now: dt.datetime) -> dict[str, str]:
        return {"Content-Type": "application/json", "OSDI-API-Token": secret}

    def test_call(self) -> Call:
        return Call("GET", "/", b"")

    def remote_id(self, responses: list[httpx.Response]) -> str:
        body = json_body(responses[0]) if responses else None
        identifiers = body.get("identifiers", []) if isinstance(body, dict) else []
        for identifier in identifiers if isinstance(identifiers, list) else []:
            if isinstance(identifier, str) and identifier.startswith(IDENTIFIER_PREFIX):
                return identifier
        return ""
