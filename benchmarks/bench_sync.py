"""Benchmark: sync 2,000 pending sign-ups to the local FakeCRM versus a bare httpx loop.

The measured run is `run_sync` to an Action Network target with rate limiting off: reading the
outbox, building each body, marking rows `sending` and `sent` (WAL + synchronous=FULL commits,
batched), the requests themselves. The floor, in the same run against the same server, is a bare
`httpx.Client` loop POSTing the very same bodies with the same headers. Target: at most 1.5x.

Run: uv run python benchmarks/bench_sync.py [--signups 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.fakecrm

from kit.services import sync as sync_service  # noqa: E402
from kit.services.events import create_event  # noqa: E402
from kit.services.kit import open_kit  # noqa: E402
from kit.services.targets import add_target, get_target  # noqa: E402
from kit.store.models import Contact, Outbox, Signup, utc_now  # noqa: E402
from kit.sync import outbox  # noqa: E402
from kit.sync.engine import SyncOptions  # noqa: E402
from kit.sync.secrets import MemorySecretStore  # noqa: E402
from kit.sync.targets import adapter_for  # noqa: E402
from tests.fakecrm import FakeCRM  # noqa: E402

TARGET_RATIO = 1.5


def seed(kit, count: int) -> None:
    """`count` contacts with one consenting sign-up each, inserted in one transaction."""
    event = create_event(kit, "Benchmark table", "Minneapolis", "2026-06-14")
    now = utc_now()
    with kit.store.write():
        for start in range(0, count, 500):
            chunk = range(start, min(start + 500, count))
            Contact.insert_many([
                {"uuid": f"00000000-0000-4000-8000-{i:012d}", "first_name": f"First{i}",
                 "last_name": f"Last{i}", "email": f"person{i}@example.org",
                 "phone": f"+1612555{i % 10000:04d}", "postal_code": "55406",
                 "consent_email": True, "created_at": now, "updated_at": now} for i in chunk
            ]).execute()
        contacts = list(Contact.select(Contact.id).order_by(Contact.id).tuples())
        for start in range(0, len(contacts), 500):
            Signup.insert_many([
                {"uuid": f"10000000-0000-4000-8000-{cid:012d}", "contact": cid,
                 "event": event.id, "created_at": now, "interests": json.dumps(["volunteer"]),
                 "consent_email": True, "consent_email_text": "Yes", "consent_sms": False,
                 "consent_sms_text": "Yes", "source": "bench"} for (cid,) in contacts[start:start + 500]
            ]).execute()


def floor_run(url: str, token: str, bodies: list[bytes], headers: dict[str, str]) -> float:
    start = time.perf_counter()
    with httpx.Client(timeout=15.0) as client:
        for body in bodies:
            response = client.post(url, content=body, headers=headers)
            response.raise_for_status()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signups", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp, FakeCRM(lifetime_s=900) as crm:
        kit = open_kit(Path(tmp) / "data")
        seed(kit, args.signups)
        secrets = MemorySecretStore()
        target = add_target(kit, "AN", "actionnetwork", crm.an_url, rate=0, secret=crm.an_token,
                            secrets=secrets).target
        adapter = adapter_for(get_target(kit, target.id))
        records = outbox.waiting_records(target.id, kit.region)
        bodies = [outbox.plan_for(adapter, r).calls[0].body for r in records]
        headers = {**adapter.headers(adapter.test_call(), crm.an_token, dt.datetime.now()),
                   "User-Agent": "outreach-kit-sync"}
        options = SyncOptions(rate_limits=False)
        sync_times, floor_times = [], []
        for _ in range(args.rounds):
            with kit.store.write():  # every round syncs the same rows from scratch
                Outbox.update(state="pending", attempts=0, remote_id="").execute()
            floor_times.append(floor_run(crm.an_url + "/people/", crm.an_token, bodies, headers))
            start = time.perf_counter()
            report = sync_service.run_sync(kit, target.id, secrets=secrets, options=options)
            sync_times.append(time.perf_counter() - start)
            if report.total("sent") != args.signups:
                print(f"sync sent {report.total('sent')} of {args.signups}: {report.to_json()}")
                return 1
        kit.close()
        assert len(crm.people) == args.signups
    sync_s, floor_s = statistics.median(sync_times), statistics.median(floor_times)
    ratio = sync_s / floor_s
    print(f"sync  {args.signups} sign-ups: {sync_s:.3f} s ({args.signups / sync_s:,.0f}/s)")
    print(f"floor {args.signups} bare POSTs: {floor_s:.3f} s ({args.signups / floor_s:,.0f}/s)")
    verdict = "MET" if ratio <= TARGET_RATIO else "MISSED"
    print(f"ratio {ratio:.2f}x (target <= {TARGET_RATIO}x): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
