"""Sentences of `commitment_commands` (Spanish first, English); merged into cli/texts.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "help_commitments": ("compromisos: pendientes de una IE y su verificación",
                         "commitments: a school's open ones and their follow-up"),
    "help_commitments_open": ("lista los compromisos abiertos de una IE (código modular)",
                              "list a school's open commitments (código modular)"),
    "help_commitments_verify": ("registra la verificación de un compromiso en una visita",
                                "record a commitment's verification at a visit"),
    "help_verify_visit": ("id de la visita que verifica", "id of the verifying visit"),
    "help_verify_note": ("observación de la verificación", "note on the verification"),
    "no_open_commitments": ("La IE {cod_mod} no tiene compromisos abiertos.",
                            "School {cod_mod} has no open commitments."),
    "open_commitment": (
        "{id}  plazo {due}  [{status}]  {description} (responsable: {responsible}; visita del {visit_date})",
        "{id}  due {due}  [{status}]  {description} (responsible: {responsible}; visit of {visit_date})",
    ),
    "commitment_verified": ("Compromiso {id} verificado: {status}.",
                            "Commitment {id} verified: {status}."),
}
