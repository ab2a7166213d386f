"""`outreach-kit doctor`: is the database sound, are there backups, which versions run."""

from __future__ import annotations

import platform
import sqlite3
from dataclasses import dataclass, field
from importlib import metadata

from kit import __version__
from kit.paths import Paths
from kit.store.backup import BackupInfo, check_integrity, connect_read_only, list_backups
from kit.store.schema import CURRENT_VERSION


@dataclass
class DoctorReport:
    """What the checks found; `problems` empty means healthy."""

    data_dir: str
    database: str
    schema_version: int | None
    versions: dict[str, str]
    backups: list[BackupInfo]
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def to_json(self) -> dict:
        return {
            "healthy": self.healthy,
            "data_dir": self.data_dir,
            "database": self.database,
            "schema_version": self.schema_version,
            "versions": self.versions,
            "backups": [
                {"path": str(b.path), "created_at": b.created_at.isoformat(), "reason": b.reason,
                 "size": b.size}
                for b in self.backups
            ],
            "problems": self.problems,
            "warnings": self.warnings,
        }


def versions() -> dict[str, str]:
    """App, Python, SQLite and Qt versions (Qt only if it is installed)."""
    found = {
        "outreach-kit": __version__,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }
    for package in ("PySide6-Essentials", "peewee", "reportlab"):  # PySide6 matches its Qt
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            found[package] = "not installed"
    return found


def run_doctor(paths: Paths) -> DoctorReport:
    """Check the database without opening it for writing, so a damaged file is left as it is."""
    report = DoctorReport(
        data_dir=str(paths.data_dir), database=str(paths.database), schema_version=None,
        versions=versions(), backups=list_backups(paths.backups),
    )
    if not paths.database.exists():
        report.warnings.append(f"No database at {paths.database} yet (the app creates it).")
        return report
    problems = check_integrity(paths.database, quick=True)
    if problems:
        report.problems.extend(f"quick_check: {p}" for p in problems[:20])
    else:
        conn = connect_read_only(paths.database)
        try:
            report.schema_version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
        if report.schema_version > CURRENT_VERSION:
            report.problems.append(
                f"Schema {report.schema_version} is newer than this app knows ({CURRENT_VERSION})."
            )
    if not report.backups:
        report.warnings.append(
            "There is no backup yet. One is made before each upgrade and at the end of each "
            "event day; 'outreach-kit backup' makes one now."
        )
    for backup in report.backups[:1]:
        damage = check_integrity(backup.path, quick=True)
        if damage:
            report.problems.append(f"The newest backup {backup.path.name} is damaged: {damage[0]}")
    return report
