"""How each role and identity reads in the window (every role has words; a DRE has no code)."""

from __future__ import annotations

from monitor_app.core.roles import DeviceIdentity, Role, Scope
from monitor_app.ui.role_names import identity_label, role_hint, role_label


def test_every_role_has_a_label_and_a_hint(qapp: object) -> None:
    for role in Role:
        assert role_label(role) and role_hint(role)


def test_a_dre_reads_without_a_ugel_code_and_a_director_with_her_school(qapp: object) -> None:
    dre = DeviceIdentity("d", Role.DRE, "DRE Lima", Scope(""), "k", "t")
    assert identity_label(dre) == "DRE · DRE Lima"
    director = DeviceIdentity("d", Role.DIRECTOR, "Rosa", Scope("150105", "0335273"), "k", "t")
    assert identity_label(director) == "Director(a) · Rosa · UGEL 150105 · IE 0335273"
