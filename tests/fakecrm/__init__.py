"""A local fake of Action Network, Mailchimp and a signed webhook, for sync tests and benchmarks.

Loopback only, started in a thread, stops by itself after its lifetime. See server.FakeCRM.
"""

from tests.fakecrm.server import FakeCRM, Fault

__all__ = ["FakeCRM", "Fault"]
