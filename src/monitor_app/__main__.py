"""Allows `python -m monitor_app`."""

from monitor_app.launcher import main

raise SystemExit(main())
