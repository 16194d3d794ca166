"""`python -m desktop_app` runs the same entry point as the `concern-logger` command."""

from desktop_app.cli import main

raise SystemExit(main())
