"""Benchmark: the packaged app's size and start-up, next to the app run from the source tree.

Size: bytes and files of dist/outreach-kit (what `du` counts) and of the same folder as a
.tar.gz (roughly what a coordinator downloads).
Start-up: whole-process `--smoke` (first paint of the kiosk form, offscreen, then exit), median
of N interleaved runs each, for
  - the bundle:            dist/outreach-kit/outreach-kit --smoke
  - `uv run`:              uv run outreach-kit --smoke   (how developers start it)
  - the venv's script:     .venv/bin/outreach-kit --smoke (floor: same code, no uv in front)
Target: the bundle starts within 1.2x of the venv script. Page cache is warm (every command
runs once first); `--drop-caches` (root, Linux) empties it before every run for a true cold
start, at the cost of slowing anything else running on the machine.

    bash packaging/build.sh && uv run python benchmarks/bench_bundle.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = 1.2


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under `folder`, not following symlinks."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def archive_size(folder: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        target = Path(tmp) / "bundle.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=6) as archive:
            archive.add(folder, arcname=folder.name)
        return target.stat().st_size


def drop_caches() -> None:
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def run(cmd: list[str], env: dict, cold: bool) -> float:
    if cold:
        drop_caches()
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180,
                          stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "outreach-kit")
    parser.add_argument("--drop-caches", action="store_true",
                        help="empty the page cache before every run (root on Linux only)")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz size")
    args = parser.parse_args()
    app = args.bundle / "outreach-kit"
    if not app.is_file():
        print(f"no bundle at {args.bundle}: run `bash packaging/build.sh` first", file=sys.stderr)
        return 2
    venv_script = Path(sys.executable).parent / "outreach-kit"
    uv = shutil.which("uv")

    size, files = folder_size(args.bundle)
    print(f"bundle {args.bundle}: {size / 2**20:.1f} MiB in {files} files")
    if not args.no_archive:
        print(f"as .tar.gz: {archive_size(args.bundle) / 2**20:.1f} MiB")

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as bench_startup.py: measure the app, not the shell
    env.pop("OUTREACH_KIT_HOME", None)
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        data = str(Path(tmp) / "data")
        subprocess.run([str(app), "--data-dir", data, "event", "add", "Benchmark table"],
                       env=env, check=True, capture_output=True)
        commands = {"bundle": [str(app), "--data-dir", data, "--smoke"],
                    "venv script": [str(venv_script), "--data-dir", data, "--smoke"]}
        if uv:
            commands["uv run"] = [uv, "run", "--project", str(REPO), "outreach-kit",
                                  "--data-dir", data, "--smoke"]
        for cmd in commands.values():
            run(cmd, env, cold=False)  # warm-up: bytecode caches, uv's environment check
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                times[name].append(run(cmd, env, cold=args.drop_caches))
    kind = "cold (caches dropped)" if args.drop_caches else "warm page cache"
    print(f"--smoke start-up, median of {args.runs}, {kind}:")
    for name, values in times.items():
        runs = ", ".join(f"{v * 1000:.0f}" for v in values)
        print(f"  {name:<12} median {statistics.median(values) * 1000:7.0f} ms   (runs: {runs})")
    ratio = statistics.median(times["bundle"]) / statistics.median(times["venv script"])
    print(f"bundle / venv script: {ratio:.2f}x (target <= {TARGET}x)   "
          f"{'MET' if ratio <= TARGET else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
