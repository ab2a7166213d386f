"""The schema as a chain of forward migrations; `PRAGMA user_version` holds the step reached.

Each step is plain SQL frozen at the release that introduced it, so an old database always
migrates the same way, whatever the peewee models look like today. Never edit a released step:
add a new one.
"""

from __future__ import annotations

V1_EVENTS_CONTACTS_SIGNUPS = (
    """CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL)""",
    """CREATE TABLE event (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        location TEXT NOT NULL DEFAULT '',
        date DATE,
        created_at DATETIME NOT NULL)""",
    """CREATE TABLE contact (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL DEFAULT '',
        email TEXT,
        phone TEXT,
        postal_code TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        consent_email INTEGER NOT NULL DEFAULT 0,
        consent_sms INTEGER NOT NULL DEFAULT 0,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL)""",
    "CREATE UNIQUE INDEX contact_email ON contact (email) WHERE email IS NOT NULL",
    "CREATE INDEX contact_phone ON contact (phone)",
    """CREATE TABLE signup (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
        event_id INTEGER NOT NULL REFERENCES event (id),
        created_at DATETIME NOT NULL,
        interests TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        consent_email INTEGER NOT NULL,
        consent_email_text TEXT NOT NULL,
        consent_sms INTEGER NOT NULL,
        consent_sms_text TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'kiosk')""",
    "CREATE INDEX signup_contact ON signup (contact_id)",
    "CREATE INDEX signup_event_time ON signup (event_id, created_at)",
)

# Step 2 makes room for what travels: the language of the wording shown, sealed (protected-mode)
# sign-ups with the id of the key they were sealed to, the handout print log, sync targets and
# the outbox that a sign-up joins in its own transaction.
V2_SEALING_PRINTLOG_OUTBOX = (
    "ALTER TABLE signup ADD COLUMN language TEXT NOT NULL DEFAULT 'en'",
    "ALTER TABLE signup ADD COLUMN key_id TEXT",
    "ALTER TABLE signup ADD COLUMN sealed BLOB",
    """CREATE TABLE handout_log (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        event_id INTEGER REFERENCES event (id) ON DELETE SET NULL,
        handout TEXT NOT NULL,
        paper TEXT NOT NULL,
        copies INTEGER NOT NULL,
        action TEXT NOT NULL,
        created_at DATETIME NOT NULL)""",
    "CREATE INDEX handout_log_event ON handout_log (event_id, created_at)",
    """CREATE TABLE sync_target (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        base_url TEXT NOT NULL,
        list_id TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL DEFAULT 1,
        paused_reason TEXT NOT NULL DEFAULT '',
        options TEXT NOT NULL DEFAULT '{}',
        created_at DATETIME NOT NULL)""",
    """CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        signup_id INTEGER NOT NULL REFERENCES signup (id) ON DELETE CASCADE,
        target_id INTEGER NOT NULL REFERENCES sync_target (id) ON DELETE CASCADE,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at DATETIME,
        last_status INTEGER,
        last_error TEXT NOT NULL DEFAULT '',
        remote_id TEXT NOT NULL DEFAULT '',
        payload_hash TEXT NOT NULL DEFAULT '',
        updated_at DATETIME NOT NULL,
        UNIQUE (signup_id, target_id))""",
    "CREATE INDEX outbox_due ON outbox (state, next_attempt_at)",
    "CREATE INDEX outbox_target ON outbox (target_id)",
)

# Step 3 is for speed: "did this contact sign up before?" (the dashboard's new vs returning)
# becomes one index seek per sign-up; the index also serves everything signup_contact did
# (its first column is contact_id), so that one goes and a sign-up still updates one index.
V3_SIGNUP_CONTACT_TIME = (
    "CREATE INDEX signup_contact_time ON signup (contact_id, created_at, id)",
    "DROP INDEX signup_contact",
)

# Step 4 keeps a removal's promise (kit.services.removal): `removed_signup` holds the UUIDs of
# removed people's sign-ups (nothing else: a UUID names nobody by itself), so no bundle, JSON
# file or re-sent row brings them back; `removal_notice` holds what the next sync must tell each
# service that already had them (a removal, or an address changed after a yes). On a protected
# kit a notice's addresses are sealed to the public key; no row keeps a time.
V4_REMOVALS = (
    "CREATE TABLE removed_signup (uuid TEXT PRIMARY KEY) WITHOUT ROWID",
    """CREATE TABLE removal_notice (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        target_id INTEGER NOT NULL REFERENCES sync_target (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        signup_uuids TEXT NOT NULL DEFAULT '[]',
        contact_uuid TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        key_id TEXT,
        sealed BLOB,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        last_status INTEGER,
        last_error TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX removal_notice_target ON removal_notice (target_id, state)",
)

# Step 5: on a protected kit no time finer than the quarter hour is kept at rest (issue 21).
# The sealed sign-ups' own time already was; the outbox rows beside them kept their creation
# and update times to the microsecond, which dated every sign-up of an offline table. Triggers
# floor each time column to its quarter hour (UTC) as it is written, whatever code writes it,
# when the kit is protected (the key ring is in the settings); a retry's time is rounded up,
# so it never falls due early. The UPDATEs floor what an already protected kit holds.
# Frozen like every step: built by this function, never edited.
PROTECTED_KIT = "EXISTS (SELECT 1 FROM setting WHERE key = 'protection_keys' AND value <> 'null')"


def _quarter_sql(value: str, up: bool) -> str:
    seconds = f"CAST(strftime('%s', {value}) AS INTEGER)"
    return f"datetime(({seconds} + {899 if up else 0}) / 900 * 900, 'unixepoch')"


def _v5_quarter_hour_times() -> tuple[str, ...]:
    columns = (("signup", "created_at", False), ("outbox", "updated_at", False),
               ("outbox", "next_attempt_at", True), ("event", "created_at", False),
               ("sync_target", "created_at", False), ("handout_log", "created_at", False))
    steps: list[str] = []
    for table, column, up in columns:
        new = _quarter_sql(f"NEW.{column}", up)
        when = f"NEW.{column} IS NOT NULL AND NEW.{column} <> {new} AND {PROTECTED_KIT}"
        body = f"UPDATE {table} SET {column} = {new} WHERE rowid = NEW.rowid;"
        for event, name in (("INSERT", "insert"), (f"UPDATE OF {column}", "update")):
            steps.append(f"CREATE TRIGGER quarter_hour_{table}_{column}_on_{name} "
                         f"AFTER {event} ON {table} WHEN {when} BEGIN {body} END")
        old = _quarter_sql(column, up)
        steps.append(f"UPDATE {table} SET {column} = {old} WHERE {column} IS NOT NULL "
                     f"AND {column} <> {old} AND {PROTECTED_KIT}")
    return tuple(steps)


V5_QUARTER_HOUR_TIMES = _v5_quarter_hour_times()
QUARTER_HOUR_UPDATES = tuple(s for s in V5_QUARTER_HOUR_TIMES if s.startswith("UPDATE "))
"""Floors every time column a protected kit keeps (run by `protect init` once the ring is
saved, in its transaction)."""

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: V1_EVENTS_CONTACTS_SIGNUPS,
    2: V2_SEALING_PRINTLOG_OUTBOX,
    3: V3_SIGNUP_CONTACT_TIME,
    4: V4_REMOVALS,
    5: V5_QUARTER_HOUR_TIMES,
}
CURRENT_VERSION = max(MIGRATIONS)
