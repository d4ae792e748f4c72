"""The checklist's words in Spanish and English: item titles, status words, reasons, actions,
and the labels of the codes they name; `render_item` turns a ChecklistItem into sentences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from monitor_app.core.checklist import ChecklistItem, Code, ItemCode, Param, Sentence, Status

Pair = tuple[str, str]  # (Spanish, English)

TITLES: dict[ItemCode, Pair] = {
    ItemCode.GRD_PLAN: ("Plan de GRD aprobado y vigente", "GRD plan approved and current"),
    ItemCode.GRD_BODY: ("Comité de GRD conformado por RD", "GRD body formed by RD"),
    ItemCode.BRIGADE: ("Brigada conformada y capacitada", "Brigade formed and trained"),
    ItemCode.DRILLS: ("Simulacros del año y el último nacional",
                      "Drills this year and the last national one"),
    ItemCode.DEVICES: ("Dispositivos de seguridad operativos y vigentes",
                       "Safety devices operative and not expired"),
    ItemCode.LIBRARY_INVENTORY: ("Inventario de biblioteca al día", "Library inventory up to date"),
    ItemCode.LIBRARY_FUNCTIONAL: ("Biblioteca funcional", "Functional library"),
    ItemCode.COMMITMENTS: ("Compromisos sin vencer", "No overdue commitments"),
}

STATUS_WORDS: dict[Status, Pair] = {
    Status.CUMPLE: ("Cumple", "Met"),
    Status.PENDIENTE: ("Pendiente", "Pending"),
    Status.VENCIDO: ("Vencido", "Overdue"),
    Status.SIN_DATO: ("Sin dato", "No data"),
}

# Codes the checklist names that are not in a catalogue (catalogue codes are labelled by the
# caller, from the stored catalogues).
LABELS: dict[str, Pair] = {
    "no_tiene": ("no tiene", "none"),
    "en_elaboracion": ("en elaboración", "in progress"),
    "aprobado": ("aprobado", "approved"),
    "actualizado": ("actualizado", "updated"),
    "space_set_up": ("espacio acondicionado", "space set up"),
    "collection_organised": ("colección organizada y registrada", "collection organised and registered"),
    "hours_posted": ("horario publicado", "opening hours posted"),
    "loan_register": ("registro de préstamos", "loan register"),
    "plan_lector_activities": ("actividades del Plan Lector", "Plan Lector activities"),
    "enough_furniture": ("mobiliario suficiente", "enough furniture"),
    "responsible": ("responsable designado", "a named person in charge"),
}

SENTENCES: dict[str, Pair] = {
    # GRD plan
    "plan_current": ("El plan de GRD {year} está {plan_status}.",
                     "The {year} GRD plan is {plan_status}."),
    "plan_current_since": ("El plan de GRD {year} está {plan_status} desde el {date}.",
                           "The {year} GRD plan is {plan_status} since {date}."),
    "plan_in_progress": ("El plan de GRD {year} está en elaboración.",
                         "The {year} GRD plan is still being prepared."),
    "plan_declared_missing": ("La IE declara que no tiene plan de GRD {year}.",
                              "The school states it has no GRD plan for {year}."),
    "plan_outdated": ("El último plan de GRD aprobado es de {last_year}; no hay plan de {year}.",
                      "The last approved GRD plan is from {last_year}; there is none for {year}."),
    "plan_never_approved": (("No hay plan de GRD de {year}; el último registrado ({last_year}) no "
                             "fue aprobado."),
                            ("There is no GRD plan for {year}; the last one recorded ({last_year}) "
                             "was not approved.")),
    "plan_no_data": ("No hay ningún plan de GRD registrado para el local.",
                     "No GRD plan is recorded for the premises."),
    "keep_plan": ("Revisar el plan cuando cambien los peligros o el local.",
                  "Review the plan when the hazards or the premises change."),
    "approve_plan": ("Terminar el plan y aprobarlo con resolución directoral.",
                     "Finish the plan and approve it by resolución directoral."),
    "make_plan": ("Elaborar el plan de GRD {year} y aprobarlo con resolución directoral.",
                  "Prepare the {year} GRD plan and approve it by resolución directoral."),
    "update_plan": ("Actualizar el plan para {year} y aprobarlo con resolución directoral.",
                    "Update the plan for {year} and approve it by resolución directoral."),
    "record_plan": ("Registrar el plan de GRD del local, o que no lo tiene.",
                    "Record the premises' GRD plan, or that there is none."),
    # GRD body
    "body_formed": (
        "{body_type} conformado por resolución directoral ({rd_number}), con {members} integrantes.",
        "{body_type} formed by resolución directoral ({rd_number}), with {members} members.",
    ),
    "body_without_rd": ("{body_type} registrado sin número de resolución directoral.",
                        "{body_type} recorded without a resolución directoral number."),
    "body_without_members": ("{body_type} sin integrantes registrados.",
                             "{body_type} with no members recorded."),
    "body_no_data": ("No hay comité ni comisión de GRD registrados.",
                     "No GRD committee or commission is recorded."),
    "keep_body": ("Actualizar la RD cuando cambien los integrantes.",
                  "Update the RD when the members change."),
    "issue_body_rd": ("Emitir la RD de conformación y registrar su número y fecha.",
                      "Issue the RD forming it and record its number and date."),
    "record_body_members": ("Registrar a los integrantes y sus cargos.",
                            "Record the members and their roles."),
    "form_body": ("Conformar el comité de GRD por RD y registrarlo.",
                  "Form the GRD committee by RD and record it."),
    # Brigades
    "brigades_ready": ("{brigades} brigada(s) con líder; {trained} brigadistas capacitados.",
                       "{brigades} brigade(s) with a leader; {trained} trained members."),
    "brigade_without_members": ("Brigadas sin integrantes: {brigades}.",
                                "Brigades with no members: {brigades}."),
    "brigade_without_leader": ("Brigadas sin brigadista líder: {brigades}.",
                               "Brigades without a leader: {brigades}."),
    "brigadistas_untrained": ("{untrained} de {members} brigadistas sin capacitación registrada.",
                              "{untrained} of {members} brigade members have no training recorded."),
    "brigade_no_data": ("No hay brigadas registradas.", "No brigade is recorded."),
    "keep_brigade": ("Renovar cada año a los brigadistas escolares y capacitarlos.",
                     "Renew the student brigade members every year and train them."),
    "record_brigade_members": ("Registrar a los brigadistas (estudiantes por alias o iniciales).",
                               "Record the brigade members (students by alias or initials)."),
    "name_leader": ("Designar un brigadista líder (docente) en cada brigada.",
                    "Name a leader (a teacher) for each brigade."),
    "train_brigade": ("Capacitar a los brigadistas y registrar la fecha.",
                      "Train the brigade members and record the date."),
    "form_brigade": (("Conformar la Brigada de Educación Ambiental y GRD y registrar a sus "
                      "integrantes."),
                     "Form the Environmental Education and GRD Brigade and record its members."),
    # Drills
    "drills_done_national": (("{count} simulacro(s) en {year}, incluido el nacional del "
                              "{national_date}."),
                             ("{count} drill(s) in {year}, including the national one on "
                              "{national_date}.")),
    "drills_done": ("{count} simulacro(s) en {year}.", "{count} drill(s) in {year}."),
    "drills_missing_national": (("{count} simulacro(s) en {year}, pero ninguno el día del "
                                 "simulacro nacional ({national_date})."),
                                ("{count} drill(s) in {year}, but none on the national drill day "
                                 "({national_date}).")),
    "drills_none_after_national": (("Ningún simulacro registrado en {year}, y el simulacro "
                                    "nacional del {national_date} ya pasó."),
                                   ("No drill recorded in {year}, and the national drill of "
                                    "{national_date} has passed.")),
    "drills_next_national": (("Aún no hay simulacros en {year}; el próximo simulacro nacional es "
                              "el {next_date}."),
                             "No drill yet in {year}; the next national drill is on {next_date}."),
    "drills_no_calendar": (("Ningún simulacro registrado en {year}, y el calendario no tiene "
                            "simulacros nacionales de {year}."),
                           ("No drill recorded in {year}, and the calendar has no national drills "
                            "for {year}.")),
    "keep_drills": ("Participar en el próximo simulacro nacional y registrarlo.",
                    "Take part in the next national drill and record it."),
    "record_national_drill": (("Registrar el simulacro del {national_date} si se realizó; si no, "
                               "realizar uno y registrarlo."),
                              ("Record the drill of {national_date} if it took place; if not, "
                               "hold one and record it.")),
    "hold_drill": ("Realizar un simulacro, evaluarlo con la ficha y registrarlo.",
                   "Hold a drill, assess it with the evaluation sheet and record it."),
    "prepare_drill": ("Preparar el simulacro del {next_date} y registrarlo ese día.",
                      "Prepare the drill of {next_date} and record it that day."),
    "load_calendar": ("Pedir a la UGEL el calendario de simulacros nacionales de {year}.",
                      "Ask the UGEL for the {year} national drill calendar."),
    # Devices
    "devices_ok": ("{quantity} dispositivos operativos; ninguno vence en los próximos {days} días.",
                   "{quantity} operative devices; none expires in the next {days} days."),
    "devices_expired": ("Vencidos: {devices}.", "Expired: {devices}."),
    "devices_expiring": ("Vencen pronto: {expiring}.", "Expiring soon: {expiring}."),
    "devices_to_replace": ("Por reponer: {to_replace}.", "To be replaced: {to_replace}."),
    "devices_expiring_and_to_replace": ("Vencen pronto: {expiring}. Por reponer: {to_replace}.",
                                        ("Expiring soon: {expiring}. To be replaced: "
                                         "{to_replace}.")),
    "devices_none": ("Los dispositivos registrados suman cero unidades.",
                     "The devices recorded add up to zero units."),
    "devices_no_data": ("No hay dispositivos de seguridad registrados.",
                        "No safety device is recorded."),
    "keep_devices": ("Revisar los vencimientos cada mes.", "Check expiry dates every month."),
    "replace_devices": (("Recargar o reponer los dispositivos vencidos y registrar la nueva fecha "
                         "de vencimiento."),
                        "Refill or replace the expired devices and record the new expiry date."),
    "renew_devices": (("Recargar o reponer antes de la fecha y registrar la nueva fecha de "
                       "vencimiento."),
                      "Refill or replace before the date and record the new expiry date."),
    "get_devices": ("Gestionar extintor, botiquín y señalética, y registrarlos.",
                    "Obtain an extinguisher, a first-aid kit and signs, and record them."),
    "record_devices": ("Registrar los dispositivos del local con su estado y vencimiento.",
                       "Record the premises' devices with their state and expiry date."),
    # Library
    "inventory_recent": ("Inventario del {date} (de menos de {months} meses).",
                         "Inventory of {date} (less than {months} months old)."),
    "inventory_old": ("El último inventario es del {date}: tiene más de {months} meses.",
                      "The last inventory is of {date}: more than {months} months old."),
    "inventory_missing": ("La biblioteca no tiene fecha de inventario.",
                          "The library has no inventory date."),
    "library_no_data": ("No hay biblioteca registrada en el local.",
                        "No library is recorded for the premises."),
    "next_inventory": ("Hacer el próximo inventario antes del {due}.",
                       "Take the next inventory before {due}."),
    "take_inventory": ("Hacer el inventario de la biblioteca y registrar la fecha.",
                       "Take the library's inventory and record the date."),
    "record_library": ("Registrar la biblioteca del local (tipo, responsable, inventario).",
                       "Record the premises' library (type, person in charge, inventory)."),
    "library_functional": ("Cumple los {count} aspectos de biblioteca funcional.",
                           "Meets all {count} points of a functional library."),
    "library_missing_items": ("Falta: {items}.", "Missing: {items}."),
    "keep_library": ("Mantener el registro de préstamos y las actividades del Plan Lector.",
                     "Keep the loan register and the Plan Lector activities going."),
    "complete_library": ("Completar lo que falta y marcarlo en la ficha de la biblioteca.",
                         "Complete what is missing and tick it on the library's record."),
    # Commitments
    "commitments_overdue": ("{count} compromiso(s) vencido(s); el más antiguo venció el {date}.",
                            "{count} overdue commitment(s); the oldest was due on {date}."),
    "commitments_due_soon": (("{count} compromiso(s) vencen en los próximos {days} días; el primero "
                              "el {date}."),
                             ("{count} commitment(s) fall due in the next {days} days; the first "
                              "on {date}.")),
    "commitments_on_track": ("Ningún compromiso vencido (abiertos: {open}).",
                             "No overdue commitment (open: {open})."),
    "commitments_overdue_reported": (
        ("{count} compromiso(s) vencido(s); el más antiguo venció el {date}. La IE informa que "
         "cumplió {reported} (el último informe, el {reported_date}): por verificar en la "
         "próxima visita."),
        ("{count} overdue commitment(s); the oldest was due on {date}. The school reports "
         "{reported} kept (the latest report on {reported_date}): to be verified at the next "
         "visit.")),
    "commitments_due_soon_reported": (
        ("{count} compromiso(s) vencen en los próximos {days} días; el primero el {date}. La IE "
         "informa que cumplió {reported} (el último informe, el {reported_date}): por verificar "
         "en la próxima visita."),
        ("{count} commitment(s) fall due in the next {days} days; the first on {date}. The "
         "school reports {reported} kept (the latest report on {reported_date}): to be verified "
         "at the next visit.")),
    "commitments_reported": (("La IE informa que cumplió {count} compromiso(s) (el último informe, "
                              "el {date}): por verificar en la próxima visita."),
                             ("The school reports {count} commitment(s) kept (the latest report on "
                              "{date}): to be verified at the next visit.")),
    "commitments_no_data": ("No hay compromisos registrados en las visitas.",
                            "No commitment is recorded at the visits."),
    "verify_commitments": (("Cumplir o reprogramar los compromisos vencidos y registrar su "
                            "verificación."),
                           ("Fulfil or reschedule the overdue commitments and record their "
                            "verification.")),
    "verify_reported": ("Verificar en la próxima visita lo que informa la IE.",
                        "Verify at the next visit what the school reports."),
    "follow_commitments": ("Avanzar los compromisos antes de su plazo.",
                           "Move the commitments forward before they fall due."),
    "keep_commitments": ("Registrar el avance en la próxima visita.",
                         "Record progress at the next visit."),
    "record_commitments": ("Registrar los compromisos que se acuerden en las visitas.",
                           "Record the commitments agreed at visits."),
}


@dataclass(frozen=True)
class RenderedItem:
    code: str
    title: str
    status: str
    status_word: str
    reason: str
    action: str


def _pick(pair: Pair, lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def format_date(day: dt.date, lang: str) -> str:
    return day.isoformat() if lang == "en" else day.strftime("%d/%m/%Y")


def _label(code: Code, lang: str, labels: Mapping[str, str]) -> str:
    pair = LABELS.get(code.code)
    name = _pick(pair, lang) if pair else labels.get(code.code, code.code)
    return f"{name} ({format_date(code.on, lang)})" if code.on else name


def _shown(value: Param, lang: str, labels: Mapping[str, str]) -> str:
    if isinstance(value, Code):
        return _label(value, lang, labels)
    if isinstance(value, tuple):
        return ", ".join(_label(code, lang, labels) for code in value)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    return str(value)


def render(sentence: Sentence, lang: str, labels: Mapping[str, str] | None = None) -> str:
    """The sentence in a language; `labels` names catalogue codes (brigade and device types...)."""
    values = {name: _shown(value, lang, labels or {}) for name, value in sentence.params.items()}
    text = _pick(SENTENCES[sentence.key], lang).format(**values)
    return text[:1].upper() + text[1:]


def render_item(item: ChecklistItem, lang: str,
                labels: Mapping[str, str] | None = None) -> RenderedItem:
    return RenderedItem(
        code=item.code.value,
        title=_pick(TITLES[item.code], lang),
        status=item.status.value,
        status_word=_pick(STATUS_WORDS[item.status], lang),
        reason=render(item.reason, lang, labels),
        action=render(item.action, lang, labels),
    )


def status_word(status: Status, lang: str) -> str:
    return _pick(STATUS_WORDS[status], lang)


def title(code: ItemCode, lang: str) -> str:
    return _pick(TITLES[code], lang)


def label(code: str, lang: str) -> str:
    pair = LABELS.get(code)
    return _pick(pair, lang) if pair else code


def _param_data(value: Param) -> Any:
    if isinstance(value, Code):
        return value.code if value.on is None else {"code": value.code, "date": value.on.isoformat()}
    if isinstance(value, tuple):
        return [_param_data(code) for code in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def item_data(item: ChecklistItem, lang: str, labels: Mapping[str, str] | None = None
              ) -> dict[str, Any]:
    """An item as plain JSON values: codes, keys and parameters besides the sentences."""
    shown = render_item(item, lang, labels)
    return {
        "code": shown.code,
        "title": shown.title,
        "status": shown.status,
        "status_word": shown.status_word,
        "reason": shown.reason,
        "action": shown.action,
        "reason_key": item.reason.key,
        "action_key": item.action.key,
        "params": {name: _param_data(v) for name, v in
                   {**item.reason.params, **item.action.params}.items()},
    }
