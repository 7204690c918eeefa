"""The word classes the treaty party finder reads (kg.extract.treaty_parties): prepositions that
make a mention a place or topic, not a party; state-body nouns; adverbials between a verb and
its subject; first person plurals; the words of sides, agents and negotiations. Kept apart so
the finder's module holds the reading rules only."""

from __future__ import annotations

from kg.extract import vocab

PARTY_KINDS = ("Country", "Organization", "City", "Place")
SKIP_IN_LABEL = {'"', "'", "«", "»", "“", "”"}
EXCLUDE_BEFORE = vocab.keys(("حول", "بشأن", "ضد", "عن", "تجاه", "إزاء", "بخصوص", "مثل", "في", "إلى", "الى",
                              "لدى", "وكالة", "صحيفة", "قناة", "بيان", "منذ", "داخل", "أراضي", "أراضيها",
                              "وفقا", "حسب", "بحسب", "لصالح", "من", "عبر", "نحو", "لـ"))
PARTNER = vocab.keys(("بين", "مع"))
ON_WORDS = vocab.keys(("على", "علي", "ب", "و", "أن", "إن", "التي", "الذي"))
#: "إسرائيل التي وقعت معاهدة": the relative pronoun's antecedent is the subject.
RELATIVE = vocab.keys(("التي", "الذي", "اللذين", "اللتين", "الذين", "اللذان", "اللتان"))
#: After these, countries are what the treaty is compared with ("مثل ذلك القائم مع مينسك").
COMPARISON = vocab.keys(("مثل", "غرار", "شبيه", "شبيها", "مماثل", "مماثلا", "كذلك", "بخلاف"))
PLACE_PREP = vocab.keys(("في",))
#: Words that may stand between a verb and its subject, or a subject and its verb.
ADVERBIAL = vocab.TODAY | vocab.YESTERDAY | vocab.TOMORROW | frozenset(vocab.WEEKDAYS) | vocab.keys((
    "قد", "لقد", "رسميا", "مساء", "صباح", "يوم", "الخميس", "أمس", "مؤخرا", "سابقا", "بالأحرف", "الأولى",
    "الثلاثاء", "بدورها", "بدوره", "أيضا", "كذلك", "،", ","))
#: "عن الجانب السعودي"، "من الجانب الكندي": who signs on behalf of which side.
SIDE = vocab.keys(("الجانب", "جانب", "الطرف"))
ON_BEHALF = vocab.keys(("عن", "من", "وعن", "ومن"))
#: Feminine dual endings: "بين الحكومتين"، "بين وزارتي الخارجية" are two sides, the article's pair.
FEMININE_DUAL = ("تين", "تي", "تان")
#: "من قبل X"، "من جانب X": the agent of a passive signing.
AGENT = vocab.keys(("قبل", "جانب", "طرف"))
#: "between them": the pair the clause has just named.
BETWEEN_THEM = vocab.keys(("بينهما", "بينهم", "بينهن"))
#: Prepositions with a pronoun: "لديها اتفاقيات" — the possessor is the previous actor.
HAS_PRONOUN = vocab.keys(("لديها", "لديه", "لديهما", "لديهم", "عندها", "عنده"))
#: Bodies of a state: "البرلمان الروسي"، "الحكومة الأردنية" stand for their country as a party.
STATE_BODIES = vocab.keys(("حكومة", "الحكومة", "برلمان", "البرلمان", "وزارة", "الوزارة", "رئاسة", "الرئاسة",
                           "مجلس", "المجلس", "دولة", "جمهورية", "مملكة", "المملكة", "سلطات", "السلطات",
                           "الخارجية", "الجيش", "القوات", "الدولة", "الجمهورية", "السلطنة", "سلطنة"))
#: Bodies only a state has: "ووزارة الخارجية في البيرو" stands for Peru even where the KB lacks its name.
NATIONAL_BODIES = vocab.keys(("وزارة", "ووزارة", "حكومة", "وحكومة"))
#: "الحكومة" with no state after it: in "اتفاق بين الحكومة والاتحاد العام التونسي للشغل" the government
#: of the state its counterpart's name holds (raw antcorpus: "اتفاق … بين الحكومة و" 10 paragraphs,
#: "اتفاق … مع الحكومة" 4, most with the Tunisian unions).
BARE_GOVERNMENT = vocab.keys(("الحكومة", "والحكومة"))
#: "يجري X وY مفاوضات حول اتفاقية": the subject of the support verb negotiates the treaty.
NEGOTIATION_NOUNS = vocab.keys(("مفاوضات", "المفاوضات", "محادثات", "المحادثات", "مباحثات", "المباحثات"))
SUPPORT_VERBS = vocab.SUPPORT_PAST | vocab.SUPPORT_PRESENT
#: First person plural: the speaker's side.
WE = vocab.keys(("لدينا", "عندنا", "بلادنا", "دولتنا", "حكومتنا", "بلدنا", "وقعنا", "أبرمنا", "سنوقع", "نوقع",
                 "اتفاقيتنا", "اتفاقنا", "معاهدتنا", "اتفاقاتنا", "اتفاقياتنا"))
