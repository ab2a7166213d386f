"""Fixtures for the e2e tests."""

from tests.kit_fixtures import *  # noqa: F401,F403
