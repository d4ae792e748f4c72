"""What each refusal says to a person, in Spanish (default) and English. Faces share it."""

from __future__ import annotations

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.backup_messages import BACKUP_MESSAGES
from monitor_app.services.messages_installation import INSTALLATION_MESSAGES
from monitor_app.services.messages_national import NATIONAL_MESSAGES
from monitor_app.services.messages_postgres import POSTGRES_MESSAGES

Lang = str  # "es" | "en"
LANGUAGES = ("es", "en")

_MESSAGES: dict[ErrorCode, tuple[str, str]] = {
    ErrorCode.DB_NOT_FOUND: (
        "La base de datos {path} no existe. Créela con: monitor-app --db {path} init --role ROL --name NOMBRE --ugel CODOOII",
        "The database {path} does not exist. Create it with: monitor-app --db {path} init --role ROLE --name NAME --ugel CODOOII",
    ),
    ErrorCode.DB_NOT_MONITOR: (
        "{path} no es una base de datos de Monitor de Campo (o está dañada). Elija otro archivo con --db.",
        "{path} is not a Monitor de Campo database (or it is damaged). Choose another file with --db.",
    ),
    ErrorCode.DB_NEWER_SCHEMA: (
        "La base de datos {path} fue creada por una versión más nueva de Monitor de Campo. Actualice la aplicación.",
        "The database {path} was made by a newer version of Monitor de Campo. Update the app.",
    ),
    ErrorCode.DB_NOT_INITIALISED: (
        "Este equipo aún no está configurado ({path}). Ejecute primero: monitor-app init --role ROL --name NOMBRE --ugel CODOOII",
        "This installation is not set up yet ({path}). First run: monitor-app init --role ROLE --name NAME --ugel CODOOII",
    ),
    ErrorCode.DB_READ_ONLY: (
        "No se puede escribir en {path}: el archivo o el disco es de solo lectura. Copie la base a una carpeta con permiso de escritura.",
        "Cannot write to {path}: the file or disk is read-only. Copy the database to a writable folder.",
    ),
    ErrorCode.DB_LOCKED: (
        "La base de datos {path} está ocupada por otro programa. Ciérrelo e intente de nuevo.",
        "The database {path} is in use by another program. Close it and try again.",
    ),
    ErrorCode.DISK_FULL: (
        "El disco está lleno ({path}). No se guardó nada. Libere espacio e intente de nuevo.",
        "The disk is full ({path}). Nothing was saved. Free some space and try again.",
    ),
    ErrorCode.ALREADY_INITIALISED: (
        "Este equipo ya está configurado (dispositivo {device}). No se cambió nada.",
        "This installation is already set up (device {device}). Nothing was changed.",
    ),
    ErrorCode.SCHOOL_REQUIRED_FOR_DIRECTOR: (
        "Un(a) director(a) debe indicar el código modular de su IE (--school en la línea de comandos).",
        "A director must give their school's código modular (--school on the command line).",
    ),
    ErrorCode.SCHOOL_NOT_ALLOWED_FOR_ROLE: (
        "El rol {role} no se limita a una IE: no indique código modular.",
        "The {role} role is not limited to one school: give no código modular.",
    ),
    ErrorCode.INVALID_UGEL_CODE: (
        "Código de UGEL no válido: «{value}». Debe tener 6 dígitos (p. ej. 150105).",
        "Invalid UGEL code: '{value}'. It must have 6 digits (e.g. 150105).",
    ),
    ErrorCode.INVALID_COD_MOD: (
        "Código modular no válido: «{value}». Debe tener 7 dígitos (p. ej. 0335273).",
        "Invalid código modular: '{value}'. It must have 7 digits (e.g. 0335273).",
    ),
    ErrorCode.INVALID_NAME: (
        "Nombre no válido: «{value}». Escriba entre 1 y 120 caracteres.",
        "Invalid name: '{value}'. Write 1 to 120 characters.",
    ),
    ErrorCode.UNKNOWN_KIND: (
        "Tipo de registro desconocido: «{kind}». Tipos disponibles: {known}.",
        "Unknown record kind: '{kind}'. Available kinds: {known}.",
    ),
    ErrorCode.UNKNOWN_FIELD: (
        "Campo desconocido «{field}» en {kind}. Campos válidos: {known}.",
        "Unknown field '{field}' in {kind}. Valid fields: {known}.",
    ),
    ErrorCode.WRONG_TYPE: (
        "El campo «{field}» debe ser de tipo {expected}; se recibió {value}.",
        "Field '{field}' must be of type {expected}; got {value}.",
    ),
    ErrorCode.INVALID_VALUE: (
        "Valor no válido para «{field}»: «{value}». Se espera: {allowed}.",
        "Invalid value for '{field}': '{value}'. Expected: {allowed}.",
    ),
    ErrorCode.REQUIRED_FIELD: (
        "Falta el campo obligatorio «{field}».",
        "The required field '{field}' is missing.",
    ),
    ErrorCode.READ_ONLY_FIELD: (
        "El campo «{field}» no se puede escribir directamente.",
        "The field '{field}' cannot be written directly.",
    ),
    ErrorCode.MALFORMED_JSON: (
        "JSON mal formado: {detail}. Cada línea debe ser un objeto JSON.",
        "Malformed JSON: {detail}. Each line must be a JSON object.",
    ),
    ErrorCode.NOT_AN_OBJECT: (
        "Cada línea debe ser un objeto JSON con los campos de {kind}.",
        "Each line must be a JSON object with the fields of {kind}.",
    ),
    ErrorCode.RECORD_NOT_FOUND: (
        "No existe el registro {id} en {kind}.",
        "There is no record {id} in {kind}.",
    ),
    ErrorCode.REFERENCE_NOT_FOUND: (
        "«{field}» apunta a un registro que no existe: {value}.",
        "'{field}' points to a record that does not exist: {value}.",
    ),
    ErrorCode.SCHOOL_NOT_FOUND: (
        "La IE {cod_mod} (anexo {anexo}) no está en el padrón de este equipo. Importe el padrón primero (monitor-app schools import ARCHIVO).",
        "School {cod_mod} (anexo {anexo}) is not in this installation's directory. Import the directory first (monitor-app schools import FILE).",
    ),
    ErrorCode.OUT_OF_SCOPE: (
        "La IE {cod_mod} está fuera del ámbito de este equipo. No se guardó nada.",
        "School {cod_mod} is outside this installation's scope. Nothing was saved.",
    ),
    ErrorCode.FILE_NOT_FOUND: (
        "No se encontró el archivo {path}.",
        "File not found: {path}.",
    ),
    ErrorCode.FILE_UNREADABLE: (
        "No se pudo leer {path}: {detail}.",
        "Could not read {path}: {detail}.",
    ),
    ErrorCode.UNKNOWN_FILE_FORMAT: (
        "{path} no es un padrón en formato DBF, CSV ni XLSX.",
        "{path} is not a directory file in DBF, CSV or XLSX format.",
    ),
    ErrorCode.DBF_BAD_HEADER: (
        "El archivo DBF {path} tiene la cabecera dañada ({detail}). Descárguelo de nuevo de ESCALE.",
        "The DBF file {path} has a damaged header ({detail}). Download it again from ESCALE.",
    ),
    ErrorCode.DBF_TRUNCATED: (
        "El archivo DBF {path} está incompleto: los datos terminan en el registro {row}. Descárguelo de nuevo. No se importó nada.",
        "The DBF file {path} is incomplete: data ends at record {row}. Download it again. Nothing was imported.",
    ),
    ErrorCode.MISSING_COLUMNS: (
        "Al archivo {path} le faltan las columnas obligatorias: {columns}.",
        "The file {path} lacks the required columns: {columns}.",
    ),
    ErrorCode.XLSX_INVALID: (
        "{path} no es un libro de Excel válido ({detail}).",
        "{path} is not a valid Excel workbook ({detail}).",
    ),
    ErrorCode.CSV_INVALID: (
        "El archivo CSV {path} no se puede leer ({detail}).",
        "The CSV file {path} cannot be read ({detail}).",
    ),
    ErrorCode.CANCELLED: (
        "Operación cancelada. No se cambió nada.",
        "Operation cancelled. Nothing was changed.",
    ),
    ErrorCode.COMMITMENT_NOT_OPEN: (
        "El compromiso {id} ya no está abierto ({status}): solo se informa el cumplimiento de un compromiso pendiente o en proceso.",
        "Commitment {id} is no longer open ({status}): only a pending or in-progress commitment can be reported kept.",
    ),
    ErrorCode.REPORT_BY_SCHOOL_OR_OFFICE: (
        "El cumplimiento de un compromiso lo informa la dirección de la IE (o la UGEL en su nombre); el especialista lo verifica en la próxima visita (monitor-app commitments verify).",
        "A commitment is reported kept by the school's director (or by the UGEL on their behalf); the specialist verifies it at the next visit (monitor-app commitments verify).",
    ),
    ErrorCode.ROLE_FORBIDS: (
        "Un equipo con rol {role} no puede {action}.",
        "An installation with role {role} cannot {action}.",
    ),
    ErrorCode.BUNDLE_REFUSED: (
        "Paquete rechazado ({reason}). No se cambió nada.",
        "Bundle refused ({reason}). Nothing was changed.",
    ),
    ErrorCode.NOT_AN_OFFICE_BUNDLE: (
        "{path} no es un paquete de referencia de una UGEL. Pida a su UGEL el paquete publicado con monitor-app publish.",
        "{path} is not a UGEL reference bundle. Ask your UGEL for the bundle made with monitor-app publish.",
    ),
    ErrorCode.OFFICE_MISMATCH: (
        "El paquete {path} no está firmado por la UGEL de este equipo. No se cambió nada.",
        "The bundle {path} is not signed by this installation's UGEL. Nothing was changed.",
    ),
    ErrorCode.DIRECTOR_BUNDLE_MISMATCH: (
        "El paquete de la UGEL es para la IE {bundle_school}, no para {school}. Pida el paquete de su IE.",
        "The UGEL bundle is for school {bundle_school}, not {school}. Ask for your school's bundle.",
    ),
    ErrorCode.DEVICE_NOT_FOUND: (
        "No hay ningún equipo {device} registrado. Vea monitor-app devices list.",
        "No device {device} is known. See monitor-app devices list.",
    ),
    ErrorCode.CONFLICT_NOT_FOUND: (
        "No hay ningún conflicto abierto {id}. Vea monitor-app conflicts list.",
        "There is no open conflict {id}. See monitor-app conflicts list.",
    ),
    ErrorCode.NOT_IN_CONFLICT: (
        "El valor {value} no es uno de los valores del conflicto {id}.",
        "The value {value} is not one of the values of conflict {id}.",
    ),
    ErrorCode.LOCAL_NOT_FOUND: (
        "El local {codlocal} no está en el padrón de esta instalación. Importe el padrón o revise el código de local.",
        "Local {codlocal} is not in this installation's directory. Import the directory or check the código de local.",
    ),
    ErrorCode.VISIT_INCOMPLETE: (
        "No se puede cerrar la visita: en {instrument} v{version} faltan respuestas obligatorias ({missing}) o evidencias ({without_evidence}). Complételas o deje la visita en curso.",
        "The visit cannot be closed: {instrument} v{version} lacks required answers ({missing}) or evidence ({without_evidence}). Complete them or leave the visit in progress.",
    ),
    ErrorCode.KEY_FIELD_CHANGED: (
        "«{field}» identifica o ubica al registro ({kind}) y no puede cambiarse. Si está mal, elimine el registro y cree uno nuevo.",
        "'{field}' identifies or places the record ({kind}) and cannot be changed. If it is wrong, delete the record and create a new one.",
    ),
    ErrorCode.TEXT_NOT_ENCODABLE: (
        "«{field}» contiene caracteres que no forman texto válido (un código \\ud800 suelto, por ejemplo). Corrija el texto. No se guardó nada.",
        "'{field}' holds characters that are not valid text (a lone \\ud800 code, for example). Correct the text. Nothing was saved.",
    ),
    ErrorCode.NOT_JOINED: (
        "Este equipo aún no se unió a su UGEL: no tiene a quién cifrar el paquete, y los datos de campo no salen sin cifrar (Ley 29733). Pida a su UGEL su paquete de referencia y ejecute: monitor-app join ARCHIVO",
        "This installation has not joined its UGEL yet: there is no one to encrypt the bundle to, and field data never leaves unencrypted (Ley 29733). Ask your UGEL for its reference bundle and run: monitor-app join FILE",
    ),
    ErrorCode.ALREADY_JOINED: (
        "Este equipo ya está unido a {office} (UGEL {ugel}). No se cambió nada.",
        "This installation has already joined {office} (UGEL {ugel}). Nothing was changed.",
    ),
    ErrorCode.OFFICE_OF_ANOTHER_UGEL: (
        "El paquete es de {office} (UGEL {office_ugel}), pero este equipo es de la UGEL {ugel}. Pida el paquete de su UGEL. No se cambió nada.",
        "The bundle is from {office} (UGEL {office_ugel}), but this installation belongs to UGEL {ugel}. Ask your own UGEL for its bundle. Nothing was changed.",
    ),
    ErrorCode.REPLY_FOR_ANOTHER_DEVICE: (
        "{path} es una respuesta de la UGEL para otro equipo: impórtela en ese equipo. No se cambió nada.",
        "{path} is the UGEL's reply for another device: import it there. Nothing was changed.",
    ),
    ErrorCode.DEVICE_WITHOUT_REPLY_KEY: (
        "El equipo {device} aún no envió un paquete con su clave para respuestas (lo hizo una versión anterior): pídale que exporte de nuevo e impórtelo.",
        "Device {device} has not sent a bundle with its key for replies yet (an earlier version made it): ask it to export again and import that.",
    ),
    ErrorCode.UGEL_OR_OFFICE_REQUIRED: (
        "Indique el código de su UGEL (--ugel 150105) o el paquete de referencia de su UGEL (--office ARCHIVO).",
        "Give your UGEL's code (--ugel 150105) or your UGEL's reference bundle (--office FILE).",
    ),
    ErrorCode.OFFICE_OF_WRONG_LEVEL: (
        "El paquete {path} es de la estación {bundle_role}: un equipo {role} se une a la estación {expected}. No se cambió nada.",
        "The bundle {path} comes from the {bundle_role} station: a {role} installation joins the {expected} station. Nothing was changed.",
    ),
    ErrorCode.SCHOOL_WITH_REPLY: (
        "--school es para el paquete de referencia de un director; una respuesta (--for) ya lleva el ámbito de su equipo. Use una de las dos.",
        "--school is for a director's reference bundle; a reply (--for) already carries its device's scope. Use one or the other.",
    ),
    ErrorCode.PHOTOS_ONLY_IN_REPLIES: (
        "--photos va con --for: el paquete de referencia no lleva fotos.",
        "--photos goes with --for: a reference bundle carries no photos.",
    ),
    ErrorCode.ID_NOT_FOR_NEW_RECORD: (
        "No existe el registro {id} en {kind}. Para crear un registro nuevo omita «id»: la aplicación le asigna uno.",
        "There is no record {id} in {kind}. To create a new record leave out 'id': the app gives it one.",
    ),
    ErrorCode.DUPLICATE_RECORD: (
        "Ya existe un registro de {kind} con {field} = «{value}». Use otro valor o actualice el existente (id {id}).",
        "A {kind} record with {field} = '{value}' already exists. Use another value or update the existing one (id {id}).",
    ),
    ErrorCode.DATE_IN_FUTURE: (
        "«{field}» no puede ser una fecha futura ({value}; hoy es {today}).",
        "'{field}' cannot be a future date ({value}; today is {today}).",
    ),
    ErrorCode.DATE_BEFORE: (
        "«{field}» ({value}) no puede ser anterior a «{other}» ({other_value}).",
        "'{field}' ({value}) cannot be earlier than '{other}' ({other_value}).",
    ),
    ErrorCode.OUT_OF_RANGE: (
        "«{field}» = {value} está fuera del rango permitido ({allowed}).",
        "'{field}' = {value} is outside the allowed range ({allowed}).",
    ),
    ErrorCode.INVALID_ISBN: (
        "ISBN no válido en «{field}»: «{value}». Revise los dígitos (ISBN-10 o ISBN-13 con dígito de control correcto).",
        "Invalid ISBN in '{field}': '{value}'. Check the digits (ISBN-10 or ISBN-13 with a correct check digit).",
    ),
    ErrorCode.NOT_IN_CATALOGUE: (
        "«{value}» no está en el catálogo {catalogue} (campo «{field}»). Valores: {allowed}. La UGEL puede ampliarlo con: monitor-app catalogues import ARCHIVO",
        "'{value}' is not in the {catalogue} catalogue (field '{field}'). Values: {allowed}. The UGEL can extend it with: monitor-app catalogues import FILE",
    ),
    ErrorCode.LOOKS_LIKE_DNI: (
        "«{field}» parece contener un DNI. Registre a los estudiantes solo con alias o iniciales (Ley 29733).",
        "'{field}' seems to hold a DNI. Record students by alias or initials only (Ley 29733).",
    ),
    ErrorCode.INSTRUMENT_NOT_FOUND: (
        "No existe el instrumento «{instrument}» versión {version}. Vea los disponibles con: monitor-app instruments list",
        "There is no instrument '{instrument}' version {version}. See the available ones with: monitor-app instruments list",
    ),
    ErrorCode.INSTRUMENT_INVALID: (
        "El instrumento {file} no es válido: {problem} (en {where}). No se cargó nada.",
        "The instrument {file} is not valid: {problem} (at {where}). Nothing was loaded.",
    ),
    ErrorCode.ITEM_NOT_FOUND: (
        "El ítem «{item}» no existe en el instrumento {instrument} versión {version}.",
        "Item '{item}' does not exist in instrument {instrument} version {version}.",
    ),
    ErrorCode.ANSWER_OUT_OF_SCALE: (
        "Respuesta no válida para el ítem «{item}»: «{value}». Se espera: {allowed}.",
        "Invalid answer for item '{item}': '{value}'. Expected: {allowed}.",
    ),
    ErrorCode.EVIDENCE_NOT_AN_IMAGE: (
        "{file} no es una imagen que se pueda leer (JPEG, PNG, WEBP...). No se guardó nada.",
        "{file} is not a readable image (JPEG, PNG, WEBP...). Nothing was saved.",
    ),
    ErrorCode.EVIDENCE_TOO_LARGE: (
        "{file} pesa {size_mb} MB; el máximo es {limit_mb} MB. Reduzca la foto e intente de nuevo.",
        "{file} is {size_mb} MB; the limit is {limit_mb} MB. Make the photo smaller and try again.",
    ),
    ErrorCode.EVIDENCE_NOT_FOUND: (
        "No hay evidencia con el código {sha256} en esta base de datos.",
        "There is no evidence with code {sha256} in this database.",
    ),
    ErrorCode.ATTACH_EXACTLY_ONE: (
        "Una evidencia se adjunta a un solo registro: indique exactamente uno de {fields}.",
        "A piece of evidence is attached to one record: give exactly one of {fields}.",
    ),
    ErrorCode.QUANTITY_BELOW_ZERO: (
        "El movimiento deja el ejemplar «{copy}» con cantidad {quantity}. La cantidad no puede ser negativa.",
        "The movement leaves copy '{copy}' with quantity {quantity}. A quantity cannot be negative.",
    ),
    ErrorCode.COPY_NOT_AVAILABLE: (
        "No quedan ejemplares de «{copy}» para prestar ({on_loan} prestados de {quantity}).",
        "No copies of '{copy}' are left to lend ({on_loan} on loan out of {quantity}).",
    ),
    ErrorCode.CATALOGUE_INVALID: (
        "El catálogo {file} no es válido: {problem}. No se cargó nada.",
        "The catalogue {file} is not valid: {problem}. Nothing was loaded.",
    ),
    ErrorCode.INSTRUMENT_VERSION_EXISTS: (
        "El instrumento «{instrument}» versión {version} ya está cargado con otro contenido; una versión publicada no cambia. Suba la versión (p. ej. \"version\": {next}) y vuelva a importarlo. No se cargó nada.",
        "Instrument '{instrument}' version {version} is already loaded with other content; a published version never changes. Raise the version (e.g. \"version\": {next}) and import it again. Nothing was loaded.",
    ),
    ErrorCode.REPORT_FOLDER_NOT_FOUND: (
        "La carpeta {path} no existe. Elija una carpeta existente para el informe.",
        "The folder {path} does not exist. Choose an existing folder for the report.",
    ),
    ErrorCode.REPORT_NOT_WRITTEN: (
        "No se pudo escribir el informe {path}: {detail}. No quedó ningún archivo a medias.",
        "Could not write the report {path}: {detail}. No partial file was left.",
    ),
    ErrorCode.DEVICE_NOT_HELD: (
        "El equipo {device} no está en espera (ya se aprobó o se dio de baja): solo se rechaza un equipo en espera. Para dar de baja uno aprobado, use: monitor-app devices revoke {device}",
        "Device {device} is not held (it was approved or revoked already): only a held device is refused. To revoke an approved one, use: monitor-app devices revoke {device}",
    ),
    ErrorCode.DEVICE_REVOKED: (
        "El equipo {device} fue dado de baja; aprobarlo no lo vuelve a habilitar. Si debe volver a enviar paquetes, use: monitor-app devices approve {device} --reinstate",
        "Device {device} was revoked; approving it does not enable it again. If it must send bundles again, use: monitor-app devices approve {device} --reinstate",
    ),
    ErrorCode.TARGET_NOT_WRITABLE: (
        "No se puede escribir en {path}: la carpeta o el disco es de solo lectura o no tiene permiso. Elija otra carpeta. No se escribió nada.",
        "Cannot write to {path}: the folder or disk is read-only or not permitted. Choose another folder. Nothing was written.",
    ),
    ErrorCode.WRITE_FAILED: (
        "No se pudo escribir {path}: {detail}. No quedó ningún archivo a medias.",
        "Could not write {path}: {detail}. No partial file was left.",
    ),
    ErrorCode.PARTS_NEED_FOLDER: (
        "Para exportar en partes, --out debe ser una carpeta que exista: {path} no lo es. No se exportó nada.",
        "To export in parts, --out must be an existing folder: {path} is not one. Nothing was exported.",
    ),
    ErrorCode.PART_SIZE_TOO_SMALL: (
        "--split-mb {size_mb}: cada parte debe tener al menos {min_mb} MB. No se exportó nada.",
        "--split-mb {size_mb}: each part must be at least {min_mb} MB. Nothing was exported.",
    ),
    ErrorCode.TOO_MANY_PARTS: (
        "Con partes de {size_mb} MB la exportación ({whole_mb} MB) daría {count} partes; el máximo es {max}. Elija un --split-mb mayor. No se escribió ninguna parte.",
        "With parts of {size_mb} MB the export ({whole_mb} MB) would make {count} parts; the most is {max}. Choose a larger --split-mb. No part was written.",
    ),
    ErrorCode.DEMO_INSTALLATION: (
        "{path} es una instalación de demostración: sus datos son inventados, así que nunca se exportan ni se unen a una UGEL. No se cambió nada. Para trabajar con datos reales, configure el equipo con el paquete de referencia de su UGEL en su base de datos habitual.",
        "{path} is a demo installation: its data is made up, so it is never exported nor joined to a UGEL. Nothing was changed. To work with real data, set up the installation with your UGEL's reference bundle in your usual database.",
    ),
    ErrorCode.NOT_A_SPECIALIST: (
        "El equipo {device} ({name}) no es un especialista aprobado en esta UGEL ({role}, {status}): solo se asignan IIEE a especialistas aprobados.",
        "Device {device} ({name}) is not an approved specialist of this UGEL ({role}, {status}): schools are assigned only to approved specialists.",
    ),
    ErrorCode.DEVICE_NAME_AMBIGUOUS: (
        "Hay varios equipos llamados «{name}» ({ids}). Indique el id del equipo.",
        "Several devices are called '{name}' ({ids}). Give the device id.",
    ),
    ErrorCode.NOT_ASSIGNED: (
        "La IE {cod_mod} (anexo {anexo}) no está asignada a {name}. No se cambió nada.",
        "School {cod_mod} (anexo {anexo}) is not assigned to {name}. Nothing was changed.",
    ),
}

_MESSAGES.update(BACKUP_MESSAGES)
_MESSAGES.update(INSTALLATION_MESSAGES)
_MESSAGES.update(POSTGRES_MESSAGES)
_MESSAGES.update(NATIONAL_MESSAGES)

_LINE_PREFIX = ("línea {line}: ", "line {line}: ")


class _Blank(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "?"


def describe(error: MonitorError, lang: Lang = "es") -> str:
    """One clear sentence for a refusal."""
    index = 1 if lang == "en" else 0
    template = _MESSAGES[error.code][index]
    params = dict(error.params)
    if error.code is ErrorCode.BUNDLE_REFUSED:
        from monitor_app.services.sync_messages import describe_reason  # it imports this module

        params["reason"] = describe_reason(str(params.get("reason", "")), lang)
    text = template.format_map(_Blank(params))
    if error.line is not None:
        text = _LINE_PREFIX[index].format(line=error.line) + text
    return text


def has_message(code: ErrorCode) -> bool:
    return code in _MESSAGES

