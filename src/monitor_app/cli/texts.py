"""Sentences the command line prints (Spanish first, English), and argparse's own in Spanish."""

from __future__ import annotations

from monitor_app.cli import (
    texts_acta,
    texts_assignments,
    texts_backups,
    texts_commitments,
    texts_demo,
    texts_evidence,
    texts_keys,
    texts_reference,
    texts_reporting,
    texts_reports,
    texts_review,
    texts_visits,
)
from monitor_app.core.roles import Role

TEXTS: dict[str, tuple[str, str]] = {
    "description": (
        "Monitor de Campo: monitoreo de IIEE sin conexión. Sin subcomando abre la ventana.",
        "Monitor de Campo: offline school monitoring. Without a sub-command it opens the window.",
    ),
    "help_db": ("archivo de base de datos (por defecto: {default})", "database file (default: {default})"),
    "help_lang": ("idioma de los mensajes", "language of messages"),
    "help_json": ("salida en JSON", "output as JSON"),
    "help_init": ("configura este equipo: rol, nombre, UGEL y claves", "set up this installation: role, name, UGEL and keys"),
    "help_move": ("mueve una estación de oficina (archivo SQLite) a la base PostgreSQL de --db",
                  "move an office station (SQLite file) into the --db PostgreSQL database"),
    "help_move_file": ("el archivo .db de la estación", "the station's .db file"),
    "moved": (
        "Estación {role} «{name}» movida a {address}: {rows} filas, con sus claves y carpetas de paquetes.\nEl archivo quedó como {left}: no lo use más como estación.",
        "Station {role} '{name}' moved to {address}: {rows} rows, with its keys and bundle folders.\nThe file was left as {left}: do not use it as a station again.",
    ),
    "help_role": ("rol del equipo", "role of this installation"),
    "help_name": ("nombre de la persona u oficina", "name of the person or office"),
    "help_ugel": ("código de la UGEL (codooii, 6 dígitos)", "UGEL code (codooii, 6 digits)"),
    "help_school": ("código modular de la IE (solo director)", "the school's código modular (director only)"),
    "help_schools": ("padrón de IIEE: importar y buscar", "school directory: import and search"),
    "help_schools_import": ("importa el padrón (DBF, CSV o XLSX)", "import the directory (DBF, CSV or XLSX)"),
    "help_keep_contacts": ("guarda director, teléfono y correo (datos personales, Ley 29733)", "keep director, phone and e-mail (personal data, Ley 29733)"),
    "help_schools_search": ("busca por nombre, código modular, código de local o distrito", "search by name, código modular, código de local or district"),
    "help_limit": ("máximo de resultados", "maximum results"),
    "help_records": ("registros: visitas, compromisos…", "records: visits, commitments…"),
    "help_put": ("crea o actualiza registros desde JSON Lines (archivo o - para la entrada estándar)", "create or update records from JSON Lines (file, or - for standard input)"),
    "help_list": ("lista los registros, ordenados por id", "list records, sorted by id"),
    "help_delete": ("marca un registro como eliminado", "mark a record deleted"),
    "help_kinds": ("tipos de registro y sus campos", "record kinds and their fields"),
    "help_deleted": ("incluye los eliminados", "include deleted ones"),
    "help_version": ("muestra la versión", "show the version"),
    "init_done": (
        "Equipo configurado: {role} «{name}»{ugel}{school}.\nDispositivo: {device}\nHuella de la clave: {fingerprint}",
        "Installation set up: {role} '{name}'{ugel}{school}.\nDevice: {device}\nKey fingerprint: {fingerprint}",
    ),
    "init_school": (", IE {cod_mod}", ", school {cod_mod}"),
    "init_ugel": (", UGEL {ugel}", ", UGEL {ugel}"),
    "import_summary": (
        "{file} ({format}, {layout}): {rows} filas leídas; {new} nuevas, {updated} actualizadas, {unchanged} sin cambios, {rejected} rechazadas, {out_of_scope} fuera de ámbito.",
        "{file} ({format}, {layout}): {rows} rows read; {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected, {out_of_scope} out of scope.",
    ),
    "layout_schools": ("IIEE", "schools"),
    "layout_premises": ("locales", "premises"),
    "problem_line": ("  fila {row}: {issue} {detail}", "  row {row}: {issue} {detail}"),
    "more_problems": ("  … y {count} más (use --json para verlas todas)", "  … and {count} more (use --json to see them all)"),
    "issue_missing_code": ("sin código", "no code"),
    "issue_invalid_code": ("código no válido", "invalid code"),
    "issue_missing_name": ("sin nombre", "no name"),
    "issue_support_institution": ("no es IE (NIV_MOD = a, institución de apoyo)", "not a school (NIV_MOD = a, support institution)"),
    "issue_duplicate": ("duplicado de la fila {first_row}:", "duplicate of row {first_row}:"),
    "issue_out_of_scope": ("fuera de ámbito", "out of scope"),
    "no_results": ("Sin resultados.", "No results."),
    "put_summary": (
        "{kind}: {created} nuevos, {updated} actualizados, {unchanged} sin cambios.",
        "{kind}: {created} created, {updated} updated, {unchanged} unchanged.",
    ),
    "created_id": ("nuevo: {id}", "created: {id}"),
    "deleted": ("Eliminado: {kind} {id}", "Deleted: {kind} {id}"),
    "no_records": ("No hay registros en {kind}.", "There are no records in {kind}."),
    "unexpected": (
        "Error inesperado ({kind}). Ninguna operación queda a medias. Detalles en {log}",
        "Unexpected error ({kind}). No operation was left half done. Details in {log}",
    ),
    "usage_error": ("Uso incorrecto: {detail}. Vea monitor-app --help.", "Wrong usage: {detail}. See monitor-app --help."),
    "help_office": ("paquete de referencia publicado por la UGEL (monitor-app publish)", "reference bundle published by the UGEL (monitor-app publish)"),
    "help_publish": ("UGEL: publica el paquete de referencia (claves, padrón, acuses)", "UGEL: publish the reference bundle (keys, directory, acknowledgements)"),
    "help_publish_school": ("solo la IE de un(a) director(a)", "only one director's school"),
    "help_export": ("exporta los cambios aún no recibidos por la UGEL (en una oficina: por la oficina de arriba)", "export the changes the UGEL has not acknowledged (at an office: the office above)"),
    "help_verify": ("verifica un paquete sin fusionarlo", "verify a bundle without merging it"),
    "help_import": ("importa y fusiona paquetes", "import and merge bundles"),
    "help_accept_clock": ("acepta paquetes en cuarentena por reloj adelantado (tras revisarlos)", "accept bundles quarantined for a clock far ahead (after review)"),
    "help_devices": ("equipos inscritos en la UGEL", "devices enrolled at the UGEL"),
    "help_conflicts": ("ediciones en conflicto", "conflicting edits"),
    "help_gaps": ("rangos de cambios faltantes por equipo", "missing change ranges per device"),
    "help_rebuild": ("comprueba las tablas contra el registro de cambios", "check the tables against the change log"),
    "level_nacional": ("estación nacional", "national station"),
    "joined_office": ("Unido a la {level} «{office}»{ugel}.", "Joined {level} '{office}'{ugel}."),
    "office_fingerprint": ("Huella de la clave de la {level}: {fingerprint}. Confírmela con la {level} por teléfono.",
                           "Fingerprint of the {level}'s key: {fingerprint}. Confirm it with the {level} by phone."),
    "help_publish_for": ("escribe la respuesta para un equipo aprobado (o para todos con «all», uno por archivo en la carpeta --out): lo que le falta de su ámbito, cifrado para ese equipo",
                         "write the reply for one approved device (or for every one with 'all', one file each in the --out folder): what it lacks of its scope, encrypted to that device"),
    "help_publish_photos": ("con --for: incluye también las fotos de evidencia para especialistas (las de un director siempre van)",
                            "with --for: also carry the evidence photos for specialists (a director's always go)"),
    "reply_written": ("{file}: respuesta para «{device_name}» ({device_id}) — {relayed} cambios, {photos} fotos, cifrada para ese equipo.",
                      "{file}: reply for '{device_name}' ({device_id}) — {relayed} changes, {photos} photos, encrypted to that device."),
    "reply_merged": ("  Respuesta de la {level}: {new} cambios nuevos de otros equipos y de la {level} ({updated} aplicados), {photos} fotos; {conflicts} conflictos abiertos.",
                     "  Reply from the {level}: {new} new changes from other devices and the {level} ({updated} applied), {photos} photos; {conflicts} open conflicts."),
    "reply_skipped": ("Sin respuesta para «{device_name}» ({device_id}): su último paquete no trae la clave para cifrarle respuestas (lo hizo una versión anterior); pídale que exporte de nuevo e impórtelo.",
                      "No reply for '{device_name}' ({device_id}): its last bundle does not name the key to encrypt replies to (an earlier version made it); ask it to export again and import that."),
    "no_replies": ("No hay equipos aprobados que puedan recibir respuesta.",
                   "There are no approved devices that can receive a reply."),
    "help_export_photos": ("en una UGEL unida a su DRE (o una DRE unida a la estación nacional): lleva también las fotos de evidencia",
                           "at a UGEL joined to its DRE (or a DRE joined to the national station): carry the evidence photos too"),
    "help_join": ("une este equipo, ya configurado, a su oficina (la UGEL; de una UGEL, su DRE; de una DRE, la estación nacional) con el paquete de referencia; conserva sus registros",
                  "join this installation, already set up, to its office (the UGEL; a UGEL's, its DRE; a DRE's, the national station) with the reference bundle; keeps its records"),
    "published": ("Paquete de referencia: {file} ({size} bytes).", "Reference bundle: {file} ({size} bytes)."),
    "exported": ("Paquete exportado: {file} ({changes} cambios, {size} bytes, cifrado: {encrypted}).", "Bundle exported: {file} ({changes} changes, {size} bytes, encrypted: {encrypted})."),
    "outcome_merged": ("{file}: fusionado — {new} cambios nuevos, {updated} aplicados, {unchanged} ya conocidos; {conflicts} conflictos abiertos.", "{file}: merged — {new} new changes, {updated} applied, {unchanged} already known; {conflicts} open conflicts."),
    "outcome_reference": ("{file}: paquete de la {level} aplicado — {schools} IIEE nuevas o actualizadas, {instruments} versiones de instrumentos nuevas, {catalogue_entries} códigos de catálogo y {national_drills} fechas de simulacro al día; la {level} tiene sus cambios hasta el n.º {acknowledged}.", "{file}: bundle of the {level} applied — {schools} schools new or updated, {instruments} new instrument versions, {catalogue_entries} catalogue codes and {national_drills} drill dates updated; the {level} holds your changes up to no. {acknowledged}."),
    "outcome_already_imported": ("{file}: ya importado; no se cambió nada.", "{file}: already imported; nothing changed."),
    "outcome_verified": ("{file}: verificado; se puede importar.", "{file}: verified; it can be imported."),
    "outcome_held": ("{file}: retenido — equipo no inscrito: «{device_name}» ({role}), huella {fingerprint}. Inscríbalo con: monitor-app devices approve {device_id}", "{file}: held — device not enrolled: '{device_name}' ({role}), fingerprint {fingerprint}. Enrol it with: monitor-app devices approve {device_id}"),
    "outcome_quarantined": ("{file}: en cuarentena — {reason}{detail}. No se fusionó nada; el paquete se guardó para revisarlo.", "{file}: quarantined — {reason}{detail}. Nothing was merged; the bundle was kept for review."),
    "outcome_refused": ("{file}: rechazado — {reason}{detail}. No se fusionó nada.", "{file}: refused — {reason}{detail}. Nothing was merged."),
    "device_line": ("{device_id}  {status:9} {role:12} {name}  UGEL {ugel}  huella {fingerprint}", "{device_id}  {status:9} {role:12} {name}  UGEL {ugel}  fingerprint {fingerprint}"),
    "no_conflicts": ("No hay conflictos abiertos.", "There are no open conflicts."),
    "conflict_line": ("{id}  {table} {record_id} {column}: se muestra {shown} ({shown_id}); también {others}", "{id}  {table} {record_id} {column}: shows {shown} ({shown_id}); also {others}"),
    "conflict_resolved": ("Conflicto {id} cerrado.", "Conflict {id} closed."),
    "gaps_line": ("{device_id}: completo hasta {high_water}, último {last_seq}, faltan {ranges}", "{device_id}: complete up to {high_water}, last {last_seq}, missing {ranges}"),
    "rebuild_ok": ("Las tablas coinciden con el registro de cambios.", "The tables match the change log."),
    "rebuild_differences": ("{count} diferencias entre las tablas y el registro de cambios.", "{count} differences between the tables and the change log."),
    "progress": ("\rImportando… {done}/{total}", "\rImporting… {done}/{total}"),
    "absent_columns": (
        "  columnas que el archivo no trae (se conservan sus valores): {columns}",
        "  columns the file lacks (stored values kept): {columns}",
    ),
    # bundles in parts for e-mail (issue 9 §4)
    "help_split_mb": (
        "escribe el paquete en partes de hasta N MB (1 MB = 1 000 000 bytes; se admiten decimales) para enviarlas por correo o mensajería; --out es entonces una carpeta. El correo agrega cerca de un tercio al codificar los adjuntos: para un límite de 20 MB use 15",
        "write the bundle as parts of at most N MB each (1 MB = 1,000,000 bytes; decimals allowed) to send by e-mail or messaging apps; --out is then a folder. E-mail adds about a third when it encodes attachments: for a 20 MB limit use 15",
    ),
    "split_mb_invalid": ("«{value}» no es un tamaño en MB mayor que cero", "'{value}' is not a size in MB above zero"),
    "exported_parts": (
        "Paquete exportado en {count} partes de hasta {limit_mb} MB ({changes} cambios, {size} bytes, cifrado), exportación {export_id}:",
        "Bundle exported as {count} parts of at most {limit_mb} MB ({changes} changes, {size} bytes, encrypted), export {export_id}:",
    ),
    "exported_parts_hint": (
        "Envíe todas las partes (en uno o varios correos). La UGEL las importa en cualquier orden, juntas o por separado; nada se fusiona hasta que llegan todas.",
        "Send every part (in one e-mail or several). The UGEL imports them in any order, together or apart; nothing merges until all have arrived.",
    ),
    "part_which": ("parte {part} de {count} de la exportación {export} ({whole})", "part {part} of {count} of export {export} ({whole})"),
    "part_verified": ("{file}: {which}, íntegra.", "{file}: {which}, intact."),
    "part_received": ("recibida", "received"),
    "part_repeated": ("repetida: ya se había recibido, no cambió nada", "repeated: it had been received already, nothing changed"),
    "part_incomplete": (
        "{file}: {which} {received}; incompleto: {missing}. No se fusionó nada: importe las que faltan.",
        "{file}: {which} {received}; incomplete: {missing}. Nothing was merged: import the missing ones.",
    ),
    "missing_one": ("falta la parte {parts} de {count}", "part {parts} of {count} is missing"),
    "missing_many": ("faltan las partes {parts} de {count}", "parts {parts} of {count} are missing"),
    "word_and": ("y", "and"),
    "part_other_export": (
        "  Aquí esperan también partes de otra exportación del mismo equipo: {export} ({whole}; {missing}). Las partes de exportaciones distintas no se unen: cada una necesita todas las suyas (basta la más reciente, que lleva todo lo pendiente).",
        "  Parts of another export of the same device wait here too: {export} ({whole}; {missing}). Parts of different exports never join: each needs all of its own (the newest is enough: it carries everything pending).",
    ),
    "part_completes": ("{file}: {which} recibida; la exportación está completa:", "{file}: {which} received; the export is complete:"),
    "part_joined": (
        "{file}: {which} recibida; la exportación se completó con {completed_by}.",
        "{file}: {which} received; the export was completed by {completed_by}.",
    ),
    "part_already_imported": ("{file}: {which}: ya importada; no se cambió nada.", "{file}: {which}: already imported; nothing changed."),
    "part_refused": (
        "{file}: parte rechazada{which} — {reason}{detail}. No se guardó; las partes recibidas antes se conservan.",
        "{file}: part refused{which} — {reason}{detail}. It was not kept; the parts received before are kept.",
    ),
    "parts_dropped": (
        "{file}: exportación rechazada{which} — {reason}{detail}. No se fusionó nada y se descartaron sus partes.",
        "{file}: export refused{which} — {reason}{detail}. Nothing was merged and its parts were dropped.",
    ),
}

TEXTS |= (
    texts_reference.TEXTS
    | texts_commitments.TEXTS
    | texts_evidence.TEXTS
    | texts_reports.TEXTS
    | texts_demo.TEXTS
    | texts_acta.TEXTS
    | texts_review.TEXTS
    | texts_assignments.TEXTS
    | texts_visits.TEXTS
    | texts_backups.TEXTS
    | texts_keys.TEXTS
    | texts_reporting.TEXTS
)

# argparse's messages (argparse looks its strings up through gettext at call time).
ARGPARSE_ES: dict[str, str] = {
    "usage: ": "uso: ",
    "options": "opciones",
    "positional arguments": "argumentos",
    "show this help message and exit": "muestra esta ayuda y termina",
    "the following arguments are required: %s": "faltan los argumentos obligatorios: %s",
    "unrecognized arguments: %s": "argumentos no reconocidos: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "opción no válida: %(value)r (elija entre %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "expected one argument": "se esperaba un valor",
    "invalid %(type)s value: %(value)r": "valor %(type)s no válido: %(value)r",
    "one of the arguments %s is required": "se requiere uno de los argumentos %s",
    "argument %s: not allowed with argument %s": "argumento %s: no se permite junto con %s",
    "not allowed with argument %s": "no se permite junto con %s",
}


def level_name(role: Role, lang: str) -> str:
    """How an office level reads in a sentence: its code (UGEL, DRE), or the national
    station's name."""
    return text("level_nacional", lang) if role is Role.NACIONAL else role.value.upper()


def text(key: str, lang: str, **values: object) -> str:
    template = TEXTS[key][1 if lang == "en" else 0]
    return template.format(**values) if values else template
