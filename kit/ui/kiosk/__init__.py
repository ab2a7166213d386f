"""The sign-up desk: the kiosk page, its form, the PIN dialog and the lock that guards the volunteer area."""
