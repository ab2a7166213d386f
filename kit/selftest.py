"""`outreach-kit --self-test`: offline checks that the installed (or frozen) app really works.

Built for the packaged app: a coordinator (or the packaging test) runs it on a fresh install and
learns in a few seconds whether the bundle holds everything it needs — assets, fonts, SQLite,
the lazily imported phone-number data, reportlab, Qt, and the sealing of protected mode
(cryptography's HPKE, msgspec). Every check works in a throwaway folder:
the real data dir is never opened, so running it at a table cannot touch anyone's sign-ups.

The module is Qt-free. The window check starts this same program again with `--smoke` in a
child process, because a Qt platform plugin that cannot load aborts the whole process: run
in-process it would take the summary down with it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kit import __version__
from kit.paths import Paths

if TYPE_CHECKING:  # imported lazily below: --self-test must report a broken import as a check
    from kit.content import CampaignPack
    from kit.services.events import EventSummary
    from kit.services.kit import Kit

EXIT_OK, EXIT_FAILURE = 0, 1
GUI_TIMEOUT_S = 90
# Optional: a dev dependency, normally absent from the bundle. Imported by name at run time so
# PyInstaller's analysis does not pull it in by accident.
QR_CHECKER = "zxingcpp"
SAMPLE_PHONE = "+44 20 7946 0958"  # an Ofcom drama number: valid, never anyone's line
SAMPLE_EMAIL = "Self.Test@Example.org"


@dataclass
class CheckResult:
    """One line of the report: `status` is 'ok', 'skip' or 'FAIL'."""

    name: str
    status: str
    detail: str


@dataclass
class _Context:
    """What the checks hand on to each other (the open kit, the event, the rendered flyer)."""

    work_dir: Path
    paths: Paths
    kit: Kit | None = None
    event: EventSummary | None = None
    pack: CampaignPack | None = None
    flyer: bytes = b""

    def open_kit(self) -> Kit:
        if self.kit is None:
            raise AssertionError("the database check did not open the kit")
        return self.kit

    def the_event(self) -> EventSummary:
        if self.event is None:
            raise AssertionError("the sign-up check made no event")
        return self.event

    def the_pack(self) -> CampaignPack:
        if self.pack is None:
            raise AssertionError("the campaign pack check did not load the pack")
        return self.pack


def versions() -> dict[str, str]:
    """App, Python, SQLite, Qt (from the PySide6 wheel, which ships its own Qt) and reportlab."""
    import reportlab

    found = {
        "outreach-kit": __version__,
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "reportlab": getattr(reportlab, "Version", "?"),
    }
    # PySide6 x.y.z bundles Qt x.y.z; reading the metadata avoids importing Qt here.
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            found["Qt (PySide6)"] = metadata.version(dist)
            break
        except metadata.PackageNotFoundError:
            continue
    else:
        found["Qt (PySide6)"] = "unknown"
    return found


def _check_versions(ctx: _Context) -> str:
    found = versions()
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    return ", ".join(f"{k} {v}" for k, v in found.items()) + f" ({frozen}, {platform.machine()})"


def _check_assets(ctx: _Context) -> str:
    from kit.content.loader import PACK_FILE
    from kit.content.storage import assets_dir, default_pack_dir

    root = assets_dir()
    missing = [
        str(p) for p in (default_pack_dir() / PACK_FILE, root / "fonts" / "NotoSans-Regular.ttf")
        if not p.is_file()
    ]
    if missing:
        raise AssertionError(f"missing: {', '.join(missing)}")
    fonts = len(list((root / "fonts").glob("*.ttf")))
    icons = len(list((root / "icons").glob("*.png"))) if (root / "icons").is_dir() else 0
    return f"{root}: campaign pack, {fonts} fonts, {icons} icon sizes"


def _check_sealing(ctx: _Context) -> str:
    """Seal a made-up sign-up to a fresh key and open it, as protected mode does: a bundle
    without cryptography's HPKE or msgspec would otherwise fail only at a real unlock.

    In memory only: the key is never saved and nothing is written.
    """
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from kit.protect import sealing
    from kit.protect.keys import key_id_for

    private = X25519PrivateKey.generate()
    key_id = key_id_for(private.public_key())
    row, other_row = "00000000-0000-4000-8000-00000000c0de", "00000000-0000-4000-8000-00000000beef"
    sample = sealing.SealedFields(
        first_name="Zoë", last_name="Self-Test", email=SAMPLE_EMAIL.lower(), phone="+442079460958",
        created_at=dt.datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=dt.UTC))
    blob = sealing.seal_fields(sample, private.public_key(), row, key_id)
    opened = sealing.open_fields(blob, private, row, key_id)
    if opened != sample:
        raise AssertionError(f"opened {opened!r}, sealed {sample!r}")
    # open_fields falls back to plain json when msgspec refuses a payload, so a msgspec that
    # cannot read one would go unnoticed there (only a slower unlock): decode it directly too.
    plaintext = sealing.SUITE.decrypt(blob, private, sealing.signup_info(row, key_id))
    if sealing._PAYLOAD.decode(plaintext).first_name != sample.first_name:
        raise AssertionError("msgspec read the payload differently")
    try:
        sealing.open_fields(blob, private, other_row, key_id)
    except sealing.SealBroken:
        pass
    else:
        raise AssertionError("a seal moved to another row opened: it is not bound to its row")
    return f"sealed and opened a sign-up in memory ({len(blob)} bytes, HPKE X25519, msgspec)"


def _check_database(ctx: _Context) -> str:
    from kit.services.kit import open_kit

    ctx.kit = kit = open_kit(ctx.paths)
    version = kit.store.schema_version()
    if not ctx.paths.database.is_file():
        raise AssertionError(f"no database file at {ctx.paths.database}")
    mode = kit.store.db.execute_sql("PRAGMA journal_mode").fetchone()[0]
    return f"created schema v{version} ({mode}) in a temporary folder"


def _check_pack(ctx: _Context) -> str:
    kit = ctx.open_kit()
    pack = kit.pack()
    if pack is None:
        raise AssertionError(f"the campaign pack does not load: {kit.pack_problem}")
    ctx.pack = pack
    return f"{pack.organisation.name}: {len(pack.resources)} resources, {len(pack.facts)} facts"


def _check_signup(ctx: _Context) -> str:
    from kit.domain.signup import SignupForm
    from kit.services.contacts import get_contact
    from kit.services.events import create_event
    from kit.services.kit import open_kit
    from kit.services.signups import record_signup

    kit = ctx.open_kit()
    ctx.event = event = create_event(kit, "Self-test table", "Nowhere", dt.date.today())
    interests = [tag for tag, _ in kit.interests()][:1]
    wording = kit.consent_wording()
    receipt = record_signup(kit, SignupForm(
        first_name="Self", last_name="Test", email=SAMPLE_EMAIL, phone=SAMPLE_PHONE,
        interests=interests, consent_email=True,
    ))
    # Read it back through a second connection: the sign-up must be on disk, not in a cache.
    kit.close()
    ctx.kit = kit = open_kit(ctx.paths)
    if receipt.contact_id is None:
        raise AssertionError("the sign-up was sealed: the self-test kit must not be protected")
    record = get_contact(kit, receipt.contact_id)
    expected = {
        "email": SAMPLE_EMAIL.lower(), "phone": "+442079460958", "consent_email": True,
        "consent_sms": False, "interests": tuple(interests), "event_ids": (event.id,),
    }
    wrong = {k: getattr(record, k) for k, v in expected.items() if getattr(record, k) != v}
    if wrong:
        raise AssertionError(f"read back differs: {wrong}")
    shown = {c.channel: c.wording for c in record.signups[0].consents}
    if shown.get("email") != wording.email:
        raise AssertionError("the consent wording shown was not recorded as shown")
    return "recorded, reopened the database and read it back (email, E.164 phone, consent wording)"


def _check_handout(ctx: _Context) -> str:
    from kit.domain.records import EventInfo
    from kit.handouts.registry import render_handout

    event = ctx.the_event()
    info = EventInfo(id=event.id, uuid=event.uuid, name=event.name, location=event.location,
                     date=event.date)
    started = time.perf_counter()
    ctx.flyer = render_handout("flyer", ctx.the_pack(), info, paper="letter")
    took = time.perf_counter() - started
    if not ctx.flyer.startswith(b"%PDF-"):
        raise AssertionError("the flyer is not a PDF")
    return f"flyer rendered: {len(ctx.flyer) // 1024} KiB in {took:.2f} s"


def _check_flyer_pdf(ctx: _Context) -> str:
    import pypdfium2

    from kit.content.model import display_url

    urls = [r.url for r in ctx.the_pack().key_resources]
    document = pypdfium2.PdfDocument(ctx.flyer)
    try:
        pages = len(document)
        if pages != 1:
            raise AssertionError(f"the flyer has {pages} pages, expected 1")
        page = document[0]
        text = "".join(page.get_textpage().get_text_range().split())
        absent = [u for u in urls if "".join(display_url(u).split()) not in text]
        if absent:
            raise AssertionError(f"printed URLs missing: {absent}")
        try:
            checker = importlib.import_module(QR_CHECKER)
        except ImportError:
            return (f"1 page, {len(urls)} printed URLs; "
                    "QR decode skipped: checker not bundled")
        image = page.render(scale=3).to_pil().convert("L")
        decoded = {b.text for b in checker.read_barcodes(image)
                   if b.format == checker.BarcodeFormat.QRCode}
    finally:
        document.close()
    if not decoded or not decoded <= set(urls) or urls[0] not in decoded:
        raise AssertionError(f"QR codes decoded {sorted(decoded)}, expected {urls}")
    return f"1 page, decoded {len(decoded)} QR code(s): {', '.join(sorted(decoded))}"


def _own_command() -> list[str]:
    """How to start this same program again: the frozen executable, or this interpreter."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-c", "import sys; from kit.cli import main; sys.exit(main())"]


def _check_window(ctx: _Context) -> str:
    env = dict(os.environ)
    how = env.get("QT_QPA_PLATFORM", "")
    if (sys.platform.startswith("linux") and not how
            and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")):
        # No screen (a server, CI, SSH): still prove Qt and its plugins load, offscreen.
        env["QT_QPA_PLATFORM"] = how = "offscreen"
    env.pop("OUTREACH_KIT_HOME", None)
    if not getattr(sys, "frozen", False):
        # `python main.py` from a checkout that is not installed: the child must find kit too.
        source_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (source_root, env.get("PYTHONPATH")) if p)
    command = [*_own_command(), "--data-dir", str(ctx.work_dir / "gui"), "--smoke"]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True,
                              timeout=GUI_TIMEOUT_S, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"the window did not paint within {GUI_TIMEOUT_S} s") from exc
    took = time.perf_counter() - started
    if done.returncode != 0:
        tail = " | ".join((done.stderr or done.stdout).strip().splitlines()[-3:])
        raise AssertionError(f"--smoke exited {done.returncode}: {tail}")
    return f"first paint in {took:.1f} s ({how or 'default'} platform)"


CHECKS: tuple[tuple[str, Callable[[_Context], str], tuple[str, ...]], ...] = (
    # (name, check, names it depends on: a failed dependency skips the check)
    ("versions", _check_versions, ()),
    ("assets", _check_assets, ()),
    ("sealing", _check_sealing, ()),
    ("database", _check_database, ()),
    ("campaign pack", _check_pack, ("database",)),
    ("sign-up", _check_signup, ("campaign pack",)),
    ("handout", _check_handout, ("sign-up",)),
    ("flyer PDF", _check_flyer_pdf, ("handout",)),
    ("window", _check_window, ()),
)


def run_self_test(*, gui: bool = True, out: TextIO | None = None) -> int:
    """Run every check, print one line each and a summary; 0 if all passed, else 1."""
    out = out or sys.stdout
    results: dict[str, CheckResult] = {}
    print(f"Outreach Kit {__version__} self-test (offline; uses a temporary folder only)",
          file=out, flush=True)
    with tempfile.TemporaryDirectory(prefix="outreach-kit-selftest-") as tmp:
        work = Path(tmp)
        ctx = _Context(work_dir=work, paths=Paths(data_dir=work / "kit", log_dir=work / "logs"))
        try:
            for name, check, needs in CHECKS:
                if name == "window" and not gui:
                    result = CheckResult(name, "skip", "not asked for (gui=False)")
                elif any(results[n].status != "ok" for n in needs):
                    result = CheckResult(name, "skip", "an earlier check failed")
                else:
                    result = _run_one(name, check, ctx)
                results[name] = result
                print(f"  {result.status:<4}  {name}: {result.detail}", file=out, flush=True)
        finally:
            if ctx.kit is not None:
                ctx.kit.close()
    failed = [r for r in results.values() if r.status == "FAIL"]
    passed = sum(r.status == "ok" for r in results.values())
    skipped = len(results) - passed - len(failed)
    verdict = "FAILED" if failed else "passed"
    print(f"Self-test {verdict}: {passed} ok, {len(failed)} failed, {skipped} skipped",
          file=out, flush=True)
    return EXIT_FAILURE if failed else EXIT_OK


def _run_one(name: str, check: Callable[[_Context], str], ctx: _Context) -> CheckResult:
    try:
        return CheckResult(name, "ok", check(ctx))
    except Exception as exc:  # a self-test reports every failure and carries on
        reason = " ".join(str(exc).split()) or type(exc).__name__
        return CheckResult(name, "FAIL", f"{type(exc).__name__}: {reason}")
