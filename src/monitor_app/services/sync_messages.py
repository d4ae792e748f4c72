"""What a bundle's outcome and a kept change's verdict say to a person, in Spanish (default)
and English: the reason codes of `import`/`verify` and of `rejected list`."""

from __future__ import annotations

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.messages import Lang, describe

# Why an imported bundle was held, quarantined or refused (codes from sync and its services).
_REASONS: dict[str, tuple[str, str]] = {
    "not_a_bundle": ("no es un paquete de Monitor de Campo", "not a Monitor de Campo bundle"),
    "truncated": ("el archivo está incompleto (copia interrumpida): cópielo de nuevo",
                  "the file is incomplete (an interrupted copy): copy it again"),
    "corrupt": ("el archivo está dañado: pida que lo exporten de nuevo",
                "the file is damaged: ask for it to be exported again"),
    "tampered": ("el contenido no coincide con su firma: fue modificado",
                 "the content does not match its signature: it was modified"),
    "bad_signature": ("la firma no es válida", "the signature is not valid"),
    "wrong_recipient": ("está cifrado para otra UGEL", "it is encrypted for another UGEL"),
    "too_large": ("excede los límites de tamaño", "it exceeds the size limits"),
    "unsafe_member": ("contiene nombres de archivo no permitidos", "it holds forbidden file names"),
    "unsupported_format": ("formato más nuevo: actualice Monitor de Campo",
                           "a newer format: update Monitor de Campo"),
    "unreadable": ("no se pudo leer el archivo", "the file could not be read"),
    "newer_schema": ("lo hizo una versión más nueva: actualice Monitor de Campo en la UGEL",
                     "made by a newer version: update Monitor de Campo at the UGEL"),
    "clock_ahead": (("el reloj de ese equipo va más de 24 h adelantado: revise su fecha y hora; "
                    "si es correcto, importe con --accept-clock-ahead"),
                    ("that device's clock is more than 24 h ahead: check its date and time; if "
                    "the bundle is right, import it with --accept-clock-ahead")),
    "cloned_device": (("ese equipo envió otra versión de cambios ya recibidos (copia o respaldo "
                      "restaurado): configúrelo de nuevo con monitor-app init"),
                      ("that device sent another version of changes already received (a copy or "
                      "restored backup): set it up again with monitor-app init")),
    "unknown_device": ("equipo no inscrito", "device not enrolled"),
    "revoked": ("ese equipo fue dado de baja", "that device was revoked"),
    "key_mismatch": ("la clave no es la inscrita para ese equipo",
                     "the key is not the one enrolled for that device"),
    "out_of_scope": ("toca registros fuera del ámbito de ese equipo",
                     "it touches records outside that device's scope"),
    "own_bundle": ("es un paquete de este mismo equipo", "it is this installation's own bundle"),
    "reference_bundle": ("es un paquete de referencia de una UGEL: impórtelo en una laptop",
                         "it is a UGEL reference bundle: import it on a laptop"),
    "already_imported": ("ya importado", "already imported"),
    "not_a_ugel": ("una DRE recibe los paquetes de sus UGEL, no los de sus laptops",
                   "a DRE takes its UGELs' bundles, not their laptops'"),
    "not_a_ugel_station": ("es el paquete de una UGEL para su DRE: impórtelo en la DRE",
                           "it is a UGEL's bundle for its DRE: import it at the DRE"),
    "not_a_dre": (("la estación nacional recibe los paquetes de sus DRE, no los de las UGEL ni "
                   "de sus laptops"),
                  "the national station takes its DREs' bundles, not UGELs' or laptops'"),
    "not_a_dre_station": (("es el paquete de una DRE para la estación nacional: impórtelo en la "
                           "estación nacional"),
                          ("it is a DRE's bundle for the national station: import it at the "
                           "national station")),
    "foreign_ugel": (("el equipo está inscrito en otra UGEL: esta oficina solo recibe a los de su "
                      "jurisdicción"),
                     ("the device is enrolled in another UGEL: this office only takes devices "
                      "of its own jurisdiction")),
    "school_not_in_directory": (("la IE de ese director no está en el padrón de esta UGEL: "
                                 "importe el padrón que la incluye o revise su código modular"),
                                ("that director's school is not in this UGEL's directory: import "
                                 "the directory that holds it or check its código modular")),
    "part_mismatch": (("no concuerda con las partes ya recibidas de la misma exportación: pida "
                       "que la exporten de nuevo"),
                      ("it does not agree with the parts already received of the same export: "
                       "ask for it to be exported again")),
    "parts_do_not_join": (("sus partes, unidas, no forman la exportación que declaran: pida que la "
                           "exporten de nuevo"),
                          ("its parts, joined, do not make the export they declare: ask for it to "
                           "be exported again")),
    "not_from_office": ("no viene de la UGEL de este equipo",
                        "it does not come from this installation's UGEL"),
}

# Why a change was kept in the log without being applied (`rejected list`).
_VERDICT_REASONS: dict[str, tuple[str, str]] = {
    "awaiting_creation": ("espera la creación del registro, que aún no llega",
                          "waits for the record's creation, which has not arrived yet"),
    "out_of_scope": ("el registro está fuera del ámbito del equipo que envió el cambio",
                     "the record is outside the scope of the device that sent the change"),
    "not_in_directory": ("la IE o el local del registro no está en el padrón de esta UGEL",
                         "the record's school or local is not in this UGEL's directory"),
    "identity_changed": ("cambia un campo que ubica al registro: esos campos no cambian",
                         "it changes a field that places the record: those never change"),
    "identity_mismatch": ("el lugar o la clave no corresponden al id del registro",
                          "the place or key does not match the record's id"),
    "attach_exactly_one": ("el registro debe pertenecer a exactamente un registro",
                           "the record must belong to exactly one other record"),
    "unknown_device": ("el equipo que lo envió no está inscrito o fue dado de baja",
                       "the device that sent it is not enrolled, or was revoked"),
    "not_canonical": ("el valor no está en la forma en que la aplicación lo guarda",
                      "the value is not in the form the app stores it"),
    "not_in_catalogue": ("el código no está en el catálogo de esta UGEL",
                         "the code is not in this UGEL's catalogue"),
    "malformed_json": ("el valor no es JSON válido", "the value is not valid JSON"),
    "office_only": ("solo la UGEL asigna IIEE a los especialistas",
                    "only the UGEL assigns schools to specialists"),
}


def describe_verdict(reason: str, params: dict[str, str], lang: Lang = "es") -> str:
    """Why a change was not applied: a merge rule, or the refusal a put would have given."""
    pair = _VERDICT_REASONS.get(reason)
    if pair is not None:
        return pair[1 if lang == "en" else 0]
    try:
        code = ErrorCode(reason)
    except ValueError:
        return reason
    return describe(MonitorError(code, **params), lang)


def describe_reason(reason: str, lang: Lang = "es") -> str:
    """A bundle outcome's reason code as words (the code itself if unknown)."""
    pair = _REASONS.get(reason)
    return reason if pair is None else pair[1 if lang == "en" else 0]
