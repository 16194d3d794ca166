"""The one decoder of what an entry's sealed content holds once opened: JSON, read the same way by every reader."""

from __future__ import annotations

from typing import Any

import orjson

# orjson, not the standard library: a whole-store fold decodes every entry (100,000 at a first sign-in on a PC) and
# orjson takes half the time. It is also stricter where a signed entry written by hand could differ: nesting deeper
# than 1,024, NaN and lone surrogates are refused (a ValueError) rather than read (an integer beyond 64 bits reads
# as a float), and every reader of entry content (the fold, a child's file, `verify`) decodes here, so all pass
# over the same entries.


def decode_content(plain: bytes) -> Any:
    """The value an entry's opened content holds; raises ValueError (orjson's error is one) when it is not JSON
    in UTF-8."""
    return orjson.loads(plain)
