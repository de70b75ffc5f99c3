"""Reading the number of a claimed value: signs, leading points, exponents, separators, units."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlkg.extract.quantities import Quantity, parse_quantity


@pytest.mark.parametrize(("value", "number", "unit"), [
    ("84.8%", 84.8, "percent"), ("84.8 %", 84.8, "percent"), ("84.8 percent", 84.8, "percent"),
    (".95", 0.95, None), ("0.95", 0.95, None), ("1.2e-3", 0.0012, None), ("1.2E+3", 1200.0, None),
    ("1.2 × 10^-3", 0.0012, None), ("1.2×10⁻³", 0.0012, None),
    ("−3.2", -3.2, None), ("-3.2", -3.2, None), ("(−0.5)", -0.5, None), ("-12.24%", -12.24, "percent"),
    ("+2.1 points", 2.1, "points"), ("3.2 points", 3.2, "points"), ("3 pp", 3.0, "points"),
    ("3.2%p", 3.2, "points"), ("+1.5 dB", 1.5, "decibel"),
    ("1,234.5", 1234.5, None), ("12,345,678", 12345678.0, None), ("1\u2009234", 1234.0, None),
    ("85.3 ± 0.4", 85.3, None), ("71.2 ± 1.3%", 71.2, "percent"), ("0.014 +/- 0.015", 0.014, None),
    ("95% - 97%", 95.0, "percent"), ("0.9566--0.9815", 0.9566, None), ("3.7-5.5 points", 3.7, "points"),
    ("4.23-year", 4.23, None), ("~85%", 85.0, "percent"), ("−0", 0.0, None),
])
def test_values_read_as_a_reader_reads_them(value: str, number: float, unit: str | None) -> None:
    assert parse_quantity(value) == Quantity(number, unit)


@pytest.mark.parametrize("value", ["SOTA", "", "n/a", "1,2", "1.2.3", "9" * 400, "-" + "9" * 400 + " F1", "1e999"])
def test_no_number_or_one_that_cannot_be_read_one_way_is_none(value: str) -> None:
    assert parse_quantity(value) is None


def test_a_hyphen_inside_a_word_is_no_minus() -> None:
    assert parse_quantity("top-1 85.3") == Quantity(1.0)  # the first number, and it is 1, not -1


finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)


@given(finite)
def test_any_float_written_by_python_reads_back(x: float) -> None:
    for text in (repr(x), f"{x:e}", f"{x:.6g}"):
        assert parse_quantity(text) == Quantity(float(text) + 0.0), text


@given(finite)
def test_a_unicode_minus_and_thousands_separators_read_as_ascii(x: float) -> None:
    text = f"{x:,.3f}"
    expected = float(text.replace(",", "")) + 0.0
    assert parse_quantity(text) == Quantity(expected)
    assert parse_quantity(text.replace("-", "\u2212")) == Quantity(expected)


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=999))
def test_a_leading_point_is_a_fraction(whole: int, frac: int) -> None:
    digits = f"{frac:03d}"
    assert parse_quantity(f".{digits}") == Quantity(float(f"0.{digits}"))
    assert parse_quantity(f"{whole}.{digits}%") == Quantity(float(f"{whole}.{digits}"), "percent")


@given(st.text(max_size=30))
def test_any_text_gives_a_finite_number_or_none(text: str) -> None:
    found = parse_quantity(text)
    assert found is None or math.isfinite(found.number)
