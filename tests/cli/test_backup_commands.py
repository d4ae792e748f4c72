"""`monitor-app backup create|list|restore|check|keep` and `export --resend`, and a damaged
database refused in one line that names the backup to restore (D38)."""

from __future__ import annotations

import json

from monitor_app.storage.backup_files import backups_dir_for
from tests.cli.conftest import Cli
from tests.conftest import PADRON
from tests.storage.damage import damage


def _schools(cli: Cli) -> None:
    assert cli("schools", "import", str(PADRON / "padron_ugel05_lima.dbf")).code == 0


def test_create_list_and_keep(enrolled: Cli) -> None:
    made = enrolled("backup", "create", "--json")
    assert made.code == 0, made.err
    backup = json.loads(made.out)
    assert backup["kind"] == "manual" and backup["good"] is True
    listed = json.loads(enrolled("backup", "list", "--json").out)
    assert [b["backup_id"] for b in listed] == [backup["backup_id"]]
    assert backup["backup_id"] in enrolled("backup", "list").out
    english = enrolled("--lang", "en", "backup", "keep", "--daily", "3")
    assert english.out.strip() == ("The last 3 daily backups and the last 10 others are kept.")
    refused = enrolled("backup", "keep", "--other", "0")
    assert refused.code == 1 and refused.err.count("\n") == 1 and "«0»" in refused.err


def test_restore_asks_first_and_puts_the_current_database_aside(enrolled: Cli) -> None:
    _schools(enrolled)  # the directory import makes a backup of the database before it
    [before] = json.loads(enrolled("backup", "list", "--json").out)
    assert before["kind"] == "directory"
    refused = enrolled("backup", "restore", before["backup_id"], stdin="n\n")
    assert refused.code == 1 and "--yes" in refused.err
    assert json.loads(enrolled("schools", "search", "AZUCENAS", "--json").out) != []
    done = enrolled("backup", "restore", before["backup_id"], "--yes", "--json")
    assert done.code == 0, done.err
    report = json.loads(done.out)
    assert report["new_device_id"]  # a laptop: a new identity to be approved
    assert json.loads(enrolled("schools", "search", "AZUCENAS", "--json").out) == []
    assert (backups_dir_for(enrolled.db) / "aside").is_dir()


def test_a_damaged_database_is_refused_in_one_line_naming_the_backup(enrolled: Cli) -> None:
    _schools(enrolled)
    backup = json.loads(enrolled("backup", "create", "--json").out)["backup_id"]
    damage(enrolled.db, first=0.05, last=0.95)
    check = enrolled("backup", "check")
    assert check.code == 1
    assert check.err.count("\n") == 1 and "Traceback" not in check.err
    assert f"backup restore {backup}" in check.err and "dañada" in check.err
    searched = enrolled("schools", "search", "LAS")
    assert searched.code == 1 and f"backup restore {backup}" in searched.err
    assert enrolled("backup", "restore", backup, "--yes").code == 0
    assert enrolled("backup", "check").code == 0
    assert "LAS AZUCENAS" in enrolled("schools", "search", "AZUCENAS").out


def test_resend_with_nothing_exported_says_so(enrolled: Cli, tmp_path) -> None:
    result = enrolled("export", "--resend", "--out", str(tmp_path))
    assert result.code == 0 and "No hay paquetes por reenviar" in result.out
