"""DJ2xx placeholder rules written in Python (the simple x/XX/*/×/○/□ forms are DJ201 in rules/placeholder):
what a template leaves for the drafter (:mod:`.template`), a mark that ate part of a word (:mod:`.redaction`)
and a leader's name taken out of a set formulation (:mod:`.leaders`)."""
from .leaders import LeaderNameRemoved
from .redaction import OverRedaction
from .template import FillInBlank, HighlightedPlaceholder, TemplateInstruction

RULES = (FillInBlank, TemplateInstruction, HighlightedPlaceholder, OverRedaction, LeaderNameRemoved)
