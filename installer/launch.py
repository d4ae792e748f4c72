"""Entry script for the PyInstaller build: the same launcher as `monitor-app`."""

import os
import sys

# The built program ignores PYTHONUTF8 and the like (it runs isolated): write UTF-8 when the
# output goes to a pipe or a file on Windows too, as scripts reading it expect. A windowed
# program on Windows has no streams at all: commands given to it write to nowhere rather than fail.
for name in ("stdout", "stderr"):
    stream = getattr(sys, name)
    if stream is None:
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the whole run
    elif hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")

from monitor_app.launcher import main  # noqa: E402

raise SystemExit(main())
