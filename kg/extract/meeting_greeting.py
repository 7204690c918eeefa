"""The host of a reception written with the guest named first: "وكان في استقبال الرئيس X لدى
وصوله مطار Y الأمير Z"، "وكان في وداع X لدى مغادرته … Y".

With a pronoun ("كان في استقباله Y") the first person after the cue is the host, which
`kg.extract.meeting_roles.role_mentions` reads. With the guest named in the genitive of the bare
noun, that first person is the guest: the host is the next person (or official) after the guest,
past the arrival phrase ("لدى وصوله"، "فور وصوله إلى المطار"، "– أيده الله –").

Raw corpus (../shared/data/arabic-news-raw, dev lines excluded; zcat | grep -cE): "في استقبال"
then at most 80 characters then "لدى وصول": 54 paragraphs; the lexicon row "في استقبال*" 410.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.honorific_refs import honorific_at
from kg.extract.officials import Officials
from kg.extract.text import DocView

#: The bare nouns (no possessive) after which the guest is named.
BARE = vocab.keys(("استقبال", "وداع"))
#: The host stands at most this many tokens after the guest (an arrival phrase and a place between).
REACH = 20


def _party_at(view: DocView, off: Officials, t: int, titles: dict) -> tuple[Ref, int] | None:
    """The person or titled official starting at token t, with the token his words end at."""
    m = view.mention_at.get(t)
    if m is not None and view.is_person(m):
        title = off.title_of_mention.get(m)
        end = view.mention_span[m][1]
        return view.ref(m), max(end, title.last if title is not None else end)
    if t in titles:
        title = titles[t]
        named = next((n for n, x in off.title_of_mention.items() if x is title), None)
        if named is not None:
            return view.ref(named), max(title.last, view.mention_span[named][1])
        holder = off.holder(title) or title.of
        if holder is not None:
            return holder, title.last
    return None


def host_after_guest(view: DocView, off: Officials, a: int, last: int) -> Ref | None:
    """The host of "في استقبال GUEST … HOST": the second party from token a (the guest first)."""
    titles = {title.first: title for title in off.titles}
    t = a
    while t <= last and t not in view.token_mention and t not in titles and view.tokens[t].is_(vocab.HONORIFICS):
        t += 1  # "صاحب السمو الملكي الأمير X": forms of address before the guest's name or title
    if t > last:
        return None
    if honorific_at(view, t) is not None:
        guest_end = t  # "في استقبال سموه لدى وصوله Y": the guest told before
    else:
        found = _party_at(view, off, t, titles)
        if found is None:
            return None  # "في استقبال الضيوف": no named guest right after the noun
        guest_end = found[1]
    for t in range(guest_end + 1, min(last, guest_end + REACH) + 1):
        found = _party_at(view, off, t, titles)
        if found is not None:
            return found[0]
    return None
