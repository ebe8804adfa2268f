"""DJ4xx formulations and wording written in Python (the rest of DJ4xx are YAML rules of the
``phrase`` pack): set political formulations and their known wrong variants, enumeration members,
dates, near misses (one character off), consistency inside one document (:mod:`.formulations`,
:mod:`.members`), and misspelled words (DJ421, :mod:`.misspelling`).

The lexicon is pack data: the ``lexicon/*.yaml`` files of the built-in ``phrase`` pack and of
any rule pack the configuration names (``PACK_DATA``, :mod:`.lexicon`).
"""
from .formulations import FormulationDate, FormulationVariant, InconsistentFormulation, NearMissFormulation
from .lexicon import PACK_DATA, lexicon_for
from .members import EnumerationMembers
from .misspelling import MisspelledWord, spelling_index


def warm(registry) -> None:
    """Before workers fork: the lexicon and DJ421's index, loaded once for all of them."""
    lexicon_for(registry)
    spelling_index(registry)


RULES = (FormulationVariant, EnumerationMembers, FormulationDate, NearMissFormulation, InconsistentFormulation,
         MisspelledWord)

__all__ = ["PACK_DATA", "RULES", "lexicon_for", "spelling_index", "warm"]
