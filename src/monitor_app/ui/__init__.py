"""The desktop face of Monitor de Campo: the only package that imports PySide6."""
