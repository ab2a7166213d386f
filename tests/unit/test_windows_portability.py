"""What the kit does where Windows (and macOS) differ from Linux: file names, replacing an open
file, printing without `lp`, the data folder's privacy, file locks, the keyring backend.

Every test runs here on Linux, Windows' behaviour simulated where it must be; the same file runs
under the Windows CPython in Wine (packaging/windows/unit-tests.sh), where the tests marked
`windows_only` meet the real thing.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import filelock
import pytest

from kit import atomic_file
from kit.atomic_file import FileInUseError, write_atomic
from kit.domain.file_names import WINDOWS_DEVICE_NAMES, WINDOWS_FORBIDDEN, safe_file_name
from kit.services import printing
from kit.sync.secrets import keyring_backend_usable

windows_only = pytest.mark.skipif(sys.platform != "win32", reason="Windows' own behaviour")


# -- file names Windows refuses --------------------------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("Rally: Free Kashmir?", "rally-free-kashmir"),
    ('Teach-in <"Why"> | 10/11 *', "teach-in-why-10-11"),
    ("Campus fair.", "campus-fair"),
    ("  trailing space  ", "trailing-space"),
    ("CON", "con-event"),
    ("lpt1", "lpt1-event"),
    ("???", "event"),
    ("", "event"),
    ("یکجہتی کشمیر: جلسہ", "یکجہتی-کشمیر-جلسہ"),  # Urdu keeps its letters and marks
    ("Feria de Solidaridad ¿Cuándo?", "feria-de-solidaridad-cuándo"),
])
def test_event_names_become_file_names_every_system_accepts(name, expected):
    assert safe_file_name(name) == expected


def test_a_safe_file_name_is_short_and_never_ends_badly():
    for name in ("x" * 500, "a. " * 100, "?:" * 50 + "name", "tab\there\nnewline\x00nul"):
        made = safe_file_name(name)
        assert made and len(made) <= 60
        assert not set(made) & WINDOWS_FORBIDDEN
        assert not made.endswith((".", " "))
        assert made.split(".")[0].upper() not in WINDOWS_DEVICE_NAMES


@windows_only
def test_windows_creates_the_file_names_it_makes(tmp_path):
    for name in ("Rally: Free Kashmir?", "CON", "Feria ¿Cuándo?", "یکجہتی کشمیر"):
        path = tmp_path / f"report-{safe_file_name(name)}-2026-06-14.pdf"
        path.write_bytes(b"%PDF")
        assert path.read_bytes() == b"%PDF"


# -- replacing a file another program holds open ----------------------------------------------------
def test_a_replace_refused_for_a_moment_is_tried_again(tmp_path, monkeypatch):
    target = tmp_path / "export.csv"
    target.write_text("old", encoding="utf-8")
    real_replace, refusals = os.replace, []

    def flaky_replace(source, destination):
        if len(refusals) < 2:  # a virus scanner reading the old file, twice
            refusals.append(destination)
            raise PermissionError(32, "The process cannot access the file")
        real_replace(source, destination)

    monkeypatch.setattr(atomic_file, "WINDOWS", True)
    monkeypatch.setattr(atomic_file.time, "sleep", lambda _s: None)
    monkeypatch.setattr(atomic_file.os, "replace", flaky_replace)
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new" and len(refusals) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]  # no temporary file left


def test_a_file_held_open_elsewhere_is_refused_in_words_and_left_whole(tmp_path, monkeypatch):
    target = tmp_path / "export.csv"
    target.write_text("old", encoding="utf-8")

    def refused(source, destination):
        raise PermissionError(5, "Access is denied")

    monkeypatch.setattr(atomic_file, "WINDOWS", True)
    monkeypatch.setattr(atomic_file.time, "sleep", lambda _s: None)
    monkeypatch.setattr(atomic_file.os, "replace", refused)
    with pytest.raises(FileInUseError, match="open in another program") as raised:
        write_atomic(target, "new")
    assert isinstance(raised.value, PermissionError)  # callers catching OSError still do
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_on_linux_and_macos_a_refused_replace_is_not_retried(tmp_path, monkeypatch):
    calls = []

    def refused(source, destination):
        calls.append(destination)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic_file, "WINDOWS", False)
    monkeypatch.setattr(atomic_file.os, "replace", refused)
    with pytest.raises(PermissionError) as raised:
        write_atomic(tmp_path / "x.csv", "new")
    assert not isinstance(raised.value, FileInUseError) and len(calls) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX: an open file is replaced at once")
def test_an_open_file_is_replaced_at_once_on_posix(tmp_path):
    target = tmp_path / "export.csv"
    target.write_text("old", encoding="utf-8")
    with open(target, encoding="utf-8") as reader:
        write_atomic(target, "new")
        assert reader.read() == "old"  # the reader keeps the old file
    assert target.read_text(encoding="utf-8") == "new"


@windows_only
def test_windows_replaces_a_file_or_says_it_is_open(tmp_path):
    """Python opens files without FILE_SHARE_DELETE, so on Windows a reader blocks the rename:
    the kit says so (FileInUseError) and the old file stays whole; never half a file."""
    target = tmp_path / "export.csv"
    target.write_text("old", encoding="utf-8")
    with open(target, encoding="utf-8"):
        try:
            write_atomic(target, "new")
        except FileInUseError:
            replaced = False
        else:
            replaced = True
    assert target.read_text(encoding="utf-8") == ("new" if replaced else "old")
    write_atomic(target, "newer")  # closed: replaced
    assert target.read_text(encoding="utf-8") == "newer"


# -- printing without lp ---------------------------------------------------------------------------
def test_windows_prints_through_the_pdf_programs_print_command(monkeypatch):
    opened = []
    monkeypatch.setattr(printing.sys, "platform", "win32")
    monkeypatch.setattr(printing.shutil, "which", lambda _name: None)  # no lp, no lpstat
    monkeypatch.setattr(printing.os, "startfile",
                        lambda *args: opened.append((Path(args[0]).read_bytes(), *args[1:])),
                        raising=False)
    result = printing.print_pdf(b"%PDF-1.4 flyer", printer=None, copies=2, paper="a4", pages=1,
                                title="Flyer: Kashmir?")
    assert opened == [(b"%PDF-1.4 flyer", "print")] * 2
    assert result.copies == 2 and result.printer == "the default printer"
    opened.clear()
    result = printing.print_pdf(b"%PDF", printer="Office HP", copies=1, paper="letter",
                                pages=1, title="Flyer")
    assert opened == [(b"%PDF", "printto", '"Office HP"')] and result.printer == "Office HP"


def test_windows_without_a_pdf_print_command_says_what_to_do(monkeypatch):
    def no_verb(*_args):
        raise OSError(1155, "No application is associated with the specified file",
                      None, None)

    monkeypatch.setattr(printing.sys, "platform", "win32")
    monkeypatch.setattr(printing.shutil, "which", lambda _name: None)
    monkeypatch.setattr(printing.os, "startfile", no_verb, raising=False)
    with pytest.raises(printing.PrinterUnavailable, match="Print from the app"):
        printing.print_pdf(b"%PDF", printer=None, copies=1, paper="a4", pages=1, title="x")


def test_linux_and_macos_without_lp_still_refuse_in_words(monkeypatch):
    monkeypatch.setattr(printing.sys, "platform", "darwin")
    monkeypatch.setattr(printing.shutil, "which", lambda _name: None)
    with pytest.raises(printing.PrinterUnavailable, match="CUPS tools lp and lpstat"):
        printing.print_pdf(b"%PDF", printer=None, copies=1, paper="a4", pages=1, title="x")


# -- the data folder's privacy ---------------------------------------------------------------------
@windows_only
def test_on_windows_the_permission_check_leaves_files_usable(tmp_path):
    """Windows has no owner/group/other bits: os.chmod only sets or clears the read-only flag.
    The kit's 0700/0600 leave the owner's write bit on, so nothing becomes read-only; privacy
    comes from %LOCALAPPDATA%'s ACL (the user, SYSTEM and Administrators only)."""
    from kit.paths import Paths, make_private

    paths = Paths(data_dir=tmp_path / "data", log_dir=tmp_path / "data" / "logs").ensure()
    database = paths.database
    database.write_bytes(b"x")
    make_private(database)
    assert os.stat(database).st_mode & stat.S_IWRITE
    database.write_bytes(b"still writable")
    assert os.access(paths.data_dir, os.W_OK)


# -- file locks between processes -------------------------------------------------------------------
def test_the_write_lock_keeps_a_second_process_out(tmp_path):
    """filelock: fcntl on Linux and macOS, msvcrt.locking on Windows; either way one holder."""
    lock_path = tmp_path / "outreach-kit.write.lock"
    ready = tmp_path / "held"
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import pathlib, sys, time, filelock
        with filelock.FileLock({str(lock_path)!r}):
            pathlib.Path({str(ready)!r}).write_text("held")
            sys.stdin.read()
        """)], stdin=subprocess.PIPE, text=True)
    try:
        for _ in range(600):
            if ready.exists():
                break
            child.poll()
            assert child.returncode is None, "the child could not take the lock"
            import time
            time.sleep(0.1)
        with pytest.raises(filelock.Timeout):
            filelock.FileLock(str(lock_path), timeout=0.2).acquire()
    finally:
        child.communicate("", timeout=120)
    with filelock.FileLock(str(lock_path), timeout=5):
        pass  # free again once the holder ended


# -- secrets: whatever keyring picks, never an assumed Secret Service -------------------------------
@pytest.mark.parametrize("module, usable", [
    ("keyring.backends.Windows", True),  # Windows Credential Locker
    ("keyring.backends.macOS", True),  # the macOS Keychain
    ("keyring.backends.SecretService", True),
    ("keyring.backends.kwallet", True),
    ("keyring.backends.fail", False),
    ("keyring.backends.null", False),
])
def test_every_real_keyring_backend_is_usable(module, usable):
    backend = type("Keyring", (), {"__module__": module})()
    assert keyring_backend_usable(backend) is usable


def test_the_kits_code_names_no_linux_keyring():
    kit = Path(__file__).resolve().parents[2] / "kit"
    for source in kit.rglob("*.py"):
        text = source.read_text(encoding="utf-8").lower()
        for linux_only in ("secretstorage", "jeepney", "secretservice", "kwallet", "import dbus"):
            assert linux_only not in text, f"{source.name} names {linux_only}"


@windows_only
def test_on_windows_keyring_picks_the_credential_locker():
    import keyring

    backend = keyring.get_keyring()
    assert type(backend).__module__ == "keyring.backends.Windows", backend
    assert keyring_backend_usable(backend)


# -- links Windows makes without O_NOFOLLOW: directory junctions -----------------------------------
def test_a_pack_folder_reached_through_a_windows_junction_is_refused(tmp_path, monkeypatch):
    """os.lstat does not call a junction a link (S_ISLNK is for symbolic links), and Windows has
    no O_NOFOLLOW: the pack reader refuses it by its reparse tag."""
    from kit.content import loader

    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "flyer.md").write_text("Hello", encoding="utf-8")
    assert loader.read_pack_file(tmp_path, "texts/flyer.md") == b"Hello"
    real_lstat = os.lstat

    class Junction:
        def __init__(self, info):
            self._info = info
            self.st_reparse_tag = 0xA0000003  # IO_REPARSE_TAG_MOUNT_POINT

        def __getattr__(self, name):
            return getattr(self._info, name)

    def lstat(path, *args, **kwargs):
        info = real_lstat(path, *args, **kwargs)
        return Junction(info) if Path(path).name == "texts" else info

    monkeypatch.setattr(loader.os, "lstat", lstat)
    with pytest.raises(loader.PackFileRefused, match="a link to another place"):
        loader.read_pack_file(tmp_path, "texts/flyer.md")


# -- core dumps' Windows counterpart: crash reports without the heap --------------------------------
def test_on_windows_crash_reports_leave_the_heap_out(monkeypatch):
    from kit.protect import memory

    flags = []

    class Kernel32:
        def WerSetFlags(self, value):  # noqa: N802 (the Windows API's name)
            flags.append(value)
            return 0  # S_OK

    monkeypatch.setattr(memory.sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "resource", None)  # Windows has no resource module
    monkeypatch.setattr(memory.ctypes, "WinDLL", lambda name: Kernel32(), raising=False)
    assert memory.disable_core_dumps() == ("crash reports without the heap",)
    assert flags == [memory.WER_FAULT_REPORTING_FLAG_NOHEAP]


@windows_only
def test_windows_takes_the_crash_report_flag():
    from kit.protect import memory

    assert "crash reports without the heap" in memory.disable_core_dumps()
