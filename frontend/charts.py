"""Credibility over time as an inline SVG string, drawn on the server with no chart library."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape


@dataclass(frozen=True)
class Point:
    when: datetime
    score: float
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class Frame:
    width: int
    height: int
    pad: int

    def x(self, point: Point, first: datetime, span: float) -> float:
        if not span:
            return self.width / 2
        return self.pad + (point.when - first).total_seconds() / span * (self.width - 2 * self.pad)

    def y(self, value: float) -> float:
        return self.height - self.pad / 2 - value * (self.height - self.pad)


def _fmt(value: float) -> str:
    return f"{value:.1f}"


def _band(frame: Frame, xs: list[float], points: Sequence[Point]) -> str:
    pairs = [(x, p) for x, p in zip(xs, points, strict=True) if p.low is not None and p.high is not None]
    if len(pairs) < 2:
        return ""
    upper = [f"{_fmt(x)},{_fmt(frame.y(p.high))}" for x, p in pairs]
    lower = [f"{_fmt(x)},{_fmt(frame.y(p.low))}" for x, p in reversed(pairs)]
    return f'<polygon class="chart-band" points="{" ".join(upper + lower)}"/>'


def _grid(frame: Frame, axis: bool) -> str:
    lines = []
    for value in (0.0, 0.5, 1.0):
        y = _fmt(frame.y(value))
        lines.append(
            f'<line class="chart-grid" x1="{frame.pad}" x2="{frame.width - frame.pad}" y1="{y}" y2="{y}"/>'
        )
        if axis:
            lines.append(
                f'<text class="chart-axis" x="{frame.pad - 4}" y="{y}" text-anchor="end">{value:.1f}</text>'
            )
    return "".join(lines)


def _dot(frame: Frame, x: float, point: Point) -> str:
    interval = (
        f" ({point.low:.2f}–{point.high:.2f})" if point.low is not None and point.high is not None else ""
    )
    label = escape(f"{point.when:%Y-%m-%d %H:%M}: {point.score:.2f}{interval}")
    return f'<circle class="chart-dot" cx="{_fmt(x)}" cy="{_fmt(frame.y(point.score))}" r="3"><title>{label}</title></circle>'


def _dates(frame: Frame, points: Sequence[Point]) -> str:
    first, last = points[0].when, points[-1].when
    y = frame.height - 2
    text = f'<text class="chart-axis" x="{frame.pad}" y="{y}" text-anchor="start">{first:%Y-%m-%d}</text>'
    if last.date() != first.date():
        text += f'<text class="chart-axis" x="{frame.width - frame.pad}" y="{y}" text-anchor="end">{last:%Y-%m-%d}</text>'
    return text


def credibility_chart(
    points: Sequence[Point], *, title: str, width: int = 480, height: int = 160, axis: bool = True
) -> str:
    """Score line over its interval band, 0–1 on the vertical axis, time left to right.

    ``axis=False`` draws a sparkline without labels. No points give an empty string, so the
    caller can say there is no history yet.
    """
    points = sorted(points, key=lambda p: p.when)
    if not points:
        return ""
    frame = Frame(width, height, 28 if axis else 4)
    first = points[0].when
    span = (points[-1].when - first).total_seconds()
    xs = [frame.x(p, first, span) for p in points]
    line = " ".join(f"{_fmt(x)},{_fmt(frame.y(p.score))}" for x, p in zip(xs, points, strict=True))
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        'xmlns="http://www.w3.org/2000/svg" direction="ltr">',
        f"<title>{escape(title)}</title>",
        _grid(frame, axis),
        _band(frame, xs, points),
        f'<polyline class="chart-line" points="{line}"/>' if len(points) > 1 else "",
        "".join(_dot(frame, x, p) for x, p in zip(xs, points, strict=True)),
        _dates(frame, points) if axis else "",
        "</svg>",
    ]
    return "".join(parts)
