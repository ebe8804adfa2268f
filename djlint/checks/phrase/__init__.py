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


def segmenter(registry):
    """The word segmentation every rule's ``doc.tokens(p)`` is served from: jieba's route over
    jieba's dictionary, read from DJ421's mapped index (checks/spelling/segment.py), so a lint run
    never imports jieba or loads its dictionary (~0.8 s)."""
    from ..spelling.segment import tokenize

    index = spelling_index(registry)
    return lambda text: tokenize(index, text)


def name_guard(registry, text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` stands as a person's given name or a place's name (checks/spelling/names.py, DJ421's
    name guards): the ``names`` forms of a substitution rule (DJ411's 建义 in 高建义, 安祥 in 安祥村) are left alone there."""
    from ..spelling.names import stands_as_given_name, stands_as_place_name

    return stands_as_given_name(spelling_index(registry), text, s, e) or stands_as_place_name(text, s, e)


def warm(registry) -> None:
    """Before workers fork: the lexicon and DJ421's index, loaded once for all of them."""
    lexicon_for(registry)
    spelling_index(registry)


RULES = (FormulationVariant, EnumerationMembers, FormulationDate, NearMissFormulation, InconsistentFormulation,
         MisspelledWord)

__all__ = ["PACK_DATA", "RULES", "lexicon_for", "name_guard", "segmenter", "spelling_index", "warm"]
