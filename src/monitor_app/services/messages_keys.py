"""Refusals about the keys' passphrase (portable mode, D37), in Spanish and English."""

from __future__ import annotations

from monitor_app.core.errors import ErrorCode

KEY_MESSAGES: dict[ErrorCode, tuple[str, str]] = {
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
