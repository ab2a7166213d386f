"""The self-test's verdicts: a failed check means exit 1, its dependants are skipped, and a
missing QR checker falls back to checking the PDF. Runs in-process, without the window check.
"""

from __future__ import annotations

import io
import re

import kit.selftest as selftest


def run(**kwargs) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run_self_test(gui=False, out=out, **kwargs)
    return code, out.getvalue().splitlines()


def line_for(lines: list[str], name: str) -> str:
    return next(line for line in lines if line.split(":")[0].split(maxsplit=1)[-1] == name)


def test_without_the_window_check_every_other_check_passes():
    code, lines = run()
    assert code == 0, "\n".join(lines)
    assert line_for(lines, "window").split()[0] == "skip"
    assert lines[-1] == f"Self-test passed: {len(selftest.CHECKS) - 1} ok, 0 failed, 1 skipped"


def test_a_failed_check_fails_the_run_and_skips_what_depends_on_it(monkeypatch):
    def broken(ctx):
        raise OSError("disk full")

    checks = tuple((n, broken if n == "sign-up" else c, d) for n, c, d in selftest.CHECKS)
    monkeypatch.setattr(selftest, "CHECKS", checks)
    code, lines = run()
    assert code == 1
    assert line_for(lines, "sign-up").split()[0] == "FAIL"
    assert "OSError: disk full" in line_for(lines, "sign-up")
    for dependant in ("handout", "flyer PDF"):
        assert line_for(lines, dependant).split()[0] == "skip"
    assert lines[-1].startswith("Self-test FAILED: ")


def test_without_the_qr_checker_the_pdf_structure_is_checked(monkeypatch):
    monkeypatch.setattr(selftest, "QR_CHECKER", "no_such_qr_checker")
    code, lines = run()
    assert code == 0, "\n".join(lines)
    flyer = line_for(lines, "flyer PDF")
    assert re.search(r"1 page, [1-9]\d* printed URLs", flyer), flyer
    assert "QR decode skipped: checker not bundled" in flyer


def test_the_versions_name_the_app_python_sqlite_qt_and_reportlab():
    found = selftest.versions()
    assert set(found) == {"outreach-kit", "Python", "SQLite", "Qt (PySide6)", "reportlab"}
    assert all(found.values())
