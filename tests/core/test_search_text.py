from monitor_app.core.search import fold, fts_query


def test_fold_removes_accents_and_case() -> None:
    assert fold("Ñaña JARDÍN") == "nana jardin"


def test_every_word_becomes_a_prefix_term() -> None:
    assert fts_query("San Juán 03") == '"san"* AND "juan"* AND "03"*'


def test_punctuation_and_quotes_cannot_break_the_query() -> None:
    assert fts_query('"); DROP --') == '"drop"*'
    assert fts_query("  -- ") is None


def test_a_word_found_only_in_a_hidden_field_is_reported() -> None:
    from monitor_app.core.search import unexplained_matches

    shown = {"cen_edu": "MI PEQUEÑO ANGELITO", "d_dist": "EL AGUSTINO"}
    hidden = {"cen_pob": "JOSÉ MARÍA ARGUEDAS", "director": ""}
    assert unexplained_matches("jose maria", shown, hidden) == ("cen_pob",)
    assert unexplained_matches("angel agustino", shown, hidden) == ()  # all in sight
    assert unexplained_matches("pequeño arg", shown, hidden) == ("cen_pob",)  # a prefix
    assert unexplained_matches("", shown, hidden) == ()
