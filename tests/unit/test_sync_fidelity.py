"""Issue 12, sync side: tags that arrive, a webhook any Standard Webhooks library verifies, and a
fake CRM honest enough to fail where the real services would."""

from __future__ import annotations

import json
import random

import httpx
import pytest

from kit.domain.signup import SignupForm
from kit.services import sync as sync_service
from kit.services.signups import record_signup
from kit.services.targets import add_target, update_target
from kit.sync.engine import SyncOptions, known_tags
from kit.sync.targets.mailchimp import subscriber_hash
from kit.sync.targets.webhook import new_secret
from tests.fakecrm import FakeCRM
from tests.fakecrm.helpers import FakeClock, add_people

EVENT_TAG = "Lake Street table (2026-06-14)"


@pytest.fixture
def options() -> SyncOptions:
    return SyncOptions(clock=FakeClock(), rng=random.Random(0), max_wait_s=3600)


def an_target(kit, crm, secrets):
    return add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
                      secrets=secrets, rate=0).target


# -- tags that arrive --------------------------------------------------------------------------
def test_action_network_tags_are_created_before_first_use_and_remembered(
        kit_with_event, crm, secrets, options):
    kit = kit_with_event
    crm.an_tags.append("volunteer")  # made by hand at Action Network once
    add_people(kit, 2)
    target = an_target(kit, crm, secrets)

    report = sync_service.run_sync(kit, secrets=secrets, options=options)

    assert report.complete and report.to_json()["notes"] == []
    assert crm.count("GET", "/an/tags") == 1 and crm.count("POST", "/an/tags") == 1
    assert crm.an_tags == ["volunteer", EVENT_TAG]  # only the missing one was made
    assert all(p["tags"] == [EVENT_TAG, "volunteer"] for p in crm.people)
    assert crm.ignored_tags == []
    assert known_tags(target.uuid) == {"volunteer", EVENT_TAG}
    # Later runs with the same tags neither list nor create again.
    add_people(kit, 2, prefix="later")
    sync_service.run_sync(kit, secrets=secrets, options=options)
    assert crm.count("GET", "/an/tags") == 1 and crm.count("POST", "/an/tags") == 1
    # A new interest: listed once more, made, used.
    add_people(kit, 1, prefix="new", interests=("media",))
    sync_service.run_sync(kit, secrets=secrets, options=options)
    assert crm.count("GET", "/an/tags") == 2 and "media" in crm.an_tags
    assert crm.person_by_email("new0@example.org")["tags"] == [EVENT_TAG, "media"]
    # Another key (perhaps another group): what was known is forgotten.
    update_target(kit, target, secret=crm.an_token, secrets=secrets)
    assert known_tags(target.uuid) == set()


def test_the_tag_list_is_read_page_by_page(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    crm.an_tags.extend(f"Donor: person {i}" for i in range(40))
    crm.an_tags.extend([EVENT_TAG, "volunteer"])  # on the second page
    add_people(kit, 1)
    target = an_target(kit, crm, secrets)
    sync_service.run_sync(kit, secrets=secrets, options=options)
    assert crm.count("GET", "/an/tags") == 2 and crm.count("POST", "/an/tags") == 0
    assert crm.people[0]["tags"] == [EVENT_TAG, "volunteer"]
    # Only the names this kit uses are kept, not the group's whole list.
    assert known_tags(target.uuid) == {EVENT_TAG, "volunteer"}


def test_a_tag_the_service_refuses_is_reported_never_silent(kit_with_event, crm, secrets,
                                                             options):
    kit = kit_with_event
    add_people(kit, 1)
    an_target(kit, crm, secrets)
    crm.fail_next("400", path_contains="/an/tags", method="POST", reason="Name too long")
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.complete
    [note] = report.to_json()["notes"]
    assert note.startswith("AN: Action Network refused to create the tag") and "HTTP 400" in note
    assert "Name too long" not in note
    assert len(crm.people) == 1  # sent, without the tag it could not have


def test_a_refused_tag_list_still_makes_the_tags(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    add_people(kit, 1)
    an_target(kit, crm, secrets)
    crm.fail_next("400", path_contains="/an/tags", method="GET")
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.complete and "would not list its tags (HTTP 400)" in report.to_json()["notes"][0]
    assert crm.people[0]["tags"] == [EVENT_TAG, "volunteer"]


def test_rows_wait_while_the_tags_cannot_be_made(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    add_people(kit, 2)
    an_target(kit, crm, secrets)
    options.max_wait_s = 0
    crm.fail_next("503", path_contains="/an/tags")
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert crm.people == [] and report.total("retry") == 2  # not sent without their tags
    options.clock.t += __import__("datetime").timedelta(hours=1)
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    assert all(p["tags"] == [EVENT_TAG, "volunteer"] for p in crm.people)


def test_sync_and_csv_presets_name_an_event_the_same(kit_with_event, crm, secrets, options):
    from kit.domain.tags import event_tag

    kit = kit_with_event
    add_people(kit, 1)
    add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="l", secret=crm.mc_key,
               secrets=secrets)
    sync_service.run_sync(kit, secrets=secrets, options=options)
    import datetime as dt

    assert EVENT_TAG == event_tag("Lake Street table", dt.date(2026, 6, 14))
    assert EVENT_TAG in crm.mailchimp_tags


# -- the webhook -------------------------------------------------------------------------------
def test_real_webhook_requests_verify_with_the_official_library(kit_with_event, secrets,
                                                                options, tmp_path):
    from standardwebhooks.webhooks import Webhook

    secret = new_secret()
    with FakeCRM(webhook_secret=secret, lifetime_s=60) as crm:
        kit = kit_with_event
        add_people(kit, 2)
        add_target(kit, "Hook", "webhook", crm.hook_url, secret=secret, secrets=secrets)
        assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
        posts = [r for r in crm.requests if r.path == "/hook"]
    assert len(posts) == 2
    for request in posts:
        document = Webhook(secret).verify(request.body, request.headers)
        assert request.headers["idempotency-key"] == document["signup"]["uuid"]
        assert request.headers["webhook-id"].startswith("msg_")
        tampered = request.body.replace(b"person", b"persan")
        with pytest.raises(Exception, match="signature"):
            Webhook(secret).verify(tampered, request.headers)


def test_a_bad_whsec_secret_is_refused_when_the_target_is_added(kit_with_event, secrets):
    from kit.domain.errors import ValidationFailed

    with pytest.raises(ValidationFailed):
        add_target(kit_with_event, "Hook", "webhook", "http://127.0.0.1:1/h",
                   secret="whsec_dG9vc2hvcnQ=", secrets=secrets)


# -- the fake is honest --------------------------------------------------------------------------
def _an(crm, document):
    return httpx.post(crm.an_url + "/people/", json=document,
                      headers={"OSDI-API-Token": crm.an_token})


def test_fake_action_network_ignores_unknown_tags_and_treats_status_as_a_change(crm):
    answer = _an(crm, {"person": {"email_addresses": [{"address": "x@example.org"}]},
                       "add_tags": ["never made"]})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/hal+json"
    assert answer.json()["identifiers"][0].startswith("action_network:")
    assert "self" in answer.json()["_links"]
    assert crm.people[0]["tags"] == [] and crm.ignored_tags == ["never made"]
    _an(crm, {"person": {"email_addresses": [{"address": "x@example.org",
                                              "status": "unsubscribed"}]}})
    assert crm.people[0]["emails"] == {"x@example.org": "unsubscribed"}
    _an(crm, {"person": {"email_addresses": [{"address": "x@example.org"}]}})
    assert crm.people[0]["emails"] == {"x@example.org": "unsubscribed"}  # no status: unchanged
    tags = httpx.get(crm.an_url + "/tags", headers={"OSDI-API-Token": crm.an_token}).json()
    assert tags["_embedded"]["osdi:tags"] == [] and tags["total_pages"] == 1


def _mc(crm, method, path, document):
    return httpx.request(method, crm.mc_url + path, content=json.dumps(document),
                         auth=("any", crm.mc_key))


def test_fake_mailchimp_validates_bodies_against_the_published_schema(crm):
    member = f"/lists/l/members/{subscriber_hash('y@example.org')}"
    wrong_enum = _mc(crm, "PUT", member, {"email_address": "y@example.org",
                                          "status_if_new": "subscribe"})
    assert wrong_enum.status_code == 400 and wrong_enum.json()["errors"][0]["field"] == \
        "status_if_new"
    unknown = _mc(crm, "PUT", member, {"email_address": "y@example.org",
                                       "status_if_new": "subscribed", "sms_status": "yes"})
    assert unknown.status_code == 400
    assert _mc(crm, "PUT", member, {"status_if_new": "subscribed"}).status_code == 400  # required
    assert _mc(crm, "POST", member + "/tags", {"tags": [{"name": "x"}]}).status_code == 400
    # PATCH creates nobody.
    assert _mc(crm, "PATCH", member, {"status": "unsubscribed"}).status_code == 404
    assert crm.members == {}
    ok = _mc(crm, "PUT", member, {"email_address": "y@example.org",
                                  "status_if_new": "subscribed"})
    assert ok.status_code == 200
    assert _mc(crm, "PATCH", member, {"status": "unsubscribed"}).json()["status"] == "unsubscribed"


def test_a_kit_request_the_schema_refuses_fails_the_sync(kit_with_event, crm, secrets, options,
                                                         monkeypatch):
    """The validation is live: a misspelt field in the kit would fail here, as at Mailchimp."""
    from kit.sync.targets import mailchimp

    real_plan = mailchimp.MailchimpAdapter.plan

    def misspelt(self, record):
        plan = real_plan(self, record)
        body = plan.calls[0].body.replace(b'"status_if_new"', b'"status_if_neww"')
        call = plan.calls[0].__class__(plan.calls[0].method, plan.calls[0].path, body)
        return plan.__class__((call, *plan.calls[1:]), plan.payload_hash, plan.document)

    monkeypatch.setattr(mailchimp.MailchimpAdapter, "plan", misspelt)
    record_signup(kit_with_event, SignupForm(first_name="Z", email="z@example.org",
                                             consent_email=True))
    add_target(kit_with_event, "MC", "mailchimp", crm.mc_url, list_id="l", secret=crm.mc_key,
               secrets=secrets)
    report = sync_service.run_sync(kit_with_event, secrets=secrets, options=options)
    assert report.total("failed") == 1 and crm.members == {}


def test_fake_action_network_moves_a_shared_phone_to_the_new_email_record(crm):
    """AN docs: a phone shared by two activists with emails moves to the new one; a phone-only
    record merges."""
    _an(crm, {"person": {"email_addresses": [{"address": "a@example.org"}],
                         "phone_numbers": [{"number": "16125550100", "status": "subscribed"}]}})
    _an(crm, {"person": {"email_addresses": [{"address": "b@example.org"}],
                         "phone_numbers": [{"number": "16125550100", "status": "subscribed"}]}})
    a, b = crm.person_by_email("a@example.org"), crm.person_by_email("b@example.org")
    assert a is not b and a["phones"] == {} and b["phones"] == {"16125550100": "subscribed"}
    _an(crm, {"person": {"phone_numbers": [{"number": "16125550111", "status": "subscribed"}]}})
    _an(crm, {"person": {"email_addresses": [{"address": "c@example.org"}],
                         "phone_numbers": [{"number": "16125550111"}]}})
    assert len(crm.people) == 3  # the phone-only record became c's
