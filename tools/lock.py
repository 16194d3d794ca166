"""Refresh the hash-locked requirements (requirements/*.txt) from pyproject.toml with a pinned uv.

    python3 tools/lock.py                         # re-resolve, keeping every pin that still fits pyproject.toml
    python3 tools/lock.py --upgrade               # take the newest versions pyproject.toml allows
    python3 tools/lock.py --upgrade-package NAME  # only NAME (repeatable), e.g. after a security advisory

Writes requirements/dev.txt (the app, its tests and its build tools: what `dev.py` and `packaging/linux/build-deb`
install) and requirements/app.txt (the app alone, at the same versions: what the wheel test installs). Both are
universal (markers for Windows-only and macOS-only packages) for Python 3.11 and newer, and carry the sha256 of every
file PyPI serves for each pinned version, so `pip install --require-hashes` refuses anything else. uv runs from a
throwaway venv; nothing is installed into `.venv/`. Review the diff, then run `python3 dev.py test`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "requirements"
UV = "uv==0.13.9"  # the resolver that wrote the files; bump it on purpose, like any other pin
PYTHON_FLOOR = "3.11"  # pyproject's requires-python
COMMON = ["--universal", "--python-version", PYTHON_FLOOR, "--generate-hashes", "--quiet",
          "--custom-compile-command", "python3 tools/lock.py"]  # fmt: skip


def compile_lock(uv: Path, output: str, extras: list[str], extra_args: list[str]) -> None:
    """One `uv pip compile` of pyproject.toml into requirements/<output>."""
    command = [str(uv), "pip", "compile", "pyproject.toml", *COMMON, *extra_args, "-o", f"requirements/{output}"]
    for extra in extras:
        command += ["--extra", extra]
    print(f"[lock] requirements/{output}", flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--upgrade", action="store_true", help="take the newest versions pyproject.toml allows")
    parser.add_argument("--upgrade-package", action="append", default=[], metavar="NAME", help="upgrade NAME only")
    args = parser.parse_args(argv)
    upgrade = ["--upgrade"] if args.upgrade else []
    for name in args.upgrade_package:
        upgrade += ["--upgrade-package", name]
    REQUIREMENTS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="concern-logger-lock-") as folder:
        tool = Path(folder) / "venv"
        venv.EnvBuilder(with_pip=True).create(tool)
        bin_dir = tool / ("Scripts" if sys.platform == "win32" else "bin")
        subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", UV], check=True)
        uv = bin_dir / "uv"
        compile_lock(uv, "dev.txt", ["test", "build"], upgrade)
        # The app alone, constrained to dev.txt so both files name the same versions.
        compile_lock(uv, "app.txt", [], ["--constraint", "requirements/dev.txt"])
    print("[lock] done: review `git diff requirements/`, then run `python3 dev.py test`")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
