"""Report data: checklists, coverage (issue 4). No Qt."""
