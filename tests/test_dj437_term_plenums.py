"""DJ437's _never_held reads a term's plenum ordinals once per registry (_term_plenums): the same answers as
reading every plenum's ordinal at each name, for every term of the table and every ordinal one to ten."""
from types import SimpleNamespace

from djlint.checks.facts import meetings
from djlint.checks.facts.data import facts_for
from djlint.engine.registry import build_registry


def test_term_plenums_answer_as_the_walk_over_the_plenums():
    registry = build_registry(())
    facts = facts_for(registry)
    ctx = SimpleNamespace(registry=registry)
    terms = {x.term for x in facts.meetings if x.body == "中央委员会"}
    assert len(terms) >= 4
    ordinal = meetings._ordinal
    for _twice in range(2):  # the second time from the memo
        for term in sorted(terms):
            plenums = facts.plenums_of(term)
            ordered, held, top, complete = meetings._term_plenums(ctx, facts, term, plenums)
            assert complete == meetings._complete(facts, term, plenums)
            assert top == max(map(ordinal, plenums))
            for n in range(1, 11):
                assert (n in held) == any(ordinal(x) == n for x in plenums)
                later = min((x for x in plenums if ordinal(x) < n), key=lambda x: -ordinal(x), default=None)
                below = min((ox for ox in ordered if ox[0] < n), key=lambda ox: -ox[0], default=None)
                assert (below[1] if below is not None else None) is later
                assert below is None or below[0] == ordinal(later)
