"""Issue 26: the kit opens without loading the sync adapters or httpx.

Writing a sign-up reaches the outbox (and removing a person the notices), which need the
targets' base; that once imported every adapter and httpx (~90 ms of a start on an idle core).
They load when a sync or target operation first asks for them.
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("httpx", "httpcore", "kit.sync.http", "kit.sync.engine",
         "kit.sync.targets.actionnetwork", "kit.sync.targets.mailchimp",
         "kit.sync.targets.webhook")


def loaded_after(code: str) -> list[str]:
    """Which HEAVY modules a fresh interpreter holds after running `code`."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_what_the_kiosk_needs_at_start_does_not_import_httpx_or_the_adapters():
    assert loaded_after("import kit.services.events, kit.services.people, kit.services.kit, "
                        "kit.sync.outbox, kit.sync.notices, kit.sync.targets, "
                        "kit.sync.targets.base") == []


def test_the_adapters_load_when_asked_for():
    code = ("from kit.sync import targets\n"
            "from kit.sync.targets.base import TargetConfig\n"
            "assert targets.KINDS == ('actionnetwork', 'mailchimp', 'webhook'), targets.KINDS\n"
            "assert targets.ADAPTERS['mailchimp'].kind == 'mailchimp'\n"
            "config = TargetConfig(id=1, uuid='u', name='n', kind='webhook', base_url='https://x')\n"
            "assert type(targets.adapter_for(config)).__name__ == 'WebhookAdapter'")
    assert "kit.sync.targets.webhook" in loaded_after(code)
