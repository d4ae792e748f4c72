"""Allows `python -m monitor_app`."""

from monitor_app.cli.main import main

raise SystemExit(main())
