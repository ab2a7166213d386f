"""`outreach-kit event add|list|use`."""

from __future__ import annotations

from kit.commands import print_json, record_id


def register(commands) -> None:
    event = commands.add_parser("event", help="create, list and choose events").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    add = event.add_parser("add", help="create an event and make it active; prints its id")
    add.add_argument("name")
    add.add_argument("--location", default="")
    add.add_argument("--date", help="YYYY-MM-DD")
    add.set_defaults(handler=event_add)
    listing = event.add_parser("list", help="list events (* marks the active one)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=event_list)
    use = event.add_parser("use", help="make an event the active one")
    use.add_argument("id", type=record_id)
    use.set_defaults(handler=event_use)


def event_add(kit, args) -> int:
    from kit.services.events import create_event

    event = create_event(kit, args.name, args.location, args.date)
    print(event.id)
    return 0


def event_list(kit, args) -> int:
    from kit.services.events import list_events

    events = list_events(kit)
    if args.json:
        print_json([e.to_json() for e in events])
        return 0
    for e in events:
        mark = "*" if e.active else " "
        when = e.date.isoformat() if e.date else "no date"
        where = f" ({e.location})" if e.location else ""
        print(f"{mark} {e.id:>4}  {when:<10}  {e.signups:>5} sign-ups  {e.name}{where}")
    return 0


def event_use(kit, args) -> int:
    from kit.services.events import set_active_event

    event = set_active_event(kit, args.id)
    print(f"Active event: {event.id} {event.name}")
    return 0
