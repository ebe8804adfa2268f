"""Python rule families: one module per family, or a package once it outgrows one file
(``numbering/``); each exposes ``RULES = (...)`` (or ``get_rules()``), and ``PACK_DATA``,
``check_config`` and ``warm`` when it has them.  Modules that register no rules are helpers
the families share."""
