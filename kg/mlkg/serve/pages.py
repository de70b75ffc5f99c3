"""The endpoint's few HTML pages (the query form, the list of ready-made queries): Jinja2
templates with autoescaping on, no script and no inline style, so they pass the CSP as they are."""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("mlkg.serve", "templates"),
                              autoescape=True, undefined=jinja2.StrictUndefined)


def render(template: str, **values: Any) -> str:
    return _environment().get_template(template).render(**values)
