"""How the SemEval suite reads a counting question (eval/semeval.py).  A place whose dbpedia name carries a note
("Georgia_(U.S._state)") is the place without it; a place field naming another place than the question's words
gives way to the words.  The participant constraint: a name counts where the text about our
incident names a party of the shooting by it (``names_a_party``), not an official, a quoted source, a street or a
photo credit, and a round-up report lends each of its shootings only its own segment (``incident_texts``)."""

from types import SimpleNamespace

from eval.semeval import (_place_from_uri, hit_figure, incident_texts, matches, names_a_party, question_answer,
                          question_hits, question_location)
from eventdesk.models import Place

from .linked import read_made_up_split


def test_a_dbpedia_name_with_a_note_is_the_place():
    assert _place_from_uri("http://dbpedia.org/resource/Georgia_(U.S._state)") == ("Georgia", None)
    assert _place_from_uri("http://dbpedia.org/resource/Washington_(state)") == ("Washington", None)
    assert _place_from_uri("http://dbpedia.org/resource/Lubbock,_Texas") == ("Lubbock", "Texas")
    q = {"location": {"state": "http://dbpedia.org/resource/Georgia_(U.S._state)"}}
    macon = SimpleNamespace(date_start=None, location=Place("Macon", "Georgia", "United States", "US", precision="city"))
    tbilisi = SimpleNamespace(date_start=None, location=Place("Tbilisi", "Tbilisi", "Georgia", "GE", precision="city"))
    assert matches(q, macon, []) and not matches(q, tbilisi, [])


def test_the_words_win_where_the_place_field_names_another_place():
    missouri = "How many ['killing'] events happened in 08/2015 (month) in ('Missouri',) (state) ?"
    field = {"state": "http://dbpedia.org/resource/Illinois"}
    assert question_location({"location": field, "verbose_question": missouri}) == {"state": "Missouri"}
    oakland = "How many ['killing'] events happened in 2016 (year) in ('California', 'Oakland') (city) ?"
    uptown = {"city": "http://dbpedia.org/resource/Uptown_Oakland"}
    q = {"location": uptown, "verbose_question": oakland}
    assert question_location(q) == {"city": "Oakland,_California"}
    town = SimpleNamespace(date_start=None, location=Place("Oakland", "California", "United States", "US",
                                                           precision="city"))
    assert matches(q, town, [])
    # the field agrees with the words (spelt as the gazetteer spells it): the field stands
    louis = "How many ['killing'] events happened in 2016 (year) in ('Missouri', 'Saint Louis') (city) ?"
    st_louis = {"city": "http://dbpedia.org/resource/St._Louis"}
    assert question_location({"location": st_louis, "verbose_question": louis}) == st_louis
    # no field, no place, whatever the words say
    assert question_location({"location": {}, "verbose_question": missouri}) == {}


def test_a_party_named_and_the_names_that_are_none():
    assert names_a_party("Police said Cameron Selmon was playing dice when the fight broke out.", "Cameron")
    assert names_a_party("The victim, Jabree Hines, 19, died at the scene.", "Hines")
    assert names_a_party("Arrest warrants were issued for Richard Holmes and Stephen Kearney.", "Stephen")
    # officials by their title, a source quoted after the verb, a street, a photo credit
    assert not names_a_party("Police Commissioner Richard Ross said the man was robbed.", "Richard")
    assert not names_a_party("\u201cIt was an accident,\u201d said Chief Brian Gregory.", "Gregory")
    assert not names_a_party("He was a hard worker, said Richard Miller, a member of the family.", "Richard")
    assert not names_a_party("Officers were called to Gregory Avenue and Madison Street.", "Gregory")
    assert not names_a_party("Two men were wounded Tuesday. (Photo: Elizabeth Conley / The Ledger)", "Elizabeth")
    # a voice of the story: named before his verb, an activist or a neighbour by his word, a saint's hospital
    assert not names_a_party("There had been no arrests, Taylor added.", "Taylor")
    assert not names_a_party("“He loved his family,” Melanie Whittaker says.", "Melanie")
    assert not names_a_party("The boys were lucky, community activist Andrew Holmes told reporters.", "Andrew")
    assert not names_a_party("The girl was taken to St. Christopher's Hospital for Children.", "Christopher")
    # a victim quoted with his age is still a party; so is one named before another verb
    assert names_a_party("“I just ran,” Darian Tyler, 23, said from his hospital bed.", "Tyler")
    assert names_a_party("Darian Tyler, 23, was shot in the face and taken to a hospital.", "Tyler")
    # the words before a name are its own sentence's: a title stays one across a line the splitter broke after it
    assert names_a_party("He was shot, police said. Kevin Marsh, 22, was taken to a hospital.", "Kevin")
    assert not names_a_party("It was 1:12 a.m. as Bamberg Police Sgt.\nChristopher Sandifer began a check.",
                             "Christopher")
    # a first name before a surname, a surname after a first name; no part of a hyphenated name
    assert names_a_party("Edwin and Edward Bryant were standing outside.", "Bryant", "last")
    assert not names_a_party("Edwin and Edward Bryant were standing outside.", "Bryant", "first")
    assert names_a_party("A call came from Bryant Silk, 34, of Rayville.", "Bryant", "first")
    assert not names_a_party("Kendra Covey, 28, and Elizabeth Taylor-Laaker, 20, were wounded.", "Taylor", "last")
    assert not names_a_party("Elizabeth Taylor-Laaker, 20, and Jimmy Laaker-Taylor, 30, were hurt.", "Taylor", "last")
    assert names_a_party("the men in the earlier argument-Andrew Allen of Carmel and two others", "Andrew", "first")
    # a title closes the name it stands before, not a name further on
    assert names_a_party("Investigators believe Brandon Ramirez was mishandling a handgun.", "Ramirez", "last")
    assert not names_a_party("A statement from police spokesman Tim Fanning came later.", "Tim", "first")
    assert names_a_party("Deputies said the shop's owner, James Baker, 64, was killed.", "James", "first")
    # a lower-case word is no name ("a brandon" is not written)
    assert not names_a_party("the crowd began to brandish weapons", "Brandish")


ROUNDUP = ("CHICAGO - Five people were shot across the city over the weekend, police said. "
           "\n\nIn the first shooting, Marcus Tellweather, 24, was shot and killed Saturday night in the 6400 block of "
           "South Harlan Avenue in Englewood. He was pronounced dead at the scene. "
           "\n\nLater, on Sunday morning, in Roseland, a woman, 31, was shot in the leg in the 10900 block of South "
           "Wabash Avenue and a man, 40, was shot in the arm. Both were taken to hospitals in good condition. "
           "No one is in custody in either shooting.")


def test_a_roundup_lends_each_shooting_only_its_own_segment(nlp, gazetteer):
    docs = [{"doc_id": "r1", "dct": "2016-07-18", "title": "5 shot in weekend violence across Chicago",
             "text": ROUNDUP}]
    _, rd = read_made_up_split(nlp, gazetteer, docs)
    texts = incident_texts(rd)
    question = {"event_type": "killing", "subtask": 2, "participant": {"last": "Tellweather"}}
    killed = question_hits(question, rd.rows, texts)
    wounded = question_hits(dict(question, event_type="injuring"), rd.rows, texts)
    rd.ledger.close()
    assert len(rd.rows) == 2
    # the man named was killed: one killing incident names him, and the Roseland shooting does not
    assert len(killed) == 1 and (killed[0].killed_best or 0) == 1
    assert wounded == []
    assert sum(1 for ts in texts.values() for t in ts if "Tellweather" in t) == 1


BAR = ("SPRINGFIELD, Ill. - Three men were shot early Saturday outside a bar on Kestrel Avenue, police said. "
       "Kevin Marsh, 22, was shot in the leg. Two other men, 30 and 41, were also wounded. All three were taken to "
       "Memorial Medical Center and are expected to survive. Police have made no arrests.")


def test_an_s3_participant_question_counts_the_people_of_that_name(nlp, gazetteer):
    docs = [{"doc_id": "b1", "dct": "2016-05-14", "title": "3 wounded in shooting outside Springfield bar",
             "text": BAR}]
    _, rd = read_made_up_split(nlp, gazetteer, docs)
    st = rd.ledger.store
    [inc] = rd.rows
    texts = incident_texts(rd)
    kevin = {"event_type": "injuring", "subtask": 3, "participant": {"first": "Kevin"}}
    hits = question_hits(kevin, rd.rows, texts)
    got = (inc.wounded_best, [hit_figure(kevin, h, st) for h in hits], question_answer(kevin, hits, st),
           question_answer(dict(kevin, subtask=2), hits, st))
    # three wounded, one of them Kevin: S3 says one person, S2 one incident; without a name, all three
    place = {"event_type": "injuring", "subtask": 3, "location": {"state": "http://dbpedia.org/resource/Illinois"}}
    everyone = question_answer(place, question_hits(place, rd.rows, texts), st)
    rd.ledger.close()
    assert got == (3, [1], 1, 1)
    assert everyone == 3
