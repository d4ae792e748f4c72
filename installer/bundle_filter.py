"""What the one-folder build leaves out: Qt modules, libraries and plugins the app never uses.

PyInstaller's PySide6 hooks collect every plugin a Qt module might load and every library those
plugins need; the virtual keyboard alone drags in Qt Quick and QML. The app uses QtCore, QtGui,
QtWidgets and QtCharts (which needs QtOpenGL and QtOpenGLWidgets). `tests/frozen` checks that
every Qt library a kept file needs is still in the folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

# Python modules never imported by the app (PyInstaller would otherwise follow hooks to them).
EXCLUDED_MODULES = [
    "tkinter", "unittest", "pydoc",
    "PySide6.QtNetwork", "PySide6.QtDBus", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtPdf",
    "PySide6.QtSvg", "PySide6.QtSvgWidgets", "PySide6.QtPrintSupport",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtMultimedia",
    "PySide6.Qt3DCore", "PySide6.QtDataVisualization", "PySide6.QtGraphs",
    "PIL._avif", "PIL.AvifImagePlugin", "PIL.ImageTk", "PIL.ImageQt",
    # No network at all, and no East Asian codecs (padrones are Latin-1 or UTF-8).
    "ssl", "_ssl", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr",
    "_codecs_tw",
    # The PostgreSQL station is an office's command line installed with pip (D44).
    "psycopg", "psycopg_binary", "monitor_app.storage.pg",
]

# Qt libraries (Linux libQt6X.so.6, Windows Qt6X.dll) only the dropped plugins and modules need.
EXCLUDED_QT_LIBRARIES = (
    "qt6qml", "qt6quick", "qt6virtualkeyboard", "qt6pdf", "qt6svg", "qt6wayland",
    "qt6wlshell", "qt6eglfs", "qt6network", "qt6multimedia", "qt6webengine", "qt63d",
    # Windows: the software OpenGL and the shader compiler serve Qt Quick, not widgets.
    "opengl32sw", "d3dcompiler",
)

# Plugin folder -> the plugins kept (file names without lib, extension); other folders are dropped.
KEPT_PLUGINS: dict[str, tuple[str, ...]] = {
    # offscreen for tests and CI, minimal as a last resort, xcb for X11 and XWayland, windows.
    "platforms": ("qxcb", "qoffscreen", "qminimal", "qwindows"),
    "xcbglintegrations": ("qxcb-glx-integration", "qxcb-egl-integration"),
    # Native file dialogs on Linux desktops through the portal; the GTK theme would bring GTK,
    # cairo and pango (6 MB) and needs GTK installed anyway.
    "platformthemes": ("qxdgdesktopportal",),
    # Dead keys and input methods (ñ, tildes).
    "platforminputcontexts": ("composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"),
    "imageformats": ("qjpeg", "qgif", "qico"),  # photos are JPEG; PNG is built into QtGui
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle"),  # the native look on Windows
}

# Qt's own translations: Spanish only (English is Qt's source language).
KEPT_QT_TRANSLATIONS = ("qtbase_es.qm", "qt_es.qm")


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").lower().split("/")


def keep_binary(dest: str) -> bool:
    parts = _parts(dest)
    name = parts[-1].removeprefix("lib")
    if "pyside6" in parts and "plugins" in parts[:-1]:
        folder = parts[parts.index("plugins") + 1]
        return name.split(".")[0] in KEPT_PLUGINS.get(folder, ())
    return not name.startswith(EXCLUDED_QT_LIBRARIES)


def keep_data(dest: str) -> bool:
    parts = _parts(dest)
    if parts[-1].removeprefix("lib").startswith(EXCLUDED_QT_LIBRARIES):
        return False  # the links PyInstaller makes to the libraries dropped above
    if "pyside6" in parts and "translations" in parts[:-1]:
        return parts[-1] in KEPT_QT_TRANSLATIONS
    if "pyside6" in parts and "plugins" in parts[:-1]:
        return keep_binary(dest)
    return True


def needed_top_level(binaries: list[tuple[str, str, str]],
                     imports_of: Callable[[str], Iterable[str]]) -> set[str]:
    """Linux: the names of the libraries the kept files load. PyInstaller gathers the system
    libraries of every plugin it analysed, the dropped ones too (GTK, cairo and pango came with
    the GTK theme); a library in the folder's top level stays only if a kept file needs it.
    `imports_of` lists a file's libraries, recursively (ldd's answer)."""
    needed: set[str] = set()
    for dest, source, _kind in binaries:
        if "/" in dest.replace("\\", "/"):
            needed.update(imports_of(source))
    return needed


def keep_top_level(dest: str, needed: set[str]) -> bool:
    if "/" in dest.replace("\\", "/") or not dest.startswith("lib") or ".so" not in dest:
        return True
    return dest in needed or dest.startswith("libpython")
