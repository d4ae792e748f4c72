"""The PostgreSQL station (issue 13, D44): only an office's command line reaches it, and only
these modules import psycopg (an optional extra the desktop build does not carry)."""
