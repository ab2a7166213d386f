"""Benchmark: cold `outreach-kit handout render flyer -o …`, whole process, versus a floor.

The floor is a bare `python -c` in the same interpreter that imports reportlab and builds a
one-page document: the least any process that renders a PDF with reportlab can cost. Both are
measured in the same run (median of N cold processes each), so the ratio is what our start-up,
database, pack loading and layout add on top of Python + reportlab themselves.

Run: uv run python benchmarks/bench_handout_cli.py [repeats]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = (
    "import io\n"
    "from reportlab.lib.pagesizes import LETTER\n"
    "from reportlab.lib.styles import getSampleStyleSheet\n"
    "from reportlab.platypus import Paragraph, SimpleDocTemplate\n"
    "buffer = io.BytesIO()\n"
    "SimpleDocTemplate(buffer, pagesize=LETTER).build("
    "[Paragraph('Stand with Kashmir', getSampleStyleSheet()['Title'])])\n"
    "open({out!r}, 'wb').write(buffer.getvalue())\n"
)


def kit_command() -> list[str]:
    """The installed console script beside this interpreter."""
    return [str(Path(sys.executable).parent / ("outreach-kit.exe" if os.name == "nt" else "outreach-kit"))]


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(repeats: int = 5) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as work:
        data = Path(work) / "data"
        out = Path(work) / "flyer.pdf"
        render = [*kit_command(), "--data-dir", str(data), "handout", "render", "flyer", "-o", str(out)]
        subprocess.run(render, check=True, env=env, stdout=subprocess.DEVNULL)  # install the pack
        floor = [sys.executable, "-c", FLOOR.format(out=str(Path(work) / "floor.pdf"))]
        kit_times, floor_times = [], []
        for _ in range(repeats):  # interleaved, so a busy moment hits both alike
            kit_times.append(timed(render, env))
            floor_times.append(timed(floor, env))
    kit_median, floor_median = statistics.median(kit_times), statistics.median(floor_times)
    print(f"outreach-kit handout render flyer (cold process): {kit_median * 1000:7.0f} ms "
          f"(median of {repeats})")
    print(f"floor: python -c reportlab one-page document:      {floor_median * 1000:7.0f} ms "
          f"(median of {repeats})")
    print(f"ratio: {kit_median / floor_median:.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
