"""peewee models mirroring the current schema (see schema.py, which is the source of truth)."""

from __future__ import annotations

import uuid as uuid_module

import peewee as pw

from kit.domain.times import utc_now  # column defaults; elsewhere import it from kit.domain.times


def new_uuid() -> str:
    """A random UUID as text: the identity of every row that travels between kits and CRMs."""
    return str(uuid_module.uuid4())




class BaseModel(pw.Model):
    """Models are bound to a database when a Store opens one."""

    class Meta:
        database = None
        legacy_table_names = False


class Setting(BaseModel):
    """A key/value pair; values are JSON text."""

    key = pw.TextField(primary_key=True)
    value = pw.TextField()


class Event(BaseModel):
    """A day of tabling: a place, a date, the sign-ups collected there."""

    uuid = pw.TextField(unique=True, default=new_uuid)
    name = pw.TextField()
    location = pw.TextField(default="")
    date = pw.DateField(null=True)
    created_at = pw.DateTimeField(default=utc_now)


class Contact(BaseModel):
    """A person, identified by normalised email, else by E.164 phone."""

    uuid = pw.TextField(unique=True, default=new_uuid)
    first_name = pw.TextField()
    last_name = pw.TextField(default="")
    email = pw.TextField(null=True)
    phone = pw.TextField(null=True, index=True)
    postal_code = pw.TextField(default="")
    note = pw.TextField(default="")
    consent_email = pw.BooleanField(default=False)
    consent_sms = pw.BooleanField(default=False)
    created_at = pw.DateTimeField(default=utc_now)
    updated_at = pw.DateTimeField(default=utc_now)


class Signup(BaseModel):
    """One visit: who, at which event, when, what they chose and the consent as shown."""

    uuid = pw.TextField(unique=True, default=new_uuid)
    contact = pw.ForeignKeyField(Contact, null=True, backref="signups", on_delete="CASCADE")
    event = pw.ForeignKeyField(Event, backref="signups")
    created_at = pw.DateTimeField(default=utc_now)
    interests = pw.TextField(default="[]")
    note = pw.TextField(default="")
    consent_email = pw.BooleanField()
    consent_email_text = pw.TextField()
    consent_sms = pw.BooleanField()
    consent_sms_text = pw.TextField()
    source = pw.TextField(default="kiosk")
    language = pw.TextField(default="en")
    key_id = pw.TextField(null=True)
    sealed = pw.BlobField(null=True)


class HandoutLog(BaseModel):
    """One print or save of a handout, counted against the event it happened at."""

    uuid = pw.TextField(unique=True, default=new_uuid)
    event = pw.ForeignKeyField(Event, null=True, backref="handouts", on_delete="SET NULL")
    handout = pw.TextField()
    paper = pw.TextField()
    copies = pw.IntegerField()
    action = pw.TextField()
    created_at = pw.DateTimeField(default=utc_now)


class SyncTarget(BaseModel):
    """A CRM, mailing list or webhook that sign-ups are delivered to. Secrets live elsewhere."""

    uuid = pw.TextField(unique=True, default=new_uuid)
    name = pw.TextField(unique=True)
    kind = pw.TextField()
    base_url = pw.TextField()
    list_id = pw.TextField(default="")
    enabled = pw.BooleanField(default=True)
    paused_reason = pw.TextField(default="")
    options = pw.TextField(default="{}")
    created_at = pw.DateTimeField(default=utc_now)


class Outbox(BaseModel):
    """Delivery state of one sign-up to one target."""

    signup = pw.ForeignKeyField(Signup, backref="deliveries", on_delete="CASCADE")
    target = pw.ForeignKeyField(SyncTarget, backref="deliveries", on_delete="CASCADE")
    state = pw.TextField()  # kit.sync.states; rows are added only by kit.sync.outbox, which says
    # `pending` itself (the schema's DEFAULT is history: migrations never change)
    attempts = pw.IntegerField(default=0)
    next_attempt_at = pw.DateTimeField(null=True)
    last_status = pw.IntegerField(null=True)
    last_error = pw.TextField(default="")
    remote_id = pw.TextField(default="")
    payload_hash = pw.TextField(default="")
    updated_at = pw.DateTimeField(default=utc_now)


class RemovedSignup(BaseModel):
    """A removed person's sign-up, by UUID only: no bundle, file or row may bring it back."""

    uuid = pw.TextField(primary_key=True)


class RemovalNotice(BaseModel):
    """What the next sync tells one target about a removal or a changed address
    (kit.sync.notices). On a protected kit the addresses are in `sealed`, not in clear."""

    uuid = pw.TextField(unique=True, default=new_uuid)
    target = pw.ForeignKeyField(SyncTarget, backref="notices", on_delete="CASCADE")
    kind = pw.TextField()
    signup_uuids = pw.TextField(default="[]")
    contact_uuid = pw.TextField(default="")
    email = pw.TextField(default="")
    phone = pw.TextField(default="")
    key_id = pw.TextField(null=True)
    sealed = pw.BlobField(null=True)
    state = pw.TextField(default="pending")
    attempts = pw.IntegerField(default=0)
    last_status = pw.IntegerField(null=True)
    last_error = pw.TextField(default="")


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Setting, Event, Contact, Signup, HandoutLog, SyncTarget, Outbox, RemovedSignup,
    RemovalNotice,
)
