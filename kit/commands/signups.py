"""`outreach-kit signup add`, `contacts list` and `contacts remove`."""

from __future__ import annotations

from kit.commands import print_json, record_id


def register(commands) -> None:
    signup = commands.add_parser("signup", help="record sign-ups").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    add = signup.add_parser("add", help="record one sign-up; prints its UUID")
    add.add_argument("--event", type=record_id, help="event id (default: the active event)")
    add.add_argument("--first-name", default="")
    add.add_argument("--last-name", default="")
    add.add_argument("--email", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--zip", default="")
    add.add_argument("--interest", action="append", default=[], metavar="TAG")
    add.add_argument("--consent-email", action="store_true")
    add.add_argument("--consent-sms", action="store_true")
    add.add_argument("--note", default="")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=signup_add)

    contacts = commands.add_parser("contacts", help="list or remove contacts").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    listing = contacts.add_parser("list", help="list contacts, newest first")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--event", type=record_id)
    listing.add_argument("--search", default="")
    listing.set_defaults(handler=contacts_list)
    remove = contacts.add_parser(
        "remove", help="remove a person who asked to be removed (sign-ups, and at the "
                       "services at the next sync)")
    who = remove.add_mutually_exclusive_group(required=True)
    who.add_argument("--email", metavar="ADDRESS")
    who.add_argument("--phone", metavar="NUMBER")
    remove.add_argument("--json", action="store_true")
    remove.set_defaults(handler=contacts_remove)


def signup_add(kit, args) -> int:
    from kit.domain.signup import SignupForm
    from kit.services.signups import record_signup

    form = SignupForm(
        first_name=args.first_name, last_name=args.last_name, email=args.email,
        phone=args.phone, postal_code=args.zip, interests=tuple(args.interest),
        consent_email=args.consent_email, consent_sms=args.consent_sms, note=args.note,
    )
    receipt = record_signup(kit, form, event_id=args.event, source="cli")
    if args.json:
        print_json({"signup_uuid": receipt.signup_uuid, "contact_id": receipt.contact_id,
                    "event_id": receipt.event_id, "returning": receipt.returning})
    else:
        print(receipt.signup_uuid)
    return 0


def contacts_list(kit, args) -> int:
    from kit.services.contacts import contact_to_json, search_contacts
    from kit.services.events import get_event

    if args.event is not None:
        get_event(kit, args.event)
    records = search_contacts(kit, args.search, event_id=args.event, limit=None)
    if args.json:
        print_json([contact_to_json(r) for r in records])
        return 0
    if not records:
        print("No contacts" + (" match." if args.search or args.event is not None else " yet."))
        return 0
    print(f"{'ID':>6}  {'Name':<30}  {'Email':<32}  Phone")
    for r in records:
        name = f"{r.first_name} {r.last_name}".strip()
        print(f"{r.id:>6}  {name:<30}  {r.email:<32}  {r.phone}")
    return 0


def contacts_remove(kit, args) -> int:
    from kit.services.removal import remove_person

    report = remove_person(kit, email=args.email or "", phone=args.phone or "")
    if args.json:
        print_json(report.to_json())
        return 0
    told = (f"; the next sync tells {report.targets_told} services that had them"
            if report.targets_told else "")
    print(f"Removed 1 contact and {report.signups} sign-ups{told}.")
    return 0
