"""The speaker of a reporting participle: "وأشاد X بالعلاقات، مؤكدا أنه التقى Y" — X met Y.

A clause that opens with "إنه/أنه" and a meeting verb at once reports the speaker's own meeting
(`kg.extract.meeting_clauses.reported_by`), the speaker read from the reporting clause before it.
When that clause is a participle with no subject of its own ("مؤكدا"، "مشيرا إلى"، "لافتا إلى"،
"موضحا"، `vocab.CONTINUE_VERBS`), its speaker is the subject of the clause it hangs on, earlier in
the sentence; the meeting had one side and no record.

Raw corpus (both files, grep -cE): a participle (مؤكدا، مشيرا، لافتا، موضحا، مبينا، مضيفا، معربا،
منوها), إلى optional, أنه/إنه/أنها, then at once a meeting verb (التقى، بحث، اجتمع، أجرى، زار،
استقبل، تلقى and their imperfects): 33 paragraphs.

The speaker is looked for back through the sentence's clauses: a reporting clause with a party of its
own gives it ("وقال الوزير X …، مشيرا إلى أنه …"), another participle is passed over ("وأضاف مؤكدا،
مشيرا إلى أنه …"), and so is reported content ("قال X إن Z …، مشيرا إلى أنه …"); the sentence's first
clause, if it reports nothing, gives its first person ("استقبل X Y، مؤكدا أنه …"). Nothing is taken
across the sentence.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.meeting_roles import first_party_after, speaking_side
from kg.extract.officials import Officials
from kg.extract.text import DocView


def reporting_speaker(view: DocView, off: Officials, clauses: list[tuple[int, int]], i: int,
                      said: tuple[int, int] | None) -> Ref | None:
    """Who speaks in the reporting clause `said` (the clause before clause i), or, when that clause is
    a participle without a party, the subject it hangs on earlier in the sentence; None otherwise."""
    if said is None:
        return None
    found = speaking_side(view, off, *said)
    if found is not None or i < 1 or not view.tokens[clauses[i - 1][0]].is_(vocab.CONTINUE_VERBS):
        return found
    for k in range(i - 2, -1, -1):
        a, b = clauses[k]
        tok = view.tokens[a]
        if tok.is_(vocab.SAY_VERBS) or tok.is_(vocab.CONTINUE_VERBS):
            found = speaking_side(view, off, a + 1, b)
        elif k == 0:
            found = first_party_after(view, off, a, b)  # "استقبل X Y، مؤكدا أنه …": the main clause's subject
        else:
            continue  # "قال X إن الزيارة مهمة، مشيرا إلى أنه …": reported content, the speaker is before
        if found is not None:
            return found if found.entity.kind in ("Person", "Country") else None
    return None
