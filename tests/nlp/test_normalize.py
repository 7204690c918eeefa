from kg.nlp.normalize import normalize, normalize_token


def test_alef_ya_persian_and_quotes_map_one_to_one():
    assert normalize_token("أإآٱ ى ک ی «» “”") == 'اااا ي ك ي "" ""'


def test_diacritics_and_tatweel_are_dropped_but_offsets_map_back():
    text = "قالَ الرئيـــسُ بوتينُ"
    norm = normalize(text)
    assert norm.text == "قال الرئيس بوتين"
    start = norm.text.index("بوتين")
    a, b = norm.to_original(start, start + len("بوتين"))
    assert text[a:b] == "بوتينُ"  # the trailing damma belongs to the last letter


def test_line_breaks_become_paragraph_breaks_without_moving_offsets():
    text = "عنوان الخبر\nموسكو (إرنا) - التقى"
    norm = normalize(text, line_paragraphs=True)
    assert "\n\n" in norm.text
    start = norm.text.index("موسكو")
    a, b = norm.to_original(start, start + 5)
    assert text[a:b] == "موسكو"


def test_fast_and_offset_keeping_normalizers_agree():
    text = "وإيرانُ ـ «طهران» ک\u200fی"
    assert normalize(text).text == normalize_token(text)
