"""Readers of eventdesk.ingest, on small invented fixtures written to tmp_path."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import socket

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventdesk.errors import BadEncoding, BinaryInput, EmptyInput, InputError, MalformedInput, TooLarge
from eventdesk.ingest import count_inputs, parse_dateline, read_inputs, read_text_report, report_id
from eventdesk.ingest.dateline import Dateline
from eventdesk.models import Report

D = dt.date
BIG = 1_000_000

BODY = "Three people were hurt when a roof fell in the market of Exampleton on Friday, officials said."

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Roof falls in Exampleton market</title>
<meta property="og:site_name" content="Valley Gazette">
<meta property="article:published_time" content="2022-01-21">
<link rel="canonical" href="https://gazette.example/roof"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Roof falls in Exampleton market</h1>
<p>Three people were hurt when a roof fell in the market of Exampleton on Friday, officials said.
The market had been crowded with shoppers buying bread and vegetables before the weekend.</p>
<p>Rescue teams searched the rubble for several hours and the town council promised an inquiry
into the state of the old building, which dates from the last century.</p>
</article><footer>Contact us</footer></body></html>
"""


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def read(paths, max_bytes=BIG):
    return list(read_inputs([str(p) for p in paths], max_bytes=max_bytes))


def only(paths, max_bytes=BIG):
    (item,) = read(paths, max_bytes)
    return item


def page(title, sentence):
    body = " ".join([sentence] * 4)
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{body}</p><p>{body}</p></article></body></html>"
    ).encode()


def make_warc(path, records, gz=True):
    """records: (uri, status, content_type, body bytes, warc date) for HTTP responses."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    for uri, status, ctype, body, date in records:
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict={"WARC-Date": date}
        )
        writer.write_record(rec)
    return write(path, buf.getvalue())


# -- plain text --------------------------------------------------------------


def test_plain_text_report(tmp_path):
    p = write(tmp_path / "a.txt", BODY + "\n")
    r = only([p])
    assert isinstance(r, Report)
    assert r.text == BODY
    assert r.source == str(p)
    assert r.id == report_id(BODY) and r.id.startswith("r-") and len(r.id) == 18
    assert (r.title, r.url, r.published, r.outlet) == (None, None, None, None)


@pytest.mark.parametrize(
    "first_line, expected",
    [
        ("date 2022-01-21", D(2022, 1, 21)),
        ("Date: 2022-01-21", D(2022, 1, 21)),
        ("2022-01-21", D(2022, 1, 21)),
        ("2022-01-21T08:30:00Z", D(2022, 1, 21)),
        ("January 21, 2022", D(2022, 1, 21)),
        ("Jan. 21, 2022", D(2022, 1, 21)),
        ("21 January 2022", D(2022, 1, 21)),
        ("Friday, 21 January 2022 14:05 GMT", D(2022, 1, 21)),
        ("Published: Sept. 3, 2021", D(2021, 9, 3)),
    ],
)
def test_date_line_becomes_published_and_leaves_the_text(tmp_path, first_line, expected):
    r = only([write(tmp_path / "a.txt", f"{first_line}\n\n{BODY}\n")])
    assert r.published == expected
    assert r.text == BODY


def test_keyword_date_token_before_prose_on_the_same_line():
    r = read_text_report(f"date 2022-01-21 {BODY}", source="web")
    assert r.published == D(2022, 1, 21) and r.text == BODY


def test_a_sentence_starting_with_a_date_is_prose():
    text = "21 January 2022 was the day the roof fell."
    assert parse_dateline(text) == Dateline()
    assert read_text_report(text, source="web").text == text


def test_impossible_date_line_is_not_taken_as_a_date():
    r = read_text_report(f"2022-02-30\n\n{BODY}", source="web")
    assert r.published is None and r.text.startswith("2022-02-30")


@pytest.mark.parametrize(
    "opening, place, agency",
    [
        ("BEIRUT (AP) —", "Beirut", "AP"),
        ("GAINESVILLE , Fla. -", "Gainesville, Fla.", None),
        ("LONDON, Jan 21 (Reuters) -", "London", "Reuters"),
        ("KABUL, Afghanistan (AP) —", "Kabul, Afghanistan", "AP"),
        ("ST. LOUIS, Mo. (AP) --", "St. Louis, Mo.", "AP"),
        ("WASHINGTON, D.C. —", "Washington, D.C.", None),
        ("NEW YORK —", "New York", None),
        ("PESHAWAR:", "Peshawar", None),
    ],
)
def test_agency_dateline_stays_in_text_and_reports_place_and_agency(opening, place, agency):
    text = f"{opening} {BODY}"
    dl = parse_dateline(text)
    assert (dl.place, dl.agency, dl.body_start) == (place, agency, 0)
    r = read_text_report(text, source="web")
    assert r.text == text
    assert r.outlet == agency


@pytest.mark.parametrize("opening", ["NOTE: read this.", "UPDATE - new figures", "A man - a plan", "The CAPITAL - x"])
def test_labels_and_prose_are_not_agency_datelines(opening):
    assert parse_dateline(opening).place is None


def test_date_line_then_agency_dateline():
    text = f"2022-01-21\n\nLONDON, Jan 20 (Reuters) - {BODY}"
    dl = parse_dateline(text)
    assert dl == Dateline(date=D(2022, 1, 21), place="London", agency="Reuters", body_start=12)
    assert text[dl.body_start :].startswith("LONDON")


def test_agency_month_day_needs_a_reference_year():
    text = f"LONDON, Dec 31 (Reuters) - {BODY}"
    assert parse_dateline(text).date is None
    # Read in early January, "Dec 31" is the year before.
    assert parse_dateline(text, reference=D(2022, 1, 2)).date == D(2021, 12, 31)


def test_title_line_becomes_title():
    r = read_text_report(f"Roof falls in Exampleton market\n\n{BODY}", source="web")
    assert r.title == "Roof falls in Exampleton market"
    assert r.text == BODY


def test_title_then_date_line():
    r = read_text_report(f"Roof falls in Exampleton market\n\nJanuary 21, 2022\n\n{BODY}", source="web")
    assert (r.title, r.published, r.text) == ("Roof falls in Exampleton market", D(2022, 1, 21), BODY)


@pytest.mark.parametrize(
    "first",
    [
        "The roof fell on Friday.",  # a sentence
        "x" * 151,  # too long for a headline
        "said the mayor:",  # a lead-in
    ],
)
def test_lines_that_are_not_titles(first):
    r = read_text_report(f"{first}\n\n{BODY}", source="web")
    assert r.title is None and r.text.startswith(first)


def test_single_paragraph_is_not_a_title():
    r = read_text_report("Roof falls in Exampleton market", source="web")
    assert r.title is None and r.text == "Roof falls in Exampleton market"


def test_header_block(tmp_path):
    text = (
        "Title: Roof falls in Exampleton market\n"
        "URL: https://news.example/roof\n"
        "Outlet: Example News\n"
        "Author: A. Writer\n"
        "Section:\n"
        "Date: 21 January 2022\n"
        "\n"
        "Roof falls in Exampleton market\n"
        "\n"
        f"EXAMPLETON (AP) — {BODY}\n"
    )
    r = only([write(tmp_path / "a.txt", text)])
    assert r.title == "Roof falls in Exampleton market"
    assert r.url == "https://news.example/roof"
    assert r.outlet == "Example News"  # the header wins over the agency dateline
    assert r.published == D(2022, 1, 21)
    assert r.text == f"EXAMPLETON (AP) — {BODY}"  # repeated headline removed, dateline kept


def test_header_title_keeps_a_different_first_line():
    r = read_text_report(f"Title: Roof falls\n\nMarket closed for a week\n\n{BODY}", source="web")
    assert r.title == "Roof falls"
    assert r.text.startswith("Market closed for a week")


def test_prose_with_a_colon_is_not_a_header():
    text = f"Warning: the figures are preliminary.\n\n{BODY}"
    r = read_text_report(text, source="web")
    assert r.title is None and r.text.startswith("Warning: the figures")


def test_header_with_a_bad_date_is_malformed():
    with pytest.raises(MalformedInput, match=r"^web: header Date: cannot read 'last week' as a date$"):
        read_text_report(f"Date: last week\n\n{BODY}", source="web")


def test_header_without_text_is_empty(tmp_path):
    err = only([write(tmp_path / "h.txt", "Title: Roof falls\nDate: 2022-01-21\n")])
    assert isinstance(err, EmptyInput)


def test_caller_values_win_and_dates_may_be_strings():
    r = read_text_report(
        f"2022-01-21\n\n{BODY}", source="form", id="mine", title="T", url="u", published="2022-02-01", outlet="O"
    )
    assert (r.id, r.title, r.url, r.published, r.outlet, r.source) == ("mine", "T", "u", D(2022, 2, 1), "O", "form")
    assert r.text == BODY


def test_bom_and_crlf_are_accepted(tmp_path):
    p = write(tmp_path / "w.txt", b"\xef\xbb\xbf2022-01-21\r\n\r\n" + BODY.encode() + b"\r\n")
    r = only([p])
    assert r.published == D(2022, 1, 21) and r.text == BODY


def test_utf16_with_bom_is_accepted(tmp_path):
    r = only([write(tmp_path / "u.txt", BODY.encode("utf-16"))])
    assert r.text == BODY


# -- refusals ------------------------------------------------------------------


def test_bad_utf8_names_the_byte(tmp_path):
    p = write(tmp_path / "latin.txt", "Caf\u00e9 closed.".encode("cp1252"))
    err = only([p])
    assert isinstance(err, BadEncoding)
    assert str(err).startswith(f"{p}: not valid UTF-8 at byte 3 (0xe9)")
    assert "Windows-1252" in str(err) and "\n" not in str(err)


@pytest.mark.parametrize(
    "content",
    [
        b"abc\x00def" * 10,
        bytes(range(1, 32)) * 20,
        b"%PDF-1.7\n" + b"x" * 50,
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 20,
    ],
)
def test_binary_files_are_refused(tmp_path, content):
    err = only([write(tmp_path / "blob.txt", content)])
    assert isinstance(err, BinaryInput)


def test_empty_and_whitespace_files(tmp_path):
    empty = write(tmp_path / "empty.txt", b"")
    blank = write(tmp_path / "blank.txt", b"  \n\t\n  ")
    errs = read([empty, blank])
    assert [type(e) for e in errs] == [EmptyInput, EmptyInput]
    assert str(errs[0]) == f"{empty}: empty file"
    assert str(errs[1]) == f"{blank}: only whitespace"


def test_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    p = write(tmp_path / "big.txt", BODY * 3)
    opened = []
    real_open = type(p).open
    monkeypatch.setattr(type(p), "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    err = only([p], max_bytes=50)
    assert isinstance(err, TooLarge)
    assert str(err) == f"{p}: {len(BODY) * 3} bytes, more than the limit of 50"
    assert opened == []


def test_text_in_memory_limits():
    with pytest.raises(TooLarge):
        read_text_report("x" * 20, source="form", max_bytes=10)
    with pytest.raises(EmptyInput, match="^form: only whitespace$"):
        read_text_report(" \n ", source="form")
    with pytest.raises(BinaryInput):
        read_text_report("a\x00b", source="form")


def test_missing_path_is_an_error_and_the_batch_goes_on(tmp_path):
    good = write(tmp_path / "good.txt", BODY)
    items = read([tmp_path / "nope.txt", good])
    assert isinstance(items[0], InputError) and str(items[0]) == f"{tmp_path / 'nope.txt'}: no such file or folder"
    assert isinstance(items[1], Report)


def test_every_error_is_one_line_naming_its_input(tmp_path):
    paths = [
        write(tmp_path / "a.txt", b""),
        write(tmp_path / "b.txt", b"\x00\x01\x02"),
        write(tmp_path / "c.txt", b"\xff\xfe\xfd"[1:]),
        write(tmp_path / "d.html", "<html><body></body></html>"),
        write(tmp_path / "e.jsonl", "{nope\n"),
        write(tmp_path / "f.warc", "not a warc\n"),
    ]
    items = read(paths)
    assert len(items) == len(paths)
    for p, err in zip(paths, items):
        assert isinstance(err, InputError)
        assert str(err).startswith(f"{p}") and "\n" not in str(err)
        assert str(err) == f"{err.source}: {err.reason}"


# -- HTML --------------------------------------------------------------------


def test_html_page(tmp_path):
    r = only([write(tmp_path / "roof.html", PAGE)])
    assert r.title == "Roof falls in Exampleton market"
    assert r.text.startswith("Three people were hurt")  # headline not repeated in the text
    assert "Rescue teams" in r.text
    assert "Home" not in r.text and "Contact us" not in r.text
    assert r.published == D(2022, 1, 21)
    assert r.outlet == "Valley Gazette"
    assert r.url == "https://gazette.example/roof"
    assert r.id == report_id(r.text)


def test_html_fragment_and_htm(tmp_path):
    r = only([write(tmp_path / "frag.htm", f"<p>{BODY}</p>")])
    assert r.text == BODY


def test_html_declared_charset(tmp_path):
    html = f'<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 owner said: {BODY}</p></body></html>'
    r = only([write(tmp_path / "cp.html", html.encode("cp1252"))])
    assert r.text.startswith("Caf\u00e9 owner")


@pytest.mark.parametrize(
    "html, reason",
    [
        ("<html><head><title>Only a title</title></head><body><script>var a = 1;</script></body></html>", "no article text"),
        ("<html><body></body></html>", "no article text"),
        ("just words, no markup at all", "no HTML markup"),
    ],
)
def test_html_without_text_is_malformed(tmp_path, html, reason):
    err = only([write(tmp_path / "x.html", html)])
    assert isinstance(err, MalformedInput) and reason in err.reason


def test_html_extraction_makes_no_network_access(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert isinstance(only([write(tmp_path / "roof.html", PAGE)]), Report)


# -- JSON Lines ----------------------------------------------------------------


def test_jsonl_records_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": BODY, "title": "Roof", "url": "https://x.example/1",
                    "published": "2022-01-21", "outlet": "X"}),
        "{this is not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "a2"}),
        json.dumps({"text": "Two were hurt.", "published": "yesterday"}),
        json.dumps({"id": 7, "text": "Seven.", "published": "2022-01-22T23:10:00+02:00"}),
        json.dumps({"text": "No id here."}),
    ]  # fmt: skip
    p = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    items = read([p])
    kinds = [(type(i).__name__, i.source) for i in items]
    assert kinds == [
        ("Report", f"{p}:1"),
        ("MalformedInput", f"{p}:2"),
        ("MalformedInput", f"{p}:4"),
        ("MalformedInput", f"{p}:5"),
        ("MalformedInput", f"{p}:6"),
        ("Report", f"{p}:7"),
        ("Report", f"{p}:8"),
    ]
    first = items[0]
    assert (first.id, first.text, first.title, first.url, first.published, first.outlet) == (
        "a1", BODY, "Roof", "https://x.example/1", D(2022, 1, 21), "X",
    )  # fmt: skip
    assert "bad JSON" in items[1].reason
    assert "expected a JSON object" in items[2].reason
    assert '"text"' in items[3].reason
    assert "yesterday" in items[4].reason
    assert items[5].id == "7" and items[5].published == D(2022, 1, 22)
    assert items[6].id == report_id("No id here.")


def test_jsonl_long_line_is_refused_and_the_next_one_read(tmp_path):
    long = json.dumps({"text": "x" * 500})
    short = json.dumps({"text": "short"})
    p = write(tmp_path / "f.ndjson", f"{long}\n{short}\n")
    items = read([p], max_bytes=100)
    assert [type(i) for i in items] == [TooLarge, Report]
    assert items[0].source == f"{p}:1" and items[1].source == f"{p}:2"


def test_jsonl_bad_utf8_line(tmp_path):
    p = write(tmp_path / "f.jsonl", b'{"text": "caf\xe9"}\n{"text": "ok"}\n')
    items = read([p])
    assert isinstance(items[0], BadEncoding) and items[0].source == f"{p}:1"
    assert isinstance(items[1], Report)


def test_jsonl_empty_and_binary(tmp_path):
    assert isinstance(only([write(tmp_path / "e.jsonl", "\n\n")]), EmptyInput)
    assert isinstance(only([write(tmp_path / "b.jsonl", gzip.compress(b'{"text": "x"}\n'))]), BinaryInput)


# -- WARC ----------------------------------------------------------------------


def warc_records():
    return [
        ("https://one.example/a", "200 OK", "text/html; charset=utf-8", page("First page", "A bridge closed in Exampleton after a flood."), "2022-01-21T10:00:00Z"),
        ("https://one.example/logo.png", "200 OK", "image/png", b"\x89PNG....", "2022-01-21T10:00:01Z"),
        ("https://one.example/old", "301 Moved Permanently", "text/html", b"", "2022-01-21T10:00:02Z"),
        ("https://two.example/b", "200 OK", "text/html", page("Second page", "Two boats sank off the coast of Exampleton."), "2022-01-22T09:00:00Z"),
    ]  # fmt: skip


@pytest.mark.parametrize("gz", [True, False])
def test_warc_pages(tmp_path, gz):
    p = make_warc(tmp_path / ("a.warc.gz" if gz else "a.warc"), warc_records(), gz=gz)
    items = read([p])
    assert [type(i) for i in items] == [Report, Report]
    first, second = items
    # record 1 is warcinfo, 3 the image, 4 the redirect
    assert (first.source, second.source) == (f"{p}#2", f"{p}#5")
    assert first.url == "https://one.example/a"
    assert first.title == "First page" and first.text.startswith("A bridge closed")
    assert first.published == D(2022, 1, 21)  # the page has no date: WARC-Date
    assert second.published == D(2022, 1, 22)
    assert first.outlet == "one.example"


def test_truncated_gzip_warc_keeps_the_records_before_the_break(tmp_path):
    p = make_warc(tmp_path / "t.warc.gz", warc_records())
    data = p.read_bytes()
    write(p, data[:-60])
    items = read([p])
    assert isinstance(items[0], Report) and items[0].source == f"{p}#2"
    assert isinstance(items[-1], MalformedInput) and items[-1].source == f"{p}#5"
    assert "truncated" in items[-1].reason


def test_truncated_plain_warc(tmp_path):
    p = make_warc(tmp_path / "t.warc", warc_records(), gz=False)
    write(p, p.read_bytes()[:-300])
    items = read([p])
    assert isinstance(items[0], Report)
    assert isinstance(items[-1], MalformedInput) and "truncated" in items[-1].reason


@pytest.mark.parametrize(
    "content, kind",
    [
        (b"hello, this is not an archive\n", MalformedInput),
        (b"\x1f\x8b\x08\x00garbage", MalformedInput),
        (b"", EmptyInput),
    ],
)
def test_not_a_warc(tmp_path, content, kind):
    assert isinstance(only([write(tmp_path / "x.warc.gz", content)]), kind)


def test_warc_without_pages(tmp_path):
    p = make_warc(tmp_path / "img.warc.gz", [warc_records()[1]])
    err = only([p])
    assert isinstance(err, EmptyInput) and "no HTML pages" in err.reason


# -- folders, dispatch, ids --------------------------------------------------


def test_directory_walk_is_sorted_recursive_and_skips_hidden(tmp_path):
    root = tmp_path / "in"
    write(root / "b.txt", "Bravo report text.")
    write(root / "a" / "z.txt", "Zulu report text.")
    write(root / "a" / "c.txt", "Charlie report text.")
    write(root / "C.txt", "Capital report text.")
    write(root / ".hidden.txt", "Hidden report text.")
    write(root / ".git" / "x.txt", "Hidden folder text.")
    items = read([root])
    assert [i.source for i in items] == [
        str(root / "C.txt"),
        str(root / "a" / "c.txt"),
        str(root / "a" / "z.txt"),
        str(root / "b.txt"),
    ]
    assert count_inputs([root]) == 4
    assert count_inputs([str(root), str(tmp_path / "missing")]) == 5
    # A hidden file named explicitly is read.
    assert isinstance(only([root / ".hidden.txt"]), Report)


def test_source_is_the_path_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "in" / "r.txt", BODY)
    assert [i.source for i in read_inputs(["in"], max_bytes=BIG)] == ["in/r.txt"]
    assert [i.source for i in read_inputs("in/r.txt", max_bytes=BIG)] == ["in/r.txt"]


def test_dispatch_by_content_for_unknown_names(tmp_path):
    write(tmp_path / "page", PAGE)
    write(tmp_path / "records.json", json.dumps({"id": "j", "text": BODY}) + "\n")
    write(tmp_path / "notes", f"2022-01-21\n\n{BODY}")
    make_warc(tmp_path / "crawl", warc_records()[:1])
    by_source = {i.source: i for i in read([tmp_path])}
    assert by_source[str(tmp_path / "page")].title == "Roof falls in Exampleton market"
    assert by_source[f"{tmp_path / 'records.json'}:1"].id == "j"
    assert by_source[str(tmp_path / "notes")].published == D(2022, 1, 21)
    assert by_source[f"{tmp_path / 'crawl'}#2"].url == "https://one.example/a"


def test_ids_are_stable_and_ignore_spacing(tmp_path):
    a = write(tmp_path / "a.txt", "Three  people\nwere hurt.\n")
    b = write(tmp_path / "b.txt", "Three people were hurt.")
    first = read([a, b])
    again = read([a, b])
    assert first[0].id == first[1].id == again[0].id == report_id("Three people were hurt.")
    assert first[0].id != report_id("Four people were hurt.")
    assert read_text_report("Three people were hurt.", source="web").id == first[0].id


def test_warc_resource_records_and_a_wrong_content_length(tmp_path, capsys):
    first = page("First page", "A bridge closed in Exampleton after a flood.")
    second = page("Second page", "Two boats sank off the coast of Exampleton.")

    def resource(body, declared):
        head = (
            "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://r.example/\r\n"
            f"WARC-Date: 2022-01-23T00:00:00Z\r\nContent-Type: text/html\r\nContent-Length: {declared}\r\n\r\n"
        )
        return head.encode() + body + b"\r\n\r\n"

    p = write(tmp_path / "r.warc", resource(first, len(first) - 7) + resource(second, len(second)))
    items = read([p])
    assert [(type(i).__name__, i.source) for i in items] == [
        ("Report", f"{p}#1"),
        ("MalformedInput", f"{p}#1"),
        ("Report", f"{p}#2"),
    ]
    assert "Content-Length" in items[1].reason
    assert capsys.readouterr().err == ""  # warcio's own warning does not leak past the one-line errors
    assert items[2].title == "Second page" and items[2].published == D(2022, 1, 23)
