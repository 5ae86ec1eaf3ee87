"""Priorizar: participatory multi-criteria decisions (TOPSIS and AHP) for community workshops."""

__version__ = "0.1.0"
