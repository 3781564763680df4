"""Sentence boundaries the parser gets wrong in news prose.

Set before the parser, which keeps boundaries already decided: no sentence starts right after a
month abbreviation before a day ("Sunday, Jan. 17, 2016"), after "No." before a number, or after
the initial of a name ("Caitlin L. Caskey").  A dateline on a line of its own ends there, and so does a line that ends with an abbreviation
("p.m.") before a line that begins with a capital or a digit.  The body starts a sentence after the headline
the text opens with.  A link to another story ("Also read: Two shot outside a bar", with the link on
the label's line or the next) is one sentence of its own, which segmentation then sets aside.  So is each
line of a list of links: the headline-like lines (short, no final period) under a label alone on its line
("Related Stories", "More stories:"), and each link of a run of two or more labelled links on one line
("Read: Arrest made in pharmacy break-in Watch: Man shot outside bar"), which pages flattened to one line
carry.  Their starts are kept in ``user_data["link_starts"]`` for segmentation.

A page of several stories (a news-in-brief column, a wire's "Nation in brief") whose first story opens on a
dateline opens each later story on a line with a dateline of its own ("HAMMOND, Ind. — A man was wounded ..."),
maybe under a headline line (short, no final stop) and a byline.  The story's first sentence starts there, with its
dateline, and its headline line is one sentence of its own; their starts are kept in ``user_data["story_starts"]``
and ``user_data["story_heads"]`` for segmentation.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ...dateline import DATELINE_DASHES, HEAD_LABELS, INLINE_DATELINE, LINE_DATELINE, TOP_LABELS, names_a_town
from ..doctext import doc_text

_ABBREVIATIONS = {"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "no.", "st.", "mt.", "ft.", "gov.", "sen.", "rep.", "lt.", "sgt.", "cpl.", "det.", "capt.", "col.", "gen.", "dr.", "mr.", "mrs.", "ms.", "jr.", "sr."}

# A street's abbreviated word ("Mingo Rd.", "Capital Blvd.", which the tokenizer cuts from its stop): its stop ends no sentence when a small word goes on
# ("... on Mingo Rd. in Denton, police said"); before a capital it may end one ("He lived on Elm Ave. Police said").
_STREET_ABBREVIATIONS = {"ave.", "av.", "blvd.", "rd.", "ln.", "pkwy.", "hwy.", "ct.", "pl.", "cir.", "ter.", "st.", "dr."}

# the labels web pages put before a link to another story
LINK_LABEL = (
    r"(?:also read|read more|read also|more reading|(?:previous )?related(?: stor(?:y|ies)| coverage| articles?| content| links?| news)?|"
    r"see also|more on this(?: story)?|more from \w+|recommended(?: for you)?|trending(?: now)?|you may also like|"
    r"don'?t miss"
    # a station's own other stories: "Also on WXYZ:" (the outlet in capitals: "Also on Sunday: ..." is the story's)
    r"|also on (?-i:[A-Z][A-Z0-9&.-]{2,}))"
)
# a link line: its label, and the link on the same line or, after a bare label, on the next
_LINK_LINE = re.compile(rf"^[^\S\n]*{LINK_LABEL}[^\S\n]*:[^\S\n]*(?:\n[^\S\n]*)?[^\n]*", re.IGNORECASE | re.MULTILINE)
# a label alone on its line, above a list of links ("Related Stories", "More stories :", "More stories from WSMV:", a
# station's call letters in capitals); "Video" and "Watch" are left out: they head the story's own clip and caption
_LIST_LABEL = re.compile(
    rf"^[^\S\n]*(?:{LINK_LABEL}|more (?:stories|news|headlines)(?: from (?-i:[A-Z][A-Z0-9&.-]{{2,}}))?|top stories|"
    r"latest (?:news|stories|headlines)|"
    r"most (?:read|popular|viewed)|popular stories)[^\S\n]*:?[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# a link of such a list reads as a headline: short, and no final stop ("Man shot dead outside bar"); a line
# that ends a sentence ("Police said two were wounded.") is the story again
_MAX_LINK_LINE = 120
_SENTENCE_END = re.compile(r"[.!?\"”’)]\s*$")
_MAX_LIST_LINES = 12
# the short labels a run of links repeats on one line ("Read: ... Read: ... Watch: ..."); one "Watch:" alone
# may head the story's own video, so only two or more close together make a run
_RUN_LABEL = re.compile(rf"(?<![\w:])(?:{LINK_LABEL}|read|watch|video)[^\S\n]*:", re.IGNORECASE)
_MAX_RUN_GAP = 160
# where the story may go on after a run's last link on the same line
_STOP = re.compile(r"[.!?](?=\s)")
# A scraper that drops the line breaks glues the page's furniture into the story's one paragraph: "... said.
# Related Stories 3 dead in Eastside shooting Man hurt on Elm Street The victim ...".  Such a block starts where a
# sentence may start (the text's start, after a stop) or inside another block, with a label of the page's lists:
# the list heads, capitalised as pages print them, with or without a colon ("Related Stories", "Most Popular",
# "RELATED:"), and the short labels that prose also uses as words only before a colon ("Watch:", "VIDEO:",
# "MORE:").  Case matters: "Related to the dispute, ..." and "most popular" in prose are not labels.
_INLINE_LIST_LABEL = (
    r"(?:Related(?i: (?:stor(?:y|ies)|coverage|content|articles?|links|news|headlines|videos?))?|RELATED|"
    r"(?:Most|MOST)(?i: (?:popular|read|viewed|shared|watched))|(?:More|MORE)(?i: (?:stories|headlines|news|coverage))|"
    r"(?:Top|TOP)(?i: stories)|(?:Latest|LATEST)(?i: (?:news|stories|headlines))|(?:Trending|TRENDING)(?i: (?:now|stories))?|"
    r"(?:Recommended|RECOMMENDED)(?i: (?:for you|stories))?|(?:You|YOU)(?i: may also like)|(?:Don'?t|DON'?T)(?i: miss)|"
    r"(?:See|SEE)(?i: also)|(?:Read|READ)(?i: more)|(?:Also|ALSO)(?i: read))"
)
_INLINE_COLON_LABEL = (
    r"(?:Watch|WATCH|Videos?|VIDEOS?|Photos|PHOTOS|Photo [Gg]allery|GALLERY|Gallery|Listen|LISTEN|More|MORE|Read|READ|"
    r"Previously|PREVIOUSLY)"
)
# Where a label opens a block: before a colon wherever it stands; a list head of two words ("Related Stories",
# "Most Popular") also without one, glued even to the word before ("News 4More Stories"), since prose does not
# capitalise them so; a bare "Related" or "Read more" only where a sentence may start.  Without a colon the
# block's first link follows with a capital or a digit ("Related 3 shot"), a click-through with its verb.
_INLINE_LABEL = re.compile(
    rf"(?<![A-Za-z])(?:(?P<colon>(?:{_INLINE_LIST_LABEL}|{_INLINE_COLON_LABEL})(?=\s*:))|"
    rf"(?P<bare>{_INLINE_LIST_LABEL})(?=\s+[A-Z0-9\"“‘'])|(?:Click|CLICK)(?i: here)(?=\s+(?i:to|for)\b))"
)
# the bare heads that open a block only where a sentence may start
_ONE_WORD_HEAD = re.compile(r"(?:Related|RELATED|Trending|TRENDING|Recommended|RECOMMENDED)$|(?:Read|READ)\W")
# where a label may open a block: the text's start, after a sentence's stop or a closing quote
_OPENS_AFTER = re.compile(r"(?:^|\n|[.!?\"”’)|]\s*)$")
# a block of links runs to the first stop, at most a short list's length, and never past a dateline
# (``INLINE_DATELINE``), which is the story's own lead ("... Teen hurt in crash AKRON, Ohio — Three people were shot ...")
_MAX_INLINE_BLOCK = 320
# nor past a person named with his age ("... at Elm Park Darnell Hooks, 27, and ..."): headlines name no one so,
# the story's sentences do
_NAMED_WITH_AGE = re.compile(r"\b[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z'-]+, \d{1,2},")


def _line_ends_sentence(before: str, first: str) -> bool:
    """A dateline on a line of its own ("NEWARK —", "TOWN OF CASSVILLE, Wis. -") before a capital, or a line
    ending in an abbreviation ("just before 8 p.m.") before a capital or a digit ("16-year-old Kristian ...")."""
    if before in DATELINE_DASHES:
        return first[:1].isupper()
    return before.endswith(".") and len(before) > 1 and before.lower() not in _ABBREVIATIONS \
        and (first[:1].isupper() or first[:1].isdigit())


# a byline on a line of its own: "By Ellen Marchetti, Staff Writer", "Posted by the web staff"
# (names, initials and "and" after "By", then the outlet or the desk after a comma, a bar or a dash)
_BYLINE = re.compile(r"(?:By|BY|(?:Posted|Written|Updated) by)\s+[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&))*"
                     r"\s*(?:[,|\u2014\u2013-].{0,60})?$")


def _after_a_byline(doc: Doc, space, first) -> bool:
    """A line break after a byline, before a capital or a digit: the story's first sentence starts after it, else
    the parser reads the byline's name as the lead's subject ("By Ellen Marchetti, Staff Writer / Daniel Kowalski,
    44, was shot and killed ...")."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, space.idx) + 1
    return bool(_BYLINE.match(text[line_start:space.idx].rstrip())) and (first.text[:1].isupper() or first.text[:1].isdigit())


@Language.component("eventdesk_sentences")
def fix_sentences(doc: Doc) -> Doc:
    title_end = doc.user_data.get("title_end")
    tokens = list(doc)  # (each token made once, read again as the next one's previous)
    for prev, tok in zip(tokens, tokens[1:]):
        if tok.i == title_end:
            tok.is_sent_start = True  # the headline ends here (see ``nlp.blank_doc``)
            continue
        if tok.text[:1].islower() and (prev.lower_ in _STREET_ABBREVIATIONS or (
                prev.text == "." and tok.i > 1 and tokens[tok.i - 2].lower_ + "." in _STREET_ABBREVIATIONS)):
            tok.is_sent_start = False  # "outside his home on Mingo Rd. in Denton": the street's stop ends nothing
        elif prev.lower_ in _ABBREVIATIONS or (len(prev.text) == 2 and prev.text[0].isupper() and prev.text[1] == "." and tok.text[:1].isupper()):
            tok.is_sent_start = False
        elif prev.is_space and tok.i > 1 and "\n" in prev.text and (
                _line_ends_sentence(tokens[tok.i - 2].text, tok.text) or _after_a_byline(doc, prev, tok)):
            tok.is_sent_start = True
    text = doc_text(doc)
    for m in _LINK_LINE.finditer(text):
        _one_sentence(doc, m.start(), m.end())
    starts = doc.user_data.setdefault("link_starts", set())
    title_chars = doc[title_end].idx if title_end and title_end < len(doc) else 0
    for start, end in [*_listed_links(text), *_run_links(text), *_inline_blocks(text), *_playlist(text)]:
        if start >= title_chars:  # never the story's own headline
            first = _one_sentence(doc, start, end)
            if first is not None:
                starts.add(first.idx)
    _mark_stories(doc, text, title_chars)
    return doc


def _mark_stories(doc: Doc, text: str, title_chars: int) -> None:
    """Start a sentence at each later story of a page of several (``_later_stories``) and make its headline line
    one sentence; keep their starts for segmentation."""
    stories = doc.user_data.setdefault("story_starts", set())
    heads = doc.user_data.setdefault("story_heads", set())
    for head, (start, end) in _later_stories(text, title_chars):
        if head is not None:
            first = _one_sentence(doc, *head)
            if first is not None:
                heads.add(first.idx)
        line = doc.char_span(start, end, alignment_mode="expand")
        if line is not None and len(line) and line[0].i > 0:
            line[0].is_sent_start = True
            stories.add(line[0].idx)
            _dateline_in_sentence(line, LINE_DATELINE.match(doc_text(doc), start).end())


def _dateline_in_sentence(line, dateline_end: int) -> None:
    """Keep a story's dateline in its first sentence ("CHARLOTTE, N.C. (AP) — Three people were wounded ..."): the
    parser would cut the capitals or the dash off as a sentence of their own."""
    for t in line[1:]:
        t.is_sent_start = False
        if t.idx >= dateline_end:
            break


# a headline line of a page's story: a headline's length and words, no final stop, opening on a capital or a digit
_MAX_HEADLINE_WORDS = 14


def _lines(text: str, start: int) -> list[tuple[int, int, str]]:
    """The non-blank lines of ``text`` from ``start``: (start, end, the line stripped)."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:]):
        line = m.group(0).strip()
        if line:
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            out.append((start + m.start() + lead, start + m.start() + lead + len(line), line))
    return out


def _headline_line(line: str) -> bool:
    """A story's headline on its line: two words to a headline's length, a capital or a digit first and a word last
    (not a label's colon, a quotation's opening mark nor a dateline's dash), and no label of the page's lists ("Read
    more", "Related Stories") nor a byline."""
    return (len(line) <= _MAX_LINK_LINE and 2 <= len(line.split()) <= _MAX_HEADLINE_WORDS
            and _opens_a_sentence(line) and line[-1].isalnum() and not _LIST_LABEL.match(line)
            and not _BYLINE.match(line) and not _LINK_LINE.match(line))


def _opens_a_sentence(line: str) -> bool:
    """The line's first character may open a sentence: a capital, a digit or a quotation mark (not a sentence's
    words carried over from the line above, "and he said ...")."""
    return line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“‘'"


def _dated_line(line: str) -> bool:
    """The line opens on a dateline whose capitals name a town (``LINE_DATELINE``) before a story's words in small
    letters (not a transcript printed in capitals, "THEY ARE -- NO ONE ...")."""
    m = LINE_DATELINE.match(line)
    return bool(m and names_a_town(m.group("place"), TOP_LABELS | HEAD_LABELS, 3)
                and any(c.islower() for c in line[m.end():m.end() + 40]))


def _headline_above(lines, k: int) -> int | None:
    """The index of the headline line right above line ``k``, a byline line maybe between; None where there is none."""
    j = k - 1
    if j >= 0 and _BYLINE.match(lines[j][2]):
        j -= 1
    return j if j >= 0 and _headline_line(lines[j][2]) else None


def _later_stories(text: str, title_chars: int):
    """The stories of a page of several after its first: (the headline line's (start, end) or None, the story's first
    line's (start, end)).  Where a dateline opens the body's first story (its first paragraph), a story opens on each
    later line with a dateline.  A scraped page's furniture above a lead (a caption, a byline, a "Photo:" credit)
    makes none, nor does a page of stories under headline lines alone: a subhead or a gallery's caption reads as one
    (tried in round segments34, it split six SemEval dev documents into incidents of their own, S2 84.3 -> 83.1)."""
    lines = _lines(text, title_chars)
    first = next((k for k, (_, _, line) in enumerate(lines) if _SENTENCE_END.search(line) or _dated_line(line)), None)
    if first is None or not _dated_line(lines[first][2]):
        return
    for k in range(first + 1, len(lines)):
        if _dated_line(lines[k][2]):
            head = _headline_above(lines, k)
            yield (lines[head][:2] if head is not None else None), lines[k][:2]


def _one_sentence(doc: Doc, start: int, end: int):
    """Make the characters start..end one sentence; the first token, or None where they hold none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    inside = [t for t in span if not t.is_space] if span is not None else []
    if not inside:
        return None
    for t in inside:
        if t.i > 0:
            t.is_sent_start = t.i == inside[0].i
    after = next((t for t in doc[inside[-1].i + 1:] if not t.is_space), None)
    if after is not None:
        after.is_sent_start = True
    return inside[0]


def _listed_links(text: str):
    """(start, end) of each headline-like line under a label alone on its line, blank lines skipped."""
    for m in _LIST_LABEL.finditer(text):
        pos = m.end()
        for _ in range(_MAX_LIST_LINES):
            nl = text.find("\n", pos)
            if nl < 0:
                break
            end = text.find("\n", nl + 1)
            end = len(text) if end < 0 else end
            line = text[nl + 1:end]
            pos = end
            if not line.strip():
                continue
            if len(line.strip()) > _MAX_LINK_LINE or _SENTENCE_END.search(line):
                break
            yield nl + 1 + len(line) - len(line.lstrip()), end


def _run_links(text: str):
    """(start, end) of each link of a run of two or more labelled links close together on one line."""
    labels = list(_RUN_LABEL.finditer(text))
    for i, m in enumerate(labels):
        nxt = labels[i + 1] if i + 1 < len(labels) else None
        prev = labels[i - 1] if i else None
        joined_next = nxt is not None and _joined(text, m.end(), nxt.start())
        joined_prev = prev is not None and _joined(text, prev.end(), m.start())
        if joined_next:
            yield m.start(), nxt.start()
        elif joined_prev:  # the run's last link: to the line's end, a headline's length at most
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            stop = _STOP.search(text, m.end(), min(line_end, m.end() + _MAX_LINK_LINE))
            yield m.start(), stop.start() + 1 if stop else min(line_end, m.end() + _MAX_LINK_LINE)


# A video player's playlist glued into the story: "0:41 Family of man killed at motel speaks out Pause 1:12 Woman
# found dead in river": each clip a running time before its headline (on its line or the next), at a line's or a
# sentence's start or after the player's "Pause" button; two or more such clips with a "Pause" among them make a
# playlist (not "at 7:35 Wednesday": a clock time inside a sentence)
_CLIP = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=\bPause )|(?<=\bPause\n))\d{1,2}:\d{2}(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
                   r"(?=[A-Z0-9\"'])")
_PAUSE = re.compile(r"\bPause\b")


def _playlist(text: str):
    """(start, end) of each clip of a video playlist (see ``_CLIP``): from its running time to the next clip, the
    player's "Pause" or its line's end, where that is a headline's length at most."""
    if "Pause" not in text:
        return
    clips = list(_CLIP.finditer(text))
    for i, m in enumerate(clips):
        near = [c for c in clips[max(0, i - 1):i + 2] if c is not m and abs(c.start() - m.start()) <= _MAX_RUN_GAP]
        if not any(_PAUSE.search(text, min(m.start(), c.start()), max(m.end(), c.end())) for c in near):
            continue
        line_end = text.find("\n", m.end())
        end = len(text) if line_end < 0 else line_end
        if i + 1 < len(clips):
            end = min(end, clips[i + 1].start())
        pause = _PAUSE.search(text, m.end(), end)
        end = pause.start() if pause else end
        # (a clip that runs on past a headline's length is the story's text glued after it: left alone)
        if end - m.end() <= _MAX_LINK_LINE:
            yield m.start(), end


def _inline_blocks(text: str):
    """(start, end) of each labelled block of links glued into one paragraph (see ``_INLINE_LABEL``): from its
    label to the first stop, the next block's label or a dateline, a short list's length at most."""
    opened = []
    block_end = -1
    for m in _INLINE_LABEL.finditer(text):
        if m.start() > block_end and _ONE_WORD_HEAD.match(m.group("bare") or "") \
                and not _OPENS_AFTER.search(text, max(0, m.start() - 3), m.start()):
            continue
        block_end = _inline_block_end(text, m.end())
        opened.append((m.start(), block_end))
    for i, (start, end) in enumerate(opened):
        nxt = opened[i + 1][0] if i + 1 < len(opened) else len(text)
        yield start, min(end, nxt)


def _inline_block_end(text: str, pos: int) -> int:
    """Where a block of links that starts at ``pos`` gives way to the story: after its first stop, else at a short
    list's length (at a word's end), and before a dateline or a person named with his age.  It never runs on past
    its line: where the page kept its line breaks, the next line is the story's (or the list rules' business)."""
    line_end = text.find("\n", pos)
    limit = min(len(text) if line_end < 0 else line_end, pos + _MAX_INLINE_BLOCK)
    stop = _STOP.search(text, pos, limit)
    if stop:
        end = stop.start() + 1
    else:
        space = text.rfind(" ", pos, limit) if limit == pos + _MAX_INLINE_BLOCK else -1
        end = space if space > pos else limit
    dateline = INLINE_DATELINE.search(text, pos, min(len(text), end + 40))
    if dateline and dateline.start() < end:
        end = dateline.start()
    named = _NAMED_WITH_AGE.search(text, pos + 1, end)
    return named.start() if named else end


def _joined(text: str, end: int, start: int) -> bool:
    """Two labels of one run: on one line, a headline's length apart."""
    return 0 < start - end <= _MAX_RUN_GAP and "\n" not in text[end:start]
