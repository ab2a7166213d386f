"""Handouts: the page that previews and prints flyers, factsheets, QR cards and slips."""
