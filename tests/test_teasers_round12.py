"""Lists of links to other stories that web pages carry around a report give no claims of it.

A line under a label alone on its line ("Related Stories", "More stories :") that reads as a headline (short,
no final stop) is a link, and so is each link of a run of labelled links on one line ("Read: ... Watch: ..."),
as pages flattened to one line carry them.  The story's own headline, its lead and a short real sentence
after such a label stay claims.  Figures are counted as the evaluation counts a report (``killed_wounded``).
"""

STORY = (
    "MAPLETON, Ore. — A 34-year-old man was wounded Saturday night in a shooting outside a tavern on Birch "
    "Avenue, police said.\n\n"
    "Officers found the man in the parking lot and took him to Riverbend Hospital, where he was listed in "
    "stable condition.\n"
)


# --- a list under a label alone on its line ---

def test_headline_lines_under_a_bare_label_give_no_claims(killed_wounded):
    text = STORY + ("\nRelated Stories\n\n"
                    "3 killed, 12 injured in weekend shootings across the county\n"
                    "Teen shot dead near high school football game\n")
    assert killed_wounded(text) == (0, 1)


def test_more_stories_label_with_colon_and_several_links(killed_wounded):
    text = STORY + ("\nMore stories :\n"
                    "Police: 4 wounded in drive-by on Harbor Street\n"
                    "Woman found dead in burning car\n"
                    "5 hurt when gunfire erupts at block party\n")
    assert killed_wounded(text) == (0, 1)


def test_a_real_sentence_after_a_bare_label_stays_a_claim(killed_wounded):
    # a page whose "See Also" box came out empty: the story goes on under it
    text = ("MAPLETON, Ore. — A man was shot Saturday night outside a tavern on Birch Avenue, police said.\n"
            "See Also\n"
            "Police said two other men were wounded.\n")
    assert killed_wounded(text) == killed_wounded(text.replace("See Also\n", "")) == (0, 2)


def test_a_list_stops_at_the_first_line_that_ends_a_sentence(killed_wounded):
    text = STORY + ("\nRelated Stories\n"
                    "Man shot dead outside bar on Elm Street\n"
                    "Detectives said two more men were wounded in the shooting outside the tavern.\n")
    assert killed_wounded(text) == (0, 2)


# --- a run of labelled links on one line ---

def test_a_run_of_read_and_watch_links_gives_no_claims(killed_wounded):
    text = ("MAPLETON, Ore. — Deputies are searching for a man who robbed a pharmacy on Birch Avenue on Saturday, "
            "the sheriff's office said. No one was hurt. The man should not be approached. "
            "Read: Arrest made in Eastfield bank robbery Read: Suspect shot by deputies after chase "
            "Watch: Two wounded in shooting at Westgate mall Watch: Crews battle brush fire near lake")
    assert killed_wounded(text) == (0, 0)


def test_one_watch_label_alone_is_no_run(killed_wounded):
    # one "Watch:" heads the story's own clip: its figures stay
    text = ("MAPLETON, Ore. — Three people were wounded in a shooting at a block party Saturday, police said. "
            "Watch: Three people wounded in shooting at block party")
    assert killed_wounded(text) == (0, 3)


def test_a_run_ends_where_the_story_goes_on(analyze):
    doc = analyze("A man was wounded Saturday, police said. Read: Two shot at mall Watch: Fire on Elm Street. "
                  "Officers said the man was shot once.")
    assert sorted(doc.user_data["link_starts"]) == [41, 64]
    assert [s.text.strip() for s in doc.sents][-1] == "Officers said the man was shot once."


# --- the label in the singular, and "Previous related story" (thirteenth session) ---

def test_a_related_story_label_in_the_singular_gives_no_claims(killed_wounded):
    text = STORY + "\nRelated story: 2 killed, 5 hurt in shooting at Dunmore apartment complex\n"
    assert killed_wounded(text) == (0, 1)


def test_a_previous_related_story_label_gives_no_claims(killed_wounded):
    text = STORY + "\nPrevious related story: Gunman kills 3 at Lakeview car wash\n"
    assert killed_wounded(text) == (0, 1)
