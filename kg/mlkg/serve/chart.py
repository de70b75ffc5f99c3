"""Papers per month as bars of an SVG drawn on the server: a chart with no script, so the page
keeps its Content-Security-Policy (no inline script or style; SVG presentation attributes only)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from .index import MonthCount

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")

WIDTH, HEIGHT, AXIS = 640, 120, 16


@dataclass(frozen=True, slots=True)
class Bar:
    month: str
    papers: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class MonthChart:
    """Bars for every month from the first to the last (months without papers are gaps), and the
    years to label under them."""

    bars: tuple[Bar, ...]
    years: tuple[tuple[str, float], ...]  # label, x
    peak: int
    width: int = WIDTH
    height: int = HEIGHT + AXIS

    def svg(self) -> Markup:
        """The chart as SVG markup, built here in one pass (a hub's 130 bars through the template
        took longer than reading its page from the index); every label is escaped."""
        esc = html.escape
        parts = [f'<svg class="chart" viewBox="0 0 {self.width} {self.height}" width="{self.width}" '
                 f'height="{self.height}" role="img" aria-label="Papers per month, at most {self.peak}">']
        parts += [f'<rect class="bar" x="{b.x}" y="{b.y}" width="{b.width}" height="{b.height}"><title>'
                  f'{esc(b.month)}: {b.papers} paper{"s" if b.papers != 1 else ""}</title></rect>' for b in self.bars]
        parts += [f'<text class="year" x="{x}" y="{self.height - 3}">{esc(label)}</text>' for label, x in self.years]
        parts.append("</svg>")
        return Markup("".join(parts))


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def month_chart(months: Sequence[MonthCount]) -> MonthChart | None:
    """The chart of ``months`` (sorted YYYY-MM counts), or None when there is nothing to draw."""
    counts = {m.month: m.papers for m in months if m.papers > 0 and _MONTH.fullmatch(m.month)}
    if not counts:
        return None
    every = _months(min(counts), max(counts))
    peak = max(counts.values())
    step = WIDTH / len(every)
    bars = tuple(
        Bar(month, counts.get(month, 0), round(i * step, 2), round(HEIGHT - counts.get(month, 0) * HEIGHT / peak, 2),
            round(max(step - 1, 0.5), 2), round(counts.get(month, 0) * HEIGHT / peak, 2))
        for i, month in enumerate(every))
    years = tuple((month[:4], round(i * step, 2)) for i, month in enumerate(every)
                  if month.endswith("-01") or i == 0)
    # label no more than ~12 years, evenly
    stride = max(1, -(-len(years) // 12))
    return MonthChart(bars, years[::stride], peak)
