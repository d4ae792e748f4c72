"""Which office takes whose bundles: each level talks only to the next (issue 13)."""

from __future__ import annotations

from monitor_app.core.roles import Role, office_above, office_below, sender_refusal


def test_each_installation_joins_the_office_one_level_up() -> None:
    assert [office_above(r) for r in (Role.ESPECIALISTA, Role.DIRECTOR, Role.UGEL, Role.DRE,
                                      Role.NACIONAL)] == [Role.UGEL, Role.UGEL, Role.DRE,
                                                          Role.NACIONAL, None]
    assert [office_below(r) for r in Role] == [None, None, None, Role.UGEL, Role.DRE]


def test_a_station_refuses_every_sender_but_the_level_below() -> None:
    taken = {(station, sender) for station in Role for sender in Role
             if sender_refusal(station, sender) is None}
    laptops = {(Role.UGEL, Role.ESPECIALISTA), (Role.UGEL, Role.DIRECTOR)}
    assert taken & {(s, r) for s in (Role.UGEL, Role.DRE, Role.NACIONAL) for r in Role} == (
        laptops | {(Role.DRE, Role.UGEL), (Role.NACIONAL, Role.DRE)})
    assert sender_refusal(Role.NACIONAL, Role.ESPECIALISTA) == "not_a_dre"
    assert sender_refusal(Role.NACIONAL, Role.UGEL) == "not_a_ugel_station"
    assert sender_refusal(Role.DRE, Role.DIRECTOR) == "not_a_ugel"
    assert sender_refusal(Role.UGEL, Role.DRE) == "not_a_dre_station"
    assert sender_refusal(Role.DRE, Role.DRE) == "not_a_dre_station"
