"""Use cases shared by the GUI and the command line: each write is one transaction."""
