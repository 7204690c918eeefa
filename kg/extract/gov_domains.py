"""A state's government web address in a paragraph → the country of its bare domestic titles.

A paragraph that gives a government site ("عبر الموقع http://Tawasul.moe.gov.sa"، "www.moi.gov.sa") speaks
for that state's administration, as one that credits its state news agency does (`kg.extract.agencies`):
its bare "وزير التعليم" is that state's minister. The state is the country-code top-level domain after
"gov.": IANA delegates each ccTLD to the ISO 3166-1 alpha-2 code of its country (the KB's `country:XX`),
except ".uk" (GB). `kg.extract.post_of` uses it, like the agency, only for a title with no other
country evidence, and only when the paragraph's sites are of one state.

Raw corpus (both files): 173 lines hold a "….gov.XX" address (.sa 171, .tn 2); 5 of them a minister.
"""

from __future__ import annotations

import re

_SITE = re.compile(r"(?<![\w.])(?:[a-z0-9-]+\.)+gov\.([a-z]{2})(?!\.?[a-z0-9-])", re.IGNORECASE)
#: ccTLDs that differ from their country's ISO 3166-1 code.
_NOT_ISO = {"uk": "GB"}


def gov_domain_countries(text: str) -> list[str]:
    """The KB ids of the countries whose government web addresses `text` gives, in order of first mention."""
    out: list[str] = []
    for m in _SITE.finditer(text):
        tld = m.group(1).lower()
        kb_id = f"country:{_NOT_ISO.get(tld, tld.upper())}"
        if kb_id not in out:
            out.append(kb_id)
    return out


__all__ = ["gov_domain_countries"]
