"""The KB build's decisions, as documented tables (data/README.md summarises them).

Where sources disagree, the resolution is an explicit entry here; the build fails on any
disagreement without one. Nothing in these tables is guessed from memory.
"""

from __future__ import annotations

import re

from kg.link.normalize import match_key

#: Country QIDs where the three QID sources (dr5hn, rigour, country-codes) disagree.
#: Principle: the item the common name denotes (the country or territory itself), as
#: the kb-sources cross-check (README §9) recommends; the other QIDs are kept in
#: `other_qids` because they are a different scope, never sameAs.
QID_DECISIONS: dict[str, tuple[str, str]] = {
    "DK": ("Q35", "Denmark proper (dr5hn, country-codes); rigour's Q756617 is the Kingdom of Denmark"),
    "NL": ("Q55", "the Netherlands, the country هولندا names (dr5hn; kb-sources cross-check: "
                  "'Netherlands proper = Q55'); rigour and country-codes give the Kingdom Q29999"),
    "PS": ("Q219060", "State of Palestine (rigour, country-codes; kb-sources README: prefer for "
                      "فلسطين in news); dr5hn gives the Palestinian territories Q407199"),
    "EH": ("Q6250", "Western Sahara, the territory (dr5hn; kb-sources README: keep for the place); "
                    "rigour and country-codes give the SADR Q40362"),
    "RE": ("Q17070", "Réunion (rigour, country-codes); dr5hn's Q293585 is flagged by the kb-sources README"),
    "PN": ("Q35672", "Pitcairn Islands, the territory (rigour, country-codes); dr5hn gives one island"),
    "SH": ("Q192184", "Saint Helena, Ascension and Tristan da Cunha, the ISO entity (rigour, "
                      "country-codes); dr5hn gives the island Q34497"),
    "GS": ("Q35086", "rigour and country-codes agree; dr5hn's Q1137202 disagrees with both"),
    "SJ": ("Q842829", "Svalbard and Jan Mayen, the ISO entity (dr5hn, country-codes); rigour gives "
                      "Svalbard alone Q25231"),
}

#: City-state QIDs of states.csv that the kb-sources README cross-checked (§1): they count
#: as confirmed even without a rigour file.
README_CHECKED_CITY_QIDS = {
    "RU-MOW": "Q649", "UA-30": "Q1899", "BY-HM": "Q2280", "CN-BJ": "Q956", "DE-BE": "Q64", "FR-75C": "Q90",
}

#: The README's known-wrong capital QIDs on cities_extract rows, and the QID the build
#: must end up with (via the states.csv city-state row). Checked after the build.
KNOWN_CAPITAL_FIXES = {
    ("UA", "Kyiv"): ("Q517568", "Q1899"),
    ("BY", "Minsk"): ("Q21579751", "Q2280"),
    ("AZ", "Baku"): ("Q10860191", "Q9248"),
    ("GE", "Tbilisi"): ("Q2474275", "Q994"),
}

#: Countries whose cities are absent from cities_extract.tsv (kb-sources README §1).
MISSING_CITY_COUNTRIES = frozenset("AU BR DE ES FR IN IT MX PH RO RU US".split())

#: Arab League members plus Iran, Turkey and Israel: the region Arabic news covers most,
#: where provincial seats (adm1) are taken from 100k inhabitants instead of 1M.
NEWS_REGION = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IR TR IL".split()
)

#: cities_extract row types that are settlements (GeoNames PPL*); districts, counties,
#: prefectures … are not cities.
CITY_TYPES = {"capital": 0, "adm1": 1, "city": 2, "section": 3, "adm2": 4, "gov_seat": 5, "locality": 6}

#: states.csv types that denote a city rather than a province.
CITY_STATE_TYPES = frozenset({
    "city", "autonomous city", "capital city", "municipality", "special city", "capital district",
    "federal district", "metropolitan collectivity with special status", "land",
})

#: English names that are administrative units, not cities.
_ADMIN_WORDS = re.compile(
    r"\b(zone|division|district|department|province|provincia|distrito|region|county|municipality|"
    r"prefecture|borough|caza|rayon|governorate|oblast|markaz|merkez|city of|arrondissement|"
    r"departamento|municipio|kota|mu'tamadiyat|gardens)\b",
    re.IGNORECASE,
)

#: Arabic city names (dr5hn `name_ar`) that pass the automatic checks but were found on
#: review to be machine translations or common words; matching them would flood the
#: gazetteer with false hits. Keyed by (country, English name).
CITY_NAME_REJECT: dict[tuple[str, str], str] = {
    ("OM", "Şalālah"): "صلاة is 'prayer' (Salalah is صلالة)",
    ("TR", "Salihli"): "صالحي is a personal name",
    ("YE", "Salh"): "صالح is a common personal name (district)",
    ("CN", "Mile"): "ميل is 'mile'",
    ("GB", "Surrey"): "سري is 'secret'",
    ("ID", "Medan"): "ميدان is 'square/field'",
    ("MA", "Laayoune"): "العيون is 'the eyes' (طب العيون); 432 raw-corpus hits, mostly the word or other places "
                        "(Tunisian delegations): Natural Earth's NAME_AR not taken",
    ("IQ", "Sīnah"): "سيناء is Sinai (wrong name)",
    ("IR", "Qods"): "homonym of Jerusalem (القدس); news means Jerusalem",
    ("MA", "El Jadid"): "الجديد is 'the new'",
    ("LY", "Al Jadīd"): "الجديد is 'the new'",
    ("SD", "Singa"): "سنغافورة is Singapore (wrong name)",
    ("SA", "Al Adl"): "العدل is 'justice'",
    ("YE", "Al Mina"): "الميناء is 'the port'",
    ("YE", "Al Qahirah"): "a district of Taiz named like Cairo",
    ("DZ", "El Oued"): "الواد is 'the valley'",
    ("IR", "Bam"): "too short and ambiguous in Arabic text",
    ("EG", "Bilqās"): "بلقيس is a personal name (Bilqis)",
    ("JO", "As Salţ"): "machine translation (كما سالت)",
    ("LY", "Zawiya"): "زاوية is 'angle/corner' (the city is الزاوية)",
    ("LY", "Al Bayḑā’"): "البيضاء is the adjective 'white' (الدار البيضاء، روسيا البيضاء)",
    ("LY", "Al Khums"): "الخمس is 'the five'",
    ("YE", "Ibb"): "إب is spelt like آب 'August' once alef forms are folded",
    ("YE", "Al Hali"): "الحلي is 'jewellery' (a district of Hodeidah)",
    ("YE", "Al Mudhaffar"): "المظفر is a personal name (a district of Taiz)",
    ("TL", "Dili"): "ديلي is mostly 'Daily' in news (ديلي ميل، ديلي تلغراف)",
    ("SC", "Victoria"): "فيكتوريا is mostly a personal or other place name",
    ("BM", "Hamilton"): "هاميلتون is mostly a personal name",
    ("VE", "Valencia"): "news means Valencia in Spain, whose cities are missing from the source",
    ("AR", "Córdoba"): "قرطبة is Córdoba in Spain, whose cities are missing from the source",
    ("GB", "Kent"): "a county, not a city",
    ("GB", "Essex"): "a county, not a city",
    ("GB", "Hampshire"): "a county, not a city",
    ("EG", "10th of Ramadan"): "العاشر من رمضان is mostly a date (the 10th of Ramadan)",
    ("VN", "Huế"): "هوي is spelt like the verb هوى 'fell' once ى is folded",
    ("JP", "Kobe"): "كوبي is also the nisba of Cuba",
    ("NG", "Aba"): "أبا is 'father' (أبا بكر)",
    ("DZ", "Médéa"): "ميديا is 'media' in news",
    ("IR", "Sari"): "ساري is 'in force' (ساري المفعول)",
    ("SD", "Geneina"): "جنينة is 'small garden'; the city is written الجنينة",
    ("SD", "El Obeid"): "العبيد is 'the slaves'; the city is written الأبيض",
    ("DZ", "Constantine"): "قسطنطين is the personal name; the city is قسنطينة",
    ("DZ", "Béchar"): "بشار is the personal name Bashar (بشار الأسد)",
    ("IR", "Arak"): "أراك is also 'I see you', and باراك (Barack) reads as ب + أراك",
    ("GL", "Nuuk"): "بنوك 'banks' reads as ب + نوك",
    ("KI", "Kanton"): "كانتون is 'canton' (Swiss cantons) or Canton (Guangzhou) in news",
}

#: Arabic city names that fail the first-letter transliteration check only because they
#: are established Arabic exonyms; reviewed and kept. Keyed by (country, English name).
CITY_NAME_ALLOW: dict[tuple[str, str], str] = {
    ("DZ", "Algiers"): "الجزائر, Arabic name",
    ("SY", "Aleppo"): "حلب, Arabic name",
    ("IL", "Jerusalem"): "القدس, Arabic name",
    ("IL", "West Jerusalem"): "القدس الغربية, Arabic name",
    ("PS", "East Jerusalem"): "القدس الشرقية, Arabic name",
    ("PS", "Hebron"): "الخليل, Arabic name",
    ("PS", "Jericho"): "أريحا, Arabic name",
    ("IL", "Jaffa"): "يافا, Arabic name",
    ("IL", "Beersheba"): "بئر السبع, Arabic name",
    ("IL", "Hadera"): "الخضيرة, Arabic name",
    ("IL", "Ashkelon"): "عسقلان, Arabic name",
    ("MA", "Casablanca"): "الدار البيضاء, Arabic name",
    ("EG", "Luxor"): "الأقصر, Arabic name",
    ("EG", "Heliopolis"): "مصر الجديدة, Arabic name",
    ("EG", "Hurghada"): "الغردقة, Arabic name",
    ("EG", "Rosetta"): "روزيتا, transliteration",
    ("DZ", "Relizane"): "غليزان, Arabic name",
    ("TN", "Bizerte"): "بنزرت, Arabic name",
    ("TN", "Gafsa"): "قفصة, Arabic name",
    ("TN", "Gabès"): "قابس, Arabic name",
    ("TN", "Kairouan"): "القيروان, Arabic name",
    ("SA", "Mecca"): "مكة المكرمة, Arabic name",
    ("IQ", "Arbil"): "أربيل, Arabic name",
    ("LY", "Mişrātah"): "مصراتة, Arabic name",
    ("ZA", "Cape Town"): "كيب تاون, transliteration",
    ("NL", "The Hague"): "لاهاي, Arabic exonym (from French La Haye; 30 raw-corpus hits)",
}

#: Names that are real, important, and also common Arabic words: kept, but flagged so a
#: consumer can ask for more evidence (NER agreement) before linking. Keyed by entry id.
HOMOGRAPHS: dict[str, dict[str, str]] = {
    "country:ML": {"مالي": "'financial' (دعم مالي)"},
    "country:SY": {"سورية": "'Syrian' (fem., indefinite: مصادر سورية); the name only where the NER tags it or after a "
                            "preposition (curated/country_aliases.tsv, lexicons/locative_places.tsv)"},
    "country:BJ": {"بنين": "'sons' (بنين وبنات)"},
    "city:IR:mashhad": {"مشهد": "'scene'"},
    "city:KR:seoul": {"سيول": "'torrents' (سيول جارفة)"},
    "city:JO:zarqa": {"الزرقاء": "'the blue' (fem.)"},
    "city:SY:ar-raqqah": {"الرقة": "'tenderness'"},
    "city:SY:homs": {"حمص": "'chickpeas' (حمّص)"},
    "city:SY:hamah": {"حماة": "'protectors' (حُماة)"},
    "city:LY:sirte": {"سرت": "'spread' (verb)"},
    "city:IQ:ad-diwaniyah": {"الديوانية": "'customs' (adj., Maghreb usage)"},
    "city:IQ:ramadi": {"الرمادي": "'the grey'"},
    "city:IQ:al-amarah": {"العماره": "'the building' (العمارة) once ة is folded"},
    "city:EG:al-mansurah": {"المنصورة": "'the victorious' (fem.), also a name"},
    "city:SA:jeddah": {"جدة": "'grandmother' (جدّة)"},
    "city:IR:ilam": {"إيلام": "'hurting' (إيلام)"},
    "city:IR:qom": {"قم": "'stand up' (imperative)"},
    "city:YE:aden": {"عدن": "Eden (جنات عدن)"},
    # division seats (cities.py `_division_seat_names`), read in raw news samples
    "city:TN:kebili": {"قبلي": "'tribal' (مصدر قبلي), 'before me'"},
    "city:TN:el-kef": {"الكاف": "CAF, the African football confederation (مسابقة الكاف)"},
    "city:YE:al-bayda": {"البيضاء": "'the white' (fem.): الأراضي البيضاء, الدار البيضاء"},
    "city:YE:amran": {"عمران": "a given and family name (هالة عمران), 'construction'"},
    "city:JO:mafraq": {"المفرق": "'the junction' (دخول المفرق)"},
}

#: Nisba forms that would be wrong in almost every hit: all forms of Mali's nisba
#: (مالي، المالي، مالية، المالية …) are also the adjective 'financial' (وزارة المالية).
NISBA_EXCLUDED = {"ML": "every form is also the common adjective مالي 'financial' (وزارة المالية)"}

#: Source nisba forms (i18n-nationality ar.json) that are wrong (README §8 lists most);
#: other errors there (ى for ي, the article, feminine forms, يي) are fixed by rule.
NISBA_SOURCE_WRONG: dict[str, str] = {
    "WF": "ويلزي is 'Welsh', not Wallis and Futuna",
    "CV": "االرأس الأخضر is a misspelt country name, not an adjective",
    "UY": "أوروجواي is the country name, not the adjective",
}

#: Countries for which the nisba is also derived from the country name although the
#: source has one: the source form is archaic (README §8).
NISBA_ALSO_FROM_NAME = {
    "ET": "حبشي is archaic; news writes إثيوبي",
    "GR": "إغريقي means ancient Greek; news writes يوناني",
    "BD": "the source has بنجلاديشي only; news writes the nisba of each spelling of the name "
          "(../shared/data/arabic-news-raw, 2026-12-07: البنجلادشية 16, البنغلاديشية 11, البنغلاديشي 17 lines, "
          "البنغلادشي/ة 5)",
}

#: Broken plurals (lexical, not rule-made) of nisba bases that appear in the source list.
#: Sound plurals (‑ون/‑ين/‑ات) are generated for every base by rule.
BROKEN_PLURALS: dict[str, tuple[str, ...]] = {
    "روسي": ("روس",),
    "ألماني": ("ألمان",),
    "تركي": ("أتراك",),
    "أفغاني": ("أفغان",),
    "صربي": ("صرب",),
    "كرواتي": ("كروات",),
    "بلغاري": ("بلغار",),
    "أرميني": ("أرمن",),
    "إسباني": ("إسبان",),
    "ألباني": ("ألبان",),
    "هندي": ("هنود",),
    "مغربي": ("مغاربة",),
    "أمريكي": ("أمريكان",),
    "طاجيكي": ("طاجيك",),
}

#: Adjectives that agree with the nisba they follow (كوري جنوبي → الكورية الجنوبية).
_AGREEING = frozenset(match_key(w) for w in ("شمالي", "جنوبي", "شرقي", "غربي", "استوائي", "إستوائي"))

#: Nisba inflection: (suffix, rule). Applied to the masculine singular base.
NISBA_SUFFIXES = (
    ("", "masc.sg"),
    ("ة", "fem.sg (+ة)"),
    ("ون", "masc.pl nominative (+ون)"),
    ("ين", "masc.pl/dual oblique (+ين)"),
    ("ات", "fem.pl (+ات)"),
    ("ان", "masc.dual nominative (+ان)"),
    ("تان", "fem.dual nominative (+تان)"),
    ("تين", "fem.dual oblique (+تين)"),
)

#: Spelling variants written interchangeably in news (Gulf أمريكا / Levant أميركا).
SPELLING_VARIANTS = (("أمريك", "أميرك"), ("امريك", "اميرك"))

#: Capital-list sources (not in kb-sources; read from the public code index, facts only:
#: Wikidata QIDs are CC0). Each names the capital with its QID.
CONZEPT = "github:waldenn/conzept@149bbc9633a4bc725a076517c7a379eaa7c6e6de:app/explore2/src/data/countries.js"
CAPITALS_JSON = "github-index:56639068600"  # a country → capital table with `wikidata` per capital
MAPBOX_DHAKA = "github-index:16090338499"  # a Mapbox geocoder record: place Dhaka Q1354 in district Q1850485

#: Capitals whose dr5hn city row carries another item's QID (issue 18): the capital's QID
#: as the capital lists give it, with at least two of them. `kg.link.kb.build.cities`
#: replaces the row's QID and logs the decision.
CAPITAL_QIDS: dict[tuple[str, str], tuple[str, tuple[str, ...], str]] = {
    ("BD", "Dhaka"): ("Q1354", (CONZEPT, MAPBOX_DHAKA),
                      "the row is Dhaka District (Q1850485, its population 16.8 million); conzept's "
                      "capital of Q902 and the Mapbox record (place Q1354 inside district Q1850485) give the city"),
    ("PT", "Lisbon"): ("Q597", (CONZEPT, CAPITALS_JSON),
                       "the row's Q33690701 is not the capital's QID in either capital list"),
}

#: Curated QIDs where the public sources disagree: entry → (chosen, rejected, sources of the
#: rejected value, why). The build checks the curated row holds the chosen QID and logs it.
CURATED_QID_DECISIONS: dict[str, tuple[str, str, str, str]] = {
    "org:UNHCR": ("Q132551", "Q28606331", "github:confirmordeny/supraverden@0022708:dist/ALL_BODIES.md",
                  "three independent code files (github-index:57946607384, 13037859150, 57686936851) give "
                  "Q132551 for the UN High Commissioner for Refugees; one list gives Q28606331; the majority "
                  "is taken and the list's value is not used"),
}

#: City QIDs where Natural Earth disagrees with dr5hn and a third look-up settles it (issue 18):
#: entry id → (chosen QID, rejected QID, sources that give the chosen QID for this city (they
#: confirm it), why). Applied by `naturalearth.confirm_cities` only when Natural Earth gives the
#: chosen QID; the rejected one goes to `other_qids`.
CITY_QID_DECISIONS: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "city:MA:casablanca": (
        "Q7903", "Q649078", ("github-index:37240085232", "github-index:65860785154", "github-index:29157996103"),
        "three code files give Q7903 for the city Casablanca (a city record with countryCode MA; a city "
        "table with its coordinates; Morocco's largest city Q1028 → Q7903); Q649078 is in no file of the "
        "public code index"),
    "city:CA:montreal": (
        "Q340", "Q2826806", (),
        "dr5hn's Q2826806 is the urban agglomeration of Montréal, an ADM2 unit (a GeoDB record typed ADM2, "
        "github-index:15125666; an OpenStreetMap note naming it the agglomération, github-index:18039848366); "
        "Natural Earth's populated place Montréal is Q340 (single-source)"),
}
