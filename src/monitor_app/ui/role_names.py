"""How roles and an installation's identity read on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from monitor_app.core.roles import DeviceIdentity, Role

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls


def role_label(role: Role) -> str:
    labels = {
        Role.ESPECIALISTA: translate("RoleNames", "Especialista"),
        Role.UGEL: translate("RoleNames", "UGEL"),
        Role.DIRECTOR: translate("RoleNames", "Director(a)"),
        Role.DRE: translate("RoleNames", "DRE"),
        Role.NACIONAL: translate("RoleNames", "Estación nacional"),
    }
    return labels[role]


def role_hint(role: Role) -> str:
    """What choosing the role means, in one sentence."""
    hints = {
        Role.ESPECIALISTA: translate(
            "RoleNames", "Especialista de la UGEL que visita y monitorea las IIEE de su ámbito."
        ),
        Role.UGEL: translate(
            "RoleNames",
            "Equipo de la oficina de la UGEL que consolida lo que envían especialistas y directores.",
        ),
        Role.DIRECTOR: translate(
            "RoleNames", "Director(a) que registra la información de su propia IE."
        ),
        Role.DRE: translate(
            "RoleNames", "Equipo de la DRE que consolida lo que envían sus UGEL."
        ),
        Role.NACIONAL: translate(
            "RoleNames", "Estación nacional que consolida lo que envían las DRE."
        ),
    }
    return hints[role]


def identity_label(identity: DeviceIdentity) -> str:
    """"Especialista · Ana Pérez · UGEL 150105", plus the school for a director."""
    parts = [role_label(identity.role), identity.name]
    if identity.scope.ugel:  # a DRE may have no code
        parts.append(translate("RoleNames", "UGEL {code}").format(code=identity.scope.ugel))
    if identity.scope.cod_mod is not None:
        parts.append(translate("RoleNames", "IE {code}").format(code=identity.scope.cod_mod))
    return " · ".join(parts)


def not_joined_text(role: Role | None) -> str:
    """What an installation that has not joined the office above it is told."""
    texts: dict[Role | None, str] = {
        Role.UGEL: translate("RoleNames", "Aún no se unió a su DRE."),
        Role.DRE: translate("RoleNames", "Aún no se unió a la estación nacional."),
        Role.NACIONAL: translate("RoleNames",
                                 "La estación nacional no se une a ninguna otra oficina."),
    }
    return texts[role] if role in texts else translate("RoleNames", "Aún no se unió a su UGEL.")
