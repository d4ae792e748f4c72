"""Pieces shared by the pages: the status badge, how dates and codes are shown."""
