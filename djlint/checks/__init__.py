"""Python rule families, one module per family; each ends with ``RULES = (...)``."""
