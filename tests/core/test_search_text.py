from monitor_app.core.search import fold, fts_query


def test_fold_removes_accents_and_case() -> None:
    assert fold("Ñaña JARDÍN") == "nana jardin"


def test_every_word_becomes_a_prefix_term() -> None:
    assert fts_query("San Juán 03") == '"san"* AND "juan"* AND "03"*'


def test_punctuation_and_quotes_cannot_break_the_query() -> None:
    assert fts_query('"); DROP --') == '"drop"*'
    assert fts_query("  -- ") is None
