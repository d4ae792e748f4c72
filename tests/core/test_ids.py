import uuid

from monitor_app.core.ids import natural_id, school_id, uuid7


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
