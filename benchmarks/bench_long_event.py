"""A long event in one session: 5,000 sign-ups through the real kiosk form, then the floor.

    uv run python benchmarks/bench_long_event.py [--signups 5000] [--type] [--no-tracemalloc]

The GUI part builds the real MainWindow offscreen and drives it as a volunteer would (no pytest):
fill the fields (or, with --type, type every character with QTest.keyClicks), press Sign up (Enter
in a field moves to the next one), wait for the thank-you panel, press Space for the next person.
Between sign-ups it lets Qt delete the old form, as the event loop would. It reports, for the
first and last 100 sign-ups, the time per save (Sign up to thank-you) and per whole cycle, and
memory: RSS and tracemalloc's current/peak at the start and end. The floor is the same number of sign-ups
through `record_signup` directly on a fresh kit: what the form and window add on top.

No assertion on absolute time: this is a report. Growth from the first to the last hundred is
what to look at.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WINDOW = 100


def rss_mb() -> float:
    """Resident memory now (Linux /proc; else the peak from getrusage)."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1e6 if sys.platform == "darwin" else 1e3)


def form_values(n: int) -> dict[str, str]:
    return {
        "first_name": f"Attendee{n}",
        "last_name": "Example",
        "email": f"attendee{n}@example.org",
        "phone": f"612 555 {n % 10000:04d}" if n % 3 == 0 else "",
        "postal_code": "55406" if n % 2 else "",
    }


def ms(values: list[float]) -> str:
    return (f"median {statistics.median(values) * 1000:6.1f} ms, "
            f"p95 {sorted(values)[int(len(values) * 0.95) - 1] * 1000:6.1f} ms")


def run_gui(count: int, type_keys: bool, trace: bool) -> dict:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtTest import QTest

    from kit.services.events import create_event
    from kit.services.kit import open_kit
    from kit.ui.shell.app import create_application
    from kit.ui.shell.main_window import MainWindow

    app = create_application(["bench"])
    folder = tempfile.TemporaryDirectory(prefix="kit-long-event-")
    kit = open_kit(Path(folder.name) / "data")
    create_event(kit, "Long event", "Minneapolis", "2026-06-14")
    kit.settings.set("thank_you_seconds", 60)  # the bench moves on by key, as a volunteer does
    window = MainWindow(kit)
    window.resize(1366, 768)
    window.show()
    QTest.qWaitForWindowExposed(window)
    if trace:
        tracemalloc.start()
    saves: list[float] = []
    cycles: list[float] = []
    memory: dict[str, tuple[float, float, float]] = {}
    for n in range(count):
        started = time.perf_counter()
        form = window.kiosk.form
        for name, text in form_values(n).items():
            if not text:
                continue
            if type_keys:
                form.edits[name].setFocus()
                QTest.keyClicks(form.edits[name], text)
            else:
                form.edits[name].setText(text)
        if n % 4 == 0:
            form.consent_email.setChecked(True)
        before_enter = time.perf_counter()
        QTest.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)  # Enter in a field moves on
        saved = time.perf_counter()
        if window.kiosk.stack.currentWidget() is not window.kiosk.thanks:
            raise SystemExit(f"sign-up {n} was not stored: {form.banner.text()}")
        QTest.keyClick(window.kiosk.thanks, Qt.Key.Key_Space)
        # What the event loop does between two people: delete the old form, run posted events.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        saves.append(saved - before_enter)
        cycles.append(time.perf_counter() - started)
        if n + 1 in (WINDOW, count):
            gc.collect()
            current, peak = tracemalloc.get_traced_memory() if trace else (0, 0)
            memory["start" if n + 1 == WINDOW else "end"] = (rss_mb(), current / 1e6, peak / 1e6)
    if trace:
        tracemalloc.stop()
    stored = kit.store.db.execute_sql("SELECT count(*) FROM signup").fetchone()[0]
    window.close()
    kit.close()
    folder.cleanup()
    return {"saves": saves, "cycles": cycles, "memory": memory, "stored": stored}


def run_floor(count: int) -> dict:
    from kit.domain.signup import SignupForm
    from kit.services.events import create_event
    from kit.services.kit import open_kit
    from kit.services.signups import record_signup

    folder = tempfile.TemporaryDirectory(prefix="kit-long-event-floor-")
    kit = open_kit(Path(folder.name) / "data")
    create_event(kit, "Long event floor", "Minneapolis", "2026-06-14")
    saves = []
    for n in range(count):
        values = form_values(n)
        started = time.perf_counter()
        record_signup(kit, SignupForm(**values, consent_email=n % 4 == 0))
        saves.append(time.perf_counter() - started)
    kit.close()
    folder.cleanup()
    return {"saves": saves}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signups", type=int, default=5000)
    parser.add_argument("--type", action="store_true", help="type every character (slow)")
    parser.add_argument("--no-tracemalloc", action="store_true",
                        help="skip tracemalloc (it slows Python code down)")
    args = parser.parse_args()
    count = max(args.signups, 2 * WINDOW)
    rss_before = rss_mb()
    began = time.perf_counter()
    gui = run_gui(count, args.type, not args.no_tracemalloc)
    gui_wall = time.perf_counter() - began
    floor = run_floor(count)
    print(f"Long event: {count} sign-ups through the kiosk form "
          f"({'typed' if args.type else 'filled'}, Enter, thank-you, Space); "
          f"{gui['stored']} stored in {gui_wall:.0f} s")
    print(f"  RSS before the window           {rss_before:7.1f} MB")
    for when in ("start", "end"):
        rss, current, peak = gui["memory"][when]
        label = f"after {WINDOW}" if when == "start" else f"after {count}"
        traced = (f"tracemalloc current {current:6.1f} MB, peak {peak:6.1f} MB"
                  if not args.no_tracemalloc else "")
        print(f"  RSS {label:<27} {rss:7.1f} MB   {traced}")
    print(f"  save (Enter to thank-you), first {WINDOW}: {ms(gui['saves'][:WINDOW])}")
    print(f"  save (Enter to thank-you), last {WINDOW}:  {ms(gui['saves'][-WINDOW:])}")
    print(f"  whole cycle, first {WINDOW}:               {ms(gui['cycles'][:WINDOW])}")
    print(f"  whole cycle, last {WINDOW}:                {ms(gui['cycles'][-WINDOW:])}")
    print(f"Floor: the same {count} through record_signup directly")
    print(f"  first {WINDOW}: {ms(floor['saves'][:WINDOW])}")
    print(f"  last {WINDOW}:  {ms(floor['saves'][-WINDOW:])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
