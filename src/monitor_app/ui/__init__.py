"""The desktop face of Monitor de Campo: the only package that imports PySide6."""

import builtins

import PySide6.QtCore  # noqa: F401 - installs PySide's import hook, taken out below

# PySide routes every `import` through a hook serving its opt-in `__feature__` switches
# (snake_case, true_property), which this app never turns on; the hook reads the source of each
# module imported after it, ≈ 17 ms of the window's start-up (D41).
builtins.__import__ = getattr(builtins, "__orig_import__", builtins.__import__)
