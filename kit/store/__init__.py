"""Persistence: peewee models over SQLite, opening with checked pragmas, migrations, backups."""
