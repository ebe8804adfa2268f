"""Chinese-text vocabulary shared by every family (placeholder until the full module lands)."""

#: the years a report can be about (the Party's founding to a far horizon)
YEAR_MIN, YEAR_MAX = 1921, 2100
