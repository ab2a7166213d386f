"""Benchmark: flyer and factsheet render time (warm) versus a floor measured in the same run.

The floor is a plain reportlab document with the same text, the same fonts and the same QR
matrices each drawn as one path, with no layout work of ours (banner, fitting, tiles) and none
of our per-process caches (parsed paragraph markup, each code's written path): reportlab as
anyone would call it. The
ratio shows what our layout costs on top of reportlab itself; the target is at most 1.3x.

Ours and the floor are timed in turn, round by round (a busy moment slows both), and each is
printed as wall-clock time and as this process's CPU time (which leaves out the moments other
jobs on a shared machine held the core).

Run: uv run python benchmarks/bench_handouts.py [repeats] [--profile]
"""

from __future__ import annotations

import cProfile
import io
import pstats
import statistics
import sys
import time
from collections.abc import Callable

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from kit.content import CampaignPack, default_pack_dir, load_pack
from kit.handouts import render_handout
from kit.handouts.factsheet import MISSION_PARAGRAPHS, FactsheetRenderer
from kit.handouts.fonts import SANS, register_fonts
from kit.handouts.markup import esc
from kit.handouts.qr import INK, QUIET_MODULES, qr_module_count, qr_rects

rl_config.invariant = 1


def plain_draw_qr(canvas: Canvas, url: str, box: float) -> None:
    """The same code drawn with plain reportlab: the cached matrix's rectangles written into one
    path on every render (kit.handouts.qr also caches the written path per place)."""
    count = qr_module_count(url)
    module = box / (count + 2 * QUIET_MODULES)
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(0, 0, box, box, stroke=0, fill=1)
    canvas.setFillColor(INK)
    path = canvas.beginPath()
    top = box - QUIET_MODULES * module
    for col, row, width, height in qr_rects(url):
        path.rect((QUIET_MODULES + col) * module, top - (row + height) * module, width * module,
                  height * module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class PlainQr(Flowable):
    """The floor's QR code: the same cached matrix drawn as one path, nothing else."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 30 * mm, 30 * mm

    def draw(self) -> None:
        plain_draw_qr(self.canv, self.url, 30 * mm)


def floor_pdf(texts: list[str], urls: list[str]) -> bytes:
    """A plain document: each text a Paragraph in one style, then each QR code."""
    register_fonts()
    style = ParagraphStyle("plain", fontName=SANS, fontSize=9, leading=12)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=LETTER)
    story: list[Flowable] = [Paragraph(esc(t), style) for t in texts]
    for url in urls:
        story.append(PlainQr(url))
        story.append(Paragraph(esc(url), style))
    doc.build(story)
    return buffer.getvalue()


def flyer_content(pack: CampaignPack) -> tuple[list[str], list[str]]:
    org = pack.organisation
    # What the flyer prints: the platform's and actions' short forms where the full texts do
    # not fit (the default pack's case on Letter), and the interests as ways to take part.
    texts = [pack.handouts.flyer.headline, pack.handouts.flyer.subheadline, org.mission[0]]
    for point in org.platform:
        texts += [point.title, point.brief]
    texts += [org.actions_intro + " " + "; ".join(org.brief_actions()),
              pack.handouts.flyer.intro, pack.handouts.flyer.call_to_action]
    texts += [i.label for i in pack.interests]
    texts += [r.caption for r in pack.key_resources]
    return texts, [r.url for r in pack.key_resources]


def factsheet_content(pack: CampaignPack) -> tuple[list[str], list[str]]:
    texts = [pack.handouts.factsheet.headline, *pack.background.paragraphs]
    for fact in pack.facts:
        texts += [fact.text, f"Source: {fact.source} {fact.source_note}"]
    org = pack.organisation
    texts += list(org.mission[:MISSION_PARAGRAPHS])
    for point in org.platform:
        texts += [point.title, point.text]
    texts += [pack.handouts.factsheet.call_to_action]
    links = FactsheetRenderer(pack).source_links()
    texts += [label for _, label in links]
    return texts, [url for url, _ in links]


TARGET = 1.3


def timed(job: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of `job`."""
    wall, cpu = time.perf_counter(), time.process_time()
    job()
    return time.perf_counter() - wall, time.process_time() - cpu


def interleaved(ours: Callable[[], object], floor: Callable[[], object],
                repeats: int) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Times of `ours` and `floor`, run in turn `repeats` times each, after one warm run each
    (fonts registered, QR matrices cached)."""
    ours()
    floor()
    mine, floors = [], []
    for _ in range(repeats):
        mine.append(timed(ours))
        floors.append(timed(floor))
    return mine, floors


def profile(job: Callable[[], object], lines: int = 25) -> None:
    """Where ten warm renders' time goes (cProfile, by own time)."""
    profiler = cProfile.Profile()
    profiler.runcall(lambda: [job() for _ in range(10)])
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(lines)


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    repeats = int(args[0]) if args else 20
    pack = load_pack(default_pack_dir())
    print(f"{'handout':<10} {'clock':<5} {'ours ms':>9} {'floor ms':>9} {'ratio':>6}   "
          f"(median of {repeats}, interleaved)")
    worst = 0.0
    for name, content in (("flyer", flyer_content), ("factsheet", factsheet_content)):
        texts, urls = content(pack)
        def ours(n: str = name) -> bytes:
            return render_handout(n, pack, None, "letter")

        def floor(t: list[str] = texts, u: list[str] = urls) -> bytes:
            return floor_pdf(t, u)

        mine, floors = interleaved(ours, floor, repeats)
        for clock, column in (("wall", 0), ("cpu", 1)):
            our_time = statistics.median(t[column] for t in mine)
            floor_time = statistics.median(t[column] for t in floors)
            ratio = our_time / floor_time
            if clock == "wall":
                worst = max(worst, ratio)
            print(f"{name:<10} {clock:<5} {our_time * 1000:9.1f} {floor_time * 1000:9.1f} "
                  f"{ratio:6.2f}x (target <= {TARGET}x)   {'MET' if ratio <= TARGET else 'MISSED'}")
        if "--profile" in sys.argv:
            print(f"-- {name}, ours:")
            profile(ours)
            print(f"-- {name}, floor:")
            profile(floor)
    print(f"worst wall-clock ratio {worst:.2f}x (target <= {TARGET}x)   "
          f"{'MET' if worst <= TARGET else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
