"""`outreach-kit doctor` and `backup`."""

from __future__ import annotations

from kit.commands import print_json


def register(commands) -> None:
    doctor = commands.add_parser("doctor", help="check the database, backups and versions")
    doctor.add_argument("--json", action="store_true")
    doctor.set_defaults(paths_handler=doctor_command)
    backup = commands.add_parser("backup", help="make a backup of the database now")
    backup.set_defaults(handler=backup_command)


def backup_command(kit, args) -> int:
    print(kit.store.backup("manual"))
    return 0


def doctor_command(paths, args) -> int:
    from kit.services.doctor import run_doctor

    report = run_doctor(paths)
    if args.json:
        print_json(report.to_json())
        return 0 if report.healthy else 1
    print(f"Data dir:  {report.data_dir}")
    print(f"Database:  {report.database} (schema {report.schema_version})")
    print("Versions:  " + ", ".join(f"{k} {v}" for k, v in report.versions.items()))
    print(f"Backups:   {len(report.backups)}")
    for b in report.backups:
        print(f"  {b.created_at:%Y-%m-%d %H:%M:%S}  {b.reason:<14} {b.size:>10} B  {b.path.name}")
    for warning in report.warnings:
        print(f"Note: {warning}")
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    print("OK" if report.healthy else "Something is wrong: see the PROBLEM lines above.")
    return 0 if report.healthy else 1
