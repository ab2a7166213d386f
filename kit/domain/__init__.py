"""Pure rules of Outreach Kit: validation, normalisation, identity and consent. No I/O, no Qt."""
