"""Refusals of a PostgreSQL station (D44). Spanish and English."""

from __future__ import annotations

from monitor_app.core.errors import ErrorCode

POSTGRES_MESSAGES: dict[ErrorCode, tuple[str, str]] = {
    ErrorCode.PG_PASSWORD_IN_ADDRESS: (
        "La dirección de la base de datos lleva una contraseña ({address}). No la escriba en la línea de comandos (queda en el historial): póngala en la variable PGPASSWORD o en el archivo ~/.pgpass. No se cambió nada.",
        "The database address carries a password ({address}). Do not type it on the command line (it stays in the history): put it in the PGPASSWORD variable or the ~/.pgpass file. Nothing was changed.",
    ),
    ErrorCode.PG_DRIVER_MISSING: (
        "Esta instalación no trae el controlador de PostgreSQL. Instálelo con: pip install \"psycopg[binary]\" (o, en la carpeta del programa, pip install \".[postgres]\"; solo lo necesita una estación de la UGEL, la DRE o nacional).",
        "This installation does not carry the PostgreSQL driver. Install it with: pip install \"psycopg[binary]\" (or, in the program's folder, pip install \".[postgres]\"; only a UGEL, DRE or national station needs it).",
    ),
    ErrorCode.PG_UNREACHABLE: (
        "No se pudo abrir la base de datos {address}: {reason}. Revise que el servidor esté encendido, la dirección, el usuario y la contraseña (PGPASSWORD o ~/.pgpass). No se cambió nada.",
        "Could not open the database {address}: {reason}. Check that the server is running, the address, the user and the password (PGPASSWORD or ~/.pgpass). Nothing was changed.",
    ),
    ErrorCode.PG_STATEMENT_FAILED: (
        "El servidor PostgreSQL rechazó una operación ({reason}). No se cambió nada; si se repite, consulte al administrador de la base de datos.",
        "The PostgreSQL server refused an operation ({reason}). Nothing was changed; if it happens again, ask the database's administrator.",
    ),
    ErrorCode.PG_NOT_A_STATION_YET: (
        "La base de datos {address} está vacía: todavía no es una estación. Configúrela con: monitor-app --db {address} init --role dre --name NOMBRE (o --role ugel --ugel CODOOII, o --role nacional), o traiga una estación existente con: monitor-app --db {address} move ARCHIVO.db",
        "The database {address} is empty: it is not a station yet. Set it up with: monitor-app --db {address} init --role dre --name NAME (or --role ugel --ugel CODOOII, or --role nacional), or bring an existing station with: monitor-app --db {address} move FILE.db",
    ),
    ErrorCode.PG_NOT_IN_WINDOW: (
        "La ventana no abre una estación PostgreSQL ({address}): esa estación se maneja con los comandos de monitor-app (monitor-app --db {address} import …), y sus datos se miran con las vistas reporting.* desde una herramienta de BI (docs/national.md).",
        "The window does not open a PostgreSQL station ({address}): that station is run with monitor-app's commands (monitor-app --db {address} import …), and its data is looked at through the reporting.* views from a BI tool (docs/national.md).",
    ),
    ErrorCode.MOVE_NEEDS_SERVER: (
        "move lleva una estación a PostgreSQL: indique la base de destino con --db postgresql://USUARIO@SERVIDOR:PUERTO/BASE.",
        "move takes a station to PostgreSQL: name the target database with --db postgresql://USER@HOST:PORT/DBNAME.",
    ),
    ErrorCode.PG_ROLE_NOT_OFFICE: (
        "Una base de datos PostgreSQL es solo para estaciones de la UGEL, la DRE o nacional; un equipo de {role} guarda sus datos en su propio archivo (sin --db postgresql://…).",
        "A PostgreSQL database is only for a UGEL, DRE or national station; a {role} installation keeps its data in its own file (no --db postgresql://…).",
    ),
    ErrorCode.REPORTING_NEEDS_POSTGRES: (
        "Las vistas de reportes (esquema reporting) y su lista de verificación guardada existen solo en una estación PostgreSQL (--db postgresql://…): un archivo SQLite no tiene esquemas. No se cambió nada.",
        "The reporting views (the reporting schema) and their stored checklist exist only on a PostgreSQL station (--db postgresql://…): an SQLite file has no schemas. Nothing was changed.",
    ),
    ErrorCode.REPORTING_ROLE_MISSING: (
        "El rol {role} no existe en el servidor. El administrador de la base de datos lo crea primero (CREATE ROLE {role} LOGIN; ver docs/national.md). No se cambió nada.",
        "The role {role} does not exist on the server. The database's administrator creates it first (CREATE ROLE {role} LOGIN; see docs/national.md). Nothing was changed.",
    ),
}
