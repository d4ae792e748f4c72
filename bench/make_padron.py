"""Writes synthetic padrón DBFs in the official 42-field Padron_web layout, for benchmarks.

Run: python bench/make_padron.py OUT.dbf [--rows 180000] [--codooii 150105] [--ugels 180] [--seed 0]

The field descriptors are copied from tests/fixtures/padron/padron_ugel05_lima.dbf; the values
look like ESCALE's (cp850 text, 7-digit codes with leading zeros, NUL-padded fields, 0.0
coordinates, dd-mm-yyyy dates) but every school in them is made up. Like the national file, the
rows are spread over `ugels` UGELs (CODOOII), one of them the given one: at 180,000 rows and 180
UGELs, a UGEL installation keeps about 1,000 of them. With `ugels=1` every row is that UGEL's.
"""

from __future__ import annotations

import argparse
import random
import struct
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEMPLATE = REPO / "tests" / "fixtures" / "padron" / "padron_ugel05_lima.dbf"
ENCODING = "cp850"
LANGUAGE_CP850 = 0x02
RECORDS_PER_WRITE = 1000

LEVELS = {
    "A1": "Inicial - Cuna", "A2": "Inicial - Jardín", "A3": "Inicial - Cuna-jardín",
    "A5": "Inicial No Escolarizado", "B0": "Primaria", "F0": "Secundaria",
    "D1": "Básica Alternativa-Inicial e Intermedio", "E1": "Básica Especial-Inicial",
    "L0": "Técnico Productiva",
}  # fmt: skip
LEVEL_WEIGHTS = [8, 30, 6, 10, 30, 18, 3, 2, 3]
PATRONS = [
    "JOSE CARLOS MARIATEGUI", "JOSÉ CARLOS MARIÁTEGUI", "SEÑOR DE LOS MILAGROS", "MIGUEL GRAU",
    "NUESTRA SEÑORA DE FÁTIMA", "CÉSAR VALLEJO", "JOSÉ MARÍA ARGUEDAS", "SANTA ROSA DE LIMA",
    "INCA GARCILASO DE LA VEGA", "MARÍA AUXILIADORA", "JORGE BASADRE", "RICARDO PALMA",
    "TÚPAC AMARU II", "ANDRÉS AVELINO CÁCERES", "SAN MARTÍN DE PORRES", "FRANCISCO BOLOGNESI",
    "ABRAHAM VALDELOMAR", "JOSE OLAYA", "NIÑO JESÚS DE PRAGA", "MICAELA BASTIDAS", "LOS ANDES",
    "VIRGEN DE LA CANDELARIA", "HÉROES DEL CENEPA", "CORAZÓN DE JESÚS",
]  # fmt: skip
PREFIXES = {"A1": ["IEI", "CUNA"], "A2": ["IEI", "IE"], "A3": ["IEI", "CUNA JARDIN"], "A5": ["PRONOEI"],
            "D1": ["CEBA"], "E1": ["CEBE"], "L0": ["CETPRO"]}  # fmt: skip
SCHOOL_PREFIXES = ["IE", "IE", "IE", "I.E.", "IE N°", ""]
DEPARTMENTS = {
    "AMAZONAS": "01", "ÁNCASH": "02", "APURÍMAC": "03", "AREQUIPA": "04", "AYACUCHO": "05",
    "CAJAMARCA": "06", "CALLAO": "07", "CUSCO": "08", "HUANCAVELICA": "09", "HUÁNUCO": "10",
    "ICA": "11", "JUNÍN": "12", "LA LIBERTAD": "13", "LAMBAYEQUE": "14", "LIMA": "15",
    "LORETO": "16", "MADRE DE DIOS": "17", "MOQUEGUA": "18", "PASCO": "19", "PIURA": "20",
    "PUNO": "21", "SAN MARTÍN": "22", "TACNA": "23", "TUMBES": "24", "UCAYALI": "25",
}  # fmt: skip
DISTRICTS = [  # (department, province, district): real names, about 40 of them
    ("LIMA", "LIMA", "SAN JUAN DE LURIGANCHO"), ("LIMA", "LIMA", "EL AGUSTINO"),
    ("LIMA", "LIMA", "ATE"), ("LIMA", "LIMA", "COMAS"), ("LIMA", "LIMA", "VILLA EL SALVADOR"),
    ("LIMA", "LIMA", "SAN MARTÍN DE PORRES"), ("LIMA", "HUAROCHIRÍ", "MATUCANA"),
    ("CALLAO", "CALLAO", "VENTANILLA"), ("CUSCO", "CUSCO", "SANTIAGO"),
    ("CUSCO", "URUBAMBA", "OLLANTAYTAMBO"), ("CUSCO", "CANCHIS", "SICUANI"),
    ("PUNO", "PUNO", "ACORA"), ("PUNO", "SAN ROMÁN", "JULIACA"), ("PUNO", "AZÁNGARO", "AZÁNGARO"),
    ("AYACUCHO", "HUAMANGA", "AYACUCHO"), ("AYACUCHO", "HUANTA", "HUANTA"),
    ("CAJAMARCA", "CAJAMARCA", "LOS BAÑOS DEL INCA"), ("CAJAMARCA", "CONTUMAZÁ", "CONTUMAZÁ"),
    ("PIURA", "PIURA", "CASTILLA"), ("PIURA", "SULLANA", "SULLANA"),
    ("LA LIBERTAD", "TRUJILLO", "EL PORVENIR"), ("AREQUIPA", "AREQUIPA", "CERRO COLORADO"),
    ("JUNÍN", "HUANCAYO", "EL TAMBO"), ("LORETO", "MAYNAS", "IQUITOS"),
    ("LORETO", "MAYNAS", "BELÉN"), ("UCAYALI", "CORONEL PORTILLO", "CALLERÍA"),
    ("SAN MARTÍN", "MOYOBAMBA", "MOYOBAMBA"), ("ÁNCASH", "HUARAZ", "INDEPENDENCIA"),
    ("HUÁNUCO", "HUÁNUCO", "AMARILIS"), ("PASCO", "PASCO", "YANACANCHA"),
    ("ICA", "NASCA", "NASCA"), ("ICA", "ICA", "PARCONA"), ("APURÍMAC", "ABANCAY", "ABANCAY"),
    ("APURÍMAC", "ANDAHUAYLAS", "SAN JERÓNIMO"), ("HUANCAVELICA", "HUANCAVELICA", "ASCENSIÓN"),
    ("TACNA", "TACNA", "CIUDAD NUEVA"), ("MOQUEGUA", "MARISCAL NIETO", "MOQUEGUA"),
    ("TUMBES", "TUMBES", "CORRALES"), ("AMAZONAS", "CHACHAPOYAS", "CHACHAPOYAS"),
    ("MADRE DE DIOS", "TAMBOPATA", "TAMBOPATA"), ("LAMBAYEQUE", "CHICLAYO", "JOSÉ LEONARDO ORTIZ"),
]  # fmt: skip
STREETS = ["AV.", "JR.", "CALLE", "PSJE.", "CARRETERA"]
SHIFTS = ["Mañana", "Tarde", "Mañana-Tarde", "Noche", "Mañana-Noche"]
MANAGEMENT = [("1", "Pública de gestión directa", "A1", "Sector Educación"),
              ("2", "Pública de gestión privada", "A4", "Convenio con Sector Educación"),
              ("3", "Privada", "B1", "Particular")]  # fmt: skip
CAR = {"1": "Unidocente Multigrado", "2": "Polidocente Multigrado", "3": "Polidocente Completo"}
NUL_PADDED = ("EMAIL", "PAGWEB", "REFERENCIA")  # as in real cuts, some rows pad these with NULs


def template_header() -> tuple[bytes, list[tuple[str, str, int]]]:
    """The descriptor block (with its terminator) and (name, type, length) of every field."""
    data = TEMPLATE.read_bytes()
    header_length = struct.unpack_from("<H", data, 8)[0]
    descriptors = data[32:header_length]
    fields = []
    for start in range(0, len(descriptors) - 1, 32):
        raw = descriptors[start : start + 32]
        fields.append((raw[:11].split(b"\x00")[0].decode("ascii"), chr(raw[11]), raw[16]))
    return descriptors, fields


def write_synthetic_padron(
    path: Path, rows: int, *, codooii: str = "150105", ugels: int = 180, seed: int = 0
) -> Path:
    """Write `rows` made-up schools of `ugels` UGELs to `path` as a Padron_web.dbf."""
    descriptors, fields = template_header()
    record_length = 1 + sum(length for _, _, length in fields)
    prefix = struct.pack("<BBBBIHH", 0x03, 125, 1, 6, rows, 32 + len(descriptors), record_length)
    head = prefix + bytes(17) + bytes([LANGUAGE_CP850]) + bytes(2) + descriptors
    layout = [(name, kind == "N", length) for name, kind, length in fields]
    rng = random.Random(seed)
    with open(path, "wb") as out:
        out.write(head)
        batch: list[bytes] = []
        for values in _schools(rng, rows, ugel_codes(codooii, ugels)):
            batch.append(_record(values, layout, nul_padded=rng.random() < 0.15))
            if len(batch) == RECORDS_PER_WRITE:
                out.write(b"".join(batch))
                batch.clear()
        out.write(b"".join(batch) + b"\x1a")
    return path


def _record(
    values: dict[str, str], layout: list[tuple[str, bool, int]], *, nul_padded: bool
) -> bytes:
    parts = [b" "]
    for name, numeric, length in layout:
        raw = values.get(name, "").encode(ENCODING, "replace")[:length]
        if numeric:
            parts.append(raw.rjust(length))
        elif nul_padded and name in NUL_PADDED and not raw:
            parts.append(b"\x00" * length)
        else:
            parts.append(raw.ljust(length))
    return b"".join(parts)


def ugel_codes(codooii: str, count: int) -> list[str]:
    """`codooii` and `count - 1` other made-up UGEL codes (department, province, number)."""
    others = (f"{department}{province:02d}{number:02d}" for department in DEPARTMENTS.values()
              for province in range(1, 11) for number in range(1, 3))
    return [codooii, *[code for code in others if code != codooii][: count - 1]]


def _ugel_name(codooii: str) -> str:
    return "UGEL 05 SAN JUAN DE LURIGANCHO" if codooii == "150105" else f"UGEL {codooii}"


def _schools(rng: random.Random, rows: int, ugels: list[str]) -> Iterator[dict[str, str]]:
    codes = iter(rng.sample(range(200_000, 1_800_000), rows))
    code, annex, local = 0, 0, rng.randrange(10_000, 900_000)
    codooii = ugels[0]
    for index in range(rows):
        if index and annex < 9 and rng.random() < 0.04:
            annex += 1  # another anexo of the same service: (cod_mod, anexo) stays unique
        else:
            code, annex = next(codes), 0
            codooii = rng.choice(ugels)  # a service's anexos share its UGEL
            if rng.random() > 0.3:
                local = rng.randrange(10_000, 900_000)
        level = rng.choices(list(LEVELS), LEVEL_WEIGHTS)[0]
        department, province, district = rng.choice(DISTRICTS)
        gestion, d_gestion, ges_dep, d_ges_dep = rng.choices(MANAGEMENT, [75, 8, 17])[0]
        car = rng.choice(list(CAR))
        rural = rng.random() < 0.35
        active = rng.random() < 0.9
        known = rng.random() > 0.1
        prefix = rng.choice(PREFIXES.get(level, SCHOOL_PREFIXES))
        yield {
            "COD_MOD": f"{code:07d}", "ANEXO": str(annex), "CODLOCAL": f"{local:06d}",
            "CEN_EDU": f"{prefix} {rng.randrange(1, 99999)} {rng.choice(PATRONS)}".strip(),
            "NIV_MOD": level, "D_NIV_MOD": LEVELS[level],
            "D_FORMA": "No escolarizado" if level == "A5" else "Escolarizado",
            "COD_CAR": car, "D_COD_CAR": CAR[car], "TIPSSEXO": "3", "D_TIPSSEXO": "Mixto",
            "GESTION": gestion, "D_GESTION": d_gestion, "GES_DEP": ges_dep, "D_GES_DEP": d_ges_dep,
            "DIRECTOR": f"{rng.choice(PATRONS).split()[-1]} {rng.choice(PATRONS).split()[0]}",
            "TELEFONO": f"9{rng.randrange(10**8):08d}" if rng.random() < 0.5 else "",
            "EMAIL": f"ie{code}@gmail.com" if rng.random() < 0.3 else "",
            "DIR_CEN": f"{rng.choice(STREETS)} {rng.choice(PATRONS)} {rng.randrange(1, 2000)}",
            "LOCALIDAD": district, "CEN_POB": district, "CODCP_INEI": f"{rng.randrange(10**10):010d}",
            "AREA_CENSO": "2" if rural else "1", "DAREACENSO": "Rural" if rural else "Urbana",
            "CODGEO": DEPARTMENTS[department] + f"{rng.randrange(1, 20):02d}{rng.randrange(1, 40):02d}",
            "D_DPTO": department, "D_PROV": province, "D_DIST": district, "D_REGION": f"DRE {department}",
            "CODOOII": codooii, "D_DREUGEL": _ugel_name(codooii),
            "NLAT_IE": f"{rng.uniform(-18.3, -0.1):.6f}" if known else "0.000000",
            "NLONG_IE": f"{rng.uniform(-81.3, -68.7):.6f}" if known else "0.000000",
            "COD_TUR": "11", "D_COD_TUR": rng.choice(SHIFTS),
            "ESTADO": "1" if active else "2", "D_ESTADO": "Activa" if active else "Inactiva",
            "FECHAREG": _date(rng, 1960, 2022), "FECHA_ACT": _date(rng, 2015, 2024),
        }  # fmt: skip


def _date(rng: random.Random, first: int, last: int) -> str:
    return f"{rng.randrange(1, 29):02d}-{rng.randrange(1, 13):02d}-{rng.randrange(first, last + 1)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--rows", type=int, default=180_000)
    parser.add_argument("--codooii", default="150105")
    parser.add_argument("--ugels", type=int, default=180)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_synthetic_padron(args.out, args.rows, codooii=args.codooii, ugels=args.ugels,
                           seed=args.seed)
    print(f"{args.out}: {args.rows:,} rows, {args.out.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
