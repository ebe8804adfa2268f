"""DJ44x 语病: the sentence faults a reviewer circles on every draft (issue 32).

One module per fault class; each rule is precise before it is thorough: where a pattern
cannot be told from correct report prose with confidence it is left out.  The rules are in
the phrase category (DJ4xx), with severity warning; messages name the fault and the fix.
"""
from __future__ import annotations

#: the category of the family's rules (DJ4xx): the family is not named after it
CATEGORY = "phrase"

from .collocation import Collocation
from .counts import CountMismatch
from .fragment import MissingMainClause
from .mixed import MixedStructure
from .negation import Negation
from .quoted import QuotedCategory
from .redundancy import Redundancy
from .sides import OneSideTwoSides
from .subject import SwallowedSubject

RULES = (Redundancy, Collocation, MixedStructure, SwallowedSubject, OneSideTwoSides, Negation, QuotedCategory,
         CountMismatch, MissingMainClause)
