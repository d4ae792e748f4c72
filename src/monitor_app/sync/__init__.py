"""Sync bundles: export, verify and merge (issue 3)."""
