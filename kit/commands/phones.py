"""`outreach-kit phones serve`: the phone sign-up form on the local network, without the app."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

LISTEN_DEFAULT = "0.0.0.0:8080"


def listen_address(text: str) -> tuple[str, int]:
    """HOST:PORT (an IPv6 host in brackets: [::]:8080); port 0 takes a free one."""
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not HOST:PORT (for example 0.0.0.0:8080, or [::]:8080)")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host, int(port)


def register(commands) -> None:
    phones = commands.add_parser(
        "phones", help="attendees sign up on their own phones over the local network"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    serve = phones.add_parser(
        "serve", help="serve the phone sign-up form until Ctrl+C or SIGTERM; prints the "
                      "form's URL on the first line",
        description="Serve the phone sign-up form (English, Spanish, Urdu) on HOST:PORT. Each "
                    "sign-up is sealed on the phone, then recorded into the active event as a "
                    "kiosk sign-up is (sealed at rest on a protected kit, locked or not). "
                    "The first line of output is the form's URL (with this laptop's address "
                    "when listening on every interface). Runs until Ctrl+C or SIGTERM.")
    serve.add_argument("--listen", type=listen_address, default=LISTEN_DEFAULT,
                       metavar="HOST:PORT",
                       help=f"where to listen (default {LISTEN_DEFAULT}: every interface)")
    serve.add_argument("--host-name", action="append", default=[], metavar="NAME",
                       help="also answer requests naming the laptop NAME (a name the "
                            "network's DNS gives it); requests naming anything else are "
                            "refused or sent to the form's address. Repeatable")
    serve.set_defaults(handler=phones_serve)


def phones_serve(kit, args) -> int:
    from kit.domain.errors import KitError
    from kit.services.phones.server import PhoneServer
    from kit.services.signups import NoActiveEvent

    if kit.desk().active_event_id is None:
        raise NoActiveEvent("There is no event yet: create one first ('outreach-kit event add').")
    host, port = args.listen
    try:
        server = PhoneServer(kit, host, port, host_names=tuple(args.host_name))
    except OSError as error:
        raise KitError(f"Cannot listen on {host}:{port}: {error.strerror or error}.",
                       code="listen") from error
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda _sig, _frame: stop.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.start()
        print(server.url(), flush=True)
        print("Phone sign-ups are open; Ctrl+C stops them.", file=sys.stderr, flush=True)
        while server.running and not stop.wait(0.5):
            pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print(f"Phone sign-ups stopped: {server.recorded} recorded.", file=sys.stderr)
    return 0
