"""Writing a file so that it is either whole or not there: temp file beside it, fsync, rename.

On Windows the rename (os.replace, MoveFileEx) fails while another program holds the target
open without sharing deletion: a spreadsheet showing last week's export, or for a moment a
virus scanner or the search indexer reading the new file. The rename is tried again for about
a second and a half, then refused with FileInUseError, which says what to do; the temporary
file goes and the old file stays whole. On Linux and macOS an open file is replaced at once.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from kit.domain.errors import KitError

WINDOWS = sys.platform == "win32"
REPLACE_RETRY_DELAYS_S = (0.05, 0.1, 0.2, 0.4, 0.8)


class FileInUseError(KitError, PermissionError):
    """The file to be replaced is open in another program (Windows): nothing was changed."""

    code = "file_in_use"


def replace_file(source: Path, target: Path) -> None:
    """os.replace, given a moment on Windows when another program has `target` open."""
    for delay in (*REPLACE_RETRY_DELAYS_S, None):
        try:
            os.replace(source, target)
            return
        except PermissionError as error:
            if not WINDOWS:
                raise
            if delay is None:
                raise FileInUseError(
                    f"{target} is open in another program (a spreadsheet or a PDF viewer?), "
                    "so it cannot be replaced. Close it there and try again, or choose "
                    "another file name.") from error
            time.sleep(delay)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], mode: str = "wb", **open_args: Any) -> Iterator[IO]:
    """Yield a stream to a private temporary file beside `path`; it replaces `path` only when
    the block ends without an error, so a crash or a cancel never leaves half a file.

    The temporary file is created readable by this user only (mkstemp), which is right for
    files of people's details; `open_args` (encoding, newline) go to the stream.
    """
    target = Path(path)
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, mode, **open_args) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        replace_file(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomic(path: str | os.PathLike[str], data: bytes | str, *, encoding: str = "utf-8") -> None:
    """Write `data` (bytes, or text as UTF-8 with \\n line ends) to `path` atomically."""
    if isinstance(data, bytes):
        with atomic_output(path, "wb") as stream:
            stream.write(data)
    else:
        with atomic_output(path, "w", encoding=encoding, newline="\n") as stream:
            stream.write(data)
