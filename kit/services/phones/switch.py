"""The volunteer area's "Phone sign-ups" switch, without Qt: start, pause, resume and stop one
PhoneServer for the open kit, and the two codes the table shows (join the Wi-Fi, open the form).

The window owns one switch for the kit's lifetime (the volunteer area may be built again, the
server must not stop with it) and stops it when the kit closes; the server stops by itself when
a kit that was unlocked when it started locks (kit.services.phones.server).
"""

from __future__ import annotations

from dataclasses import dataclass

from kit.domain.errors import KitError
from kit.services.kit import Kit
from kit.services.phones.hotspot import Hotspot
from kit.services.phones.server import PhoneServer
from kit.services.signups import NoActiveEvent

DEFAULT_PORT = 8080


@dataclass(frozen=True)
class SwitchState:
    """What the page shows: off, on or paused, and where the form is."""

    state: str  # "off", "on", "paused"
    url: str = ""
    recorded: int = 0


def wifi_join_code(ssid: str, password: str = "") -> str:
    """The `WIFI:` text phones' cameras read to join a network (the ZXing format: T, S, P;
    backslash before \\ ; , : and \\"). An empty password is an open network."""
    def escape(text: str) -> str:
        return "".join("\\" + ch if ch in '\\;,:"' else ch for ch in text)

    kind = "WPA" if password else "nopass"
    secret = f"P:{escape(password)};" if password else ""
    return f"WIFI:T:{kind};S:{escape(ssid)};{secret};"


class PhoneSwitch:
    """One phone sign-up server at a time for `kit`."""

    def __init__(self, kit: Kit) -> None:
        self.kit = kit
        self.server: PhoneServer | None = None
        self.hotspot: Hotspot | None = None  # the laptop's own, when the window started one

    def start(self, host: str = "0.0.0.0", port: int = DEFAULT_PORT, *,
              url_host: str | None = None) -> SwitchState:
        """Serve the form; NoActiveEvent without an event, KitError when the port is taken.
        `url_host`: the address phones reach the laptop at (the hotspot's)."""
        if self.server is not None and self.server.running:
            return self.state()
        if self.kit.desk().active_event_id is None:
            raise NoActiveEvent("There is no event yet: create one first.")
        try:
            self.server = PhoneServer(self.kit, host, port, url_host=url_host).start()
        except OSError as error:
            raise KitError(f"Cannot listen on port {port}: {error.strerror or error}.",
                           code="listen") from error
        return self.state()

    def pause(self, paused: bool = True) -> SwitchState:
        if self.server is not None:
            self.server.paused = paused
        return self.state()

    def stop(self) -> SwitchState:
        server, self.server = self.server, None
        if server is not None:
            server.stop()
        return self.state()

    def state(self) -> SwitchState:
        server = self.server
        if server is None or not server.running:
            return SwitchState("off", recorded=server.recorded if server else 0)
        return SwitchState("paused" if server.paused else "on", server.form_url, server.recorded)
