"""`export --split-mb`: a bundle in parts for e-mail, imported part by part at the office in any
order and over several calls; mixed, repeated, damaged and foreign parts each said in one line,
with the office's database untouched."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import secrets
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from monitor_app.storage.keys import load_signing_key
from monitor_app.storage.paths import keys_dir_for
from monitor_app.sync import bundle_parts as bp
from monitor_app.sync.bundle_json import canonical_bytes
from tests.cli.conftest import Cli, dump_database
from tests.cli.test_sync_cli import _laptop, _office

VISIT = {"cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo"}


def _put_visits(office: Cli, laptop: Path, count: int) -> None:
    """Visits with notes that do not compress, so that the export makes several parts."""
    lines = [json.dumps({**VISIT, "notes": secrets.token_urlsafe(2900)}) for _ in range(count)]
    assert office("records", "put", "visits", stdin="\n".join(lines), db=laptop).code == 0


def _enrolled(cli: Cli, tmp_path: Path) -> tuple[Cli, Path]:
    """An office and a laptop it has approved (through a first, ordinary export)."""
    office = _office(cli)
    laptop = _laptop(office, tmp_path)
    _put_visits(office, laptop, 1)
    first = json.loads(office("export", "--out", str(tmp_path), "--json", db=laptop).out)["file"]
    device = json.loads(office("verify", first, "--json").out)["device_id"]
    assert office("import", first).code == 1  # held: not enrolled yet
    assert office("devices", "approve", device).code == 0
    return office, laptop


def _export_parts(office: Cli, laptop: Path, tmp_path: Path, count: int,
                  name: str = "parts") -> tuple[list[Path], dict[str, object]]:
    """An export in exactly `count` parts: the split size is chosen from an ordinary export of
    the same changes (same size), not imported."""
    probe = json.loads(office("export", "--out", str(tmp_path / "probe.mcbundle"), "--json",
                              db=laptop).out)
    chunk = probe["size"] // count + 50
    folder = tmp_path / name
    folder.mkdir()
    mb = f"{(chunk + bp.OVERHEAD) / 1e6:.6f}"
    result = office("export", "--out", str(folder), "--split-mb", mb, "--json", db=laptop)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    parts = [Path(p) for p in data["parts"]]
    assert len(parts) == count and sorted(folder.iterdir()) == parts
    for part in parts:
        assert part.stat().st_size <= float(mb) * 1e6
    return parts, data


def _visits(office: Cli) -> int:
    return len(json.loads(office("records", "list", "visits", "--json").out))


def _kept(office: Cli, export_id: object) -> list[str]:
    folder = Path(f"{office.db}.bundles") / "parts" / str(export_id)
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_parts_merge_once_all_are_here_in_any_order_over_several_calls(
        cli: Cli, tmp_path: Path) -> None:
    office, laptop = _enrolled(cli, tmp_path)
    _put_visits(office, laptop, 20)
    parts, data = _export_parts(office, laptop, tmp_path, 5)
    assert parts[1].name.endswith(".parte-2-de-5.mcpart")
    export = str(data["export_id"])[:16]

    verified = office("verify", str(parts[1]))
    assert verified.code == 0
    assert f"parte 2 de 5 de la exportación {export}" in verified.out
    assert "íntegra" in verified.out
    english = office("--lang", "en", "verify", str(parts[1]))
    assert f"part 2 of 5 of export {export}" in english.out and "intact" in english.out
    as_json = json.loads(office("verify", str(parts[1]), "--json").out)
    assert (as_json["outcome"], as_json["part"], as_json["manifest"]) == ("verified", 2, None)

    before = dump_database(office.db)
    first = office("import", str(parts[4]), str(parts[0]), str(parts[2]))
    assert first.code == 1 and "incompleto: faltan las partes 2 y 4 de 5" in first.out
    again = office("--lang", "en", "import", str(parts[2]))
    assert again.code == 1 and "repeated" in again.out
    assert "incomplete: parts 2 and 4 of 5 are missing" in again.out
    assert office("import", str(parts[3])).code == 1
    assert dump_database(office.db) == before and _visits(office) == 1
    assert _kept(office, data["export_id"]) == ["1.mcpart", "3.mcpart", "4.mcpart", "5.mcpart"]

    last = office("import", str(parts[1]))
    assert last.code == 0, last.out
    assert "la exportación está completa" in last.out and "fusionado" in last.out
    assert _visits(office) == 21 and _kept(office, data["export_id"]) == []
    once_more = office("import", str(parts[1]), "--json")
    assert once_more.code == 0 and json.loads(once_more.out)[0]["outcome"] == "already_imported"
    assert _kept(office, data["export_id"]) == [] and _visits(office) == 21
    assert office("rebuild", "--check").code == 0


def test_every_part_in_one_call_merges_and_exits_zero(cli: Cli, tmp_path: Path) -> None:
    office, laptop = _enrolled(cli, tmp_path)
    _put_visits(office, laptop, 10)
    parts, _ = _export_parts(office, laptop, tmp_path, 3)
    result = office("import", *map(str, reversed(parts)), "--json")
    assert result.code == 0, result.out
    assert [o["outcome"] for o in json.loads(result.out)] == ["merged"] * 3
    assert _visits(office) == 11


def test_parts_of_two_exports_never_join_and_both_are_named(cli: Cli, tmp_path: Path) -> None:
    office, laptop = _enrolled(cli, tmp_path)
    _put_visits(office, laptop, 10)
    monday, first = _export_parts(office, laptop, tmp_path, 3, "lunes")
    _put_visits(office, laptop, 1)
    tuesday, second = _export_parts(office, laptop, tmp_path, 3, "martes")
    before = dump_database(office.db)
    mixed = office("import", str(monday[0]), str(monday[1]), str(tuesday[2]))
    assert mixed.code == 1
    assert "falta la parte 3 de 3" in mixed.out and "faltan las partes 1 y 2 de 3" in mixed.out
    assert str(first["export_id"])[:16] in mixed.out and str(second["export_id"])[:16] in mixed.out
    assert "otra exportación del mismo equipo" in mixed.out
    assert dump_database(office.db) == before
    assert office("import", str(tuesday[0]), str(tuesday[1])).code == 0
    assert _visits(office) == 12
    assert office("import", str(monday[2])).code == 0  # whole too: nothing new in it
    assert _visits(office) == 12


def _flip(source: Path, folder: Path, at: int) -> Path:
    folder.mkdir(exist_ok=True)
    data = bytearray(source.read_bytes())
    data[at] ^= 0x20
    target = folder / source.name
    target.write_bytes(data)
    return target


def test_damaged_parts_are_refused_by_name_and_the_others_kept(cli: Cli, tmp_path: Path) -> None:
    office, laptop = _enrolled(cli, tmp_path)
    _put_visits(office, laptop, 20)
    parts, data = _export_parts(office, laptop, tmp_path, 5)
    assert office("import", str(parts[0])).code == 1
    before = dump_database(office.db)
    cut = tmp_path / "cut" / parts[1].name
    cut.parent.mkdir()
    cut.write_bytes(parts[1].read_bytes()[:parts[1].stat().st_size // 2])
    truncated = office("import", str(cut))
    assert truncated.code == 1 and len(truncated.out.splitlines()) == 1
    assert f"{cut.name}: parte rechazada (parte 2 de 5" in truncated.out
    assert "incompleto (copia interrumpida)" in truncated.out
    flipped = office("import", str(_flip(parts[2], tmp_path / "flipped", -10)))
    assert flipped.code == 1 and "parte rechazada (parte 3 de 5" in flipped.out
    assert "fue modificado" in flipped.out
    header = office("import", str(_flip(parts[3], tmp_path / "header", 40)))
    assert header.code == 1 and f"{parts[3].name}: parte rechazada —" in header.out
    assert dump_database(office.db) == before and _kept(office, data["export_id"]) == ["1.mcpart"]
    assert office("import", *map(str, parts[1:])).code == 0
    assert _visits(office) == 21


def _resigned(part: Path, folder: Path, key: Ed25519PrivateKey, claim_key: bool) -> Path:
    """The part signed by `key`; its header names `key` only if `claim_key`."""
    data = part.read_bytes()
    length = int.from_bytes(data[len(bp.MAGIC):len(bp.MAGIC) + 4], "big")
    start = len(bp.MAGIC) + 4
    header = json.loads(data[start:start + length])
    if claim_key:
        header["signing_public_key"] = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    raw = canonical_bytes(header)
    signed = bp.MAGIC + len(raw).to_bytes(4, "big") + raw
    folder.mkdir()
    target = folder / part.name
    target.write_bytes(signed + key.sign(signed) + data[start + length + 64:])
    return target


def test_a_part_signed_by_another_key_is_refused(cli: Cli, tmp_path: Path) -> None:
    office, laptop = _enrolled(cli, tmp_path)
    _put_visits(office, laptop, 6)
    parts, data = _export_parts(office, laptop, tmp_path, 2)
    stranger = Ed25519PrivateKey.generate()
    before = dump_database(office.db)
    forged = office("import", str(_resigned(parts[0], tmp_path / "a", stranger, False)))
    assert forged.code == 1 and "la firma no es válida" in forged.out
    other_key = office("import", str(_resigned(parts[0], tmp_path / "b", stranger, True)))
    assert other_key.code == 1 and "parte 1 de 2" in other_key.out
    assert "la clave no es la inscrita para ese equipo" in other_key.out
    assert dump_database(office.db) == before and _kept(office, data["export_id"]) == []


def test_parts_that_do_not_make_their_export_are_refused(cli: Cli, tmp_path: Path) -> None:
    """Pieces each intact and signed by the device's own key, but not the ones its export id
    names: the joined whole is refused before any import, and its parts dropped."""
    office, laptop = _enrolled(cli, tmp_path)
    _put_visits(office, laptop, 6)
    parts, data = _export_parts(office, laptop, tmp_path, 2)
    header = bp.part_header(parts[1])
    key = load_signing_key(keys_dir_for(laptop) / header.device_id)
    piece = bytearray(parts[1].read_bytes()[-header.piece_size:])
    piece[0] ^= 1
    raw = canonical_bytes(dataclasses.replace(
        header, piece_sha256=hashlib.sha256(piece).hexdigest()).to_json())
    signed = bp.MAGIC + len(raw).to_bytes(4, "big") + raw
    forged = tmp_path / "forged" / parts[1].name
    forged.parent.mkdir()
    forged.write_bytes(signed + key.sign(signed) + piece)
    assert office("verify", str(forged)).code == 0  # alone, it is a good part
    before = dump_database(office.db)
    result = office("import", str(parts[0]), str(forged))
    assert result.code == 1 and "no forman la exportación que declaran" in result.out
    assert dump_database(office.db) == before and _kept(office, data["export_id"]) == []
    assert office("import", *map(str, parts)).code == 0


def test_split_size_help_and_refusals(cli: Cli, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    office = _office(cli)
    laptop = _laptop(office, tmp_path)
    shown = office("export", "--help")
    assert shown.code == 0 and "20 MB" in " ".join(shown.out.split()) and "use 15" in shown.out
    assert office("export", "--out", str(tmp_path), "--split-mb", "0", db=laptop).code == 2
    assert office("export", "--out", str(tmp_path), "--split-mb", "x", db=laptop).code == 2
    small = office("export", "--out", str(tmp_path), "--split-mb", "0.005", db=laptop)
    assert small.code == 1 and "al menos 0.01 MB" in small.err and len(small.err.splitlines()) == 1
    file = office("export", "--out", str(tmp_path / "x.mcbundle"), "--split-mb", "15", db=laptop)
    assert file.code == 1 and "debe ser una carpeta" in file.err
    _put_visits(office, laptop, 4)
    monkeypatch.setattr(bp, "MAX_PARTS", 1)
    folder = tmp_path / "many"
    folder.mkdir()
    many = office("export", "--out", str(folder), "--split-mb", "0.01", db=laptop)
    assert many.code == 1 and "el máximo es 1" in many.err and list(folder.iterdir()) == []
    comma = office("export", "--out", str(folder), "--split-mb", "0,02", db=laptop)
    assert comma.code == 0 and "partes de hasta 0.02 MB" in comma.out
