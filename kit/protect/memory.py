"""What a process can do so that the personal data in its memory stays there.

A crash writes the process's memory to a core file; on systems with systemd-coredump (the
default on several distributions) that file is kept under /var/lib/systemd/coredump, where an
administrator, or anyone who later gets the disk, reads the names an unlocked kit held. The kit
therefore turns core dumps off for itself at start: the core size limit goes to 0 (soft and
hard, so no child can raise it) and, on Linux, the process is marked not dumpable
(prctl PR_SET_DUMPABLE 0), which systemd-coredump and the kernel's core pattern both respect,
and which also keeps other processes of the same user from attaching a debugger to read it.
Done always, protected or not: a clear kit's memory holds the same people as its database, and
a core file outlives a wipe. What Python cannot do (scrub freed memory): docs/threat-model.md.

Windows writes no core files; its counterpart is Windows Error Reporting, whose crash report
may carry the process's heap (where the names are). WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)
asks it, for this process only, to leave the heap out (Microsoft's documentation of WerSetFlags
in werapi.h). A full dump an administrator set up (WER's LocalDumps) is the machine's setting.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
WER_FAULT_REPORTING_FLAG_NOHEAP = 1


def disable_core_dumps() -> tuple[str, ...]:
    """Turn core dumps off for this process where the system allows; returns what was done
    (on Windows: crash reports without the heap)."""
    done: list[str] = []
    try:
        import resource
    except ImportError:  # Windows
        resource = None  # type: ignore[assignment]
    if resource is not None:
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            done.append("core size 0")
        except (ValueError, OSError) as exc:
            log.warning("Could not turn core dumps off (%s)", type(exc).__name__)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done.append("not dumpable")
        except (OSError, AttributeError) as exc:
            log.warning("Could not mark the process not dumpable (%s)", type(exc).__name__)
    if sys.platform == "win32":
        try:
            kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
            if kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP) == 0:  # S_OK
                done.append("crash reports without the heap")
        except (OSError, AttributeError) as exc:
            log.warning("Could not keep the heap out of crash reports (%s)", type(exc).__name__)
    return tuple(done)


def is_dumpable() -> bool | None:
    """Linux: whether this process may dump core (PR_GET_DUMPABLE); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
