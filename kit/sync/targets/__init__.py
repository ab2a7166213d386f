"""The kinds of sync target, by name."""

from __future__ import annotations

from kit.domain.errors import FieldError
from kit.sync.targets.actionnetwork import ActionNetworkAdapter
from kit.sync.targets.base import TargetAdapter, TargetConfig
from kit.sync.targets.mailchimp import MailchimpAdapter
from kit.sync.targets.webhook import WebhookAdapter

ADAPTERS: dict[str, type[TargetAdapter]] = {
    a.kind: a for a in (ActionNetworkAdapter, MailchimpAdapter, WebhookAdapter)
}
KINDS = tuple(ADAPTERS)


def adapter_for(config: TargetConfig) -> TargetAdapter:
    """The adapter of a target's kind."""
    try:
        return ADAPTERS[config.kind](config)
    except KeyError:
        raise FieldError("kind", f"Unknown target kind {config.kind!r}; choose one of "
                         f"{', '.join(KINDS)}.", code="kind") from None
