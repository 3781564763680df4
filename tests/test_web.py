"""HTTP tests of the web desk against the real app and a real ledger built from the samples."""

from __future__ import annotations

import csv
import io
import json
import warnings

import pytest

from .conftest import HOSTILE_ID

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette deprecates httpx in favour of httpx2; the client works the same
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

TOKEN = "s3cret-token-for-tests"


@pytest.fixture(scope="module")
def client(web_ledger):
    from eventdesk.web import create_app

    with TestClient(create_app(web_ledger, tiles="")) as c:
        yield c


@pytest.fixture()
def write_client(writable_ledger):
    from eventdesk.web import create_app

    with TestClient(create_app(writable_ledger, token=TOKEN, max_upload_bytes=20_000)) as c:
        yield c


def hasakah_id(client) -> str:
    rows = client.get("/api/incidents", params={"q": "hasakah", "order": "killed"}).json()["incidents"]
    return rows[0]["id"]


# reading ------------------------------------------------------------------------------------------

def test_list_page_shows_incidents_map_and_legend(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Hasakah" in r.text and "Maiduguri" in r.text
    assert 'id="map"' in r.text and "/static/leaflet/leaflet.js" in r.text and "leaflet.markercluster.js" in r.text
    assert "Marker size: best estimate of people killed" in r.text


def test_filters_narrow_the_list_and_stay_in_links(client):
    r = client.get("/", params={"country": "NG", "min_killed": "1"})
    assert r.status_code == 200
    assert "Maiduguri" in r.text and "Hasakah" not in r.text
    assert "/api/incidents.csv?country=NG&amp;min_killed=1" in r.text  # downloads keep the filter
    api = client.get("/api/incidents", params={"country": "SY"}).json()
    assert api["total"] >= 1 and all(i["location"]["country_code"] == "SY" for i in api["incidents"])
    big = client.get("/api/incidents", params={"min_killed": "100"}).json()
    assert [i["killed_best"] >= 100 for i in big["incidents"]] == [True] * big["total"]
    dated = client.get("/api/incidents", params={"date_from": "2022-01-21", "date_to": "2022-01-22"}).json()
    assert dated["total"] >= 1
    assert all("2022-01-21" <= (i["date_end"] or i["date_start"]) and i["date_start"] <= "2022-01-22" for i in dated["incidents"])


def test_empty_form_fields_mean_no_filter(client):
    everything = client.get("/api/incidents").json()["total"]
    blank = client.get("/api/incidents?country=&date_from=&date_to=&event_type=&min_killed=&q=&order=").json()["total"]
    assert blank == everything


def test_map_points_carry_killed_for_marker_size(client):
    data = client.get("/api/map").json()
    assert data["located"] >= 4
    p = max(data["points"], key=lambda p: p["killed"] or 0)
    assert p["killed"] >= 100 and isinstance(p["lat"], float)


def test_incident_page_answers_how_the_toll_moved_and_who_said_it(client):
    iid = hasakah_id(client)
    r = client.get(f"/incidents/{iid}")
    assert r.status_code == 200
    page = r.text
    for needle in ("Figures", "How the toll moved", "Every claim", "Why these reports are one incident",
                   "Syrian Observatory for Human Rights", "Levant Monitor", f"/incidents/{iid}/timeline.svg"):
        assert needle in page, needle
    assert '<mark class="hl-number">140</mark>' in page  # the number inside its sentence
    assert 'id="minimap"' in page
    assert page.count('href="/reports/') >= 2


def test_policy_switch_changes_the_figures(client):
    iid = hasakah_id(client)
    figs = {p: client.get(f"/api/incidents/{iid}", params={"policy": p}).json() for p in ("ucdp", "conservative", "latest")}
    assert all(f["policy"] == p for p, f in figs.items())
    assert all(fig["policy"] == p for p, f in figs.items() for fig in f["figures"])
    page = client.get(f"/incidents/{iid}", params={"policy": "conservative"}).text
    assert '<strong class="current">conservative</strong>' in page


def test_incident_json_has_claims_history_and_merges(client):
    iid = hasakah_id(client)
    data = client.get(f"/api/incidents/{iid[:10]}").json()  # a unique prefix works too
    assert data["id"] == iid
    assert len(data["report_ids"]) >= 2 and len(data["merges"]) >= 2
    assert {h["count"] for h in data["history"] if h["outcome"] == "killed" and h["party"] is None} >= {140}
    assert all(set(c) >= {"report_id", "sentence", "count", "attributed_to"} for c in data["claims"])


def test_timeline_is_an_svg_chart(client):
    r = client.get(f"/incidents/{hasakah_id(client)}/timeline.svg")
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert r.text.lstrip().startswith("<svg") and "Levant Monitor" in r.text and "killed" in r.text


def test_report_page_highlights_claims_places_dates_actors(client):
    r = client.get("/reports/levant-monitor-0123")
    assert r.status_code == 200
    for cls in ("hl-number", "hl-claim", "hl-place", "hl-date", "hl-actor"):
        assert f'class="{cls}' in r.text or f' {cls}"' in r.text or f"{cls} " in r.text, cls
    data = client.get("/api/reports/levant-monitor-0123").json()
    assert data["incident_ids"] and data["mentions"][0]["claims"]


def test_downloads_of_the_current_filter(client):
    g = client.get("/api/incidents.geojson", params={"country": "SY"})
    assert g.status_code == 200 and g.headers["content-type"].startswith("application/geo+json")
    fc = g.json()
    total = client.get("/api/incidents", params={"country": "SY"}).json()["total"]
    assert fc["type"] == "FeatureCollection" and 1 <= len(fc["features"]) <= total
    assert all(f["properties"]["country_code"] == "SY" for f in fc["features"])
    c = client.get("/api/incidents.csv", params={"country": "SY", "policy": "latest"})
    assert c.status_code == 200 and "attachment" in c.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(c.text)))
    assert len(rows) == total and {r["policy"] for r in rows} == {"latest"}


def test_openapi_document_lists_the_api(client):
    doc = client.get("/openapi.json").json()
    for path in ("/api/incidents", "/api/incidents/{incident_id}", "/api/reports/{report_id}", "/api/incidents.geojson",
                 "/api/incidents.csv", "/api/ingest", "/api/reports"):
        assert path in doc["paths"], path


def test_basemap_is_natural_earth_countries(client):
    r = client.get("/basemap.geojson")
    assert r.status_code == 200
    fc = r.json()
    assert len(fc["features"]) > 150 and {"Nigeria", "Syria"} <= {f["properties"]["name"] for f in fc["features"]}


def test_map_libraries_come_from_packages(client):
    assert client.get("/static/leaflet/leaflet.js").status_code == 200
    assert client.get("/static/markercluster/leaflet.markercluster.js").status_code == 200


# validation -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, name, words", [
    ("/api/incidents?date_from=2022-13-01", "date_from", "not a date"),
    ("/api/incidents?date_to=yesterday", "date_to", "YYYY-MM-DD"),
    ("/api/incidents?min_killed=ten", "min_killed", "whole number"),
    ("/api/incidents?min_killed=-1", "min_killed", "between"),
    ("/api/incidents?limit=100000", "limit", "between"),
    ("/api/incidents?offset=x", "offset", "whole number"),
    ("/api/incidents?order=random()", "order", "not one of"),
    ("/api/incidents?date_from=2022-02-01&date_to=2022-01-01", "date_to", "before"),
    ("/api/incidents/inc-1?policy=generous", "policy", "not one of"),
    ("/?page=0", "page", "between"),
])
def test_bad_parameters_are_refused_with_a_clear_message(client, url, name, words):
    r = client.get(url)
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert detail[0]["loc"][-1] == name and words in detail[0]["msg"]


def test_bad_parameters_on_pages_render_an_html_error(client):
    r = client.get("/?date_from=2022-13-01", headers={"accept": "text/html"})
    assert r.status_code == 422 and "text/html" in r.headers["content-type"]
    assert "date_from: not a date" in r.text


def test_bad_ids_are_refused_or_not_found(client):
    assert client.get("/api/incidents/%3Cscript%3E").status_code == 422
    r = client.get("/api/incidents/inc-doesnotexist")
    assert r.status_code == 404 and "not in the ledger" in r.json()["detail"]
    assert client.get("/reports/nope-nope", headers={"accept": "text/html"}).status_code == 404


def test_search_text_is_a_parameter_not_sql(client):
    before = client.get("/api/incidents").json()["total"]
    for q in ("' OR 1=1 --", "%", "x_y", "\"; DROP TABLE incidents; --"):
        r = client.get("/api/incidents", params={"q": q})
        assert r.status_code == 200 and r.json()["total"] == 0, q
    assert client.get("/api/incidents").json()["total"] == before


# hostile content ------------------------------------------------------------------------------------

def test_hostile_report_renders_inert(client):
    view = client.get(f"/api/reports/{HOSTILE_ID}").json()
    assert "<script>" in view["report"]["text"]  # stored as written...
    pages = [client.get(f"/reports/{HOSTILE_ID}").text, client.get("/").text, client.get("/?q=kano").text]
    pages += [client.get(f"/incidents/{i}").text for i in view["incident_ids"]]
    for page in pages:  # ...and shown as text
        assert "<script>window.__pwned" not in page
        assert "<img src=x" not in page and 'onerror="window' not in page and 'onmouseover="window' not in page
        assert 'href="javascript:' not in page
    assert "&lt;script&gt;" in pages[0]


def test_security_headers(client):
    h = client.get("/").headers
    assert "script-src 'self'" in h["content-security-policy"] and "unsafe-inline" not in h["content-security-policy"]
    assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"


def test_csv_cells_cannot_become_formulas():
    from eventdesk.web.jsonapi import _cell

    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell(-3) == -3 and _cell("Kano") == "Kano"


# writes ----------------------------------------------------------------------------------------------

REPORT = {"text": "MAIDUGURI, Nigeria — Gunmen killed 9 farmers near Maiduguri on Tuesday, police said.",
          "title": "Nine farmers killed near Maiduguri", "published": "2022-02-01", "outlet": "Test Wire"}


def test_read_only_desk_refuses_writes(client):
    r = client.post("/api/reports", json=REPORT, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "read-only" in r.json()["detail"]
    assert client.post("/api/ingest", files={"file": ("a.txt", b"x")}).status_code == 403
    assert "read-only" in client.get("/upload").text


def test_writes_need_the_token(write_client):
    r = write_client.post("/api/reports", json=REPORT)
    assert r.status_code == 401 and "token is required" in r.json()["detail"]
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert write_client.post("/api/reports", json=REPORT, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert write_client.post("/api/ingest", data={"text": REPORT["text"], "token": "wrong"}).status_code == 403
    assert write_client.post("/api/ingest", content=b'{"text": "x"}\n',
                             headers={"content-type": "application/x-ndjson"}).status_code == 401


def test_upload_text_goes_through_the_pipeline(write_client):
    before = write_client.get("/api/incidents").json()["total"]
    r = write_client.post("/api/reports", json=REPORT, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    assert r.json()["stored"] == 1
    after = write_client.get("/api/incidents", params={"q": "maiduguri"}).json()
    assert write_client.get("/api/incidents").json()["total"] >= before
    assert any(i["killed_best"] == 9 for i in after["incidents"])
    again = write_client.post("/api/reports", json=REPORT, headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert again["duplicates"] == 1 and again["stored"] == 0


def test_upload_file_form_and_jsonl_batch(write_client):
    batch = "\n".join(json.dumps({"id": f"batch-{n}", "text": f"Police said {n + 2} people were killed in a blast in Kano on "
                                  "Monday, the police said.", "published": "2022-03-07", "outlet": "Batch"}) for n in range(2))
    r = write_client.post("/api/ingest", files={"file": ("../../etc/batch.jsonl", batch.encode())}, data={"token": TOKEN})
    assert r.status_code == 200, r.text
    assert r.json()["read"] == 2 and r.json()["stored"] == 2
    raw = write_client.post("/api/ingest", content=(batch.replace("batch-", "raw-") + "\nnot json\n").encode(),
                            headers={"content-type": "application/x-ndjson", "Authorization": f"Bearer {TOKEN}"})
    assert raw.status_code == 200 and raw.json()["stored"] == 2
    skipped = raw.json()["skipped"]
    assert skipped and all("eventdesk-upload" not in s["input"] for s in skipped)  # no server paths in answers
    page = write_client.post("/upload", data={"text": REPORT["text"].replace("9", "11"), "token": TOKEN})
    assert page.status_code == 200 and 'id="upload-result"' in page.text


def test_oversized_upload_is_refused(write_client):
    big = b"x" * 30_000
    r = write_client.post("/api/ingest", files={"file": ("big.txt", big)}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413 and "too large" in r.json()["detail"]
    r = write_client.post("/api/reports", json={"text": "y" * 21_000}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413
    huge = write_client.post("/api/ingest", content=b"{}\n" * 40_000,
                             headers={"content-type": "application/x-ndjson", "Authorization": f"Bearer {TOKEN}"})
    assert huge.status_code == 413 and "too large" in huge.json()["detail"]


def test_upload_with_nothing_is_a_clear_error(write_client):
    r = write_client.post("/api/ingest", data={"token": TOKEN})
    assert r.status_code == 422 and "nothing to ingest" in r.json()["detail"]


def test_tile_server_is_configurable(web_ledger):
    from eventdesk.web import create_app

    tiles = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    with TestClient(create_app(web_ledger, tiles=tiles)) as c:
        r = c.get("/")
        assert "img-src 'self' data: https://*.tiles.example.org" in r.headers["content-security-policy"]
        assert "tiles.example.org" in r.text  # handed to map.js in the JSON config block


def test_highlight_finds_names_regardless_of_accents():
    from eventdesk.web.highlight import find_all, fold

    text = "Clashes in Ḩasakah and HASAKAH, not Hasakahs."
    assert len(fold(text)) == len(text)
    assert [text[s:e] for s, e in find_all(fold(text), "Hasakah", 0, len(text))] == ["Ḩasakah", "HASAKAH"]
