"""Secure erase (kit.protect.erase): a file is overwritten in place before it is deleted.

A hard link is a second name for the same bytes on disk, so it shows what an erased file left
behind: zeros of the same length, never the old content (issue 22's hand mutation: a file
"securely" erased without being overwritten)."""

from __future__ import annotations

import os

import pytest

from kit.protect.erase import CHUNK, erase_tree, overwrite_and_delete

SECRET = b"Ayesha Khan, ayesha@example.org, +16125550123\n"


@pytest.mark.parametrize("size", [len(SECRET), CHUNK, 2 * CHUNK + 17], ids=["small", "chunk", "large"])
def test_the_bytes_are_zeros_before_the_name_goes(tmp_path, size):
    path = tmp_path / "kit.db"
    path.write_bytes((SECRET * (size // len(SECRET) + 1))[:size])
    witness = tmp_path / "witness"
    os.link(path, witness)

    assert overwrite_and_delete(path)

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
    assert overwrite_and_delete(path) and not path.exists()


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
