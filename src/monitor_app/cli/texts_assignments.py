"""Sentences of `assignment_commands` (Spanish first, English); merged into cli/texts.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "help_assignments": ("IIEE asignadas a cada especialista (las asigna la UGEL)",
                         "schools assigned to each specialist (the UGEL assigns them)"),
    "help_assignments_set": ("asigna IIEE a un especialista aprobado",
                             "assign schools to an approved specialist"),
    "help_assignments_end": ("termina la asignación de IIEE a un especialista",
                             "end the assignment of schools to a specialist"),
    "help_assignments_list": ("lista las asignaciones vigentes", "list the current assignments"),
    "help_assignments_list_device": ("solo las de este equipo (id o nombre)",
                                     "only this device's (id or name)"),
    "help_assign_school": ("código modular, con -ANEXO si no es el 0; se puede repetir",
                           "código modular, with -ANEXO unless it is 0; may be repeated"),
    "help_assign_device": ("el equipo del especialista: su id, o su nombre si ningún otro lo usa",
                           "the specialist's device: its id, or its name if no other uses it"),
    "assigned": ("asignada  IE {cod_mod}-{anexo} → {name}",
                 "assigned  school {cod_mod}-{anexo} → {name}"),
    "assignment_ended": ("terminada  IE {cod_mod}-{anexo} ya no está asignada a {name}",
                         "ended  school {cod_mod}-{anexo} is no longer assigned to {name}"),
    "no_assignments": ("No hay IIEE asignadas.", "No schools are assigned."),
    "assignment": ("{name} ({device})  IE {cod_mod}-{anexo} {school}  desde {since}",
                   "{name} ({device})  school {cod_mod}-{anexo} {school}  since {since}"),
}
