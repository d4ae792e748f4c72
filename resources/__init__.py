"""Data files shipped with the app: translations, instruments."""
