"""The kinds of sync target, by name.

The adapters (and httpx, which they use) are imported on first use, not with this package:
the outbox and the notices need `base` whenever a sign-up is written, including at the kiosk's
start, and loading every adapter and httpx there cost start-up ~90 ms on an idle core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kit.domain.errors import FieldError

if TYPE_CHECKING:
    from kit.sync.targets.base import TargetAdapter, TargetConfig

    ADAPTERS: dict[str, type[TargetAdapter]]
    KINDS: tuple[str, ...]

__all__ = ["ADAPTERS", "KINDS", "adapter_for"]


def _adapters() -> dict[str, type[TargetAdapter]]:
    from kit.sync.targets.actionnetwork import ActionNetworkAdapter
    from kit.sync.targets.mailchimp import MailchimpAdapter
    from kit.sync.targets.webhook import WebhookAdapter

    return {a.kind: a for a in (ActionNetworkAdapter, MailchimpAdapter, WebhookAdapter)}


def _loaded() -> dict[str, type[TargetAdapter]]:
    adapters: dict[str, type[TargetAdapter]] = globals().get("ADAPTERS") or __getattr__("ADAPTERS")
    return adapters


def __getattr__(name: str) -> Any:
    """ADAPTERS and KINDS, built (with the adapters imported) the first time they are asked for."""
    if name == "ADAPTERS":
        value: Any = _adapters()
    elif name == "KINDS":
        value = tuple(_loaded())
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def adapter_for(config: TargetConfig) -> TargetAdapter:
    """The adapter of a target's kind."""
    adapters = _loaded()
    try:
        return adapters[config.kind](config)
    except KeyError:
        raise FieldError("kind", f"Unknown target kind {config.kind!r}; choose one of "
                         f"{', '.join(adapters)}.", code="kind") from None
