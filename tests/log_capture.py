"""What a module logged, whatever logging state earlier tests in the same process left behind
(some configure logging: propagation off, existing loggers disabled, a global level), so a
test's result never depends on which tests ran before it in its worker."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator


@contextlib.contextmanager
def logged(name: str, level: int = logging.DEBUG) -> Iterator[list[str]]:
    """The messages logger `name` emits at `level` or above while the block runs."""
    lines: list[str] = []
    handler = logging.Handler(level)
    handler.emit = lambda record: lines.append(record.getMessage())  # type: ignore[method-assign]
    logger = logging.getLogger(name)
    saved = (logger.level, logger.disabled, logging.root.manager.disable)
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.disabled = False
    logging.disable(logging.NOTSET)
    try:
        yield lines
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.disabled = saved[1]
        logging.disable(saved[2])
