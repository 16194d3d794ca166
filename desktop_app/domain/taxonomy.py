"""Categories of concern: the default taxonomy, and the ones a school adds."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

DEFAULT_CODES = [
    "physical-abuse",
    "emotional-abuse",
    "sexual-abuse",
    "neglect",
    "domestic-abuse",
    "child-on-child",
    "online-safety",
    "exploitation",
    "radicalisation",
    "fgm",
    "mental-health",
    "self-harm",
    "attendance",
    "disclosure",
    "other",
]
_CODE = re.compile(r"^[a-z][a-z0-9-]{1,39}$")


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    name: str
    description: str = ""


class TaxonomyError(ValueError):
    """A category or taxonomy file that cannot be used as given."""


def check_code(code: str) -> str:
    if not _CODE.match(code):
        raise TaxonomyError(f"category code {code!r} must be 2-40 lower-case letters, digits or hyphens")
    return code


def parse_taxonomy(text: str) -> list[Category]:
    """Categories from the JSON taxonomy file (`{"categories": [{"code", "name", "description"}]}`)."""
    try:
        data = json.loads(text)
        categories = [Category(check_code(c["code"]), c["name"], c.get("description", "")) for c in data["categories"]]
    except (KeyError, TypeError, json.JSONDecodeError) as exc:
        raise TaxonomyError(f"taxonomy file is not in the expected form: {exc}") from exc
    codes = [c.code for c in categories]
    if len(set(codes)) != len(codes):
        raise TaxonomyError("taxonomy file repeats a category code")
    return categories


def merge(defaults: list[Category], added: list[Category]) -> list[Category]:
    """Defaults first, then a school's own in the order added; an added code never replaces a default."""
    seen = {c.code for c in defaults}
    merged = list(defaults)
    for category in added:
        if category.code not in seen:
            merged.append(category)
            seen.add(category.code)
    return merged
