"""Monitor de Campo: offline monitoring of Peruvian schools for UGEL/DRE specialists and directors."""

__version__ = "0.1.0"
