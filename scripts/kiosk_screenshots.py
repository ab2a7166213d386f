"""Screenshots of the kiosk under a real X display (Xvfb + openbox), for review.

    uv run python scripts/kiosk_screenshots.py OUT_DIR [--sizes 1024x600,1366x768,1920x1080]
        [--languages en,es,ur] [--variants normal,large,contrast,large-contrast]

For each screen size it starts Xvfb with a screen of exactly that size (xvfb-run) and the openbox
window manager inside it, opens the main window as the app does (maximised, with a title bar),
and saves OUT_DIR/<size>/<variant>/<language>-<state>.png of the whole screen, for the states
`empty` (a new attendee), `error` (an email typo and a text-message box ticked without a phone)
and `thanks` (the thank-you screen). Variants: normal, large (Large text), contrast (High
contrast), large-contrast (both).

While it runs it also checks the live widgets: Sign up and every label of the form inside the
window, and nothing to scroll. It prints each problem and exits 1 if there was one. Look at the
pictures anyway: would a volunteer two steps away see at once what to do?

Needs xvfb-run and openbox (both in .ci/apt-packages).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SIZES = ("1024x600", "1366x768", "1920x1080")
LANGUAGES = ("en", "es", "ur")
VARIANTS = {
    "normal": (False, False),
    "large": (True, False),
    "contrast": (False, True),
    "large-contrast": (True, True),
}
STATES = ("empty", "error", "thanks")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--inner", metavar="WxH", help=argparse.SUPPRESS)  # inside Xvfb
    args = parser.parse_args(argv)
    languages = args.languages.split(",")
    variants = args.variants.split(",")
    unknown = [v for v in variants if v not in VARIANTS] + [x for x in languages if x not in LANGUAGES]
    if unknown:
        parser.error(f"unknown variant or language: {', '.join(unknown)}")
    if args.inner:
        return shoot(args.out, args.inner, languages, variants)
    missing = [tool for tool in ("xvfb-run", "openbox") if shutil.which(tool) is None]
    if missing:
        print(f"kiosk_screenshots: {' and '.join(missing)} not installed "
              "(apt-get install xvfb openbox)", file=sys.stderr)
        return 2
    status = 0
    for size in args.sizes.split(","):
        width, height = parse_size(size)
        command = ["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24 -dpi 96",
                   sys.executable, str(Path(__file__).resolve()), str(args.out),
                   "--inner", size, "--languages", ",".join(languages),
                   "--variants", ",".join(variants)]
        environment = {key: value for key, value in os.environ.items()
                       if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
        done = subprocess.run(command, env=environment, timeout=600)
        status = status or done.returncode
    return status


def parse_size(text: str) -> tuple[int, int]:
    width, _x, height = text.partition("x")
    return int(width), int(height)


def shoot(out: Path, size: str, languages: list[str], variants: list[str]) -> int:
    """Inside Xvfb: start openbox, then take every screenshot at this screen size."""
    window_manager = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)  # openbox takes the screen before the window maps, or there is no frame
        return _shoot(out, size, languages, variants)
    finally:
        window_manager.terminate()
        window_manager.wait(timeout=10)


def _shoot(out: Path, size: str, languages: list[str], variants: list[str]) -> int:
    from PySide6.QtCore import QEventLoop, QPoint, QRect, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from kit.services.events import create_event
    from kit.services.kit import open_kit
    from kit.ui.shell.app import create_application
    from kit.ui.shell.main_window import MainWindow

    app = create_application(["outreach-kit"])
    problems: list[str] = []

    def settle(milliseconds: int = 250) -> None:
        loop = QEventLoop()
        QTimer.singleShot(milliseconds, loop.quit)
        loop.exec()

    def save(path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path))

    def check(window: MainWindow, where: str) -> None:
        kiosk = window.kiosk
        form = kiosk.form
        if form is None:
            return
        inside = window.centralWidget().rect()
        from PySide6.QtWidgets import QLabel

        for widget in [form.submit_button, *form.findChildren(QLabel)]:
            if widget.isHidden() or not widget.text():
                continue
            box = QRect(widget.mapTo(window.centralWidget(), QPoint(0, 0)), widget.size())
            if not inside.contains(box):
                problems.append(f"{where}: {widget.objectName() or widget.text()[:30]!r} "
                                f"at {box.getRect()} is outside the window {inside.getRect()}")
        if kiosk.form_holder.verticalScrollBar().maximum() > 0:
            holder = kiosk.form_holder
            problems.append(f"{where}: the form scrolls (scale {kiosk.scale:.2f}, needs "
                            f"{kiosk.needed_size().height()} of {kiosk.height()} pixels; "
                            f"form {holder.widget().heightForWidth(holder.viewport().width())} "
                            f"in {holder.viewport().height()})")

    with tempfile.TemporaryDirectory(prefix="kiosk-screenshots-") as data_dir:
        kit = open_kit(Path(data_dir) / "data")
        try:
            create_event(kit, "Lake Street table", "Minneapolis", "2026-06-14")
            kit.settings.set("thank_you_seconds", 600)  # stays up while it is photographed
            for variant in variants:
                large, contrast = VARIANTS[variant]
                kit.settings.set("large_text", large)
                kit.settings.set("high_contrast", contrast)
                window = MainWindow(kit)
                window.kiosk_lock.show_window()
                settle(800)
                for language in languages:
                    folder = out / size / variant
                    kiosk = window.kiosk
                    kiosk.set_language(language)
                    settle()
                    where = f"{size} {variant} {language}"
                    check(window, f"{where} empty")
                    save(folder / f"{language}-empty.png")

                    form = kiosk.form
                    QTest.keyClicks(form.edits["first_name"], "Amna")
                    QTest.keyClicks(form.edits["email"], "amna@example")
                    QTest.mouseClick(form.consent_sms, Qt.MouseButton.LeftButton)
                    QTest.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
                    settle()
                    check(window, f"{where} error")
                    save(folder / f"{language}-error.png")

                    form.edits["email"].setText("amna@example.org")
                    QTest.mouseClick(form.consent_sms, Qt.MouseButton.LeftButton)
                    QTest.mouseClick(form.consent_email, Qt.MouseButton.LeftButton)
                    QTest.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
                    settle()
                    save(folder / f"{language}-thanks.png")
                    QTest.mouseClick(kiosk.thanks, Qt.MouseButton.LeftButton)
                    settle(100)
                window.close()
                window.deleteLater()
                settle(100)
        finally:
            kit.close()
    del app
    for problem in problems:
        print(f"kiosk_screenshots: {problem}", file=sys.stderr)
    print(f"kiosk_screenshots: {size}: {len(languages) * len(variants) * len(STATES)} "
          f"screenshots in {out / size}")
    sys.stdout.flush()
    # PySide6 6.12 on Python 3.11 can abort while tearing down (see kit.ui.shell.app): leave at once.
    os._exit(1 if problems else 0)


if __name__ == "__main__":
    sys.exit(main())
