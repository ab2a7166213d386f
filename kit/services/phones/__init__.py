"""Phone sign-ups: attendees sign up on their own phones over the laptop's local network,
offline, each sign-up sealed on the phone and recorded as a kiosk sign-up
(kit.services.phones.server; the page: kit.services.phones.page)."""
