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
    "help_reinstate": ("vuelve a habilitar un equipo dado de baja", "enable a revoked device again"),
    "device_already_approved": ("El equipo {device_id} ya estaba aprobado; no se cambió nada.",
                                "Device {device_id} was already approved; nothing changed."),
    "device_reinstated": ("El equipo {device_id} estaba dado de baja y vuelve a estar habilitado.",
                          "Device {device_id} was revoked and is enabled again."),
}
