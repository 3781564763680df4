"""The decision: ``classify`` chains steps 1 to 3 and the model for one segment, ``likeliest_type`` gives the
model's likeliest type where a text is known to tell an event.  The order of the rules lives here; the rules and
their words live in the sibling modules.
"""

from __future__ import annotations

import re

from .words import _NAMED_GROUPS, _rx
from .thresholds import (
    _EVENT_SURE, _LITTLE_VIOLENCE, _LITTLE_VIOLENCE_NONE, _MODEL_SURE, _N_WEAPON_CUES, _NONE_SURE,
    _QUIET_EVENT_SURE, _SD_VETOED, _TERRITORY, _TRUST, _UNSURE, _VIOLENT,
)
from .model import _best, default_model, EventTypeModel, _NONE
from .peaceful import (
    _ACT_NAMED, _CRIME_ACT, _DISMISSAL_HEADLINE, _FICTION, _LONG_BEFORE, _HURT_WORDS, _MAKE_BELIEVE, _PEACEFUL_CONTEXT, _PERSON_HURT, _RANGE, _SPORT,
)
from .armed import _armed, _captives_executed, _EVENT_WORDS, _fire_as_weapon, _killing_done, _one_sided_killing, _STRONG, _WEAK, _WEAPON_NOUN
from .figures import _NOT_DONE, _prefilter
from .cues import (
    _armed_both_sides, _CHEM_EFFECTS, _chemical_effects, _crowd_riots, _crowds_clash, _DISRUPTED_WORDS, _FIGHT, _figures_of_debate,
    _ARMED_ACTORS, _ARMED_GROUP_FORMED, _ARMED_MERGER, _ARRESTED, _ATTACKS_HALTED_RX, _CIVIC_CROWD, _CROWD, _CROWD_WRECKS, _CAPTURED_PEOPLE_RX, _GIVE_UP_ARMS, _GROUP_CHANGE_RX, _MOB, _more_accidents, _MORE_EVENT_WORDS, _NO_CASUALTY, _NO_FIGHT, _nothing_happened, _only_remembered,
    _AHEAD_OF_PROTEST, _arms_handed_over, _DEPLOYED_RX, _only_contested, _TAKEN_AFTER_LEFT, _TAKEN_BY_FORCE, _FIRE_AT, _only_befell, _peaceful_obituary, _PERSON_DOES_VIOLENCE, _PROTEST, _PROTEST_ACT, _PROTEST_VIOLENT, _protest, _protest_gesture, _protest_only_to_come, _SD_WORDS, _SPECIFIC, _STAGE, _STOLEN, _STRATEGIC, _DRIVEN_OUT, _FELL_TO, _state_took, _taker, _territory, _told_hurt,
)
from .weapons import _bare_explosion, _explosion_unnamed, _KILLED, _shooting_type, _TWO_SIDED, _WEAPON, _weapon_over_clash
from .codebook import _codebook, _DISRUPTED, _SEXUAL, _SEXUAL_ACT, _went_off


_HURT = frozenset({"killed", "wounded"})
_WRECKED = ("Strategic developments", "Looting/property destruction")
_PROPERTY_WRECKED = dict(_STRATEGIC)["Looting/property destruction"]
# those whose violence is a riot: a crowd of ordinary people, however it is named, or two sides that fight each other
_CROWD_NAMED = _rx(r"\b(?:" + _CIVIC_CROWD + "|" + _CROWD + r"|mobs?|gangs? of (?:youths|men)|groups|communities|each other|one another)\b")
# a thrown grenade answered with fire is a battle in ACLED's terms
_BATTLE = _rx(r"\b(?:exchang\w* (?:of )?(?:fire|gunfire|shots)|returned fire|return(?:ing)? fire|react\w*|clash\w*|gun ?battles?|fire ?fights?|shoot-?outs?)\b")


# who takes part in an ACLED event: armed, state and civic actors, crowds and assailants
_PARTICIPANTS = _rx(
    r"\b(?:forces|army|armies|military|troops|soldiers|police|policemen|officers|gendarm\w*|commandos|peacekeepers|blue helmets|"
    r"rebels?|militants?|insurgents?|fighters|militia\w*|jihadists?|separatists?|guerrillas?|groups?|factions?|movement|"
    r"government|regime|authorities|air ?force|navy|coalition|protesters|demonstrators|activists|students|workers|crowds?|mobs?|"
    r"villagers|residents|settlers|herders|bandits|vigilantes|gunmen|assailants|attackers|men|youths|supporters|relatives|growers|"
    r"farmers|traders|unions?|fans|junta|commanders?|bomb squad|" + _NAMED_GROUPS + r")\b"
)
# step 1's words: a text with none of them is an event only when the model is sure of one
_GATE = (_STRONG, _WEAK, _EVENT_WORDS, _SD_WORDS, _PROTEST, _MOB, _MORE_EVENT_WORDS, _CHEM_EFFECTS, _ARMED_MERGER, _ARMED_GROUP_FORMED, _GIVE_UP_ARMS,
         _CAPTURED_PEOPLE_RX) + tuple(rx for _, _, rx in _SPECIFIC)
_GATE_BUT_STRONG = tuple(rx for rx in _GATE if rx is not _STRONG)
# ... the words of an act, a weapon or an actor among them: all but the weak words, which also tell what befell somebody
_GATE_BUT_WEAK = tuple(rx for rx in _GATE if rx is not _WEAK)


_HANDED_OVER = dict(_STRATEGIC)["Non-violent transfer of territory"]
_CEDED = ("Strategic developments", "Non-violent transfer of territory")
_CLASH = ("Battles", "Armed clash")
_GRENADE = ("Explosions/Remote violence", "Grenade")


def _ceded(text: str, fight: bool) -> bool:
    """A place changed hands and nobody is said to have fought for it: handed over, turned over, or taken once its
    holders had left.  The codebook's non-violent transfer, where the model reads the taking as a battle's; not where
    the words tell force (seized, captured, under fire), which news uses of holders driven out."""
    return not fight and not _TAKEN_BY_FORCE.search(text) and bool(_HANDED_OVER.search(text) or _TAKEN_AFTER_LEFT.search(text))


# stones or rocks thrown at somebody: a fight, though no weapon is fired ("threw rocks at the police"); and a firearm in
# somebody's hands or shots fired, which the words of a fight need not name ("escaped with a shotgun and two pistols",
# "fired three shots at the officer")
_STONES_OR_GUNS = _rx(r"\b(?:threw|throwing|hurl\w*|pelt\w*) (?:\w+ ){0,2}(?:stones|rocks|bricks|brickbats)\b|"
                     r"\b(?:shotguns?|pistols?|revolvers?|handguns?|firearms?|shots|fir(?:ed|ing) (?:\w+ ){0,3}(?:rounds|bullets))\b")


def _no_fight_told(text: str, fight: bool) -> bool:
    """Nobody is said to fight or be hurt: no word of a fight, of two sides firing, of guns or of stones thrown.  A
    battle in the codebook needs two armed sides that fight; the model's battle where the words tell none ("two militants
    were arrested with arms and ammunition") has read armed men and their weapons, and the rules decide instead."""
    return not fight and not _TWO_SIDED.search(text) and not _STONES_OR_GUNS.search(text)


def _forces_readied(text: str) -> bool:
    """Forces deployed for a demonstration still to come ("police were deployed ahead of planned rallies"): the
    deployment is the news, no demonstration took place."""
    return bool(_DEPLOYED_RX.search(text)) and not _PROTEST.search(_AHEAD_OF_PROTEST.sub(" ", text))


def _passes_gate(text: str, armed: bool) -> bool:
    """Step 1's words are there; guns stolen, named only as things with nothing done with them ("thieves stole 20
    handguns from a store"), are not one of them.  (Only in a theft: weapons named as things elsewhere still pass,
    as before; news of shootings names the gun in sentences of its own.)"""
    if any(rx.search(text) for rx in _GATE_BUT_STRONG):
        return True
    found = [m.group() for m in _STRONG.finditer(text)]
    return bool(found) and (armed or not _STOLEN.search(text) or not all(_WEAPON_NOUN.fullmatch(w) for w in found))


def _peaceful_headline(headline: str | None) -> bool:
    """'Worker killed in factory accident', 'Stampede at festival kills 5': the report is about no violence
    (not 'Fired worker kills 2 at plant', where a person does it)."""
    if not headline:
        return False
    headline = _prefilter(headline)
    return bool(_PEACEFUL_CONTEXT.search(headline)) and not _STRONG.search(headline) and not _PERSON_DOES_VIOLENCE.search(headline)


def _job_news(headline: str | None) -> bool:
    """'Officer fired nine months after fatal shooting', 'Professor fired over comments on massacre anniversary': the
    headline's news is a job lost, the only violence it names is the act the job was lost over, by its name, and a
    time sets that act well before.  The report's words of violence then tell that act as the reason for the news,
    not a fresh incident (not 'Fired worker kills 2 at plant', whose headline tells the act itself, nor 'Officer fired
    after shooting unarmed man', whose shooting may be last week's and the report its news)."""
    if not headline:
        return False
    headline = _prefilter(headline)
    if _PERSON_DOES_VIOLENCE.search(headline) or not _LONG_BEFORE.search(headline):
        return False
    rest = _ACT_NAMED.sub(" ", _LONG_BEFORE.sub(" ", headline))
    return bool(_DISMISSAL_HEADLINE.search(rest)) and not (_STRONG.search(rest) or _WEAK.search(rest) or _HURT_WORDS.search(rest))


# arrests for ordinary crime (drugs, theft, fraud, drink-driving) are police work, not an ACLED event,
# unless a political or armed actor is named
_ORDINARY_CRIME = _rx(
    r"\b(?:drugs?|narcotics|cocaine|heroin|marijuana|cannabis|meth(?:amphetamine)?|fentanyl|opioids?|theft|thefts|stealing|stole|stolen|"
    r"shoplift\w*|burglar\w*|embezzl\w*|fraud\w*|forgery|bribe\w*|(?:drunk|impaired) driving|dui|dwi|trespass\w*|speeding|counterfeit\w*|"
    r"identity theft|money laundering|prostitution|gambling|poaching)\b"
)
_POLITICAL = _rx(
    r"\b(?:protest\w*|demonstrat\w*|activists?|opposition|journalists?|dissidents?|rebels?|militants?|insurgents?|jihadists?|terror\w*|"
    r"extremists?|separatists?|militia\w*|(?:party|group) (?:members?|leaders?|supporters?)|politicians?|lawmakers?|blasphemy|sedition|treason|"
    r"islamic state|isis|isil|al-?qaeda|al-?shabaa?b|boko haram|taliban|hamas|pkk|hezbollah|cartels?|gangs?)\b"
)


_EXPLOSIVE = re.compile(r"(?i)\b(?:bomb\w*|blast\w*|explo\w+|detonat\w+|blew|blow\w* (?:himself|herself|themselves) up|"
                        r"vests?|belts?|vbied|ied|car[- ]bomb\w*|suicide attack\w*|self-immolat\w+)\b")
_SUICIDE_WORD = re.compile(r"(?i)\b(?:murder-)?suicid\w*")
_ATTACK = ("Violence against civilians", "Attack")
# those attacked fought back: in ACLED's terms armed parties on both sides, a clash ("the jawans retaliated",
# "gendarmes responded and killed four of the attackers", "troops repulsed the raid")
_FOUGHT_BACK = _rx(
    r"\b(?:retaliated|fought back|fought off|returned fire|return(?:ed|ing)? the fire|repuls(?:ed|es?|ing)|repel(?:led|s|ling)?|beat back|"
    r"respond(?:ed|ing) (?:with (?:\w+ )?(?:fire|gunfire)|by (?:firing|opening fire|shooting)|and (?:killed|shot|neutrali[sz]ed)))\b"
)


def classify(text: str, parties: set[str | None] = frozenset(), outcomes: set[str] = frozenset(),
             model: EventTypeModel | None = None, headline: str | None = None) -> tuple[str, str] | None:
    """(event_type, sub_event_type) for a segment, or None when it tells of no ACLED event.

    ``parties`` and ``outcomes`` are those of the segment's casualty claims; ``model`` replaces the
    shipped model (tests, cross-validation).  ``headline`` is the report's: one that speaks of a fire,
    an accident or business, with no weapon in it, makes the whole report peaceful context."""
    found = _classify(text, parties, outcomes, model, headline)
    if found == ("Explosions/Remote violence", "Suicide bomb") and not _EXPLOSIVE.search(text):
        # "committed suicide after shooting his brother", "a murder-suicide": a suicide with nothing that explodes
        # says nothing of the type; the rest of the words decide
        found = _classify(_SUICIDE_WORD.sub(" ", text), parties, outcomes, model, headline)
    if found in (("Strategic developments", "Arrests"), ("Strategic developments", "Disrupted weapons use")) \
            and _ORDINARY_CRIME.search(text) and not _POLITICAL.search(text):
        return None
    if found is not None and _told_no_violence(text, outcomes):
        return None
    if found == _CEDED and _arms_handed_over(text):
        return "Strategic developments", "Change to group/activity"  # fighters who hand in their arms, not a place
    if found == _CLASH:
        # (a battle told only as the background of the act the text reports: "the air strike came a day after militants
        # ambushed a convoy", "protesters clashed with police after the funeral of a youth killed in fighting")
        main = _main_act(text, parties, outcomes, model, headline)
        if main is not None:
            return main
    weapon = _weapon_over_clash(text) if found == _CLASH else None
    if weapon is not None or _explosion_unnamed(text, found):
        # an attack made with grenades or mortars that nobody is said to fight back, or a shelling or a bomb read into
        # a shooting that names nothing explosive; where the model is unsure of the type it gave
        model = model or default_model()
        if model is not None and hasattr(model, "scores"):
            probs = dict(zip(model.classes, model.scores(text)))
            if weapon is not None:
                # (a grenade thrown at a post is the grenade's event however sure the model is of a battle: it has
                # read "militants attacked an army camp" in the notes of many clashes, and the grenade is one word)
                return weapon if probs.get(_CLASH, 0.0) < _TRUST or weapon == _GRENADE else found
            return _shooting_type(probs, found) or found
    return found


# what went before the act a text reports, in a clause of its own: "after militants ambushed a convoy", "days after a
# gunfight in the area", "in retaliation for an attack on their base"
_BACKGROUND = _rx(r"\b(?:(?:(?:a |two |three |\w+ )?(?:days?|weeks?|hours?|months?) |shortly |soon |a day |hours |days )?"
                  r"(?:after|following|in (?:response|retaliation) (?:to|for)))\b[^.;]*")
# the acts whose own words decide over a battle told only in such a clause: explosives fired, thrown or dropped, and a
# crowd's demonstration or riot
_MAIN_OVER_BACKGROUND = frozenset({"Explosions/Remote violence", "Riots", "Protests"})


def _main_act(text: str, parties, outcomes, model, headline) -> tuple[str, str] | None:
    """The type of the act a text reports where its battle is told only in a clause of what went before, and the rest,
    read alone, tells an explosive's event or a demonstration with no word of a fight; None otherwise."""
    main = _BACKGROUND.sub(" ", text)
    if main == text or _no_fight_told(text, bool(_FIGHT.search(text))) or _TWO_SIDED.search(main) and not _PROTEST.search(main):
        return None
    found = _classify(main, parties, outcomes, model, headline)
    return found if found is not None and found[0] in _MAIN_OVER_BACKGROUND else None


def _territory_cue(text: str) -> tuple[str, str, re.Match] | None:
    """The first change-of-territory cue in the text: (event type, its sub-event type or "_territory", the match);
    none where captives were executed, whose "captured" tells people taken."""
    if _captives_executed(text):
        return None
    for etype, sub, rx in _SPECIFIC[_N_WEAPON_CUES:]:
        m = rx.search(text)
        if m:
            return etype, sub, m
    m = _FELL_TO.search(text)
    if m and _taker(m.group(1)):
        return "Battles", "_territory", m
    m = _DRIVEN_OUT.search(text)
    if m:
        return "Battles", "_territory", m
    return None


_REGAINED = ("Battles", "Government regains territory")
_BASE = "Headquarters or base established"
_BASE_SET_UP = dict(_STRATEGIC)[_BASE]
# a place recovered, told by its name ("soldiers recovered Gajiram from the insurgents"), not arms ("recovered AK-47s")
_PLACE_RECOVERED = _rx(r"\brecover(?:ed|s)\b (?:the (?:town|city|village|district) of )?(?-i:[A-Z])(?!K-?\d|PGs?\b|EDs?\b|alashnikov)")
# a camp or a base taken, which the model reads as one set up
_CAMP = _rx(r"\b(?:camps?|bases?|hideouts?)\b")


def _ground_or_weapons(text: str, top: tuple[str, str], fight: bool) -> tuple[str, str] | None:
    """The model's change of territory or base corrected by the words, None where they leave it be: ground taken by
    named state forces as the subject is the state's ("police took control of the neighbourhood"); weapons recovered with
    no place taken are the fight they were taken in, or a weapon use disrupted where no fight is told, never ground
    regained (unless a place recovered is named); a group's camp seized (no base set up) is a place taken; armed men driven out of a place by force are a
    place taken, not one handed over."""
    cue = _territory_cue(text)
    if top[1] == "Non-state actor overtakes territory" and cue and _state_took(text, cue[2]):
        return _REGAINED
    if top[1] in _TERRITORY and cue is None and _DISRUPTED_WORDS.search(text) and not _PLACE_RECOVERED.search(text):
        return _CLASH if fight else _DISRUPTED
    if top[1] == _BASE and cue and _CAMP.search(cue[2].group()) and not _BASE_SET_UP.search(text) \
            or top == _CEDED and cue and cue[2].re is _DRIVEN_OUT:
        etype, sub, m = cue
        return etype, _territory(text, m, None, None if sub == "_territory" else sub)
    return None


def _not_a_crowd(text: str, found: tuple[str, str], probs: dict, hurt: bool = True) -> tuple[str, str]:
    """The model's riot where no demonstration and no crowd is spoken of but armed men are ("gunmen vandalised the
    electoral office"): an organised group's act, the model's likeliest type outside the riots; where nobody is named
    but those who wrecked a thing and nobody was hurt ("vandals smashed the windows of a mosque"): property destroyed,
    which needs no crowd; and its attack by a crowd of ordinary people where nobody armed is named ("market traders
    attacked a tax collector"): mob violence."""
    if found[0] == "Riots" and not _PROTEST.search(text) and not _MOB.search(text):
        if _ARMED_ACTORS.search(text):
            return _best(probs, lambda c: c[0] != "Riots" and c != _NONE)[0] or found
        if not hurt and not _CROWD_NAMED.search(text) and _PROPERTY_WRECKED.search(text):
            return _WRECKED
    if found == _ATTACK and _MOB.search(text) and not _PROTEST.search(text) and not _ARMED_ACTORS.search(text):
        return "Riots", "Mob violence"
    return found


def _told_no_violence(text: str, outcomes: set[str]) -> bool:
    """A scare the report says was nothing (no shooter, nothing found, fireworks), with nobody claimed hurt; or a
    feature that remembers an old killing (a memorial ten years after), whatever its figures say."""
    text = _prefilter(text)
    return (not outcomes & _HURT and _nothing_happened(text)) or _only_remembered(text, (_STRONG, _WEAK)) \
        or _peaceful_obituary(text)


def likeliest_type(text: str, model: EventTypeModel | None = None) -> tuple[str, str] | None:
    """(event_type, sub_event_type) for a text already known to tell an ACLED event (a benchmark's snippet,
    a row an analyst coded): ``classify``'s answer where it finds one, else the model's likeliest event type
    rather than "no event".  None only without a model."""
    found = classify(text, model=model)
    if found is not None:
        return found
    model = model or default_model()
    if model is None or not hasattr(model, "scores"):
        return None
    probs = {c: p for c, p in zip(model.classes, model.scores(text)) if c != _NONE}
    if len(probs) > 1 and max(probs, key=probs.__getitem__) == _CLASH and _no_fight_told(text, bool(_FIGHT.search(text))):
        # (a battle needs a fight told: where none is, the armed men and weapons named made the model's battle, and its
        # next likeliest type, a territory taken, a weapon seized, a change to the group, is nearer the codebook)
        del probs[_CLASH]
    return max(probs, key=probs.__getitem__) if probs else None


def _classify(text: str, parties: set[str | None], outcomes: set[str], model: EventTypeModel | None,
              headline: str | None) -> tuple[str, str] | None:
    # 1. an event at all?
    # (the model reads the words as they are; the rules do not read the acts the text says did not happen)
    model_text = _figures_of_debate(_prefilter(text))
    text = _NOT_DONE.sub(" ", model_text)
    # (the weapon cues are cheap and tried first: where one is there, the long peaceful-context pattern
    # has nothing to decide)
    armed = _armed(text)
    # (a person who kills, shoots or stabs, as a headline says it, is no accident: "Fired worker kills 2 at plant")
    # (armed groups that merge are no business merger)
    # (a strike or a sit-in at the works is labour's protest, and a crowd that overturned cars riots, whatever workplace or
    # accident words surround them; a robbery at a factory or a bank is a crime against its staff, not business news)
    # (nor attacks a group says it will halt, for a pandemic or a holiday)
    if not armed and not _PERSON_DOES_VIOLENCE.search(text) and not _ARMED_MERGER.search(text) \
            and not _ATTACKS_HALTED_RX.search(text) and not _PROTEST_ACT.search(text) and not _CROWD_WRECKS.search(text) \
            and not _CRIME_ACT.search(text) \
            and (_PEACEFUL_CONTEXT.search(text) or _FIRE_AT.search(text) or _more_accidents(text) or _peaceful_headline(headline)):
        return None
    # (a report whose headline's news is a job lost tells the act the job was lost over as its reason: no incident of
    # its own, unless the text has a person do violence in a headline's words or set a fire on somebody)
    if _job_news(headline) and not _PERSON_DOES_VIOLENCE.search(text) and not _fire_as_weapon(text):
        return None
    # (somebody died or was hurt and the text, headline and all, names no act, weapon or person who did it: a
    # death by whatever else kills, which no list of peaceful contexts can hold)
    if not armed and not _PERSON_DOES_VIOLENCE.search(text + "\n" + (headline or "")) and not _fire_as_weapon(text) \
            and _only_befell(text + "\n" + _prefilter(headline or ""), _WEAK, _GATE_BUT_WEAK):
        return None
    claimed_hurt = bool(outcomes & _HURT)
    # (a claim counts only where the words of somebody hurt survive the figures of speech: "shot video of the drill"
    # and "killed off four penalties" give the casualty rules a claim but hurt nobody)
    person_hurt = bool(_PERSON_HURT.search(text))
    # (make-believe, sport and a range decide only where the claims or the words leave nobody hurt: where both have
    # somebody hurt, as most reports of violence do, their long patterns are not read)
    if not (claimed_hurt and person_hurt):
        story = text + "\n" + _prefilter(headline or "")
        sport = len({m.group().lower().rstrip("s") for rx in (_SPORT, _FICTION, _STAGE) for m in rx.finditer(story)})
        if _MAKE_BELIEVE.search(story) or sport >= 2 or sport and not person_hurt:
            return None
        if not claimed_hurt and not person_hurt and _RANGE.search(text):
            return None
    model = model or default_model()
    probs: dict = {}
    if model is not None:
        probs = dict(zip(model.classes, model.scores(model_text))) if hasattr(model, "scores") else {}
        if not probs:  # a stand-in model with predict() alone
            guess, p = model.predict(model_text)
            if guess is not None:
                probs = {guess: p}
    top = max(probs, key=probs.__getitem__) if probs else None
    # (a fire set on somebody who was burned by it is a claim of a person hurt, in words the casualty rules do not
    # count: "doused the houseboat with gasoline and set it on fire while she slept ... suffered burns to her legs";
    # not "there were no casualties")
    claimed_hurt = bool(outcomes & _HURT) or _fire_as_weapon(_NO_CASUALTY.sub(" ", text))
    # (a claim passes the gate where a word of somebody hurt is left once the figures of speech are read: not
    # "the price war has killed his business"; so does a crime against a person in the law's words, "charged with four
    # counts of assault", whose blows the text may tell in words of no gate: "threw lit fireworks onto the porch")
    if not (claimed_hurt and _HURT_WORDS.search(text) or _passes_gate(text, armed) or _fire_as_weapon(text)
            or _CRIME_ACT.search(text)):
        # no word of violence, protest or strategic development: an event only when the model is sure of
        # one and somebody who takes part in ACLED events is named ("set up your account" is no base)
        if top is None or top == _NONE or not _PARTICIPANTS.search(text) \
                or probs[top] < (_EVENT_SURE if top[0] in _VIOLENT else _QUIET_EVENT_SURE):
            return None
    # ("nobody was injured" hurts nobody, nor is it a fight: the set-fire church stays property destroyed)
    hurt = claimed_hurt or _told_hurt(text)
    fight = hurt or bool(_FIGHT.search(_NO_FIGHT.sub(" ", _NO_CASUALTY.sub(" ", text))))
    # the model's "no event" (disasters, crime, diplomacy, statements): a veto when it is sure and no
    # casualty claim of the segment says somebody was hurt
    # (not over a curfew, an emergency or a ban the text names in so many words, where nobody fought: the model, which
    # has seen emergencies declared over floods, is unsure of these; the peaceful contexts above have already gone)
    if top == _NONE and probs[top] >= _NONE_SURE and not claimed_hurt and (fight or not _GROUP_CHANGE_RX.search(text)):
        return None
    # the model, where it is sure: it has learnt the codebook's precedence from whole snippets (a protest
    # that turns violent, a clash in which troops retake a town).  The rules keep what it cannot know:
    # a strategic development where somebody was hurt is the violence, not the arrest or the looting
    if top is not None and top != _NONE and probs[top] >= _TRUST \
            and not (top[0] == "Strategic developments" and top[1] in _SD_VETOED and hurt) and not (top == _CLASH and _no_fight_told(text, fight)):
        if top == _ATTACK and "civilians" not in parties and (_armed_both_sides(parties) or _FOUGHT_BACK.search(text)):
            return "Battles", "Armed clash"
        if top[1] in _TERRITORY and _ceded(text, fight):
            return _CEDED
        if top[1] in _TERRITORY and _only_contested(text):
            return _CLASH
        corrected = _ground_or_weapons(text, top, fight)
        if corrected:
            return corrected
        return _not_a_crowd(text, _codebook(text, top, hurt, probs), probs, hurt)
    # 2. clear cues: the weapons and violence that decide whoever the victims
    for etype, sub, rx in _SPECIFIC[:_N_WEAPON_CUES]:
        if (rx.search(text) or sub == "Chemical weapon" and _chemical_effects(text)) and not (sub == "Grenade" and _BATTLE.search(text)):
            # (a suicide vest or a grenade found, seized or defused before use: the weapon disrupted, not its attack)
            if etype == "Explosions/Remote violence" and not hurt and _DISRUPTED_WORDS.search(text) and not _went_off(text):
                return _DISRUPTED
            return etype, sub
    # a curfew or a ban where nobody fights: the change to what is allowed, not the demonstrations it bans
    if not fight and (_GROUP_CHANGE_RX.search(text) or _GIVE_UP_ARMS.search(text) or _ARMED_GROUP_FORMED.search(text) or _forces_readied(text)):
        return "Strategic developments", "Change to group/activity"
    # demonstrations and mobs
    if _PROTEST.search(text) or _MOB.search(text) or _crowd_riots(text) or _crowds_clash(text) or _protest_gesture(text):
        # (a demonstration only announced or threatened, where nobody fought: none took place)
        return None if not fight and _protest_only_to_come(text) else _protest(text, probs)
    # the model, where it is sure of a battle over territory, a demonstration or a strategic development
    # (the latter only when nobody was hurt: a shooting followed by an arrest stays a shooting)
    if top is not None and top != _NONE and top[0] not in ("Explosions/Remote violence", "Violence against civilians") \
            and top[1] != "Armed clash" and probs[top] >= _MODEL_SURE and not (top[0] == "Strategic developments" and hurt) \
            and not (top == _DISRUPTED and _went_off(text)):
        # (the model's change to the group too: forces that leave a place read to it as a group's move)
        if (top[1] in _TERRITORY or top[1] == "Change to group/activity") and _ceded(text, fight):
            return _CEDED
        fell = _FELL_TO.search(text)
        if fell and top[1] in ("Change to group/activity", "Non-violent transfer of territory") and _taker(fell.group(1)):
            return "Battles", _territory(text, fell)  # "the town fell to the insurgents": a place taken, by whom it fell to
        if top[1] in _TERRITORY and _only_contested(text):
            return _CLASH  # a place fought over, nobody said to have taken it
        corrected = _ground_or_weapons(text, top, fight)
        if corrected:
            return corrected
        if top[1] in _TERRITORY:
            # (a territory verb in the text tells who took the place better than the actors' names the model knows;
            # with none, the model's own answer stands: it knows "raised their flag over", "occupied"; unless people,
            # not a place, were captured: "captured a cartel boss" goes to the rules)
            cue = _territory_cue(text)
            if cue:
                etype, sub, m = cue
                return etype, _territory(text, m, None, top[1] if sub == "_territory" else sub)
            # (nor where captives were executed: "soldiers they had captured" are people, and their killing the news)
            if not _CAPTURED_PEOPLE_RX.search(text) and not _captives_executed(text):
                return top
        elif top[1] == "Looting/property destruction" and _DISRUPTED_WORDS.search(text) and not _went_off(text):
            return _DISRUPTED  # weapons or a minefield destroyed are a weapon disrupted, not property destroyed
        elif top == _DISRUPTED and not _DISRUPTED_WORDS.search(text) and _ARRESTED.search(text):
            # (armed men caught with no weapon said to be seized: "police nabbed a wanted militant hiding in a house")
            return "Strategic developments", "Arrests"
        elif top[0] == "Protests" and _PROTEST_VIOLENT.search(text):
            return "Riots", "Violent demonstration"  # (the model's demonstration, whose crowd did violence: it rioted)
        else:
            return _not_a_crowd(text, top, probs, hurt)  # (the riot needs its crowd here as where the model is sure)
    cue = _territory_cue(text)
    if cue and _ceded(text, fight):
        return _CEDED
    if cue and _only_contested(text):
        return _CLASH
    if cue:
        etype, sub, m = cue
        return etype, _territory(text, m, probs, None if sub == "_territory" else sub)
    # weapons disrupted (defused, intercepted) with nobody hurt
    if not hurt and _DISRUPTED_WORDS.search(text):
        return _DISRUPTED
    if not fight:
        for sub, rx in _STRATEGIC:
            if rx.search(text):
                return "Strategic developments", sub
    # violence: the model among the violent types, corrected by the parties hurt
    guess, p = _best(probs, lambda c: c[0] in _VIOLENT and c[1] not in _TERRITORY)
    if guess == _SEXUAL and not _SEXUAL_ACT.search(text):
        # (the model, unsure, leans to sexual violence where a woman was killed or beaten; the codebook's type needs a
        # sexual act told, and the sexual-violence cue above has found none: the violence against civilians is an attack)
        guess = _ATTACK
    # ... unless the model sees little violence at all: a death word in a strategic development ("named a new
    # leader after the death of ...") or in no event ("a memorial for the victims of the attack") does not
    # make the likeliest violent type, often a rare one, right (a casualty claim of somebody hurt does)
    # (where nobody fought, the weapon rules below still decide whether armed men named make an event)
    violent_mass = sum(v for c, v in probs.items() if c[0] in _VIOLENT)
    # (an execution or a beheading, the model unsure, nobody said to fight back: an attack, whatever armed men it names)
    # (and where the model sees no event in it: armed men who behead or execute somebody did violence whatever the
    # model has learnt of "executed" in courts; not a state's execution, whose words name no armed men)
    if (_CLASH in (guess, top) or top == _NONE and armed) and p < _UNSURE and _one_sided_killing(text) \
            and not _FOUGHT_BACK.search(text):
        return _ATTACK
    if top is not None and not claimed_hurt and violent_mass < (_LITTLE_VIOLENCE_NONE if top == _NONE else _LITTLE_VIOLENCE):
        if top == _NONE:
            return None
        # (a strategic development stands against a death word, not against a killing told as somebody's act:
        # "police gunned down a gangster in an encounter" is no weapon disrupted)
        # (nor the model's sexual violence where no sexual act is told: an attack, as the guess above)
        if fight and top == _SEXUAL and not _SEXUAL_ACT.search(text):
            return _ATTACK
        if fight and not (top[0] == "Strategic developments" and _killing_done(text)):
            return top
    if p < _UNSURE:
        for etype, sub, rx in _WEAPON:
            if rx.search(text) and not (sub.startswith("Abduction") and _KILLED.search(text)):
                # (an explosion nobody set off, where the model sees no event and names no armed men: a gas or a
                # house explosion, no IED)
                if top == _NONE and not armed and _bare_explosion(text, (etype, sub)):
                    return None
                return etype, sub
        if not fight and (top is None or top == _NONE or top[0] not in _VIOLENT):
            return None  # "soldiers filled the hall": armed men named, nobody fought, no weapon used
        if guess == _CLASH and _no_fight_told(text, fight):
            return None  # "militants were spotted in the forest": armed men named, the model unsure, no fight told
        if guess is None:
            guess = ("Violence against civilians", "Attack")
    if guess == _ATTACK and (p < _UNSURE or "civilians" not in parties) \
            and (_armed_both_sides(parties) or _FOUGHT_BACK.search(text)):
        return "Battles", "Armed clash"
    return guess
