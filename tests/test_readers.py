"""Readers: format detection, bad inputs (each becomes a Skip or a clear error), prepare(), dates."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from dotterel.dates_meta import normalise_date, validate_date_option
from dotterel.errors import EmptyInput, FileNotFound, MalformedHTML, NotEnglish, NoText, UsageError
from dotterel.model import RawDoc, Skip
from dotterel.readers import DEFAULT_MAX_BYTES, Prepared, prepare, read_inputs

ARTICLE = (
    "Rebels shell market in Sarnow\n\n"
    "Rebel artillery hit the central market in Sarnow on Thursday, killing at least six people, the "
    "regional health office said.\n"
    "The army said it had returned fire and that fighting continued into the night."
)


@pytest.fixture()
def readers_dir(fixtures_dir: Path) -> Path:
    return fixtures_dir / "readers"


def write(path: Path, data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def only(items: list) -> RawDoc | Skip:
    assert len(items) == 1, items
    return items[0]


# --- plain text ------------------------------------------------------------------------------------


def test_plain_text_file(tmp_path):
    path = write(tmp_path / "a.txt", ARTICLE)
    doc = only(list(read_inputs([path], default_date="2024-03-07")))
    assert isinstance(doc, RawDoc)
    assert doc.origin == path and not doc.is_html and doc.date == "2024-03-07"
    prepared = prepare(doc)
    assert isinstance(prepared, Prepared)
    assert prepared.title == "Rebels shell market in Sarnow"
    assert prepared.text.startswith("Rebel artillery") and prepared.text.endswith("into the night.")
    assert prepared.date == "2024-03-07" and prepared.origin == path


def test_blog_fixture_tail_removed(readers_dir):
    doc = only(list(read_inputs([str(readers_dir / "blog_article.txt")])))
    prepared = prepare(doc)
    assert prepared.title == "Drone strikes hit fuel depot near Lenhar"
    assert prepared.text.endswith("an accusation the rebels denied.")
    assert "Popular posts" not in prepared.text and "Posted by" not in prepared.text


# --- bad inputs ------------------------------------------------------------------------------------


def test_empty_file(tmp_path):
    skip = only(list(read_inputs([write(tmp_path / "empty.txt", b"")])))
    assert skip == Skip(input=str(tmp_path / "empty.txt"), reason="empty input", code="empty")


def test_whitespace_only_file(tmp_path):
    skip = only(list(read_inputs([write(tmp_path / "blank.txt", " \n\t\r\n  \n")])))
    assert isinstance(skip, Skip) and skip.code == "empty" and skip.reason == "empty input"


def test_binary_file(tmp_path):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    skip = only(list(read_inputs([write(tmp_path / "image.txt", data)])))
    assert isinstance(skip, Skip)
    assert skip.code == "binary" and skip.reason == "binary file, not text"


def test_control_bytes_without_nul_are_binary(tmp_path):
    data = bytes([1, 2, 3, 4, 5, 6, 65, 66]) * 200
    skip = only(list(read_inputs([write(tmp_path / "ctl.bin", data)])))
    assert isinstance(skip, Skip) and skip.code == "binary"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_non_utf8_text_decodes(tmp_path, encoding):
    text = ("Café owners in Montréal said the naïve plan would fail, and the mayor's office agreed on "
            "Monday. The résumé of the deputy mayor was published on Tuesday, officials said.")
    if encoding == "cp1252":
        text = text.replace("mayor's", "mayor’s") + " – “no comment”"
    doc = only(list(read_inputs([write(tmp_path / "w.txt", text.encode(encoding))])))
    assert isinstance(doc, RawDoc)
    assert doc.content == text


def test_cp1252_fixture(readers_dir):
    doc = only(list(read_inputs([str(readers_dir / "cp1252.txt")])))
    assert isinstance(doc, RawDoc)
    assert "naïve plan ‘would fail’ – and the mayor’s office" in doc.content


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig"])
def test_unicode_encodings(tmp_path, encoding):
    doc = only(list(read_inputs([write(tmp_path / "u.txt", ARTICLE.encode(encoding))])))
    assert isinstance(doc, RawDoc) and doc.content.strip() == ARTICLE


def test_cp1251_russian_decodes_then_is_not_english(tmp_path):
    text = ("Правительство объявило в понедельник, что новые правила будут применяться во всех регионах "
            "страны со следующей недели, сообщил представитель министерства.")
    doc = only(list(read_inputs([write(tmp_path / "ru.txt", text.encode("cp1251"))])))
    assert isinstance(doc, RawDoc) and doc.content == text
    with pytest.raises(NotEnglish, match=r"^not English \(detected: ru\)$"):
        prepare(doc)


def test_random_bytes_are_skipped(tmp_path):
    data = random.Random(7).randbytes(4096)
    skip = only(list(read_inputs([write(tmp_path / "noise.txt", data)])))
    assert isinstance(skip, Skip) and skip.code in {"binary", "encoding"}


def test_undecodable_high_bytes_are_encoding_skip(tmp_path):
    rng = random.Random(11)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(3000))
    skip = only(list(read_inputs([write(tmp_path / "high.txt", data)])))
    assert isinstance(skip, Skip) and skip.code == "encoding"
    assert skip.reason.startswith("cannot decode input: not valid UTF-8")


def test_too_large_file_skipped_without_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: fast, nothing written

    def no_read(self):
        raise AssertionError("a too-large file must not be read")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    skip = only(list(read_inputs([str(big)])))
    assert skip == Skip(input=str(big), code="too_large",
                        reason="input too large: 52.4 MB exceeds the 20.0 MB limit (--max-bytes)")
    assert DEFAULT_MAX_BYTES == 20_000_000


def test_max_bytes_option(tmp_path):
    path = write(tmp_path / "a.txt", ARTICLE)
    skip = only(list(read_inputs([path], max_bytes=100)))
    assert isinstance(skip, Skip) and skip.code == "too_large"
    assert "exceeds the 0.0 MB limit" in skip.reason


def test_stdin_too_large_reads_only_limit():
    stream = io.BytesIO(b"x" * 5000)
    skip = only(list(read_inputs(["-"], stdin=stream, max_bytes=1000)))
    assert skip == Skip(input="<stdin>", code="too_large",
                        reason="input too large: more than the 0.0 MB limit (--max-bytes)")
    assert stream.tell() == 1001


def test_missing_path_is_usage_error(tmp_path):
    missing = str(tmp_path / "nope.txt")
    with pytest.raises(FileNotFound) as err:
        read_inputs([write(tmp_path / "a.txt", ARTICLE), missing])  # raised before anything is read
    assert str(err.value) == f"path not found: {missing}"
    assert isinstance(err.value, UsageError) and err.value.exit_code == 2


def test_non_english_text(readers_dir):
    doc = only(list(read_inputs([str(readers_dir / "german.txt")])))
    with pytest.raises(NotEnglish) as err:
        prepare(doc)
    assert str(err.value) == "not English (detected: de)"
    assert err.value.code == "not_english"


def test_prepare_empty_content():
    with pytest.raises(EmptyInput, match="^empty input$"):
        prepare(RawDoc(content="  \n ", origin="<text>"))


# --- HTML -------------------------------------------------------------------------------------------


def test_html_article(readers_dir):
    doc = only(list(read_inputs([str(readers_dir / "article.html")])))
    assert isinstance(doc, RawDoc) and doc.is_html
    prepared = prepare(doc)
    assert prepared.title == "Ostrel and Varnia agree to reopen border crossing"
    assert prepared.date == "2023-06-14"
    assert prepared.author == "Lena Marsh"
    assert prepared.source == "Valley Courier"
    assert prepared.url == "https://courier.example/world/ostrel-varnia-border"
    assert prepared.text.startswith("The governments of Ostrel and Varnia agreed on Tuesday")
    assert prepared.text.endswith("once the crossing was open again.")
    for boilerplate in ("Home", "Most read", "Copyright", "cookies", "<p>"):
        assert boilerplate not in prepared.text
    assert "“This is a first step towards normal relations,”" in prepared.text


def test_html_detected_by_content_not_extension(readers_dir):
    doc = only(list(read_inputs([str(readers_dir / "html_as_text.txt")])))
    assert isinstance(doc, RawDoc) and doc.is_html
    prepared = prepare(doc)
    assert "<p>" not in prepared.text and prepared.text.startswith("Flooding in the Varnia valley")


def test_plain_text_mentioning_a_tag_is_not_html(tmp_path):
    text = ARTICLE + "\nThe site's markup used a single <p> element, engineers said."
    doc = only(list(read_inputs([write(tmp_path / "a.txt", text)])))
    assert isinstance(doc, RawDoc) and not doc.is_html


def test_truncated_html_codes_what_is_there(readers_dir):
    doc = only(list(read_inputs([str(readers_dir / "truncated.html")])))
    prepared = prepare(doc)
    assert prepared.title == "Protest in Tarn"
    assert prepared.text.startswith("Hundreds of farmers blocked the main road into Tarn")


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
        "<html><body><div><div><div>",
        "<!doctype html><html><body></body></html>",
    ],
)
def test_html_without_text_is_no_text(html):
    with pytest.raises(NoText) as err:
        prepare(RawDoc(content=html, origin="<text>", is_html=True))
    assert str(err.value) == "no article text found in HTML"
    assert err.value.code == "no_text"


def test_unparseable_html_is_malformed(monkeypatch):
    from lxml import etree

    import dotterel.readers.html as html_mod

    def broken(*args, **kwargs):
        raise etree.ParserError("Document is empty")

    monkeypatch.setattr(html_mod.trafilatura, "bare_extraction", broken)
    with pytest.raises(MalformedHTML) as err:
        prepare(RawDoc(content="<html><body><p>x</p>", origin="<text>", is_html=True))
    assert str(err.value) == "cannot parse HTML: ParserError: Document is empty"


# --- JSON Lines and CSV ----------------------------------------------------------------------------


def test_jsonl_broken_lines(readers_dir):
    path = str(readers_dir / "records.jsonl")
    items = list(read_inputs([path], default_date="2023-01-01"))
    summary = [(type(i).__name__, i.origin if isinstance(i, RawDoc) else i.input) for i in items]
    assert summary == [
        ("RawDoc", f"{path}:1"),
        ("RawDoc", f"{path}:2"),
        ("Skip", f"{path}:3"),
        ("RawDoc", f"{path}:4"),
        ("Skip", f"{path}:5"),
        ("Skip", f"{path}:6"),
        ("RawDoc", f"{path}:8"),
    ]
    first, second, bad, html, empty, no_text, content = items
    assert first.input_id == "a-1" and first.title == "Talks resume in Dolsk" and first.source == "Valley Courier"
    assert first.date == "2023-06-14"
    assert second.input_id == "2" and second.date == "2023-06-15"  # RFC 2822 date normalised
    assert bad.code == "malformed_record"
    assert bad.reason == "invalid JSON on line 3: Unterminated string starting at: column 23"
    assert html.is_html and html.input_id == "a-4"
    assert (empty.code, empty.input_id) == ("empty", "a-5")
    assert no_text.code == "malformed_record" and no_text.reason.startswith("record has no text field")
    assert content.date == "2023-01-01"  # default date fills a record without one
    assert prepare(html).text == ("The army of Ostrel said on Friday it had shot down two drones near the "
                                  "Kesh crossing.\nNo one was hurt, a military spokesman said.")


def test_jsonl_from_stdin_and_non_object_line():
    data = b'{"id": "s1", "text": "' + ARTICLE.replace("\n", "\\n").encode() + b'"}\n[1, 2]\n'
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert isinstance(items[0], RawDoc) and items[0].origin == "<stdin>:1" and items[0].input_id == "s1"
    assert items[1] == Skip(input="<stdin>:2", code="malformed_record", reason="line 2 is not a JSON object")


def test_csv_records(readers_dir):
    path = str(readers_dir / "records.csv")
    items = list(read_inputs([path]))
    assert [type(i).__name__ for i in items] == ["RawDoc", "RawDoc", "Skip"]
    assert items[0].origin == f"{path}:2" and items[0].input_id == "c-1" and items[0].title == "Strike in Lenhar"
    assert items[1].title is None and items[1].date == "2023-06-25"
    assert '"never"' in items[1].content
    assert items[2].input == f"{path}:4" and items[2].code == "empty" and items[2].input_id == "c-3"


def test_tsv_and_extra_fields(tmp_path):
    path = write(tmp_path / "r.tsv", "id\ttext\nt1\tTroops left Sarnow on Monday.\nt2\ta\tb\n")
    items = list(read_inputs([path]))
    assert isinstance(items[0], RawDoc) and items[0].content == "Troops left Sarnow on Monday."
    assert items[1] == Skip(input=f"{path}:3", code="malformed_record", reason="row has 3 fields, header has 2")


def test_csv_without_text_column_is_plain_text(tmp_path):
    path = write(tmp_path / "t.csv", "name,value\na,1\n")
    doc = only(list(read_inputs([path])))
    assert isinstance(doc, RawDoc) and doc.content == "name,value\na,1\n"


# --- directories and stdin ---------------------------------------------------------------------------


def test_directory_walk_sorted_and_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / "b" / "2.txt", ARTICLE)
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "c.txt", ARTICLE)
    write(tmp_path / ".secret.txt", ARTICLE)
    write(tmp_path / ".hidden" / "x.txt", ARTICLE)
    origins = [d.origin for d in read_inputs([str(tmp_path)])]
    assert origins == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt"), str(tmp_path / "c.txt")]


def test_stdin_plain_text():
    doc = only(list(read_inputs(["-"], stdin=io.BytesIO(ARTICLE.encode()), default_date="2024-03-07")))
    assert isinstance(doc, RawDoc) and doc.origin == "<stdin>" and doc.date == "2024-03-07"


# --- publication dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["2020-02-25", "2020-02-25T10:30:00Z", "2020-02-25 23:59:00-05:00", "Tue, 25 Feb 2020 10:00:00 GMT",
     "25 February 2020", "Tuesday, 25th February 2020", "Feb 25, 2020", "February 25 2020", "Feb. 25, 2020",
     "2020/02/25", "25/02/2020", "02/25/2020", "20200225"],
)
def test_normalise_date(value):
    assert normalise_date(value) == "2020-02-25"


@pytest.mark.parametrize("value", [None, "", "garbage", "2020-02-30", "02/03/2020", "Feb 2020", "1066-10-14",
                                   "next Tuesday"])
def test_normalise_date_rejects(value):
    assert normalise_date(value) is None


def test_validate_date_option():
    assert validate_date_option("2020-02-25") == "2020-02-25"
    for bad in ("xx", "2020-2-25", "2020-02-30", "25/02/2020"):
        with pytest.raises(UsageError) as err:
            validate_date_option(bad)
        assert str(err.value) == f"invalid date '{bad}': expected YYYY-MM-DD"
