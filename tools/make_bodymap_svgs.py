"""Write desktop_app/resources/bodymap/<view>.svg for every body-map view from desktop_app/domain/bodymap/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.domain.bodymap import VIEWS, outline_svg  # noqa: E402

OUT_DIR = ROOT / "desktop_app" / "resources" / "bodymap"

README = """\
# Body-map outlines

Generated from `desktop_app/domain/bodymap/` by `tools/make_bodymap_svgs.py`; do not edit by hand.
Change the geometry in that module, then run `python tools/make_bodymap_svgs.py` to rewrite these files.
"""


def expected_files() -> dict[Path, str]:
    files = {OUT_DIR / f"{view}.svg": outline_svg(view) for view in VIEWS}
    files[OUT_DIR / "README.md"] = README
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report files that are missing or out of date")
    args = parser.parse_args(argv)
    stale = []
    for path, text in expected_files().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {path.relative_to(ROOT)}")
    if args.check and stale:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
