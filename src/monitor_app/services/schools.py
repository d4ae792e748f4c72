"""Finding schools in the directory."""

from __future__ import annotations

from monitor_app.core.directory import School
from monitor_app.services.context import AppContext
from monitor_app.storage import schools as school_table


def search_schools(ctx: AppContext, text: str, limit: int) -> list[School]:
    return school_table.search_schools(ctx.store, text, max(1, limit))


def count_schools(ctx: AppContext) -> int:
    return school_table.count_schools(ctx.store)
