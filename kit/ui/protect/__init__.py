"""Protected mode: the Protect tab, setting protection up and unlocking."""
