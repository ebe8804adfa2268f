"""DJ3xx numbering: heading labels (一、 → （一） → 1. → （1）, :mod:`.headings`) and 一是/二是
enumerations in running text (:mod:`.enumerations`)."""
from .enumerations import EnumerationSequence, LoneEnumeration, MixedEnumeration
from .headings import (
                       BracketLabelPunctuation,
                       DoubleLabel,
                       HeadingSequence,
                       InvertedLevel,
                       LabelBrackets,
                       LabelDelimiter,
)

RULES = (HeadingSequence, LabelDelimiter, BracketLabelPunctuation, LabelBrackets, InvertedLevel, DoubleLabel,
         EnumerationSequence, LoneEnumeration, MixedEnumeration)
