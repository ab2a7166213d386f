"""Fixtures shared by the sync service tests: a fake CRM, an in-memory secret store, and a
guard that fails any test reaching for the operating system's keyring."""

from __future__ import annotations

import pytest

from kit.sync.secrets import MemorySecretStore
from tests.fakecrm import FakeCRM


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch):
    """Every test passes its own SecretStore; reaching for the OS keyring is a bug."""

    def refuse(*args, **kwargs):
        raise AssertionError("a test reached for the real keyring")

    monkeypatch.setattr("kit.services.targets.default_secret_store", refuse)
    monkeypatch.setattr("kit.services.sync.default_secret_store", refuse)
    monkeypatch.setattr("kit.services.background_sync.default_secret_store", refuse)


@pytest.fixture
def crm():
    with FakeCRM(lifetime_s=60) as server:
        yield server


@pytest.fixture
def secrets() -> MemorySecretStore:
    return MemorySecretStore()
