"""The fifteenth session's speed pass: each shortcut gives what the longer path gave.

- a new doc keeps the text it was made from (``doctext.keep_text``) instead of joining its tokens again;
- the event-type filter of figures of speech (``figures._prefilter``) keeps its last answers, bounded;
- the weapon cue (``armed._armed``) stops at the first act it finds.
"""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import armed as armed_mod
from eventdesk.nlp.components.event_type import figures
from eventdesk.nlp.doctext import doc_text

# invented texts with what a tokenizer could trip on: runs of spaces, tabs, line breaks, non-ASCII letters and
# dashes, a headline glued to the body's first word
TEXTS = [
    "MAPLE RIDGE, Ore. —  Two men were shot Tuesday night outside a bar on Fenwick Avenue.\n\n"
    "Police said a third man, 24, was hurt.\t Nobody has been arrested.  ",
    "  Café owner José Núñez, 51, was stabbed in a robbery at his shop, deputies said…\r\n",
    "Teen wounded in drive-by on Ash StreetA 16-year-old boy was wounded Friday when shots were fired from a car.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_kept_text_is_the_tokens_text(nlp, text):
    from eventdesk.nlp import blank_doc

    doc = blank_doc(nlp, text)
    assert doc_text(doc) == doc.text == text
    done = nlp(doc)
    assert doc_text(done) == done.text == text


def test_kept_text_survives_the_glued_headline_split(nlp):
    from eventdesk.nlp import blank_doc

    title = "Teen wounded in drive-by on Ash Street"
    doc = blank_doc(nlp, TEXTS[2], title=title)
    assert doc.user_data.get("title_end")  # the glued token was split at the headline's end
    assert doc_text(doc) == doc.text == TEXTS[2]


def test_pipeline_stores_the_same_text(ledger):
    from eventdesk import Report

    text = "RIVERTON, Wyo. — A woman was shot and killed Sunday at a home on Larkspur Lane, police said.\n\nA man, 30, was arrested."
    [(told, _, mentions)] = list(ledger.analyze([Report(id="speed-1", text=text)]))
    assert told.text == text
    assert mentions


FIGURE_TEXTS = [
    "Gas prices shot up 20 percent this spring, and the council killed the budget proposal on a 5-4 vote.",
    "A man was shot and killed outside a store on Ridge Road early Sunday, police said.",
    "The photographer shot video of the parade while fireworks shot into the sky.",
    "",
]


@pytest.mark.parametrize("text", FIGURE_TEXTS)
def test_prefilter_cache_gives_the_uncached_answer(text):
    figures._prefilter.cache_clear()
    first = figures._prefilter(text)
    again = figures._prefilter(text)  # answered from the cache
    assert first == again == figures._prefilter.__wrapped__(text)
    assert figures._prefilter.cache_info().hits >= 1


def test_prefilter_still_takes_figures_out():
    assert "shot up" not in figures._prefilter(FIGURE_TEXTS[0])
    assert "shot and killed" in figures._prefilter(FIGURE_TEXTS[1])


def test_prefilter_cache_stays_bounded():
    figures._prefilter.cache_clear()
    for k in range(figures._PREFILTER_CACHE * 4):
        figures._prefilter(f"Report {k}: a man was shot on Elm Street.")
    assert figures._prefilter.cache_info().currsize <= figures._PREFILTER_CACHE


def _armed_whole(text: str) -> bool:
    """``_armed`` as it read before the shortcut: every cue found first, then judged."""
    a = armed_mod
    if a._fire_as_weapon(text):
        return True
    found = [m.group() for m in a._STRONG.finditer(text)]
    if not found:
        return False
    told = a._NOBODY_HURT.sub(" ", text)
    hurt_by_them = bool(a._PERSON_HURT.search(told)) and not a._OTHER_CAUSE.search(told)
    if all(a._WEAPON_NOUN.fullmatch(w) for w in found):
        return bool(a._WEAPON_USED.search(told)) or hurt_by_them
    if all(a._WEAPON_NOUN.fullmatch(w) or a._FORCES_NOUN.fullmatch(w) for w in found):
        weapons = any(a._WEAPON_NOUN.fullmatch(w) for w in found)
        return bool(a._FORCES_FIGHT.search(told) or weapons and a._WEAPON_USED.search(told)) or hurt_by_them
    return True


ARMED_TEXTS = [
    "Gunmen opened fire on a minibus near the market, killing four passengers.",  # an act first
    "Police recovered a rifle and a handgun from the car; later the suspect shot at officers.",  # weapons, then an act
    "Police recovered a rifle and a handgun from the car during a traffic stop.",  # weapons alone: no act
    "Soldiers patrolled the border town on Monday as the festival went ahead.",  # troops, nobody fights
    "Troops and police were deployed after gunfire was heard near the barracks.",
    "The museum shows a rifle from 1870 and a sword.",
    "A quiet week at the county fair.",
]


@pytest.mark.parametrize("text", ARMED_TEXTS)
def test_armed_shortcut_gives_the_whole_reading(text):
    assert armed_mod._armed(text) == _armed_whole(text)


def test_armed_answers():
    assert armed_mod._armed(ARMED_TEXTS[0]) is True
    assert armed_mod._armed(ARMED_TEXTS[6]) is False
