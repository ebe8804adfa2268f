"""DJ5xx punctuation per GB/T 15834-2011, graded by how firm the standard is: the form of a mark
(:mod:`.marks`), marks that come in pairs (:mod:`.pairs`), lines and blanks (:mod:`.spacing`)."""
from .marks import (
         DashForm,
         DocumentNumberBrackets,
         DoubledPunctuation,
         EllipsisForm,
         EtcAfterList,
         HalfWidthPunctuation,
         ParallelWithoutDunHao,
)
from .pairs import AsciiQuotes, CommaBetweenQuotes, NestedMarks, TitleMarksForEvents, UnpairedMarks
from .spacing import HeadingFullStop, StraySpaces

RULES = (HalfWidthPunctuation, DoubledPunctuation, UnpairedMarks, AsciiQuotes, NestedMarks, CommaBetweenQuotes,
         EtcAfterList, EllipsisForm, DashForm, TitleMarksForEvents, HeadingFullStop, StraySpaces,
         DocumentNumberBrackets, ParallelWithoutDunHao)
