"""The four levels with the DRE and the national station on PostgreSQL, the UGEL and the laptop
on files: byte-identical listings on both engines, up and back down (issue 13)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli
from tests.national_chain import build_chain, check_up_and_down


def test_the_chain_with_the_dre_and_the_national_station_on_a_server(
        cli: Cli, tmp_path: Path, pg_url: str, new_pg_url: str) -> None:
    chain = build_chain(cli, tmp_path, dre=pg_url, nacional=new_pg_url)
    check_up_and_down(cli, chain, tmp_path)

