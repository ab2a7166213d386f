"""Sync: the targets page and its dialog."""
