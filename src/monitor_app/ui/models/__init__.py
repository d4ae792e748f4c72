"""Hand-written Qt table models over what the services return: one per kind of list."""
