"""Sentences of `commitment_commands` (Spanish first, English); merged into cli/texts.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "help_commitments": ("compromisos: pendientes de una IE y su verificación",
                         "commitments: a school's open ones and their follow-up"),
    "help_commitments_open": ("lista los compromisos abiertos de una IE (código modular)",
                              "list a school's open commitments (código modular)"),
    "help_commitments_list": ("lista todos los compromisos de una IE, con su verificación y el "
                              "informe de la IE",
                              "list all of a school's commitments, with their verification and "
                              "the school's report"),
    "help_commitments_report": ("registra que la IE informa que cumplió un compromiso (dirección "
                                "de la IE, o la UGEL en su nombre)",
                                "record that the school reports a commitment kept (its director, "
                                "or the UGEL on their behalf)"),
    "help_report_on": ("fecha en que la IE lo cumplió (no futura)",
                       "day the school kept it (not in the future)"),
    "help_report_note": ("lo que informa la IE", "what the school reports"),
    "help_report_reporter": ("quién informa (por defecto, el nombre de este equipo)",
                             "who reports (by default, this installation's name)"),
    "help_report_photo": ("foto que lo muestra (se puede repetir)",
                          "a photo that shows it (may be repeated)"),
    "no_commitments": ("La IE {cod_mod} no tiene compromisos registrados.",
                       "School {cod_mod} has no recorded commitment."),
    "commitment_verification": ("    verificado en la visita del {date}: {note}",
                                "    verified at the visit of {date}: {note}"),
    "commitment_report": ("    la IE informa que cumplió el {date}: {note} (informa: {reporter}; "
                          "fotos: {photos})",
                          "    the school reports it kept on {date}: {note} (reported by: "
                          "{reporter}; photos: {photos})"),
    "commitment_awaits_verification": ("    por verificar en la próxima visita",
                                       "    to be verified at the next visit"),
    "commitment_reported": ("Compromiso {id}: la IE informa que cumplió el {date} ({photos} "
                            "foto(s)). Se verificará en la próxima visita.",
                            "Commitment {id}: the school reports it kept on {date} ({photos} "
                            "photo(s)). The next visit verifies it."),
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
