"""DJ431-DJ439 facts as of the report's date (issue 31): leaders' posts and order, the Party
title, anniversaries, campaigns, plan periods and meetings by year, words typed twice.

Each fact is a row of a table under a pack's ``facts/`` folder (the built-in tables are
``rules/phrase/facts/*.tsv``), with its sources and its dates: updating a fact is a data edit.
Where the tables do not cover the date a sentence speaks of, the rules say nothing.  One idea per
module: :mod:`.data` (the tables), :mod:`.when` (the time a sentence speaks of), :mod:`.leaders`,
:mod:`.anniversaries`, :mod:`.campaigns`, :mod:`.meetings`, :mod:`.repeats`.
"""
from __future__ import annotations

from .anniversaries import AnniversaryNumber
from .campaigns import StaleCampaign
from .data import facts_for, load_facts_dir
from .events import HistoricEvent
from .leaders import LeaderOrder, LeaderPost, PartyTitle
from .meetings import MeetingDate
from .plans import PlanYear
from .repeats import DoubledWord

#: the family's rules are phrase rules (DJ4xx)
CATEGORY = "phrase"
PACK_DATA = {"facts": load_facts_dir}
RULES = (LeaderPost, LeaderOrder, PartyTitle, AnniversaryNumber, StaleCampaign, PlanYear, MeetingDate, HistoricEvent, DoubledWord)


def warm(registry) -> None:
    """Before workers fork: the tables, read once for all of them."""
    facts_for(registry)
