"""The bundled program's entry point: the same `main` as the `concern-logger` command and `python -m desktop_app`."""

import multiprocessing

from desktop_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
