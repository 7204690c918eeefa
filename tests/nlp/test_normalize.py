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


def _per_character(text: str, line_paragraphs: bool) -> tuple[str, tuple[int, ...]]:
    """The rules one character at a time: what `normalize` must equal, however it is computed."""
    from kg.nlp.normalize import _DROP, _MAP

    out, origin = [], []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        if ch == "\n" and line_paragraphs:
            out.append("\n")
            origin.append(i)
        out.append(ch.translate(_MAP))
        origin.append(i)
    return "".join(out), tuple(origin)


def test_run_copying_normalize_equals_the_per_character_rules():
    import random

    rng = random.Random(7)
    alphabet = list("قال الرئيس بوتين إن أى ک«»\n\n ") + [
        "\u064b", "\u064e", "\u0651", "\u0640", "\u200f", "\ufeff", "\u0670"]
    texts = ["", "\n", "\u064b", "ـ", "وإيرانُ\nـ «طهران»\u064b"] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(300)]
    for text in texts:
        for lines in (False, True):
            norm = normalize(text, line_paragraphs=lines)
            assert (norm.text, norm.origin) == _per_character(text, lines), repr(text)
