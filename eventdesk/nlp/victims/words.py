"""The word lists more than one of the victim modules reads.

A negator, a reflexive pronoun, a person noun, a word of death or of a hit means the same to the reading of a
person's key, of a trigger's arguments, of a sign of a hit and of the shooter; each list lives here once so that
they cannot drift apart.  Lists only one module reads stay in that module.
"""

from __future__ import annotations


# words that negate a trigger close before it ("no one was hurt", "neither officer was injured")
NEGATORS = frozenset({"no", "not", "none", "nobody", "never", "n't", "neither", "nor"})
# how the shooter is named where he shoots himself: "shot himself", "turned the gun on herself"
SELF = frozenset({"himself", "herself"})


# nouns that name one person ("the man", "an officer"), besides the numbers' PERSON_SINGULAR
_PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "teen", "teenager", "child", "person", "victim", "officer", "deputy", "trooper",
    "soldier", "policeman", "civilian", "guard", "infant", "baby", "toddler", "student", "resident", "driver",
    "passenger", "motorist", "pedestrian", "bystander", "worker", "clerk", "employee", "owner", "father", "mother",
    "son", "daughter", "husband", "wife", "brother", "sister", "friend", "neighbor", "neighbour", "youth", "juvenile",
    "male", "female", "adult", "customer", "security", "cabbie", "teacher", "pastor", "journalist", "gunman", "suspect",
    "shooter", "attacker", "robber", "intruder", "burglar",
    # a police release's word for the one it tells of: "one officer discharged his duty weapon, striking the subject"
    "subject",
}
# pronouns that stand for the last person named
_PRONOUNS = {"he", "she", "him", "her"}
# verbs whose object is the person hit or killed, and whose active subject is the shooter
# ("whip": "pistol-whipped a customer"; "pepper": "peppered him with birdshot": see triggers._outcome_of)
_KILL_VERBS = {"kill", "murder", "slay", "execute", "behead", "shoot", "wound", "injure", "stab", "gun", "assassinate",
               "lynch", "whip", "pepper"}
# an accused's record, as a court or follow-up story tells it beside the act it is about; segmentation's court-story
# rule (which sentences retell the tried act) and ``no_hit.on_the_record`` (which hurts are his earlier crimes) read
# the same words, so they live here once: a term served for an earlier crime ("served 11 years", "was paroled", "on
# probation"), the words that date a case before this one ("a prior conviction", "an earlier robbery", "previously
# convicted"), and a release from a term and the record itself ("released in 2012", "his criminal record")
RECORD_TERM = frozenset({"serve", "parole", "probation"})
RECORD_BEFORE = frozenset({"prior", "previous", "previously", "earlier"})
RECORD_WORDS = RECORD_TERM | RECORD_BEFORE | frozenset({"release", "record", "history"})


# lemmas that tell a death, and lemmas that tell a hit
_DEATH_WORDS = {"die", "dead", "kill", "murder", "slay", "slain", "death", "fatally", "execute", "behead", "deceased", "perish", "succumb", "assassinate", "lynch", "body"}
_HURT_WORDS = {"wound", "injure", "hurt", "graze", "hospitalize", "hospitalise", "shoot", "stab", "wounded", "injured",
               "paralyze", "paralyse"}  # ("a shooting left him paralyzed": a hit)
# verbs that find or leave a person hit: "found a man with a gunshot wound", "left a man in critical condition"
_FIND = {"find", "discover", "locate", "leave"}
