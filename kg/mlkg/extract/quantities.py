"""The number a claimed value states, and its unit: "84.8%" is 84.8 percent, ".95" is 0.95.

A result's value is kept as written ("84.8%", "+2.1 points", "0.85 ± 0.01"); leaderboards rank
by the number in it, so that number must be read the way a reader would: a leading point
(".95"), an exponent ("1.2e-3", "1.2 × 10^-3", "1.2×10⁻³"), a minus sign of either kind ("-3.2",
"−3.2"), thousands separators ("1,234.5", "1 234" with a thin space). Only the first number
counts: the mean of a spread, the lower end of a range ("95% - 97%" is 95, not 95 and -97).
A number that could be read two ways ("1,23", "1.2.3") is no number.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

__all__ = ["Quantity", "parse_quantity"]

# Minus signs: ASCII hyphen-minus, U+2212 MINUS SIGN, small and full-width hyphen-minus.
_MINUS = "-\u2212\ufe63\uff0d"
_TO_ASCII = str.maketrans({**{c: "-" for c in _MINUS}, "\u207b": "-", "\u207a": "+",
                           **{s: str(d) for d, s in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}})
_SUPERSCRIPTS = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+")
# What may stand before a sign that is a sign, not a hyphen ("top-1" is no -1).
_BEFORE_SIGN = frozenset(" \t\n\u00a0([{~≈<>=:;,/")
_START = re.compile(r"\.?[0-9]")
# Thousands separators: a comma, or a thin or narrow no-break space (a plain space separates two numbers).
_NUMBER = re.compile(
    r"(?P<int>[0-9]{1,3}(?P<sep>[,\u2009\u202f])[0-9]{3}(?:(?P=sep)[0-9]{3})*(?![0-9])|[0-9]+)?"
    r"(?P<frac>\.[0-9]+)?"
    rf"(?:[eE](?P<exp>[+{_MINUS}]?[0-9]{{1,4}})|\s?[×x]\s?10\s?\^\s?\{{?(?P<pow>[+{_MINUS}]?[0-9]{{1,4}})\}}?)?"
    r"(?![0-9]|[.,][0-9])")
# Between the number and its unit: a spread or the rest of a range ("71.2 ± 1.3%", "95 - 97%").
_BETWEEN = re.compile(rf"\s?(?:±|\+/-|\+-|[{_MINUS}–—]{{1,2}}|to)\s?[0-9]*\.?[0-9]+")
_UNIT = re.compile(
    r"\s?(?:(?P<percent>%(?!\s?p)|percent\b|pct\b)"
    r"|(?P<points>%\s?p(?:ts?|p)?\b|pp\b|p\.p\.|(?:percentage\s)?points?\b|pts?\b)"
    r"|(?P<decibel>dB\b))")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A value's number and unit: "percent" (84.8%), "points" (a difference: "2.1 points", "3 pp"),
    "decibel", or None (a plain number)."""

    number: float
    unit: str | None = None


def parse_quantity(value: str) -> Quantity | None:
    """The first number ``value`` states, with its unit; None when it states none, one that could be
    read two ways, or one too big for a float (400 digits are ``inf``, which JSON and xsd:double
    cannot spell)."""
    text = _SUPERSCRIPTS.sub(lambda m: "^" + m.group().translate(_TO_ASCII), value) if not value.isascii() else value
    start = _START.search(text)
    if start is None:
        return None
    at = start.start()
    match = _NUMBER.match(text, at)
    if match is None or not (match.group("int") or match.group("frac")):
        return None
    digits = (match.group("int") or "0").translate({ord(","): None, 0x2009: None, 0x202F: None})
    exponent = match.group("exp") or match.group("pow")
    number = float(digits + (match.group("frac") or "") + (f"e{exponent.translate(_TO_ASCII)}" if exponent else ""))
    if at and text[at - 1] in _MINUS and (at == 1 or text[at - 2] in _BEFORE_SIGN):
        number = -number
    if not math.isfinite(number):
        return None
    number += 0.0  # -0.0 is 0
    end = match.end()
    unit = _UNIT.match(text, end)
    if unit is None and (between := _BETWEEN.match(text, end)):
        unit = _UNIT.match(text, between.end())
    return Quantity(number, unit.lastgroup if unit else None)
