"""Delivering sign-ups to CRMs: the outbox engine, the HTTP targets and where their secrets live.

Imports point downwards only: kit.sync uses kit.store and kit.domain, never kit.services or Qt.
The use-cases the UI and CLI call are in kit.services.sync and kit.services.targets.
"""
