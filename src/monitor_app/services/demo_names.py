"""The words the demo data is made of: people's names, notes, commitments and library titles."""

from __future__ import annotations

import random

SPECIALISTS = (
    "Ana Quispe Mamani",
    "Carlos Huamán Rojas",
    "Rosa Flores Ccori",
    "Jorge Mendoza Salas",
    "Lucía Paredes Vílchez",
    "Miguel Ángel Torres Lima",
    "Elena Condori Apaza",
    "Víctor Ramos Huayta",
)

FIRST_NAMES = (
    "María", "José", "Juana", "Luis", "Carmen", "Pedro", "Gladys", "Julio", "Norma", "Raúl",
    "Yolanda", "César", "Marisol", "Óscar", "Liliana", "Walter", "Susana", "Édgar", "Nancy",
    "Héctor",
)
SURNAMES = (
    "Quispe", "Mamani", "Huamán", "Flores", "Rojas", "Chávez", "Vargas", "Ccahuana", "Gutiérrez",
    "Torres", "Apaza", "Ramírez", "Salazar", "Ticona", "Espinoza", "Cárdenas", "Poma", "Yupanqui",
)
SECTIONS = ("A", "B", "C")

VISIT_NOTES = (
    "Se observó la sesión de aprendizaje y se brindó retroalimentación al docente.",
    "La directora presentó el plan anual de trabajo; se revisaron los instrumentos de gestión.",
    "Se verificó el avance de los compromisos de la visita anterior.",
    "Se acompañó la planificación curricular del ciclo con el equipo docente.",
    "Se revisaron las condiciones de seguridad del local y la señalética de evacuación.",
    "Se visitó la biblioteca escolar y se revisó el registro de préstamos.",
    "Reunión con el Comité de Gestión de Condiciones Operativas sobre el plan de GRD.",
)

# (description, CGE code)
COMMITMENTS = (
    ("Actualizar el plan de GRD y aprobarlo con resolución directoral", "cge3"),
    ("Reponer los extintores vencidos del local", "cge3"),
    ("Capacitar a la brigada escolar en primeros auxilios", "cge5"),
    ("Registrar los préstamos de la biblioteca en el cuaderno de control", "cge1"),
    ("Planificar las sesiones de lectura del Plan Lector", "cge1"),
    ("Aplicar la retroalimentación descriptiva en las sesiones de matemática", "cge4"),
    ("Elaborar el informe de asistencia y permanencia de los estudiantes", "cge2"),
    ("Publicar las normas de convivencia en cada aula", "cge5"),
    ("Realizar el simulacro escolar con participación de padres de familia", "cge3"),
    ("Organizar los materiales educativos en los sectores del aula", "cge4"),
)

OBSERVATIONS = (
    "La evacuación se realizó en orden; se debe despejar la escalera del segundo piso.",
    "La alarma no se escuchó en el pabellón de inicial.",
    "Participaron padres de familia; se coordinó con el serenazgo.",
    "Se identificaron zonas seguras internas y externas.",
    "Faltó señalizar la ruta de evacuación del comedor.",
)

LOCATIONS = ("Dirección", "Pasadizo del primer piso", "Patio", "Laboratorio", "Cocina",
             "Biblioteca", "Sala de profesores", "Tópico")

OPENING_HOURS = ("Lunes a viernes, 8:00–13:00", "Lunes a viernes, 7:45–12:45",
                 "Lunes, miércoles y viernes, 9:00–12:00", "En el recreo y a la salida")

FURNITURE = ("4 mesas, 16 sillas y 3 estantes", "2 estantes y un módulo de lectura",
             "Estantes de madera y alfombra para inicial", "6 mesas, 24 sillas y 5 estantes")

TEXT_ANSWERS = (
    "Se evidencia en la sesión observada.",
    "Pendiente de implementar en el segundo trimestre.",
    "El docente lo registra en su carpeta pedagógica.",
    "Se conversó con el equipo directivo.",
)

# (title, author, publisher, year, copy type, target level, language)
TITLES = (
    ("Comunicación 3: cuaderno de trabajo", "MINEDU", "Santillana", 2023, "cuaderno_trabajo",
     "primaria", "castellano"),
    ("Matemática 5: texto escolar", "MINEDU", "Norma", 2022, "texto_escolar", "primaria",
     "castellano"),
    ("Personal Social 2", "MINEDU", "SM", 2021, "texto_escolar", "secundaria", "castellano"),
    ("Ciencia y Tecnología 4", "MINEDU", "Corefo", 2023, "texto_escolar", "secundaria",
     "castellano"),
    ("Los ríos profundos", "José María Arguedas", "Losada", 1958, "literatura", "secundaria",
     "castellano"),
    ("Paco Yunque", "César Vallejo", "Editorial Universitaria", 1951, "literatura", "primaria",
     "castellano"),
    ("El caballero Carmelo", "Abraham Valdelomar", "Peisa", 1918, "literatura", "primaria",
     "castellano"),
    ("Tradiciones peruanas (selección)", "Ricardo Palma", "Peisa", 1872, "literatura",
     "secundaria", "castellano"),
    ("Cuentos andinos", "Enrique López Albújar", "Peisa", 1920, "literatura", "secundaria",
     "castellano"),
    ("Warma kuyay", "José María Arguedas", "Horizonte", 1935, "literatura", "secundaria",
     "castellano"),
    ("Atuqwan wallpawan", "Tradición oral", "MINEDU", 2019, "literatura", "inicial", "quechua"),
    ("Jisk'a qillqanaka", "Tradición oral", "MINEDU", 2018, "literatura", "primaria", "aimara"),
    ("Atlas geográfico del Perú", "Instituto Geográfico Nacional", "IGN", 2020, "referencia",
     "secundaria", "castellano"),
    ("Diccionario escolar de la lengua española", "Real Academia Española", "Espasa", 2018,
     "referencia", "primaria", "castellano"),
    ("Los animales de la Amazonía", "Varios autores", "Cuatro Tablas", 2017, "informativo",
     "primaria", "castellano"),
    ("¿Qué hacer en caso de sismo?", "INDECI", "INDECI", 2021, "informativo", "primaria",
     "castellano"),
    ("El zorro y el cóndor", "Tradición oral", "MINEDU", 2016, "literatura", "inicial",
     "castellano"),
    ("Mi cuerpo y mis emociones", "Varios autores", "MINEDU", 2022, "informativo", "inicial",
     "castellano"),
)


def person(rng: random.Random) -> str:
    """An adult's name: one first name and two surnames."""
    first, second = rng.sample(SURNAMES, 2)
    return f"{rng.choice(FIRST_NAMES)} {first} {second}"


def student(rng: random.Random) -> str:
    """A student as initials and grade only (Ley 29733: no names, never a DNI)."""
    initials = " ".join(f"{rng.choice('ABCDEFGHIJLMNOPRSTVY')}." for _ in range(3))
    return f"Est. {initials} ({rng.randint(1, 6)}.° {rng.choice(SECTIONS)})"


def reader(rng: random.Random) -> str:
    """A library reader by alias: first name, an initial and the class."""
    return (f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)[0]}. "
            f"({rng.randint(1, 6)}.° {rng.choice(SECTIONS)})")
