"""Translations of the interface: ``priorizar_<code>.ts`` (sources) and ``.qm`` (compiled)."""
