"""Entry script for the PyInstaller build: the same launcher as `monitor-app`."""

from monitor_app.launcher import main

raise SystemExit(main())
