"""Publicar (the merge station): the reference bundle a new laptop joins with (a director's
with their school only), and the replies for every approved device in one action, written to
a folder or a USB stick on the writer thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import MonitorError
from monitor_app.services.messages import describe
from monitor_app.services.sync_publish import publish_bundle
from monitor_app.services.sync_reply import Reply, reply_to_all, waiting_for_a_key
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.removable import start_folder
from monitor_app.ui.task_runner import TaskRunner
from monitor_app.ui.widgets.school_sections import Section


def reference_file_name(school: str) -> str:
    return f"referencia-IE-{school}.mcbundle" if school else "referencia.mcbundle"


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class PublishPage(QWidget):
    status = Signal(str)

    def __init__(self, runner: TaskRunner, dialogs: Dialogs, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._dialogs = dialogs
        self._lang = lang
        self.school = QLineEdit()
        self.school.setPlaceholderText(self.tr("Código modular, solo para un(a) director(a)"))
        self.reference_button = QPushButton(self.tr("Guardar paquete de &referencia…"))
        self.reference_button.clicked.connect(self.write_reference)
        self.photos = QCheckBox(self.tr("Con las fotos (los directores reciben siempre las de "
                                        "su IE)"))
        self.replies_button = QPushButton(self.tr("Escribir las &respuestas para todos…"))
        self.replies_button.clicked.connect(self.write_replies)
        self.result = QLabel()
        self.result.setWordWrap(True)
        reference = QHBoxLayout()
        reference.addWidget(self.school, 1)
        reference.addWidget(self.reference_button)
        replies = QHBoxLayout()
        replies.addWidget(self.photos, 1)
        replies.addWidget(self.replies_button)
        layout = QVBoxLayout(self)
        layout.addWidget(Section(self.tr("Paquete de referencia para un equipo nuevo")))
        layout.addWidget(_wrapped(self.tr(
            "Con él, un equipo nuevo se une a esta oficina: lleva el padrón, los instrumentos y "
            "la huella de la clave de la oficina. Para un(a) director(a), indique su IE.")))
        layout.addLayout(reference)
        layout.addWidget(Section(self.tr("Respuestas a los equipos aprobados")))
        layout.addWidget(_wrapped(self.tr(
            "Cada equipo recibe, cifrado para él, lo que le falta de su ámbito: lo de los demás "
            "equipos, las resoluciones de conflictos, el padrón y los instrumentos nuevos.")))
        layout.addLayout(replies)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def _busy(self, busy: bool) -> None:
        self.reference_button.setEnabled(not busy)
        self.replies_button.setEnabled(not busy)

    def write_reference(self) -> None:
        folder = self._dialogs.choose_export_folder(self, start_folder())
        if folder is None:
            return
        school = self.school.text().strip()
        out = folder / reference_file_name(school)
        self._run(lambda ctx: publish_bundle(ctx, out, school=school or None),
                  self._reference_written)

    def _reference_written(self, info: Any) -> None:
        self.result.setText(self.tr("Paquete de referencia guardado en {file}.").format(
            file=str(info.path)))

    def write_replies(self) -> None:
        folder = self._dialogs.choose_export_folder(self, start_folder())
        if folder is None:
            return
        photos = self.photos.isChecked()
        self._run(lambda ctx: (reply_to_all(ctx, folder, photos=photos), waiting_for_a_key(ctx)),
                  self._replies_written)

    def _replies_written(self, written: tuple[list[Reply], list[Any]]) -> None:
        replies, waiting = written
        lines = [self.tr("%n respuesta(s) escrita(s).", "", len(replies))]
        lines += [self.tr("Para {name}: {changes} cambios, {photos} fotos → {file}").format(
            name=r.device_name, changes=r.changes, photos=r.photos, file=r.info.path.name)
            for r in replies]
        lines += [self.tr("Sin respuesta para {name}: su equipo aún no envió un paquete con su "
                          "clave de cifrado; pídale que exporte una vez.").format(name=d.name)
                  for d in waiting]
        self.result.setText("\n".join(lines))
        self.status.emit(lines[0])

    def _run(self, work: Any, then: Any) -> None:
        self._busy(True)
        task = self._runner.submit(lambda ctx, _p, _c: work(ctx))
        task.finished.connect(lambda result: (self._busy(False), then(result)))
        task.failed.connect(self._refused)

    def _refused(self, error: object) -> None:
        self._busy(False)
        if isinstance(error, MonitorError):
            self.result.setText(f"✕ {describe(error, self._lang)}")

