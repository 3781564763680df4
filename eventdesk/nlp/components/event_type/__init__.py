"""Event type in the ACLED taxonomy, from the words of one segment.

``classify`` decides in three steps (where the model is sure of its best class, above ``_TRUST``, it
decides after step 1, except that a strategic development with somebody hurt falls back to the rules,
an "Attack" on armed parties on both sides of the claims is an armed clash, and the codebook's plain
precedence corrects it (``_codebook``): a bomb found or defused that never went off is a disrupted weapons
use, demonstrators who throw stones or burn riot, demonstrators shot or killed by the police or the army
suffered excessive force, and a communal fight where no armed men or weapons are named is mob violence):

1. Is this an ACLED event at all?  A segment that speaks only of fires, crashes, accidents, natural
   disasters, business, markets, animals, illness, courts or sport is none (None) unless it names weapons
   or armed men (a weapon named only as a thing, or troops named where nobody fights, do not count, and
   figures of speech are read as such: "shot up 20 percent", "took a shot at her rival's record"); one of
   make-believe or games (a drill with blank rounds, a parade, a war film, a television drama's gunfire
   effects, a golfer who "shot 68"), in its words or its headline, is none even then, unless a casualty claim and
   the words of a person hurt say somebody was; a segment with no word of violence, protest or one of the strategic developments is none either,
   unless the model is sure of an event and the text names who took part (forces, groups, crowds);
   it need be less sure of a strategic development, demonstration or change of territory, which news
   often names without a word of violence, than of an act of violence.
2. Clear cues, tried in order: demonstrations (peaceful, with intervention, with excessive force,
   violent; mob violence), suicide bombs, chemical weapons, sexual violence, changes of territory;
   and, when nobody is hurt and nobody fights, the strategic developments (disrupted weapons use,
   agreements, bases established, non-violent transfers of territory, changes to a group, looting
   and property destruction, arrests).
3. The rest (armed clashes, attacks on civilians, shelling, air strikes, explosives, grenades,
   abductions) is decided by a small model: TF-IDF + logistic regression trained on ACLED dev notes
   (eval/train_event_type.py; patterns/event_type_model.jsonl, loaded once per process).  It has
   learnt ACLED's codebook habits, e.g. that an attack on armed forces is a battle, that fire from
   small arms alongside mortars is an armed clash and that shelling amid clashes is a battle.  The
   parties of the claims correct it where the words alone say only "attack"; where it gives the violent
   types little of its mass and no claim says somebody was hurt, its best class (no event, a strategic
   development) stands against a death word.  Without the model file the old keyword rules decide.

The modules, from the bottom up (each imports only those above it in this list):

- ``words``       the pattern helper and the word lists several steps read
- ``thresholds``  how far the rules trust the model
- ``model``       the trained model: features, loading, scoring (step 3)
- ``peaceful``    step 1: the contexts that are no violence
- ``armed``       step 1: the words that make a text an event whatever its context
- ``figures``     step 1: figures of speech and acts said not to have happened
- ``cues``        step 2: the clear cues, demonstrations, territory, strategic developments
- ``weapons``     step 3 without a sure model: the weapon named decides
- ``codebook``    the codebook's precedence over the model's sure answer
- ``decide``      ``classify`` and ``likeliest_type``: the order of the steps
- ``component``   the spaCy component and its factory

Names with a leading underscore are private to this package.
"""

from .component import EventTyper, make_event_type
from .decide import classify, likeliest_type
from .model import MODEL_PATH, EventTypeModel, default_model, features

__all__ = ["MODEL_PATH", "EventTypeModel", "EventTyper", "classify", "default_model", "features", "likeliest_type",
           "make_event_type"]
