"""Protected mode: sealed sign-ups, keys under a passphrase, authenticated bundles, wiping.

Pure code (no Qt, no database): keys.py (key pairs, passphrase wrapping, the key ring),
sealing.py (HPKE sealing of one sign-up's personal fields), vault.py (the unlocked sign-ups
merged into contacts, in memory only), bundle.py (the USB bundle file format), pin.py (the
kiosk PIN hash), erase.py (overwriting and deleting files). The use-cases that touch the store
live in kit/services/protection/, bundles.py and retention.py.
"""
