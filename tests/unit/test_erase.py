"""Secure erase (kit.protect.erase): a file is overwritten in place before it is deleted.

A hard link is a second name for the same bytes on disk, so it shows what an erased file left
behind: zeros of the same length, never the old content (issue 22's hand mutation: a file
"securely" erased without being overwritten)."""

from __future__ import annotations

import logging
import os

import pytest

from kit.protect.erase import CHUNK, erase_tree, overwrite_and_delete
from tests.log_capture import logged

SECRET = b"Ayesha Khan, ayesha@example.org, +16125550123\n"


@pytest.mark.parametrize("size", [1, len(SECRET), CHUNK, CHUNK + 1, 2 * CHUNK + 17],
                         ids=["one byte", "small", "chunk", "chunk and a byte", "large"])
def test_the_bytes_are_zeros_before_the_name_goes(tmp_path, size, monkeypatch):
    path = tmp_path / "kit.db"
    path.write_bytes((SECRET * (size // len(SECRET) + 1))[:size])
    witness = tmp_path / "witness"
    os.link(path, witness)
    at_sync: list[bytes] = []
    real_fsync = os.fsync

    def fsync(fd):  # what the disk is asked to keep: the zeros, not a buffer still in memory
        at_sync.append(witness.read_bytes())
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)

    assert overwrite_and_delete(path)

    assert at_sync == [bytes(size)]

    assert not path.exists()
    left = witness.read_bytes()
    assert len(left) == size and left == bytes(size)


def test_an_empty_or_missing_file_is_simply_gone(tmp_path):
    empty = tmp_path / "empty"
    empty.touch()
    assert overwrite_and_delete(empty) and not empty.exists()
    assert overwrite_and_delete(tmp_path / "never-there")


def test_a_file_that_cannot_be_overwritten_is_still_deleted(tmp_path, monkeypatch):
    path = tmp_path / "on-a-failing-disk"
    path.write_bytes(SECRET)

    def failing_sync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_sync)
    with logged("kit.protect.erase", logging.WARNING) as lines:
        assert overwrite_and_delete(path) and not path.exists()
    assert lines == ["Could not overwrite on-a-failing-disk before deleting it: "
                               "[Errno 5] Input/output error"]


def test_erase_tree_overwrites_every_file_in_every_folder(tmp_path):
    tree = tmp_path / "backups"
    (tree / "inner").mkdir(parents=True)
    witnesses = []
    for i, path in enumerate((tree / "a.db", tree / "inner" / "b.db")):
        path.write_bytes(SECRET * (i + 1))
        witness = tmp_path / f"witness-{i}"
        os.link(path, witness)
        witnesses.append(witness)

    assert erase_tree(tree) == []

    assert not tree.exists()
    for witness in witnesses:
        assert set(witness.read_bytes()) == {0}
    assert erase_tree(tmp_path / "not-there") == []


def test_erase_tree_returns_what_it_could_not_remove(tmp_path, monkeypatch):
    """A file whose name will not go and a folder that will not go are returned (the wipe
    reports them), and nothing raises on the way."""
    tree = tmp_path / "logs"
    tree.mkdir()
    stuck = tree / "stuck.log"
    stuck.write_bytes(SECRET)
    real_unlink, real_rmdir = type(stuck).unlink, os.rmdir

    def unlink(self, missing_ok=False):
        if self.name == "stuck.log":
            raise PermissionError(13, "Permission denied")
        real_unlink(self, missing_ok=missing_ok)

    def rmdir(path, *args, **kwargs):
        if os.fspath(path) == os.fspath(tree):
            raise OSError(16, "Device or resource busy")
        real_rmdir(path, *args, **kwargs)

    monkeypatch.setattr(type(stuck), "unlink", unlink)
    monkeypatch.setattr(os, "rmdir", rmdir)
    with logged("kit.protect.erase", logging.WARNING) as lines:
        left = erase_tree(tree)
    assert left == [stuck, tree]
    assert "Could not delete stuck.log: [Errno 13] Permission denied" in lines
