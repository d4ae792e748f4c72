"""What `--db postgresql://…` refuses, with a message and nothing changed (issue 13)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import psycopg
import pytest

from tests.cli.conftest import Cli
from tests.pg_server import database_url


def test_a_password_in_the_address_is_refused_before_connecting(cli: Cli, pg_url: str) -> None:
    address = pg_url.replace("postgres@", "postgres:secreto@")
    refused = cli("init", "--role", "ugel", "--name", "U", "--ugel", "150105", db=address)
    assert refused.code == 1
    assert "PGPASSWORD" in refused.err and "secreto" not in refused.err
    with psycopg.connect(pg_url) as conn:  # nothing was made
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                            ).fetchone() == (0,)


def test_an_unreachable_server_and_a_missing_database_are_named(cli: Cli, pg_socket: str,
                                                                 tmp_path: Path) -> None:
    nowhere = database_url(str(tmp_path), "monitor")
    down = cli("devices", "list", db=nowhere)
    assert down.code == 1 and "No se pudo abrir la base de datos" in down.err
    missing = cli("--lang", "en", "devices", "list", db=database_url(pg_socket, "nonesuch"))
    assert missing.code == 1 and "Could not open the database" in missing.err
    assert "Traceback" not in down.err + missing.err


def test_only_office_roles_keep_their_data_on_a_server(cli: Cli, pg_url: str) -> None:
    refused = cli("init", "--role", "especialista", "--name", "Ana", "--ugel", "150105",
                  db=pg_url)
    assert refused.code == 1 and "especialista" in refused.err
    assert cli("devices", "list", db=pg_url).code == 1  # still no station there


def test_a_database_holding_other_tables_is_not_taken(cli: Cli, pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE payroll (id int)")
    refused = cli("init", "--role", "ugel", "--name", "U", "--ugel", "150105", db=pg_url)
    assert refused.code == 1 and "no es una base de datos de Monitor de Campo" in refused.err
    with psycopg.connect(pg_url) as conn:
        tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        assert [name for (name,) in tables] == ["payroll"]


def test_an_empty_database_is_not_a_station_until_init(cli: Cli, pg_url: str) -> None:
    listed = cli("devices", "list", db=pg_url)
    assert listed.code == 1 and "init" in listed.err
    assert "todavía no es una estación" in listed.err and "move" in listed.err
    made = cli("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105", db=pg_url)
    assert made.code == 0, made.err
    assert cli("devices", "list", db=pg_url).code == 0
    again = cli("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105", db=pg_url)
    assert again.code == 1


def test_move_refuses_what_is_not_an_office_file_and_a_taken_database(
        cli: Cli, tmp_path: Path, pg_url: str) -> None:
    missing = cli("move", str(tmp_path / "nowhere.db"), db=pg_url)
    assert missing.code == 1 and "nowhere.db" in missing.err and "init" not in missing.err
    laptop = tmp_path / "ana.db"
    assert cli("init", "--role", "especialista", "--name", "Ana", "--ugel", "150105",
               db=laptop).code == 0
    refused = cli("move", str(laptop), db=pg_url)
    assert refused.code == 1 and "especialista" in refused.err
    assert laptop.is_file()  # left where it was
    on_file = cli("move", str(laptop), db=tmp_path / "other.db")
    assert on_file.code == 1 and "postgresql://" in on_file.err
    office = tmp_path / "ugel.db"
    assert cli("init", "--role", "ugel", "--name", "U", "--ugel", "150105", db=office).code == 0
    assert cli("init", "--role", "ugel", "--name", "V", "--ugel", "150105", db=pg_url).code == 0
    taken = cli("move", str(office), db=pg_url)
    assert taken.code == 1 and office.is_file()
    listed = json.loads(cli("devices", "list", "--json", db=pg_url).out)
    assert listed == []  # the station there is V's, untouched


def test_without_the_driver_the_message_says_how_to_install_it(
        cli: Cli, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on a desktop installation
    refused = cli("devices", "list", db=pg_url)
    assert refused.code == 1 and 'pip install "psycopg[binary]"' in refused.err


def test_a_station_made_by_a_newer_version_is_refused_untouched(cli: Cli, pg_url: str) -> None:
    assert cli("init", "--role", "dre", "--name", "DRE", db=pg_url).code == 0
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO _sqlite_migrations VALUES ('monitor_app', '9999_future', '')")
    refused = cli("devices", "list", db=pg_url)
    assert refused.code == 1 and "más nueva" in refused.err and pg_url in refused.err
