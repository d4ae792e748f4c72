"""What the refusals about backups and a damaged database say, in Spanish and English."""

from __future__ import annotations

from monitor_app.core.errors import ErrorCode

BACKUP_MESSAGES: dict[ErrorCode, tuple[str, str]] = {
    ErrorCode.DB_DAMAGED: (
        "La base de datos {path} está dañada; no se cambió nada. Restaure la última copia buena: monitor-app --db {path} backup restore {backup}",
        "The database {path} is damaged; nothing was changed. Restore the latest good backup: monitor-app --db {path} backup restore {backup}",
    ),
    ErrorCode.DB_DAMAGED_NO_BACKUP: (
        "La base de datos {path} está dañada y no tiene copias de seguridad buenas. No se cambió nada. Pida ayuda a soporte de la UGEL.",
        "The database {path} is damaged and has no good backup. Nothing was changed. Ask your UGEL's support for help.",
    ),
    ErrorCode.BACKUP_NOT_FOUND: (
        "No hay una copia de seguridad «{backup}» en {folder}. Vea las copias con: monitor-app backup list",
        "There is no backup '{backup}' in {folder}. See the backups with: monitor-app backup list",
    ),
    ErrorCode.BACKUP_INCOMPLETE: (
        "A la copia {backup} le falta la foto {photo}. No se cambió nada. Restaure otra copia.",
        "Backup {backup} lacks the photo {photo}. Nothing was changed. Restore another backup.",
    ),
    ErrorCode.BACKUP_DAMAGED: (
        "La copia {backup} está dañada. No se cambió nada. Restaure otra copia.",
        "Backup {backup} is damaged. Nothing was changed. Restore another backup.",
    ),
    ErrorCode.RESTORE_NOT_CONFIRMED: (
        "No se restauró nada: restaurar reemplaza la base de datos {path}. Confirme con --yes.",
        "Nothing was restored: restoring replaces the database {path}. Confirm with --yes.",
    ),
    ErrorCode.INVALID_RETENTION: (
        "Cantidad de copias no válida: «{value}». Indique un número entre 1 y 365.",
        "Invalid number of backups: '{value}'. Give a number between 1 and 365.",
    ),
}
