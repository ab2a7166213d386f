"""The volunteer area's phone sign-up tab (kit.ui.phones.page)."""
