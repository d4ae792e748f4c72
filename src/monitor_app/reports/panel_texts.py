"""The panel's words, Spanish first and English, for both faces: figure titles, and the words
for the codes a figure's categories and series are."""

from __future__ import annotations

from monitor_app.core.checklist import ItemCode, Status
from monitor_app.core.checklist_texts import label, status_word, title
from monitor_app.reports.panel import NO_PLAN, Figure

Pair = tuple[str, str]

TITLES: dict[str, Pair] = {
    "visits_by_month": ("Visitas por mes (últimos 12 meses)", "Visits per month (last 12 months)"),
    "visits_by_specialist": ("Visitas por especialista (últimos 12 meses)",
                             "Visits per specialist (last 12 months)"),
    "visited_this_quarter": ("IIEE visitadas en el trimestre", "Schools visited this quarter"),
    "checklist": ("Lista de verificación por ítem", "Checklist by item"),
    "grd_plans": ("Plan de GRD del año", "This year's GRD plan"),
    "brigades_and_drills": ("Brigadas y simulacros", "Brigades and drills"),
    "library": ("Bibliotecas escolares", "School libraries"),
    "expiring_devices": ("Dispositivos que vencen en 30 días", "Devices expiring within 30 days"),
}

# What a figure's categories are: the first column of its table.
CATEGORY_TITLES: dict[str, Pair] = {
    "visits_by_month": ("Mes", "Month"),
    "visits_by_specialist": ("Especialista (equipo)", "Specialist (device)"),
    "visited_this_quarter": ("IIEE", "Schools"),
    "checklist": ("Ítem de la lista de verificación", "Checklist item"),
    "grd_plans": ("Estado del plan", "Plan status"),
    "brigades_and_drills": ("IIEE", "Schools"),
    "library": ("Locales", "Premises"),
}

WORDS: dict[str, Pair] = {
    "visits": ("Visitas", "Visits"),
    "schools": ("IIEE", "Schools"),
    "count": ("Cantidad", "Count"),
    "visited": ("Visitadas", "Visited"),
    "not_visited": ("Sin visita", "Not visited"),
    "brigade": ("Con brigadas", "With brigades"),
    "trained": ("Con brigadistas capacitados", "With trained members"),
    "drill": ("Con simulacro este año", "With a drill this year"),
    "with": ("Sí", "Yes"),
    "without": ("No", "No"),
    "with_library": ("Locales con biblioteca", "Premises with a library"),
    "inventoried_this_year": ("Con inventario este año", "Inventoried this year"),
    NO_PLAN: ("Sin registro", "No record"),
}

# The checklist's items in a word or two, for a chart's axis; tables use their full titles.
SHORT_ITEMS: dict[ItemCode, Pair] = {
    ItemCode.GRD_PLAN: ("Plan de GRD", "GRD plan"),
    ItemCode.GRD_BODY: ("Comité de GRD", "GRD committee"),
    ItemCode.BRIGADE: ("Brigadas", "Brigades"),
    ItemCode.DRILLS: ("Simulacros", "Drills"),
    ItemCode.DEVICES: ("Dispositivos", "Devices"),
    ItemCode.LIBRARY_INVENTORY: ("Inventario", "Inventory"),
    ItemCode.LIBRARY_FUNCTIONAL: ("Biblioteca", "Library"),
    ItemCode.COMMITMENTS: ("Compromisos", "Commitments"),
}

MONTHS: tuple[Pair, ...] = (
    ("ene", "Jan"), ("feb", "Feb"), ("mar", "Mar"), ("abr", "Apr"), ("may", "May"),
    ("jun", "Jun"), ("jul", "Jul"), ("ago", "Aug"), ("set", "Sep"), ("oct", "Oct"),
    ("nov", "Nov"), ("dic", "Dec"),
)


def _pick(pair: Pair, lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def figure_title(key: str, lang: str) -> str:
    return _pick(TITLES[key], lang)


def category_title(key: str, lang: str) -> str:
    return _pick(CATEGORY_TITLES[key], lang)


def month_word(month: str, lang: str, *, short: bool = False) -> str:
    """YYYY-MM as "nov 2026" (Spanish) or "Nov 2026"; short, "nov 26"."""
    year, number = month.split("-")
    return f"{_pick(MONTHS[int(number) - 1], lang)} {year[2:] if short else year}"


def word(code: str, lang: str) -> str:
    return _pick(WORDS[code], lang) if code in WORDS else code


def category_word(figure: Figure, category: str, lang: str, *, short: bool = False) -> str:
    """A category of `figure` in words: months, checklist items, plan statuses, names as they
    are; `short` for a chart's axis."""
    if figure.key == "visits_by_month":
        return month_word(category, lang, short=short)
    if figure.key == "visits_by_specialist":
        return category
    if figure.key == "checklist":
        code = ItemCode(category)
        return _pick(SHORT_ITEMS[code], lang) if short else title(code, lang)
    if figure.key == "grd_plans" and category != NO_PLAN:
        return label(category, lang).capitalize()
    return word(category, lang)


def series_word(figure: Figure, series: str, lang: str) -> str:
    if figure.key == "checklist":
        return status_word(Status(series), lang).capitalize()
    return word(series, lang)
