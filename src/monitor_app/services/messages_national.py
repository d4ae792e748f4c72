"""Refusals of the national station and of a PostgreSQL station's backups. Spanish and
English."""

from __future__ import annotations

from monitor_app.core.errors import ErrorCode

NATIONAL_MESSAGES: dict[ErrorCode, tuple[str, str]] = {
    ErrorCode.NATIONAL_WITHOUT_CODE: (
        "La estación nacional abarca todas las DRE que se le unen: no indique --ugel ni --school. No se cambió nada.",
        "The national station spans every DRE that joins it: give neither --ugel nor --school. Nothing was changed.",
    ),
    ErrorCode.PG_DUMP_MISSING: (
        "No se encontró pg_dump {major} o más nuevo (se buscó en el PATH y en /usr/lib/postgresql/*/bin); el servidor es PostgreSQL {major}. Instale el paquete postgresql-client-{major} (o uno más nuevo). No se hizo ninguna copia.",
        "pg_dump {major} or newer was not found (looked in PATH and /usr/lib/postgresql/*/bin); the server is PostgreSQL {major}. Install the package postgresql-client-{major} (or a newer one). No backup was made.",
    ),
    ErrorCode.PG_DUMP_FAILED: (
        "{program} no pudo terminar ({reason}). No quedó ninguna copia a medias; revise el espacio libre en {path} y vuelva a intentarlo.",
        "{program} could not finish ({reason}). No half backup was left; check the free space in {path} and try again.",
    ),
    ErrorCode.PG_BACKUP_RESTORE_MANUAL: (
        "Una estación PostgreSQL no restaura ni revisa sus copias desde la aplicación: lo hace su administrador con pg_restore en una base vacía y devolviendo la carpeta de claves de la copia (docs/national.md, «Copias de seguridad»). Copia: {path}. No se cambió nada.",
        "A PostgreSQL station does not restore or check its backups from the app: its administrator does, with pg_restore into an empty database and the backup's keys folder put back (docs/national.md, \"Backups\"). Backup: {path}. Nothing was changed.",
    ),
}
