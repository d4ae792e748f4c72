"""The acta de visita as a PDF, written by Qt's own PDF writer from the report's data.

A4 portrait, black text on white with ruled tables, so it reads the same printed in black and
white; every status is a word, never a colour. Evidence thumbnails go beside their answer and
after the visit's data; signature lines close it.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from monitor_app.reports.acta import Acta, ActaCommitment, ActaPhoto

THUMBNAIL_PX = 110  # on the page: about 3 cm
RESOLUTION_DPI = 300
MARGIN_MM = 15

_STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #000; }
h1 { font-size: 14pt; margin: 0 0 4pt 0; }
h2 { font-size: 11pt; margin: 10pt 0 3pt 0; }
h3 { font-size: 10pt; margin: 6pt 0 2pt 0; }
table { border-collapse: collapse; }
td, th { border: 1px solid #000; padding: 3px; vertical-align: top; }
th { background: #e6e6e6; text-align: left; }
.label { font-weight: bold; }
.sign td { border: none; text-align: center; }
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _date(iso: str | None) -> str:
    """dd/mm/aaaa, as dates are written in Peru."""
    if not iso or len(iso) != 10:
        return iso or "—"
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def _rows(pairs: Iterable[tuple[str, object]]) -> str:
    return "".join(f"<tr><td class='label' width='28%'>{_e(label)}</td>"
                   f"<td>{_e(value) or '—'}</td></tr>" for label, value in pairs)


def _head(columns: Iterable[tuple[str, int]]) -> str:
    return "<tr>" + "".join(f"<th width='{width}%'>{_e(title)}</th>"
                            for title, width in columns) + "</tr>"


class ActaPrinter(QObject):
    """Lays an acta out as rich text (its words translated in this object's context)."""

    def html(self, acta: Acta) -> str:
        """The acta as the rich text Qt lays out (images named `photo:SHA256`)."""
        title, photos = self.tr("Acta de visita"), self.tr("Evidencias de la visita")
        parts = [f"<h1>{_e(title)}</h1>", self._school(acta), self._visit(acta)]
        if acta.photos:
            parts.append(f"<h3>{_e(photos)}</h3><p>{self._images(acta.photos)}</p>")
        parts += [self._answers(acta),
                  self._commitments(self.tr("Compromisos acordados"), acta.commitments_agreed),
                  self._commitments(self.tr("Compromisos verificados en esta visita"),
                                    acta.commitments_followed_up),
                  self._signatures(acta)]
        return "".join(parts)

    def _school(self, acta: Acta) -> str:
        school = acta.school
        rows = _rows([(self.tr("Nombre"), school.name),
                      (self.tr("Código modular"), school.cod_mod),
                      (self.tr("Anexo"), school.anexo),
                      (self.tr("Código de local"), school.codlocal),
                      (self.tr("Nivel / modalidad"), school.level),
                      (self.tr("Distrito"), school.district), (self.tr("UGEL"), school.ugel)])
        title = self.tr("Institución educativa")
        return f"<h2>{_e(title)}</h2><table width='100%'>{rows}</table>"

    def _visit(self, acta: Acta) -> str:
        visit = acta.visit
        rows = _rows([(self.tr("Fecha"), _date(visit.get("date"))),
                      (self.tr("Tipo"), visit.get("type")),
                      (self.tr("Modalidad"), visit.get("modality")),
                      (self.tr("Hora de inicio"), visit.get("start_time")),
                      (self.tr("Hora de término"), visit.get("end_time")),
                      (self.tr("Especialista"), visit.get("specialist")),
                      (self.tr("Observaciones"), visit.get("notes"))])
        title = self.tr("Visita")
        return f"<h2>{_e(title)}</h2><table width='100%'>{rows}</table>"

    def _images(self, photos: Iterable[ActaPhoto]) -> str:
        shown, absent = [], self.tr("(foto aún no recibida)")
        for photo in photos:
            if photo.thumbnail_jpeg is None:
                shown.append(f"<i>{_e(absent)}</i> {_e(photo.caption)}")
            else:
                shown.append(f"<img src='photo:{photo.sha256}' width='{THUMBNAIL_PX}'> "
                             f"{_e(photo.caption)}")
        return "<br>".join(shown)

    def _answers(self, acta: Acta) -> str:
        head = _head([(self.tr("Ítem"), 40), (self.tr("Respuesta"), 20),
                      (self.tr("Evidencia y observación"), 40)])
        parts, unanswered = [], self.tr("Ítems obligatorios sin respuesta:")
        for page in acta.instruments:
            parts.append(f"<h2>{_e(page.title)} ({_e(page.code)} v{page.version})</h2>")
            for section in page.sections:
                body = "".join(
                    f"<tr><td>{_e(a.item_text)}</td><td><b>{_e(a.answer)}</b></td><td>"
                    + "<br>".join(filter(None, (_e(a.evidence_text), _e(a.note),
                                                self._images(a.photos))))
                    + "</td></tr>" for a in section.answers)
                parts.append(f"<h3>{_e(section.title)}</h3>"
                             f"<table width='100%'>{head}{body}</table>")
            if page.missing_required:
                parts.append(f"<p><b>{_e(unanswered)}</b> "
                             f"{_e(', '.join(page.missing_required))}</p>")
        return "".join(parts)

    def _commitments(self, title: str, commitments: tuple[ActaCommitment, ...]) -> str:
        if not commitments:
            none = self.tr("Ninguno.")
            return f"<h2>{_e(title)}</h2><p>{_e(none)}</p>"
        head = _head([(self.tr("Compromiso"), 34), (self.tr("Responsable"), 18),
                      (self.tr("Plazo"), 15), (self.tr("Estado"), 13),
                      (self.tr("Verificación"), 20)])
        body = "".join(
            f"<tr><td>{_e(c.description)}</td><td>{_e(c.responsible) or '—'}</td>"
            f"<td nowrap>{_date(c.due_date)}</td><td>{_e(c.status)}</td>"
            f"<td>{_e(c.verification_note) or '—'}</td></tr>" for c in commitments)
        return f"<h2>{_e(title)}</h2><table width='100%'>{head}{body}</table>"

    def _signatures(self, acta: Acta) -> str:
        width = 100 // max(len(acta.signature_lines), 1)
        name = self.tr("Nombre y cargo:")
        cells = "".join(f"<td width='{width}%'><br><br><br>______________________________<br>"
                        f"{_e(line)}<br>{_e(name)}</td>"
                        for line in acta.signature_lines)
        return f"<br><table class='sign' width='100%'><tr>{cells}</tr></table>"

    def document(self, acta: Acta) -> QTextDocument:
        document = QTextDocument(self)
        document.setDefaultStyleSheet(_STYLE)
        photos = [*acta.photos, *(photo for page in acta.instruments
                                   for section in page.sections
                                   for answer in section.answers for photo in answer.photos)]
        for photo in photos:
            if photo.thumbnail_jpeg is not None:
                document.addResource(QTextDocument.ResourceType.ImageResource,
                                     QUrl(f"photo:{photo.sha256}"),
                                     QImage.fromData(photo.thumbnail_jpeg))
        document.setHtml(self.html(acta))
        return document

    def write_pdf(self, acta: Acta, path: Path) -> Path:
        """Write the acta to `path` (A4). Needs a QGuiApplication (fonts)."""
        writer = QPdfWriter(str(path))
        writer.setResolution(RESOLUTION_DPI)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                         QPageLayout.Unit.Millimeter))
        title = self.tr("Acta de visita")
        writer.setTitle(f"{title} {acta.school.cod_mod} {_date(acta.visit.get('date'))}")
        writer.setCreator("Monitor de Campo")
        self.document(acta).print_(writer)
        return path
