"""DJ44x 语病: the sentence faults a reviewer circles on every draft (issue 32).

One module per fault class; each rule is precise before it is thorough: where a pattern
cannot be told from correct report prose with confidence it is left out.  The rules are in
the phrase category (DJ4xx), with severity warning; messages name the fault and the fix.
"""
from __future__ import annotations

#: the category of the family's rules (DJ4xx): the family is not named after it
CATEGORY = "phrase"

from .collocation import Collocation
from .redundancy import Redundancy

RULES = (Redundancy, Collocation)
