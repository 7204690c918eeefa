"""Deputies of posts that had no deputy role: the spokesman's, the governor's, the chancellor's, the envoy's.

`kg.extract.titles` reads "نائب" + a title as the deputy's own post only where `vocab.PREFIXED_ROLES` names
the combined role; for any other head it returned no title at all ("نائب + a title we have no role for:
not guessed"), so the person named after "نائب المتحدث باسم الخارجية الفلانية" or "نائب محافظ البنك
الفلاني" got no post — the name was found, the post was lost. These are the deputies news writes of the
remaining heads, each with its raw-corpus evidence (lines of ../shared/data/arabic-news-raw/, both files,
holding the words: `zcat *.txt.gz | grep -c …`). The Arabic label starts with نائب, the head noun the post is
known by. `vocab` merges both tables into its own; `kg.extract.titles` also reads the deputy of an assistant
("نائب مساعد وزير الدفاع": the assistant's role, then its deputy).
"""

from __future__ import annotations

#: code → Arabic label, English label.
ROLES: dict[str, tuple[str, str]] = {
    # "نائب المتحدث باسم الوزارة الفلانية X": نائب المتحدث 57, نائب الناطق 8, نائبة المتحدث 2
    "deputy-spokesperson": ("نائب المتحدث", "Deputy Spokesperson"),
    # "نائب محافظ البنك الفلاني X"، "نائب حاكم المصرف الفلاني X": نائب محافظ 17, نائب المحافظ 8, نائب حاكم 8
    "vice-governor": ("نائب المحافظ", "Vice-Governor"),
    # "نائب المستشارة الفلانية X" (a Vice-Chancellor): نائب المستشار(ة) 25
    "vice-chancellor": ("نائب المستشار", "Vice-Chancellor"),
    # "نائب مستشار الأمن الفلاني X"، "نائب مستشار الرئيس": نائب مستشار 14
    "deputy-adviser": ("نائب مستشار", "Deputy Adviser"),
    # "نائب مساعد وزير الخارجية الفلاني لشؤون المنطقة X": نائب مساعد 30 (ونائب مساعد 22 of them)
    "deputy-assistant-minister": ("نائب مساعد وزير", "Deputy Assistant Minister"),
    # "نائب المرشد العام للجماعة الفلانية X": نائب المرشد 6
    "deputy-supreme-leader": ("نائب المرشد", "Deputy Supreme Leader"),
    # "نائب المشرف العام على الهيئة الفلانية X": نائب المشرف 6
    "deputy-supervisor": ("نائب المشرف", "Deputy Supervisor"),
    # "نائب رئيس البرلمان الفلاني X", or any chamber the speaker's title (`speaker-of-parliament`) names:
    # 45 raw lines (نائب رئيس البرلمان 13; نائب رئيس + a chamber that title names 32: 21 + 5 + 4 + 2)
    "deputy-speaker": ("نائب رئيس البرلمان", "Deputy Speaker"),
    # "نائب مندوب البلد لدى المنظمة الفلانية X": نائب مندوب 5
    "deputy-representative": ("نائب المندوب", "Deputy Representative"),
    # "نائب المبعوث الفلاني إلى البلد X": نائب المبعوث 4
    "deputy-envoy": ("نائب المبعوث", "Deputy Envoy"),
}

#: (prefix, the head's role) → the deputy's role.
PREFIXED: dict[tuple[str, str], str] = {
    ("deputy", "spokesperson"): "deputy-spokesperson",
    ("deputy", "governor"): "vice-governor",
    ("deputy", "hakim"): "vice-governor",
    ("deputy", "wali"): "vice-governor",
    ("deputy", "chancellor"): "vice-chancellor",
    ("deputy", "adviser"): "deputy-adviser",
    ("deputy", "national-security-adviser"): "deputy-adviser",
    ("deputy", "assistant-minister"): "deputy-assistant-minister",
    ("deputy", "supreme-leader"): "deputy-supreme-leader",
    ("deputy", "supervisor"): "deputy-supervisor",
    ("deputy", "representative"): "deputy-representative",
    ("deputy", "envoy"): "deputy-envoy",
    ("deputy", "speaker-of-parliament"): "deputy-speaker",
}

#: Deputies of a state's officials: their post is their state's, which `kg.extract.post_of` may read from the
#: article when the title does not say it (`vocab.NATIONAL_ROLES`), as it does for the assistant minister.
NATIONAL = frozenset({"deputy-assistant-minister", "deputy-representative", "deputy-speaker"})
