"""Sentences of `review_commands` and of device review (Spanish first, English); merged into
cli/texts.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "help_inconsistencies": ("datos que una fusión dejó inconsistentes, para revisar",
                             "data a merge left inconsistent, for review"),
    "help_inconsistencies_list": ("lista los ejemplares con saldo negativo o más préstamos que ejemplares",
                                  "list copies with a stock below zero or more loans than copies"),
    "no_inconsistencies": ("No hay inconsistencias por revisar.", "There are no inconsistencies to review."),
    "inconsistency_stock_below_zero": (
        "local {codlocal}  «{title}» (n.º {registration_number}, ejemplar {copy_id}): saldo {balance}, no puede ser negativo",
        "local {codlocal}  '{title}' (no. {registration_number}, copy {copy_id}): stock {balance}, it cannot be below zero",
    ),
    "inconsistency_loans_beyond_stock": (
        "local {codlocal}  «{title}» (n.º {registration_number}, ejemplar {copy_id}): {on_loan} prestados con saldo {balance}",
        "local {codlocal}  '{title}' (no. {registration_number}, copy {copy_id}): {on_loan} on loan with a stock of {balance}",
    ),
    "inconsistencies_hint": (
        "Corrija cada saldo con un movimiento (monitor-app records put library_movements) o registrando la devolución del préstamo que sobra.",
        "Put each stock right with a movement (monitor-app records put library_movements) or by recording the return of the extra loan.",
    ),
    "help_rejected": ("cambios recibidos que no se aplicaron, para revisar",
                      "changes received that were not applied, for review"),
    "help_rejected_list": (
        "lista los cambios rechazados o en espera (equipo, registro, campo, valor, motivo) y los "
        "valores guardados que las reglas actuales no aceptan",
        "list rejected or waiting changes (device, record, field, value, reason) and stored "
        "values today's rules refuse"),
    "no_rejected": ("No hay cambios rechazados ni en espera.",
                    "There are no rejected or waiting changes."),
    "kept_rejected": (
        "rechazado  {device_name} ({device_id}) n.º {seq}: {table} {record_id} {column} = {value} — {why}",
        "rejected  {device_name} ({device_id}) no. {seq}: {table} {record_id} {column} = {value} — {why}"),
    "kept_pending": (
        "en espera  {device_name} ({device_id}) n.º {seq}: {table} {record_id} {column} = {value} — {why}",
        "waiting  {device_name} ({device_id}) no. {seq}: {table} {record_id} {column} = {value} — {why}"),
    "stored_review": (
        "guardado antes  {table} {record_id} {column} = {value} — {why}",
        "stored before  {table} {record_id} {column} = {value} — {why}"),
    "device_flag": ("  ⚠ {rejected} cambios rechazados: monitor-app rejected list",
                    "  ⚠ {rejected} changes rejected: monitor-app rejected list"),
    "import_rejected": (
        "  ⚠ {rejected} cambios rechazados y {pending} en espera de la creación de su registro: monitor-app rejected list",
        "  ⚠ {rejected} changes rejected and {pending} waiting for their record's creation: monitor-app rejected list"),
    "import_inconsistencies": (
        "  ⚠ {inconsistencies} ejemplares con saldo inconsistente tras la fusión: monitor-app inconsistencies list",
        "  ⚠ {inconsistencies} copies with an inconsistent stock after the merge: monitor-app inconsistencies list"),
    "help_reinstate": ("vuelve a habilitar un equipo dado de baja", "enable a revoked device again"),
    "device_already_approved": ("El equipo {device_id} ya estaba aprobado; no se cambió nada.",
                                "Device {device_id} was already approved; nothing changed."),
    "device_reinstated": ("El equipo {device_id} estaba dado de baja y vuelve a estar habilitado.",
                          "Device {device_id} was revoked and is enabled again."),
}
