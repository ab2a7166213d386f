"""Fixtures for the unit tests: the open-kit fixtures, and for sync the fake CRM, an in-memory
secret store and a guard that fails any unit test reaching for the real OS keyring."""

from tests.fakecrm.fixtures import crm, no_real_keyring, secrets  # noqa: F401
from tests.kit_fixtures import *  # noqa: F401,F403
