"""Inline SVG charts for the run report: drawn in Python, no script, no web fonts, no network.

Every chart is an ``<svg class="chart">`` with one ``<rect class="bar">``
per value and a ``<title>`` on each bar (the browser shows it on hover).
"""
from __future__ import annotations

from html import escape
from typing import Sequence

PALETTE = ("#3b6ea8", "#d9822b", "#4f9a6b", "#b0413e", "#7a5ea8", "#8c7a4f")


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _width(label: str) -> float:
    """Rough rendered width in px at 12px: CJK characters are about twice as wide as Latin ones."""
    return sum(12.0 if ord(ch) > 0x2E80 else 6.6 for ch in label)


def _clip(label: str, max_px: float) -> str:
    if _width(label) <= max_px:
        return label
    out = ""
    for ch in label:
        if _width(out + ch + "…") > max_px:
            break
        out += ch
    return out + "…"


def empty(caption: str, why: str = "nothing to show in this run") -> str:
    return f'<figure class="empty"><figcaption>{escape(caption)}</figcaption><p class="none">{escape(why)}</p></figure>'


def bar_chart(items: Sequence[tuple[str, float]], caption: str, *, color: str = PALETTE[0],
              width: int = 560, bar_h: int = 20, label_px: int = 200, unit: str = "") -> str:
    """A horizontal bar chart of ``(label, value)`` pairs, in the order given."""
    items = [(str(k), float(v)) for k, v in items if v is not None]
    if not items:
        return empty(caption)
    top = max(v for _, v in items) or 1.0
    plot = width - label_px - 70
    height = bar_h * len(items) + 8
    parts = [f'<svg class="chart" role="img" aria-label="{escape(caption)}" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">']
    for i, (label, value) in enumerate(items):
        y = 4 + i * bar_h
        w = max(1.0, plot * value / top) if value > 0 else 0.0
        shown = escape(_clip(label, label_px - 8))
        tip = escape(f"{label}: {_fmt(value)}{unit}")
        parts.append(
            f'<g><title>{tip}</title>'
            f'<text x="{label_px - 6}" y="{y + bar_h * 0.68:.1f}" text-anchor="end" class="lbl">{shown}</text>'
            f'<rect class="bar" x="{label_px}" y="{y + 2}" width="{w:.1f}" height="{bar_h - 5}" fill="{color}"/>'
            f'<text x="{label_px + w + 4:.1f}" y="{y + bar_h * 0.68:.1f}" class="val">{_fmt(value)}{escape(unit)}'
            f'</text></g>')
    parts.append("</svg>")
    return f'<figure><figcaption>{escape(caption)}</figcaption>{"".join(parts)}</figure>'


def column_chart(items: Sequence[tuple[str, float]], caption: str, *, color: str = PALETTE[2],
                 width: int = 560, height: int = 200) -> str:
    """Vertical columns for an ordered axis (periods, years); labels below, values above."""
    items = [(str(k), float(v)) for k, v in items]
    if not items:
        return empty(caption)
    top = max(v for _, v in items) or 1.0
    n = len(items)
    slot = (width - 20) / n
    plot = height - 44
    parts = [f'<svg class="chart" role="img" aria-label="{escape(caption)}" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="10" y1="{plot + 16}" x2="{width - 10}" y2="{plot + 16}" class="axis"/>']
    for i, (label, value) in enumerate(items):
        h = max(1.0, plot * value / top) if value > 0 else 0.0
        x = 10 + i * slot + slot * 0.15
        cx = 10 + i * slot + slot / 2
        parts.append(
            f'<g><title>{escape(f"{label}: {_fmt(value)}")}</title>'
            f'<rect class="bar" x="{x:.1f}" y="{plot + 16 - h:.1f}" width="{slot * 0.7:.1f}" height="{h:.1f}" '
            f'fill="{color}"/>'
            f'<text x="{cx:.1f}" y="{plot + 12 - h:.1f}" text-anchor="middle" class="val">{_fmt(value)}</text>'
            f'<text x="{cx:.1f}" y="{plot + 32}" text-anchor="middle" class="lbl">'
            f'{escape(_clip(label, slot - 2))}</text></g>')
    parts.append("</svg>")
    return f'<figure><figcaption>{escape(caption)}</figcaption>{"".join(parts)}</figure>'


def stacked_bar(parts: Sequence[tuple[str, float]], caption: str, *, width: int = 560) -> str:
    """One bar split into shares (kept / dropped, documents / errors) with a legend."""
    parts = [(k, float(v)) for k, v in parts if v]
    total = sum(v for _, v in parts)
    if not total:
        return empty(caption)
    svg = [f'<svg class="chart" role="img" aria-label="{escape(caption)}" width="{width}" height="46" '
           f'viewBox="0 0 {width} 46" xmlns="http://www.w3.org/2000/svg">']
    x = 0.0
    for i, (label, value) in enumerate(parts):
        w = width * value / total
        color = PALETTE[i % len(PALETTE)]
        svg.append(f'<g><title>{escape(f"{label}: {_fmt(value)}")}</title>'
                   f'<rect class="bar" x="{x:.1f}" y="2" width="{w:.1f}" height="20" fill="{color}"/></g>')
        svg.append(f'<rect x="{4 + i * 140}" y="30" width="10" height="10" fill="{color}"/>'
                   f'<text x="{18 + i * 140}" y="39" class="lbl">{escape(_clip(label, 90))} {_fmt(value)}</text>')
        x += w
    svg.append("</svg>")
    return f'<figure><figcaption>{escape(caption)}</figcaption>{"".join(svg)}</figure>'
