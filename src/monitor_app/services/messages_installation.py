"""Refusals about the installation itself (D37): a file of the program missing, the keys'
passphrase in portable mode. Spanish and English."""

from __future__ import annotations

from monitor_app.core.errors import ErrorCode

INSTALLATION_MESSAGES: dict[ErrorCode, tuple[str, str]] = {
    ErrorCode.INSTALLATION_INCOMPLETE: (
        "Falta un archivo del programa ({path}): la instalación está incompleta (¿lo retuvo el antivirus?). Instale Monitor de Campo otra vez; sus datos no se tocan.",
        "A file of the program is missing ({path}): the installation is incomplete (held by the antivirus?). Install Monitor de Campo again; your data is left alone.",
    ),
    ErrorCode.PASSPHRASE_NEEDED: (
        "Las claves de este equipo están protegidas con una frase de contraseña (modo portátil). Escríbala cuando se le pida, o póngala en la variable MONITOR_APP_PASSPHRASE. No se cambió nada.",
        "This installation's keys are protected by a passphrase (portable mode). Type it when asked, or set the MONITOR_APP_PASSPHRASE variable. Nothing was changed.",
    ),
    ErrorCode.WRONG_PASSPHRASE: (
        "La frase de contraseña no abre las claves de este equipo. Escríbala otra vez (se distinguen mayúsculas y minúsculas). No se cambió nada.",
        "The passphrase does not open this installation's keys. Type it again (it is case-sensitive). Nothing was changed.",
    ),
    ErrorCode.PASSPHRASE_TOO_SHORT: (
        "La frase de contraseña debe tener al menos {minimum} caracteres. Elija una más larga.",
        "The passphrase must have at least {minimum} characters. Choose a longer one.",
    ),
    ErrorCode.PASSPHRASES_DIFFER: (
        "Las dos frases de contraseña escritas no coinciden. Escríbalas otra vez.",
        "The two passphrases typed differ. Type them again.",
    ),
}
