"""Phone sign-ups under load: N phones (default 50) submit at once while the kiosk records.

Measured in one run, on one kit, as in the app (the kiosk records on its thread, the phone
server on its own recording thread, both on the same open Kit):

- floor: the kiosk alone, one sign-up every 50 ms (its longest and median wait), and one phone
  alone (fetching a form, sealing, sending: the answer time);
- load: the same kiosk loop while N phones, each from its own loopback address (127.0.0.x, so
  the per-address limits hold as on a real network), fetch a form, seal with the kit's HPKE
  suite (what the page does in JavaScript on the phone) and send, all released together.

Prints the kiosk's longest wait against its floor (target: under 0.5 s, as for imports) and
the phones' answer times (median, longest) against one phone alone. Traffic stays on this
machine's loopback addresses; every loop is bounded.

    uv run python benchmarks/bench_phones.py [--phones 50]
"""

from __future__ import annotations

import argparse
import base64
import http.client
import json
import re
import statistics
import tempfile
import threading
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from kit.domain.signup import SignupForm
from kit.protect.sealing import SUITE
from kit.services.events import create_event
from kit.services.kit import open_kit
from kit.services.phones.server import PhoneServer
from kit.services.signups import record_signup

KIOSK_EVERY_S = 0.05
TARGET_KIOSK_WAIT_S = 0.5
CONFIG = re.compile(rb'<script type="application/json" id="cfg">(.*?)</script>')


def phone(port: int, source: str, number: int) -> float:
    """One phone's sign-up, as the page makes it; returns the seconds it took."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60,
                                            source_address=(source, 0))
    connection.request("GET", "/?lang=en")
    found = CONFIG.search(connection.getresponse().read())
    connection.close()
    assert found, "no form"
    config = json.loads(found.group(1))
    document = {"v": 1, "first_name": f"Phone{number}", "last_name": "", "phone": "",
                "email": f"phone{number}@example.org", "postal_code": "", "note": "",
                "interests": [], "consent_email": True, "consent_sms": False}
    public = X25519PublicKey.from_public_bytes(base64.b64decode(config["key"]))
    sealed = SUITE.encrypt(json.dumps(document).encode(), public,
                           (config["info"] + config["token"]).encode())
    body = json.dumps({"token": config["token"], "sealed": base64.b64encode(sealed).decode()})
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60,
                                            source_address=(source, 0))
    connection.request("POST", "/signup", body=body, headers={"Content-Type": "application/json"})
    answer = connection.getresponse()
    answer.read()
    connection.close()
    assert answer.status == 200, answer.status
    return time.perf_counter() - started


def kiosk_loop(kit, stop: threading.Event, waits: list[float], tag: str) -> None:
    number = 0
    while not stop.is_set() and number < 10_000:
        number += 1
        form = SignupForm(first_name=f"Kiosk{tag}{number}", email=f"kiosk.{tag}{number}@example.org",
                          consent_email=True)
        started = time.perf_counter()
        record_signup(kit, form)
        waits.append(time.perf_counter() - started)
        stop.wait(KIOSK_EVERY_S)
    kit.store.close()  # this thread's connection


def kiosk_for(kit, seconds: float, tag: str) -> list[float]:
    waits: list[float] = []
    stop = threading.Event()
    worker = threading.Thread(target=kiosk_loop, args=(kit, stop, waits, tag))
    worker.start()
    time.sleep(seconds)
    stop.set()
    worker.join()
    return waits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        kit = open_kit(Path(folder) / "data")
        create_event(kit, "Benchmark table", "", None)
        server = PhoneServer(kit, "127.0.0.1", 0).start()
        port = server.address[1]
        try:
            alone_kiosk = kiosk_for(kit, 3.0, "a")
            alone_phone = [phone(port, "127.0.0.2", 100_000 + n) for n in range(5)]

            waits: list[float] = []
            stop = threading.Event()
            kiosk = threading.Thread(target=kiosk_loop, args=(kit, stop, waits, "b"))
            times: list[float] = []
            gate = threading.Barrier(args.phones)

            def one(number: int) -> None:
                gate.wait(timeout=60)
                times.append(phone(port, f"127.0.{1 + number // 250}.{2 + number % 250}",
                                   number))

            phones = [threading.Thread(target=one, args=(n,)) for n in range(args.phones)]
            kiosk.start()
            time.sleep(0.5)
            began = time.perf_counter()
            for each in phones:
                each.start()
            for each in phones:
                each.join(timeout=300)
            all_done = time.perf_counter() - began
            time.sleep(0.5)
            stop.set()
            kiosk.join()
        finally:
            server.stop()
        recorded = server.recorded
        kit.close()

    longest, floor_longest = max(waits), max(alone_kiosk)
    print(f"kiosk alone: {len(alone_kiosk)} sign-ups, median {statistics.median(alone_kiosk)*1000:.0f} ms, "
          f"longest {floor_longest*1000:.0f} ms")
    print(f"kiosk during {args.phones} phones: {len(waits)} sign-ups, median "
          f"{statistics.median(waits)*1000:.0f} ms, longest {longest*1000:.0f} ms "
          f"({longest / floor_longest:.1f}x its floor) -> "
          f"{'MET' if longest < TARGET_KIOSK_WAIT_S else 'MISSED'} (< {TARGET_KIOSK_WAIT_S} s)")
    print(f"one phone alone: median {statistics.median(alone_phone)*1000:.0f} ms (form, seal, send)")
    print(f"{args.phones} phones at once: {len(times)} answered, {recorded - 5} recorded, median "
          f"{statistics.median(times)*1000:.0f} ms, longest {max(times)*1000:.0f} ms, all done in "
          f"{all_done:.2f} s ({statistics.median(times) / statistics.median(alone_phone):.1f}x "
          "one phone alone, median)")
    return 0 if longest < TARGET_KIOSK_WAIT_S and len(times) == args.phones else 1


if __name__ == "__main__":
    raise SystemExit(main())
