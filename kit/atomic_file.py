"""Writing a file so that it is either whole or not there: temp file beside it, fsync, rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


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
        os.replace(temp, target)
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
