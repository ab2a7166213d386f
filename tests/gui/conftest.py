"""Fixtures for the gui tests."""

from tests.kit_fixtures import *  # noqa: F401,F403
