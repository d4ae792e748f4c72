import uuid

from monitor_app.core.identity import id_matches, natural_key_id
from monitor_app.core.ids import natural_id, school_id, uuid7
from monitor_app.core.visit_kinds import EVIDENCE


def test_uuid7_has_version_7_variant_and_the_given_time() -> None:
    value = uuid.UUID(uuid7(now_ms=1_730_000_000_000))
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert value.int >> 80 == 1_730_000_000_000


def test_uuid7_values_are_unique_and_sort_by_time() -> None:
    earlier = [uuid7(now_ms=1000) for _ in range(100)]
    later = uuid7(now_ms=1001)
    assert len(set(earlier)) == 100
    assert all(e < later for e in earlier)


def test_natural_ids_are_the_same_everywhere_and_distinct_per_key() -> None:
    assert school_id("0335273", "0") == school_id("0335273", "0")
    assert school_id("0335273", "0") != school_id("0335273", "1")
    assert natural_id("school", "0335273", "0") == school_id("0335273", "0")


SHA = "ab" * 32


def test_evidence_ids_from_before_commitment_photos_stay_the_same() -> None:
    """D34: adding `commitment_id` to the evidence key must not change a single id that older
    installations and bundles hold. These ids were computed by the code before it."""
    visit = {"sha256": SHA, "visit_id": "0190a0b0-0000-7000-8000-000000000001"}
    device = {"sha256": SHA, "safety_device_id": "0190a0b0-0000-7000-8000-000000000002"}
    assert natural_key_id(EVIDENCE, visit) == "4c1108ba-18b9-5473-9d68-d55fff0fe0f2"
    assert natural_key_id(EVIDENCE, device) == "95760eee-ef3e-565e-91ac-f288e1e6cb9e"
    assert id_matches(EVIDENCE, "4c1108ba-18b9-5473-9d68-d55fff0fe0f2", {**visit,
                                                                          "commitment_id": None})


def test_a_commitment_photo_has_an_id_of_its_own() -> None:
    on_commitment = natural_key_id(EVIDENCE, {"sha256": SHA, "commitment_id": "c1"})
    assert on_commitment == natural_id("evidence", SHA, "", "", "", "", "c1")
    assert on_commitment != natural_key_id(EVIDENCE, {"sha256": SHA, "visit_id": "c1"})
