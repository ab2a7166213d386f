"""Benchmark: what a person at the table feels, from the input event to the paint that shows
the answer, on this machine and (with --slowed) on a slowed one, as an old netbook would be.

Each figure is measured in the same run as its floor (floor, measured, floor, measured...), so a
busy moment of the shared machine slows both; median and worst of N tries are printed:

- Sign up pressed (a real mouse click on the kiosk's button, a filled form) -> the thank-you
  painted. Floor: a bare window's button whose click sets a label's text, painted.
- a language button pressed -> the form repainted in that language. Same floor.
- the Volunteer area button pressed -> the contacts table painted: the first time (a new
  window each try) and again (back to the kiosk and in again). Floor: a bare 200-row table
  filled from a raw sqlite3 query, shown and painted (a new one each try).
- a search keystroke (a real key event into the contacts search) -> the letter painted, and
  -> the table painted with the new page (the search waits for a pause in typing first).
  Floor: a key into a bare line edit, painted.
- Unlock pressed on 10,000 sealed sign-ups -> the dialog's progress painted, and -> the
  contacts table painted with the opened rows. Floor: the key derivation plus raw sqlite3
  reading and opening every sealed blob (bench_unlock's floor), nothing painted.
- start-up (bench_startup's processes): first paint and ready for sign-ups against a bare
  window's first paint.

Targets (issue 26): every answer to a press or keystroke under 100 ms on this machine and under
200 ms slowed; first paint <= 1.3x and ready for sign-ups <= 1.5x the bare window; the first
opening of the volunteer area <= 3x its floor; unlocking <= 1.3x its floor. Where a target is
missed, one more try runs under cProfile and its top entries are printed (for start-up, the
app's own trace of its steps).

Slowed: the measuring process runs pinned to one core (`taskset -c 0`) with a busy process
pinned to the same core for the whole run (bounded in time, killed at the end), so it gets
about half of one core, as an old netbook would give. Worker threads share that core too.

    uv run python benchmarks/latency.py                    # this machine
    uv run python benchmarks/latency.py --slowed           # this machine, then slowed
    uv run python benchmarks/latency.py --tries 3 --contacts 2000 --signups 200   # quick look
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

PRESS_MS = {"here": 100.0, "slowed": 200.0}
FIRST_PAINT_TARGET = 1.3
READY_TARGET = 1.5
OPEN_TARGET = 3.0
UNLOCK_TARGET = 1.3
PARTS = ("signup", "language", "volunteer", "search", "unlock", "startup")
SLOWED_HOG_SECONDS = 1800  # the busy process ends by itself should this script be killed


# -- the parent: one or two measuring processes, and the table ------------------------------------

def run_mode(mode: str, args: argparse.Namespace) -> dict:
    out = Path(tempfile.mkdtemp(prefix="latency-")) / "figures.json"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--out", str(out),
           "--tries", str(args.tries), "--contacts", str(args.contacts),
           "--signups", str(args.signups), "--startup-runs", str(args.startup_runs)]
    if args.only:
        cmd += ["--only", args.only]
    hog = None
    if mode == "slowed":
        if shutil.which("taskset") is None:
            raise SystemExit("--slowed needs taskset (util-linux)")
        cmd = ["taskset", "-c", "0", *cmd]
        hog = subprocess.Popen(
            ["taskset", "-c", "0", sys.executable, "-c",
             f"import time\nend = time.monotonic() + {SLOWED_HOG_SECONDS}\n"
             "while time.monotonic() < end: pass"])
    print(f"== {mode}: {'one core shared with a busy process' if hog else 'this machine'}",
          flush=True)
    try:
        subprocess.run(cmd, check=True)
    finally:
        if hog is not None:
            hog.kill()
            hog.wait()
    figures = json.loads(out.read_text())
    shutil.rmtree(out.parent, ignore_errors=True)
    return figures


def print_table(results: dict[str, list[dict]]) -> None:
    print()
    print(f"{'':<46}" + "".join(f"{mode:>44}" for mode in results))
    names = [row["name"] for row in next(iter(results.values()))]
    for index, name in enumerate(names):
        cells = []
        for rows in results.values():
            row = rows[index]
            cells.append(f"{row['summary']:>36} {row['verdict']:>7}")
        print(f"{name:<46}" + "".join(cells))


def parent(args: argparse.Namespace) -> int:
    modes = ["here", "slowed"] if args.slowed else ["here"]
    results = {mode: run_mode(mode, args) for mode in modes}
    print_table(results)
    missed = sum(row["verdict"] == "MISSED" for rows in results.values() for row in rows)
    print(f"\n{missed} target(s) missed. Absolute times on a shared machine are noisy; the floor "
          "measured in the same run is what makes them comparable.")
    return 0


# -- the measuring process ------------------------------------------------------------------------

def ms(seconds: float) -> float:
    return seconds * 1000


class Figures:
    """The rows of one mode's table, printed as they come and written as JSON at the end."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.rows: list[dict] = []

    def add(self, name: str, summary: str, met: bool | None) -> bool:
        verdict = "" if met is None else ("MET" if met else "MISSED")
        self.rows.append({"name": name, "summary": summary, "verdict": verdict})
        print(f"  {name:<46} {summary:<40} {verdict}", flush=True)
        return bool(met) or met is None

    def press(self, name: str, times: list[float], floors: list[float]) -> bool:
        """An answer to a press or keystroke: median under the mode's target, worst reported."""
        target = PRESS_MS[self.mode]
        median = ms(statistics.median(times))
        summary = (f"{median:6.1f} ms (worst {ms(max(times)):6.1f}), "
                   f"floor {ms(statistics.median(floors)):5.1f}")
        return self.add(f"{name} (< {PRESS_MS['here']:.0f}/{PRESS_MS['slowed']:.0f} ms)",
                        summary, median < target)

    def ratio(self, name: str, times: list[float], floors: list[float], target: float) -> bool:
        median, floor = statistics.median(times), statistics.median(floors)
        summary = f"{ms(median):6.1f} ms / {ms(floor):6.1f} ms = {median / floor:4.2f}x"
        return self.add(f"{name} (<= {target}x)", summary, median / floor <= target)


def top_entries(profile: cProfile.Profile, lines: int = 14) -> str:
    text = io.StringIO()
    stats = pstats.Stats(profile, stream=text)
    stats.sort_stats("cumulative").print_stats(lines)
    root = str(HERE.parent) + os.sep  # this checkout's paths, shortened to the repository's
    kept = [line.replace(root, "") for line in text.getvalue().splitlines()
            if line.strip() and not line.lstrip().startswith(("Ordered by", "List reduced"))]
    return "\n".join("      " + line for line in kept[1:])


def child(args: argparse.Namespace) -> int:  # noqa: C901, PLR0915 (one script, in order)
    from bench_signup import populate as populate_contacts
    from bench_startup import BARE_WINDOW
    from bench_startup import run as run_process
    from bench_unlock import PASS, floor_unlock
    from bench_unlock import populate as populate_sealed
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (
        QLabel,
        QLineEdit,
        QPushButton,
        QTableWidget,
        QTableWidgetItem,
        QVBoxLayout,
        QWidget,
    )
    from shiboken6 import getCppPointer

    from kit.domain.signup import SignupForm
    from kit.services.kit import open_kit
    from kit.ui.shell.app import create_application

    figures = Figures(args.child)

    def wanted(part: str) -> bool:
        return not args.only or part in args.only.split(",")
    app = create_application([])
    from kit.ui.shell.main_window import MainWindow

    class PaintWatch(QObject):
        """Application-wide while an answer is awaited: which widgets were painted."""

        def __init__(self) -> None:
            super().__init__()
            # C++ addresses: the Python wrapper made for an event may be gone, its id reused.
            self.painted: set[int] = set()

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                self.painted.add(getCppPointer(watched)[0])
            return False

    watch = PaintWatch()

    def answers(act: Callable[[], None], targets: dict[str, Callable[[], QWidget | None]],
                timeout: float = 120.0) -> dict[str, float]:
        """Seconds from `act` (which sends the input event) until each target was painted (a
        target that is None is not there yet: a later paint counts)."""
        watch.painted.clear()
        app.installEventFilter(watch)
        seen: dict[str, float] = {}
        try:
            start = time.perf_counter()
            act()
            while True:
                app.processEvents()
                now = time.perf_counter()
                for name, target in targets.items():
                    widget = target()
                    if name not in seen and widget is not None \
                            and getCppPointer(widget)[0] in watch.painted:
                        seen[name] = now - start
                if len(seen) == len(targets):
                    return seen
                if now - start > timeout:
                    raise SystemExit(f"not painted within {timeout:.0f} s: "
                                     f"{sorted(set(targets) - set(seen))}")
                # Waiting on a timer or a worker: give the core (and the GIL) away, as the app's
                # own event loop would; on one core a tighter loop slowed the worker it awaited.
                time.sleep(0.002)
        finally:
            app.removeEventFilter(watch)

    def answer(act: Callable[[], None], target: Callable[[], QWidget | None]) -> float:
        """Seconds from `act` (which sends the input event) until `target()` was painted."""
        return answers(act, {"it": target})["it"]

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def pause(seconds: float = 0.6) -> None:
        """A person reads what they were shown: what the app does a moment later (saving the
        kiosk's fitted scales, say) happens now, not inside the next try."""
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)

    def profiled(what: Callable[[], object]) -> str:
        profile = cProfile.Profile()
        profile.enable()
        what()
        profile.disable()
        return top_entries(profile)

    def show_profile(label: str, what: Callable[[], object]) -> None:
        print(f"    where the time goes, {label} (one more try under cProfile):")
        print(profiled(what), flush=True)

    # -- floors: a bare button, a bare line edit, a bare table ------------------------------------
    bare = QWidget()
    bare_layout = QVBoxLayout(bare)
    bare_label, bare_button, bare_edit = QLabel("0"), QPushButton("Sign up"), QLineEdit()
    for widget in (bare_edit, bare_label, bare_button):
        bare_layout.addWidget(widget)
    bare_button.clicked.connect(lambda: bare_label.setText(str(int(bare_label.text()) + 1)))
    bare.resize(600, 300)
    bare.show()
    settle()

    def floor_press() -> float:
        return answer(lambda: QTest.mouseClick(bare_button, Qt.MouseButton.LeftButton),
                      lambda: bare_label)

    def floor_key() -> float:
        return answer(lambda: QTest.keyClick(bare_edit, "a"), lambda: bare_edit)

    with tempfile.TemporaryDirectory(prefix="bench-latency-") as tmp:
        data = Path(tmp) / "data"
        populate_contacts(data, args.contacts)
        raw = sqlite3.connect(data / "outreach-kit.sqlite3")
        raw_page = ("SELECT id, first_name, last_name, email, phone, postal_code, consent_email,"
                    " consent_sms, created_at FROM contact ORDER BY id DESC LIMIT 201")
        print(f"  {args.contacts:,} contacts, {args.signups:,} sealed sign-ups, "
              f"{args.tries} tries each", flush=True)

        def floor_table() -> float:
            tables.clear()

            def act() -> None:
                table = QTableWidget(0, 9)
                tables.append(table)
                rows = raw.execute(raw_page).fetchall()[:200]
                table.setRowCount(len(rows))
                for r, row in enumerate(rows):
                    for c, value in enumerate(row):
                        table.setItem(r, c, QTableWidgetItem(str(value)))
                table.resize(1300, 700)
                table.show()

            spent = answer(act, lambda: tables[0].viewport() if tables else None)
            tables[0].close()
            tables[0].deleteLater()
            return spent

        tables: list[QTableWidget] = []

        # -- the kiosk: Sign up, a language switch ----------------------------------------------
        kit = open_kit(data)
        window = MainWindow(kit)
        window.resize(1366, 768)
        window.show()
        settle()
        kiosk = window.kiosk
        person = 0

        def fill() -> None:
            nonlocal person
            person += 1
            assert kiosk.form is not None
            kiosk.form.fill(SignupForm(first_name="Latency", last_name=f"Bench{person}",
                                       email=f"latency{person}@example.org"))
            kiosk.form.consent_email.setChecked(True)
            settle()

        def sign_up() -> float:
            fill()
            assert kiosk.form is not None
            button = kiosk.form.submit_button
            spent = answer(lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton),
                           lambda: kiosk.thanks)
            assert kiosk.stack.currentWidget() is kiosk.thanks, "no thank-you shown"
            kiosk.thanks._finish_now()  # the next attendee (as a tap on the thank-you does)
            pause()
            return spent

        if wanted("signup"):
            times, floors = [], []
            for _ in range(args.tries):
                floors.append(floor_press())
                times.append(sign_up())
            if not figures.press("Sign up pressed -> thank-you painted", times, floors):
                fill()
                assert kiosk.form is not None
                show_profile("a sign-up", kiosk.form.submit_button.click)
                kiosk.thanks._finish_now()
                settle()

        def switch(code: str) -> float:
            button = kiosk.language_buttons[code]
            return answer(lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton),
                          lambda: kiosk.form.submit_button if kiosk.form is not None
                          and kiosk.language.code == code else None)

        if wanted("language"):
            times, floors = [], []
            for i in range(args.tries):
                floors.append(floor_press())
                times.append(switch("es" if i % 2 == 0 else "en"))
                pause()
            if not figures.press("language pressed -> form repainted", times, floors):
                show_profile("a language switch",
                             lambda: (kiosk.set_language("es"), settle(), kiosk.set_language("en"),
                                      settle()))
            kiosk.set_language("en")
            settle()

        # -- the volunteer area: first opening (a new window each try), and again ---------------
        if wanted("volunteer"):
            def open_area(win) -> float:
                button = win.kiosk.volunteer_button
                return answer(lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton),
                              lambda: win.volunteer.contacts.table.viewport()
                              if win.pages.currentWidget() is win._volunteer else None)

            firsts, first_floors, agains, again_floors = [], [], [], []
            for _ in range(args.tries):
                first_floors.append(floor_table())
                win = MainWindow(kit)
                win.resize(1366, 768)
                win.show()
                settle()
                firsts.append(open_area(win))
                win.show_kiosk()
                settle()
                again_floors.append(floor_table())
                agains.append(open_area(win))
                win.close()
                win.deleteLater()
                settle()
            met_first = figures.ratio("volunteer area opened, first", firsts, first_floors,
                                      OPEN_TARGET)
            figures.press("volunteer area opened, first", firsts, first_floors)
            met_again = figures.press("volunteer area opened again", agains, again_floors)
            if not met_first:
                def first_again() -> None:
                    win = MainWindow(kit)
                    win.resize(1366, 768)
                    win.show()
                    settle()
                    profile = cProfile.Profile()
                    profile.enable()
                    win.kiosk.volunteer_button.click()
                    settle()
                    profile.disable()
                    print("    where the time goes, the first opening (cProfile):")
                    print(top_entries(profile), flush=True)
                    win.close()
                    win.deleteLater()
                    settle()
                first_again()
            if not met_again:
                window.kiosk.volunteer_button.click()  # opened once, not profiled
                settle()
                window.show_kiosk()
                settle()
                show_profile("opening it again",
                             lambda: (window.kiosk.volunteer_button.click(), settle()))

        # -- a search keystroke -----------------------------------------------------------------
        if wanted("search"):
            window.kiosk.volunteer_button.click()
            settle()
            page = window.volunteer.contacts
            letters, tables_shown, floors = [], [], []
            typed = "First1"
            resets: list[bool] = []

            def on_reset() -> None:  # only a paint after the new page counts
                resets.append(True)
                watch.painted.discard(getCppPointer(page.table.viewport())[0])

            page.model.modelReset.connect(on_reset)
            for i in range(args.tries):
                text = typed[: 1 + i % len(typed)]
                page.search.setText(text[:-1])
                page._search_timer.stop()
                page.reload()
                settle()
                floors.append(floor_key())
                page.search.setFocus()
                settle()
                resets.clear()
                seen = answers(lambda letter=text[-1]: QTest.keyClick(page.search, letter),
                               {"letter": lambda: page.search,
                                "table": lambda: page.table.viewport() if resets else None})
                letters.append(seen["letter"])
                tables_shown.append(seen["table"])
                pause()  # the exact count arrives from its worker
            page.model.modelReset.disconnect(on_reset)
            figures.press("search keystroke -> letter painted", letters, floors)
            if not figures.press("search keystroke -> table painted", tables_shown, floors):
                page.search.setText("Last1")
                show_profile("one search (the reload, then its paint)",
                             lambda: (page.reload(), settle()))
            page.search.clear()
            settle()
        window.close()
        kit.close()
        raw.close()

        # -- unlock of N sealed sign-ups --------------------------------------------------------
        if wanted("unlock"):
            sealed = Path(tmp) / "sealed"
            populate_sealed(sealed, args.signups)
            from kit.services import protection
            from kit.ui.protect.unlock_dialog import UnlockDialog

            def unlock_once() -> tuple[float, float]:
                kit = open_kit(sealed)
                win = MainWindow(kit)
                win.resize(1366, 768)
                win.show()
                settle()
                win.kiosk.volunteer_button.click()
                settle()
                contacts = win.volunteer.contacts
                dialog = UnlockDialog(kit, contacts)
                dialog.show()
                settle()
                dialog.passphrase.setText(PASS)
                finished: list[int] = []

                def on_finished(result: int) -> None:  # as the contacts page does after exec()
                    finished.append(result)
                    contacts.reload()
                    watch.painted.discard(getCppPointer(contacts.table.viewport())[0])

                dialog.finished.connect(on_finished)
                button = dialog.unlock_button
                start = time.perf_counter()
                shown = answer(lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton),
                               lambda: dialog.progress)
                answer(lambda: None, lambda: contacts.table.viewport() if finished else None)
                spent = time.perf_counter() - start
                assert not contacts.model.locked, "not unlocked"
                protection.lock(kit)
                win.close()
                win.deleteLater()
                dialog.deleteLater()
                settle()
                kit.close()
                return shown, spent

            progress, done, floors, press_floors = [], [], [], []
            for _ in range(args.tries):
                floors.append(floor_unlock(sealed)[0].wall)
                press_floors.append(floor_press())
                shown, spent = unlock_once()
                progress.append(shown)
                done.append(spent)
            figures.press("Unlock pressed -> progress painted", progress, press_floors)
            if not figures.ratio(f"Unlock pressed -> {args.signups:,} rows painted", done, floors,
                                 UNLOCK_TARGET):
                kit = open_kit(sealed)
                show_profile("one unlock (the service)", lambda: protection.unlock(kit, PASS))
                protection.lock(kit)
                kit.close()

        # -- start-up: processes, as bench_startup ---------------------------------------------
        if wanted("startup"):
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OUTREACH_KIT_TRACE_STARTUP": "1"}
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            script = Path(sys.executable).parent / "outreach-kit"
            started = Path(tmp) / "started"
            subprocess.run([str(script), "--data-dir", str(started), "event", "add", "Benchmark"],
                           env=env, check=True, capture_output=True)
            bare_script = Path(tmp) / "bare_window.py"
            bare_script.write_text(BARE_WINDOW, encoding="utf-8")
            smoke_cmd = [str(script), "--data-dir", str(started), "--smoke"]
            bare_cmd = [sys.executable, str(bare_script)]
            run_process(smoke_cmd, env), run_process(bare_cmd, env)  # warm the file cache
            smoke, bare_runs = [], []
            for _ in range(args.startup_runs):
                bare_runs.append(run_process(bare_cmd, env)[1])
                smoke.append(run_process(smoke_cmd, env)[1])
            floor_paint = [moments["first paint"] for moments in bare_runs]
            met = figures.ratio("start-up, first paint", [m["first paint"] for m in smoke],
                                floor_paint, FIRST_PAINT_TARGET)
            ready = [m.get("ready for sign-ups", float("nan")) for m in smoke]
            met = figures.ratio("start-up, ready for sign-ups", ready, floor_paint,
                                READY_TARGET) and met
            if not met:
                print("    where the time goes, start-up (the app's own trace, median ms since "
                      "launch):")
                steps = [step for step in smoke[0] if step != "cpu"]
                for step in steps:
                    values = [m[step] for m in smoke if step in m]
                    print(f"      {ms(statistics.median(values)):8.1f}  {step}")
    Path(args.out).write_text(json.dumps(figures.rows), encoding="utf-8")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slowed", action="store_true",
                        help="also run slowed: one core shared with a busy process")
    parser.add_argument("--tries", type=int, default=9)
    parser.add_argument("--contacts", type=int, default=20_000)
    parser.add_argument("--signups", type=int, default=10_000, help="sealed sign-ups to unlock")
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--only", help="some of: " + ",".join(PARTS) + " (comma-separated)")
    parser.add_argument("--child", choices=sorted(PRESS_MS), help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.only and not set(args.only.split(",")) <= set(PARTS):
        parser.error(f"--only takes some of: {','.join(PARTS)}")
    return child(args) if args.child else parent(args)


if __name__ == "__main__":
    sys.exit(main())
