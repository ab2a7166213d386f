"""Outreach Kit: an offline sign-up desk, handouts and sync for tabling events."""

__version__ = "0.1.0"
