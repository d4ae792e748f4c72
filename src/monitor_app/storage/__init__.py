"""SQLite storage through sqlite-utils: schema, migrations, change capture, directory tables."""
