"""Sentences of the passphrase prompt (portable mode, D37); merged into cli/texts.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "passphrase_new": ("Frase de contraseña para proteger las claves de este equipo (mín. 8 caracteres): ",
                       "Passphrase to protect this installation's keys (at least 8 characters): "),
    "passphrase_again": ("Escríbala otra vez: ", "Type it again: "),
    "passphrase_open": ("Frase de contraseña de las claves: ", "Keys' passphrase: "),
}
