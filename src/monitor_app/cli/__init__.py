"""The `monitor-app` command line: a headless face over the services."""
