"""Sentences of `backup_commands` and of `export --resend` (Spanish first, English); merged
into cli/texts.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "help_backup": ("copias de seguridad: crear, listar, restaurar, cuántas guardar",
                    "backups: create, list, restore, how many to keep"),
    "help_backup_create": ("hace una copia de seguridad ahora", "make a backup now"),
    "help_backup_list": ("lista las copias de seguridad, la más reciente primero",
                         "list the backups, newest first"),
    "help_backup_restore": ("reemplaza la base de datos con una copia (la actual se guarda aparte)",
                            "replace the database with a backup (the current one is put aside)"),
    "help_backup_yes": ("no preguntar: reemplazar sin confirmar", "do not ask: replace without confirming"),
    "help_backup_check": ("revisa la integridad de la base de datos (PRAGMA quick_check)",
                          "check the database's integrity (PRAGMA quick_check)"),
    "help_backup_keep": ("cuántas copias guardar (sin opciones: muestra las actuales)",
                         "how many backups to keep (without options: show the current numbers)"),
    "help_keep_daily": ("copias diarias que se guardan (1–365)", "daily backups kept (1–365)"),
    "help_keep_other": ("otras copias que se guardan (1–365)", "other backups kept (1–365)"),
    "help_resend": ("vuelve a escribir en --out los paquetes que la UGEL aún no confirma",
                    "write again into --out the bundles the office has not acknowledged"),
    "backup_created": (
        "Copia {backup_id} creada ({size_mb} MB sin las fotos, {photos} foto(s) guardadas una sola vez).",
        "Backup {backup_id} made ({size_mb} MB without the photos, {photos} photo(s) kept once).",
    ),
    "backup_created_bad": (
        "Copia {backup_id} creada, pero la revisión encontró daños: la base de datos está dañada. Restaure una copia anterior.",
        "Backup {backup_id} made, but its check found damage: the database is damaged. Restore an earlier backup.",
    ),
    "no_backups": ("Aún no hay copias de seguridad ({folder}).", "There are no backups yet ({folder})."),
    "backup_row": ("{backup_id}  {when}  {kind}  {size_mb} MB  {photos} foto(s){bad}",
                   "{backup_id}  {when}  {kind}  {size_mb} MB  {photos} photo(s){bad}"),
    "backup_bad_mark": ("  DAÑADA", "  DAMAGED"),
    "backup_kind_daily": ("diaria", "daily"),
    "backup_kind_migration": ("antes de actualizar", "before an update"),
    "backup_kind_directory": ("antes de importar el padrón", "before a directory import"),
    "backup_kind_bundles": ("antes de importar paquetes", "before importing bundles"),
    "backup_kind_manual": ("manual", "manual"),
    "restore_question": (
        "Se reemplazará {path} con la copia {backup_id} ({when}); la base actual se guarda aparte. ¿Continuar? [s/N] ",
        "{path} will be replaced with backup {backup_id} ({when}); the current database is put aside. Continue? [y/N] ",
    ),
    "restored": ("Base restaurada con la copia {backup_id}. La anterior quedó en {aside}.",
                 "Database restored from backup {backup_id}. The previous one is in {aside}."),
    "restored_laptop": (
        "Este equipo tiene ahora una identidad nueva ({device_id}): exporte para la UGEL y pida que aprueben el equipo (monitor-app devices approve); la respuesta de la UGEL le devolverá lo que envió después de la copia.",
        "This installation now has a new identity ({device_id}): export for the office and ask them to approve it (monitor-app devices approve); the office's reply brings back what it sent after the backup.",
    ),
    "restored_office": ("Se volvieron a importar {count} paquete(s) fusionados después de la copia:",
                        "{count} bundle(s) merged after the backup were imported again:"),
    "database_ok": ("La base de datos {path} está bien (PRAGMA quick_check).",
                    "The database {path} is sound (PRAGMA quick_check)."),
    "retention": ("Se guardan las últimas {keep_daily} copias diarias y las últimas {keep_other} otras.",
                  "The last {keep_daily} daily backups and the last {keep_other} others are kept."),
    "nothing_to_resend": ("No hay paquetes por reenviar: la UGEL ya confirmó todo lo exportado.",
                          "There is nothing to resend: the office acknowledged everything exported."),
    "resent": ("Reenviado: {file}", "Written again: {file}"),
}
