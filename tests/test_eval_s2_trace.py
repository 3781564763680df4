"""The counting questions' trace (eval/s2_trace.py): made-up reports of made-up gold incidents read by the real
pipeline into a real ledger (``semeval.read_split``), one S2 question traced, every difference's cause checked."""

from eval.s2_trace import constraints_failed, gva_as_incident, print_profiles, table, trace

from .linked import read_made_up_split


def _doc(doc_id, day, title, text):
    return {"doc_id": doc_id, "dct": f"2016-03-{day:02d}", "title": title, "text": text}


def _gva(iid, docs, town, day, killed, injured=0):
    return {"incident_id": iid, "registry": "GVA", "doc_ids": docs, "gva_date": f"2016-03-{day:02d}",
            "gva_state": "Illinois", "gva_city_or_county": town, "gva_latitude": "", "gva_longitude": "",
            "gva_n_killed": str(killed), "gva_n_injured": str(injured)}


DOCS = [
    _doc("a1", 5, "Man shot dead on Wexford Lane in Peoria",
         "PEORIA, Ill. - A man was shot and killed Friday night on Wexford Lane, Peoria police said. Officers found "
         "Darnell Okafor, 31, in the street with a gunshot wound to the chest. He died at the scene."),
    _doc("a2", 6, "Police name Peoria man killed on Wexford Lane",
         "PEORIA, Ill. - Police on Saturday named the man shot dead Friday on Wexford Lane as Darnell Okafor, 31. "
         "No arrest has been made."),
    _doc("b1", 12, "Teen wounded in Peoria shooting",
         "PEORIA, Ill. - A 16-year-old boy was shot in the leg Saturday afternoon near Gorman Park, Peoria police "
         "said. He was taken to a hospital and is expected to survive."),
    _doc("c1", 20, "Woman killed in Peoria shooting",
         "PEORIA, Ill. - A woman was shot and killed early Sunday outside a home on Brackett Avenue, Peoria "
         "police said. Police identified her as Loretta Vance, 44."),
]
INCIDENTS = {"g1": _gva("g1", ["a1", "a2"], "Peoria", 4, 1), "g2": _gva("g2", ["b1"], "Peoria", 12, 1),
             "g3": _gva("g3", ["c1"], "Peoria", 20, 0, 1)}
QUESTION = {"event_type": "killing", "subtask": 2, "time": {"year": "2016"},
            "location": {"city": "http://dbpedia.org/resource/Peoria,_Illinois"}, "participant": {},
            "verbose_question": "How many killing events in Peoria, Illinois in 2016?",
            "gold": {"answer_docs": {"g1": ["a1", "a2"], "g2": ["b1"]}, "numerical_answer": 2}}


def test_a_question_traced_to_its_gold_incidents(nlp, gazetteer, capsys):
    data, rd = read_made_up_split(nlp, gazetteer, DOCS, INCIDENTS, {"2-1": QUESTION})
    diffs = trace(data, rd)
    rd.ledger.close()
    # g1's two reports join one incident of ours, which answers for it: no difference
    # g2: our incident tells a wounded boy, GVA a death: missed for the toll
    # g3: our incident tells a woman killed, GVA no death: extra for GVA's toll; the two cancel
    got = {(x.side, x.cause, x.gold_incident) for x in diffs}
    assert got == {("missed", "toll: ours 0 where GVA's is above 0", "g2"),
                   ("extra", "toll: ours above 0 where GVA's is 0", "g3")}
    assert not any(x.wrong for x in diffs)
    counts = table(diffs)
    assert counts[("s2", "missed: toll: ours 0 where GVA's is above 0")]["right"] == 1
    assert counts[("s2", "missed: toll: ours 0 where GVA's is above 0")]["right questions"] == 1
    # the printed table hides every cause of fewer than five differences (it may be run on held-out)
    print_profiles({"heldout": counts})
    assert "toll" not in capsys.readouterr().out


def test_constraints_of_gvas_facts():
    # GVA's own facts against a question: each constraint tested alone
    row = _gva("g9", [], "Peoria", 4, 1)
    assert constraints_failed(QUESTION, gva_as_incident(row), []) == []
    other = dict(QUESTION, time={"month": "05/2016"})
    assert constraints_failed(other, gva_as_incident(row), []) == ["date"]
    elsewhere = dict(row, gva_city_or_county="Decatur")
    assert constraints_failed(QUESTION, gva_as_incident(elsewhere), []) == ["place"]


def test_the_listing_names_dev_items_only():
    import pytest

    from eval.s2_trace import main

    # --list prints questions and incidents: held-out is refused before anything is read
    with pytest.raises(SystemExit) as refused:
        main(["--list", "--split", "heldout"])
    assert refused.value.code == 2
