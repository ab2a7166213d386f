"""The self-test's verdicts: a failed check means exit 1, its dependants are skipped, and a
missing QR checker falls back to checking the PDF. Runs in-process, without the window check.
"""

from __future__ import annotations

import io
import re
import sys

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


def test_a_bundle_without_hpke_fails_the_sealing_check(monkeypatch):
    # As in a bundle that left cryptography's HPKE module out: importing it fails.
    monkeypatch.setitem(sys.modules, "cryptography.hazmat.primitives.hpke", None)
    monkeypatch.delitem(sys.modules, "kit.protect.sealing")  # imported afresh, and failing
    monkeypatch.delattr("kit.protect.sealing")
    code, lines = run()
    assert code == 1, "\n".join(lines)
    sealing_line = line_for(lines, "sealing")
    assert sealing_line.split()[0] == "FAIL"
    assert "cryptography.hazmat.primitives.hpke" in sealing_line
    assert line_for(lines, "sign-up").split()[0] == "ok"  # clear kits still work: only this fails
    assert lines[-1] == f"Self-test FAILED: {len(selftest.CHECKS) - 2} ok, 1 failed, 1 skipped"


def test_a_msgspec_that_cannot_read_a_payload_fails_the_sealing_check(monkeypatch):
    # open_fields would quietly fall back to json here; the check must still say so.
    import msgspec

    from kit.protect import sealing

    class Refusing:
        def decode(self, data):
            raise msgspec.DecodeError("msgspec broken")

    monkeypatch.setattr(sealing, "_PAYLOAD", Refusing())
    code, lines = run()
    assert code == 1, "\n".join(lines)
    assert "FAIL  sealing: DecodeError: msgspec broken" in line_for(lines, "sealing")
