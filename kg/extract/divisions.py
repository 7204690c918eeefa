"""A region's governor holds the post of the region, not of the city it is named after.

"أمير منطقة الرياض" is the emir (governor) of the Riyadh Region, one of the kingdom's thirteen
provinces; "محافظ محافظة الجبيل" the governor of the Jubail governorate. The title grammar
(`kg.extract.titles`) reads the name after the administrative noun as a place mention, and for
Riyadh, Makkah or Madinah that mention is the city (linked to the city's KB entry), so the post
came out as "emir of the city of Riyadh". When the name is a city's, the post's `of` is the
division itself, named as the text names it, noun and name ("منطقة الرياض"): the paragraph's own
mention of it when the NER tagged the whole, else a place the KB lacks. A name that is the region's
own ("منطقة الجوف"، "منطقة الحدود الشمالية": a place, not a city) stays as it is, and so does a title that
names the place without the noun ("أمير الرياض"): the text does not say which of the two it means.

Raw corpus (saudinewsnet): "أمير منطقة X" 1,431 lines (مكة 419, عسير 376, الرياض 140, نجران 81,
الباحة 70, القصيم 67, المدينة 47, تبوك 34, جازان 33, حائل 33, الحدود الشمالية 20, الجوف 3);
"محافظ محافظة X" 52 lines.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import vocab
from kg.extract.facts import Post
from kg.extract.text import DocView

#: Roles whose title may carry the administrative noun of the division they govern.
_GOVERNORS = frozenset({"region-emir", "governor"})
#: The noun, indefinite and in construct with the name: "منطقة الرياض"، "محافظة الجبيل"، "ولاية صفاقس".
_NOUNS = vocab.keys(("منطقة", "محافظة", "ولاية", "إقليم"))


def division_post(view: DocView, post: Post) -> Post:
    """`post` with its `of` the division its title names with the administrative noun, when the
    post is a governor's and its title reads "head + noun + the place's name"."""
    if post.role not in _GOVERNORS or post.of is None or post.of.mention is None:
        return post
    if post.of.mention not in view.mention_span or post.of.entity.kind != "City":
        return post  # "أمير منطقة الجوف": the name is the region's own (a place, not a city)
    first, last = view.mention_span[post.of.mention]
    noun = first - 1
    if noun < 1 or view.tokens[noun].key not in _NOUNS or view.tokens[noun].start < post.start:
        return post  # no noun, or one with a clitic ("بمنطقة"): not the title's own
    if view.tokens[last].end > post.end > 0:
        return post
    label = f"{view.tokens[noun].text} {view.mentions[post.of.mention].label}"
    whole = view.mention_at.get(noun)
    of = view.ref(whole) if whole is not None and view.mention_span[whole][1] == last and not view.is_person(whole) \
        else view.local_place(label, view.span_text(noun, last))
    return replace(post, of=of)
