"""`manage.py relate`: plain texts or sides with the context a stored claim has."""

import json

from django.core.management import call_command


def relate(tmp_path, capsys, *rows) -> tuple[list[dict], str]:
    path = tmp_path / "pairs.jsonl"
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    )
    call_command("relate", str(path))
    out, err = capsys.readouterr()
    return [json.loads(line) for line in out.splitlines()], err


def test_plain_texts_keep_working(tmp_path, capsys):
    rows, err = relate(tmp_path, capsys, {"id": 1, "a": "قتل 19 مدنياً في إدلب", "b": "قتل 23 مدنياً في إدلب"})
    assert ([(r["id"], r["relation"]) for r in rows], err) == ([(1, "contradicts")], "")


def test_a_denial_given_as_context_contradicts_the_report(tmp_path, capsys):
    denial = {
        "text": "طائراتها قصفت سوق معرة النعمان",
        "modality": "deny",
        "source": "وزارة الدفاع الروسية",
        "published_at": "2019-07-23",
    }
    report = {"text": "27 مدنياً قتلوا في غارات روسية على سوق معرة النعمان", "source": "المرصد السوري"}
    rows, _ = relate(tmp_path, capsys, {"id": "d", "a": denial, "b": report})
    assert (rows[0]["relation"], rows[0]["evidence"]["modalities"]) == ("contradicts", ["deny", "assert"])


def test_one_publisher_repeating_itself_is_not_corroboration(tmp_path, capsys):
    text = "قتل 27 مدنياً في غارات روسية على سوق معرة النعمان يوم الاثنين"
    same = {"id": 1, "a": {"text": text, "publisher": "سانا"}, "b": {"text": text, "publisher": "سانا"}}
    other = {"id": 2, "a": {"text": text, "publisher": "سانا"}, "b": {"text": text, "publisher": "عنب بلدي"}}
    rows, _ = relate(tmp_path, capsys, same, other)
    assert [r["relation"] for r in rows] == ["related", "corroborates"]


def test_days_counted_from_each_publication_date_separate_two_incidents(tmp_path, capsys):
    a = {"text": "قتل 12 مدنياً في غارات على دوما أمس", "published_at": "2018-02-21T09:00:00Z"}
    b = {"text": "قتل 30 مدنياً في غارات على دوما اليوم", "published_at": "2018-03-10"}
    rows, _ = relate(tmp_path, capsys, {"id": 1, "a": a, "b": b})
    assert (rows[0]["relation"], rows[0]["evidence"]["incident_clashes"]) == ("unrelated", ["day"])


def test_every_bad_line_is_rejected_with_its_reason_and_counted(tmp_path, capsys):
    rows, err = relate(
        tmp_path,
        capsys,
        "{not json",
        {"id": 1, "a": {"text": "x", "modality": "maybe"}, "b": "y"},
        {"id": 2, "a": {"text": "x", "published_at": "yesterday"}, "b": "y"},
        {"id": 3, "a": {"body": "x"}, "b": "y"},
        {"id": 4, "a": {"text": "x", "colour": "red"}, "b": "y"},
        {"id": 5, "a": "قتل 19 مدنياً", "b": "قتل 19 مدنياً"},
    )
    assert [r["id"] for r in rows] == [5]
    assert err.splitlines() == [
        "line 1: malformed JSON: Expecting property name enclosed in double quotes",
        'line 2: "a.modality" must be one of assert, allege, deny, unattributed',
        "line 3: \"a.published_at\": published_at 'yesterday' is not an ISO 8601 date such as 2018-03-05 or "
        "2018-03-05T14:00:00Z",
        'line 4: "a" must be a string or an object with a string "text"',
        'line 5: "a" has unknown fields: colour',
        "5 line(s) rejected",
    ]
