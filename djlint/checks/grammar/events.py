"""What DJ444 reads as an event someone took part in, besides the event nouns of subject.py: a
watching, listening or visiting with its object (通过观看阅兵式，通过参观红色教育基地，通过聆听专题党课).

What such an event did to the people in it (通过观看阅兵式，激发了……) has no subject: the event
is the object of 通过.  subject.py's event nouns already hold the bare verbs (通过参观，提高了……);
with the object written out the phrase ends in a place or a film, not in the verb.  Published
official text (published 1-46, corpus, samples) writes 通过参观学习，开拓视野 (a plan, no 了) and
大家表示，通过学习交流，掌握了…… (the speaker is the subject), never a done effect with no subject.
"""
from __future__ import annotations

from ...engine.kinds import compile_

#: a watching, listening or visiting and what was watched (the whole object of 通过, up to its comma);
#: not 参观学习 (a pair of verbs, the bare event subject.py reads) nor ……等方式 (a means)
WATCHED = compile_(r"(?:集中|一起|共同|组织|集体|认真|现场|实地)?(?:观看|收看|参观|聆听|瞻仰|观摩)(?!学习|交流|考察)"
                   r"(?![^，,。；;！？!?：:]*(?:方式|形式|途径|办法))[^，,。；;！？!?：:]{2,30}$")
