"""Per device, how much of its change sequence has arrived: high-water mark and missing ranges.

A device numbers its changes 1, 2, 3... without gaps, so what the log lacks is exact: the office
records it, acknowledges the contiguous part and reports the holes; a later cumulative bundle
heals them (`sync.md`, *Acknowledgements and gaps*).
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor_app.storage.database import Store

# The log's key is (device_id, seq), so both queries walk it in key order without sorting. A
# device whose count of changes equals its highest seq has no holes: the window query, the slow
# part, runs only for the others.
_SUMMARY = ("SELECT device_id, count(*), max(seq) FROM changes {where} GROUP BY device_id "
            "ORDER BY device_id")
_HOLES = """
SELECT previous + 1, seq - 1 FROM (
  SELECT seq, lag(seq, 1, 0) OVER (ORDER BY seq) AS previous FROM changes WHERE device_id = ?
) AS log WHERE seq > previous + 1
ORDER BY seq
"""


@dataclass(frozen=True)
class DeviceGaps:
    """`high_water`: the highest seq such that 1..seq have all arrived (0 if seq 1 is missing);
    `last_seq`: the highest seq that arrived; `missing`: the absent ranges below it, inclusive."""

    device_id: str
    high_water: int
    last_seq: int
    missing: tuple[tuple[int, int], ...]

    @property
    def complete(self) -> bool:
        return not self.missing


def gaps(store: Store) -> list[DeviceGaps]:
    """One entry per device that has changes in the log, ordered by device id."""
    return _gaps(store, "", [])


def device_gaps(store: Store, device_id: str) -> DeviceGaps:
    """The same for one device (nothing arrived: high-water mark 0, no gaps)."""
    found = _gaps(store, "WHERE device_id = ?", [device_id])
    return found[0] if found else DeviceGaps(device_id, 0, 0, ())


def _gaps(store: Store, where: str, params: list[str]) -> list[DeviceGaps]:
    found = []
    summary = store.conn.execute(_SUMMARY.format(where=where), params).fetchall()
    for device_id, count, last_seq in summary:
        missing: tuple[tuple[int, int], ...] = ()
        if count < last_seq:
            missing = tuple(store.conn.execute(_HOLES, [device_id]))
        high_water = missing[0][0] - 1 if missing else last_seq
        found.append(DeviceGaps(device_id, high_water, last_seq, missing))
    return found
