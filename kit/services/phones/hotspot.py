"""The laptop's own Wi-Fi hotspot for phone sign-ups, through NetworkManager's `nmcli` (Linux).

`nmcli device wifi hotspot` makes the Wi-Fi card an access point with WPA2 and a shared IPv4
network (NetworkManager gives the phones addresses; the laptop is usually 10.42.0.1). It needs no
root for the user of the desktop session (NetworkManager's own permissions); what does need root
(answering every name with the laptop, port 80, for phones to open the form by themselves) is
the one-time step in docs/coordinator-guide.md, which the kit never does.
"""

from __future__ import annotations

import ipaddress
import logging
import shutil
import subprocess
from dataclasses import dataclass

from kit.domain.errors import KitError

log = logging.getLogger(__name__)

CONNECTION = "Outreach Kit hotspot"
TIMEOUT_S = 45.0


class HotspotError(KitError):
    """The hotspot could not be started or stopped; the message says why."""

    code = "hotspot"


@dataclass(frozen=True)
class Hotspot:
    """A running hotspot: its device and the laptop's address on it."""

    device: str
    address: str


def _nmcli(*args: str) -> str:
    program = shutil.which("nmcli")
    if program is None:
        raise HotspotError("NetworkManager's nmcli is not installed: use a travel router or "
                           "the venue's Wi-Fi (see the coordinator guide).")
    try:
        done = subprocess.run([program, *args], capture_output=True, text=True,
                              timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as error:
        raise HotspotError("NetworkManager did not answer in time.") from error
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        raise HotspotError("NetworkManager refused: " + (reason[-1] if reason else
                                                          f"exit {done.returncode}"))
    return done.stdout


def start_hotspot(ssid: str, password: str) -> Hotspot:
    """Start the hotspot `ssid` with WPA2 `password` (8 to 63 characters)."""
    if not ssid.strip():
        raise HotspotError("Type a name for the Wi-Fi.")
    if not 8 <= len(password) <= 63:
        raise HotspotError("The Wi-Fi password needs 8 to 63 characters.")
    _nmcli("device", "wifi", "hotspot", "con-name", CONNECTION, "ssid", ssid.strip(),
           "password", password)
    device = ""
    for line in _nmcli("-t", "-f", "NAME,DEVICE", "connection", "show", "--active").splitlines():
        name, _sep, found = line.rpartition(":")
        if name.replace("\\:", ":") == CONNECTION:
            device = found
    if not device:
        raise HotspotError("NetworkManager started no hotspot (is there a Wi-Fi card that "
                           "can be an access point?).")
    address = ""
    for value in _nmcli("-g", "IP4.ADDRESS", "device", "show", device).split("|"):
        value = value.strip()
        if value:
            address = str(ipaddress.ip_interface(value).ip)
            break
    if not address:
        raise HotspotError("The hotspot has no address yet; try again in a moment.")
    log.info("Hotspot started")
    return Hotspot(device, address)


def stop_hotspot() -> None:
    """End the hotspot (the laptop's Wi-Fi goes back to what NetworkManager chooses)."""
    _nmcli("connection", "down", CONNECTION)
    log.info("Hotspot stopped")
