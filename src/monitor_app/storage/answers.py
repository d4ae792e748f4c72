"""What a visit's answers cover: per instrument version, the items answered and those with
evidence (written, or a live photo attached to the answer)."""

from __future__ import annotations

from monitor_app.storage.database import Store

InstrumentVersion = tuple[str, int]


def answered_items(store: Store, visit_id: str
                   ) -> dict[InstrumentVersion, tuple[set[str], set[str]]]:
    """(instrument, version) -> (items answered, items with evidence) of a visit's live answers."""
    rows = store.conn.execute(
        "SELECT a.instrument, a.version, a.item, a.value IS NOT NULL, "
        "coalesce(a.evidence_text, '') != '' OR EXISTS (SELECT 1 FROM evidence e "
        "  WHERE e.answer_id = a.id AND e._deleted = 0) "
        "FROM answers a WHERE a.visit_id = ? AND a._deleted = 0",
        [visit_id],
    )
    found: dict[InstrumentVersion, tuple[set[str], set[str]]] = {}
    for code, version, item, answered, evidenced in rows:
        answered_set, evidenced_set = found.setdefault((code, version), (set(), set()))
        if answered:
            answered_set.add(item)
        if evidenced:
            evidenced_set.add(item)
    return found
