import pytest

from config.env import EnvError, env_bool, env_int, env_list, env_origins, env_str, env_url


@pytest.mark.parametrize(
    ("value", "expected"),
    [("true", True), ("1", True), ("On", True), ("false", False), ("0", False), ("no", False)],
)
def test_env_bool_accepts_the_usual_spellings(value, expected):
    assert env_bool("X", not expected, environ={"X": value}) is expected


def test_env_bool_refuses_anything_else():
    with pytest.raises(EnvError, match=r"X='maybe' is not a boolean"):
        env_bool("X", True, environ={"X": "maybe"})


def test_unset_or_blank_variables_take_the_default():
    assert env_bool("X", True, environ={"X": "  "}) is True
    assert env_int("X", 7, environ={}) == 7
    assert env_str("X", "d", environ={"X": ""}) == "d"


def test_env_int_refuses_words_and_values_below_the_minimum():
    with pytest.raises(EnvError, match="X='ten' is not an integer"):
        env_int("X", 1, environ={"X": "ten"})
    with pytest.raises(EnvError, match="X=0 is below the minimum of 1"):
        env_int("X", 1, minimum=1, environ={"X": "0"})


def test_env_list_splits_on_commas_and_refuses_empty_items():
    assert env_list("H", [], environ={"H": "a.example, b.example"}) == ["a.example", "b.example"]
    with pytest.raises(EnvError, match="has an empty item"):
        env_list("H", [], environ={"H": "a.example,,b.example"})


@pytest.mark.parametrize(
    "url", ["postgres://postgres@127.0.0.1:5432/credibility", "postgresql://u:p@db/credibility"]
)
def test_env_url_accepts_known_schemes(url):
    assert env_url("DATABASE_URL", ("postgres", "postgresql"), environ={"DATABASE_URL": url}) == url


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://db/x", "must start with one of postgres://"),
        ("127.0.0.1:5432", "must start with one of postgres://"),
        ("postgres://", "names no host or database"),
    ],
)
def test_env_url_refuses_malformed_values(url, message):
    with pytest.raises(EnvError, match=message):
        env_url("DATABASE_URL", ("postgres",), environ={"DATABASE_URL": url})


def test_env_origins_reads_comma_separated_origins_and_defaults_to_none():
    value = "https://tools.example.org, http://localhost:3000"
    assert env_origins("O", environ={"O": value}) == ["https://tools.example.org", "http://localhost:3000"]
    assert env_origins("O", environ={}) == []


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("tools.example.org", "'tools.example.org' is not an http:// or https:// origin"),
        ("ftp://tools.example.org", "'ftp://tools.example.org' is not an http:// or https:// origin"),
        ("https://tools.example.org/app", "must be scheme://host\\[:port\\] only, with no path"),
    ],
)
def test_env_origins_refuses_what_a_browser_never_sends_as_origin(value, message):
    with pytest.raises(EnvError, match=f"O: .*{message}"):
        env_origins("O", environ={"O": value})
