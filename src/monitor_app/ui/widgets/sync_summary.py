"""What the Sincronizar page says: where the laptop stands, what an export wrote, what a file
from the UGEL brought. Sentences only; the facts come from the sync services."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from monitor_app.services.sync_messages import describe_reason
from monitor_app.services.sync_outcome import ImportOutcome
from monitor_app.services.sync_status import SyncStatus
from monitor_app.storage.sync_registry import Outcome
from monitor_app.ui.kind_names import kind_label

if TYPE_CHECKING:  # the bundle machinery loads when an export runs
    from monitor_app.sync.bundle_writer import BundleInfo


def local_moment(iso: str) -> str:
    """An ISO-8601 UTC moment as dd/mm/aaaa hh:mm on this computer's clock."""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


class SyncSummary(QObject):
    """The sentences, in the window's language (plural forms through Qt Linguist)."""

    def changes_text(self, n: int) -> str:
        return self.tr("%Ln cambio(s)", "", n)

    def photos_text(self, n: int) -> str:
        return self.tr("%Ln foto(s)", "", n)

    def office_lines(self, status: SyncStatus) -> list[str]:
        office = status.office
        if office is None:
            return [self.tr("Este equipo aún no se unió a su UGEL: todavía no puede "
                            "exportar. Únase con el paquete de referencia que publica "
                            "la UGEL.")]
        name = self.tr("UGEL: {name} ({code})").format(name=office.name, code=office.ugel)
        key = self.tr("Huella de la clave de la UGEL: {fingerprint}")
        return [name, key.format(fingerprint=office.fingerprint)]

    def export_lines(self, status: SyncStatus) -> list[str]:
        last = status.last_export
        if last is None:
            lines = [self.tr("Aún no exportó nada desde este equipo.")]
        else:
            lines = [self.tr("Última exportación: {when}, {changes} y {photos}.").format(
                when=local_moment(last.exported_at), changes=self.changes_text(last.changes),
                photos=self.photos_text(last.photos))]
        lines.append(self.tr("%Ln cambio(s) hecho(s) aquí aún sin exportar.", "",
                             status.not_exported))
        lines.append(self.tr("%Ln cambio(s) que la UGEL aún no confirma tener.", "",
                             status.not_acknowledged))
        return lines

    def exported_lines(self, info: BundleInfo, photos: int) -> list[str]:
        """What an export wrote, and that the stick may be removed."""
        went = self.tr("Salieron {changes} y {photos}.").format(
            changes=self.changes_text(info.change_count), photos=self.photos_text(photos))
        return [
            self.tr("Paquete para la UGEL exportado: {file}").format(file=info.path.name),
            went,
            self.tr("El archivo se escribió en el disco y se verificó leyéndolo de nuevo: "
                    "ya puede retirar la memoria USB."),
            self.tr("Carpeta: {folder}").format(folder=str(info.path.parent)),
        ]

    def refused_line(self, outcome: ImportOutcome, lang: str) -> str:
        """A file not taken: the service's reason in one line."""
        reason = describe_reason(outcome.reason, lang)  # type: ignore[arg-type]
        if outcome.outcome is Outcome.INCOMPLETE:
            return self.tr("{file}: parte recibida; importe también las demás partes.").format(
                file=outcome.file)
        if outcome.outcome is Outcome.ALREADY:
            return self.tr("{file}: ya se había importado; no cambió nada.").format(
                file=outcome.file)
        return self.tr("No se importó {file}: {reason}. No cambió nada.").format(
            file=outcome.file, reason=reason)

    def arrived_lines(self, outcome: ImportOutcome) -> list[str]:
        """What a reply or a reference bundle from the UGEL brought, and what it acknowledged."""
        counts = outcome.counts
        lines = [self.tr("Importado: {file}").format(file=outcome.file)]
        if "new" in counts:  # a reply: changes of other devices and of the office
            lines.append(self.tr("Llegaron %Ln cambio(s) nuevo(s) de otros equipos y de "
                                 "la UGEL.", "", counts["new"]))
            changed = outcome.records_changed
            for table, n in sorted(changed.items(), key=lambda kv: kind_label(kv[0])):
                records = self.tr("%Ln registro(s) actualizado(s)", "", n)
                lines.append(self.tr("  · {kind}: {records}").format(
                    kind=kind_label(table), records=records))
            lines.append(self.tr("%Ln foto(s) recibida(s).", "", counts.get("photos", 0)))
        lines.append(self.tr("Padrón: %Ln IE(s) nueva(s) o actualizada(s).", "",
                             counts.get("schools", 0)))
        lines.append(self.tr("Instrumentos: %Ln versión(es) nueva(s).", "",
                             counts.get("instruments", 0)))
        if counts.get("catalogue_entries") or counts.get("national_drills"):
            lines.append(self.tr("Catálogos y calendario de simulacros al día."))
        acknowledged = counts.get("acknowledged", 0)
        if acknowledged:
            lines.append(self.tr("La UGEL confirma que tiene sus cambios hasta el n.º "
                                 "{seq}.").format(seq=acknowledged))
        else:
            lines.append(self.tr("La UGEL aún no confirma haber recibido sus cambios."))
        if counts.get("conflicts"):
            lines.append(self.tr("%Ln conflicto(s) abierto(s): revíselo(s) con la UGEL.",
                                 "", counts["conflicts"]))
        return lines
