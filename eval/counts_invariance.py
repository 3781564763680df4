"""python -m eval.counts_invariance [--family F|all] [--set N|all] [--every] [--show rules]   (run from the repo root)

Do our casualty figures survive a change of wording that keeps the meaning?  The counts check sets (eval/
counts_check*.jsonl, sets 1..22) say whether the readers get a report right; this suite rewrites each of their rows
in ways that keep its meaning and asks whether the (killed, injured) reading stays the same, and whether it is still
right (CheckList's invariance tests: Ribeiro et al., 2020, "Beyond Accuracy: Behavioral Testing of NLP Models with
CheckList").  The rewrites are the shared core's (``eval.perturb``: typography, paragraphs) and this module's:

- ``casualty-names``: each person's name swapped for an invented one of another origin (Hispanic, Black American,
  Asian, Arabic, Slavic, hyphenated, with initials, with a suffix "Jr."), the surname alone swapped with it;
- ``casualty-numerals``: a count of people told in digits told in words and the other way ("2 men" <-> "two
  men"), "two" told "a pair of";
- ``casualty-ages``: an age told another way ("a 25-year-old man" -> "a man, 25,"; "NAME, 25," -> "NAME (25)",
  "NAME, age 25," or "25-year-old NAME");
- ``casualty-attribution``: "..., police said." moved to the front ("According to police, ...", "Police said
  ..."), "According to police, ..." moved to the end, the police told as a named sergeant;
- ``casualty-bylines``: the dateline dropped, told with a station's call letters, or a byline added above the text;
- ``casualty-tense``: "police said" told "police say" (TV style), "was shot and killed" told "was fatally shot".

Every rewrite is deterministic (seeded by the row's id) and skips a row it cannot apply to.  A variant's half is its
original's half in its own set (``eval.counts_check.SETS``): ``--show rules`` prints the variants of rules-half rows
whose reading moved, never the check half's, which is only scored.  The table gives per family and half the share
of variants read as their original was ("unchanged") and the share read right.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict

from . import check_sets, counts_check, perturb

SHARED_FAMILIES = perturb.SHARED_FAMILIES
FAMILIES = ("casualty-names", "casualty-numerals", "casualty-ages", "casualty-attribution", "casualty-bylines",
            "casualty-tense")


def _both(row: dict, fn) -> dict | None:
    """The row with ``fn`` applied to its headline and text; None where neither changed."""
    title, text = fn(row["title"]), fn(row["text"])
    if title == row["title"] and text == row["text"]:
        return None
    return {**row, "title": title, "text": text}


# ---- person names ---------------------------------------------------------------------------------------------------

# words that start a capitalised pair which is no person's name (places, institutions, days, titles' companions)
_NOT_NAME = frozenset("""
Street St Avenue Ave Road Rd Boulevard Blvd Drive Dr Lane Ln Court Ct Place Way Parkway Highway Interstate Route
Park County Police Department Dept Hospital Medical Center Centre Memorial Regional Health University College School
High Middle Elementary Academy Church Chapel Stoppers Crime Sheriff Sheriff's Office City Town Township Village
North South East West Northeast Northwest Southeast Southwest New Saint Mount Mt Lake River Valley Heights Hills Hill
Creek Beach Fort Port Bay Springs Falls Point Island Square Plaza Mall Market Apartments Apartment Homes Manor Gardens
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec
The A An He She They It His Her Their This That These Those Two Three Four Five One Officers Officer Sgt Lt Capt
Detective Detectives Chief Deputy Deputies Mayor Gov Sen Rep Judge Attorney District State Federal National Associated
Press News Channel Fox Action Eyewitness Staff Writer Reporter By Update Updated Posted Breaking Related Photo Video
Copyright All Rights Reserved Facebook Twitter Crimestoppers Bureau Division Unit Task Force Services Fire Rescue EMS
Trauma General Mercy Baptist Methodist Presbyterian Lutheran Catholic Christian Children's Kids Community Club Bar
Grill Lounge Restaurant Cafe Store Shop Gas Station Motel Hotel Inn Suites Inc Co Corp LLC Company Bank Library
According Authorities Officials Investigators Witnesses Neighbors Police's Department's Family Friends God Jesus
American African Black White Hispanic Latino Asian Arab Mexican Puerto Rican Memorial Day Labor Independence Christmas
Thanksgiving Easter Halloween Year Eve Super Bowl Facebook Instagram Snapchat YouTube Walmart Target Kroger McDonald's
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana
Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska
Nevada Hampshire Jersey Mexico York Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Tennessee Texas Utah
Vermont Virginia Washington Wisconsin Wyoming Calif Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev
Okla Ore Pa Tenn Va Wash Wis Wyo Colo Conn Ariz Ark Ala Del
""".split())
_WORD = r"[A-Z][a-z]+(?:['\u2019-][A-Za-z][a-z]+)?"
_FULL_NAME = re.compile(rf"\b({_WORD})(?: ([A-Z])\.)? ({_WORD})\b")
_INTRO = re.compile(r"(?:identified (?:him |her |them |the \w+ )?as|named|victim|victims|man|woman|boy|girl|teen|"
                    r"teenager|son|daughter|brother|sister|father|mother|husband|wife|suspect|Officer|officer|"
                    r"Deputy|deputy|Sgt\.|Cpl\.|Det\.|Lt\.|Mr\.|Mrs\.|Ms\.|and|,)\s*$")


def person_names(text: str) -> list[tuple[str, str]]:
    """The (full name, surname) pairs a report tells of persons: two capitalised words (a middle initial allowed)
    neither of which is a place, an institution's, a day's or a title's word, followed by an age (", 25,") or
    introduced as a person ("identified as", "victim", "Officer") or whose surname the report uses again alone."""
    found: dict[str, str] = {}
    for m in _FULL_NAME.finditer(text):
        first, last = m.group(1), m.group(3)
        if first in _NOT_NAME or last in _NOT_NAME or first.upper() == first:
            continue
        following = re.match(r" ([A-Z][\w']+)", text[m.end():])
        if following and following.group(1) in _NOT_NAME:  # "Ben Taub Hospital", "Martin Luther King Drive"
            continue
        after = text[m.end():m.end() + 6]
        before = text[max(0, m.start() - 30):m.start()]
        alone = len(re.findall(rf"\b{re.escape(last)}\b", text)) > 1
        if re.match(r",? \(?\d{1,2}\b", after) or _INTRO.search(before) or alone:
            found.setdefault(m.group(0), last)
    return list(found.items())


# invented names of other origins (given names by the person's sex; no real victim's name is meant)
_ORIGINS = {
    "hispanic": (("José Luis", "Alejandro", "Jesús", "Santiago"), ("María José", "Guadalupe", "Ximena", "Marisol"),
                 ("Ortega Ruiz", "Villaseñor", "de la Cruz", "Quintanilla")),
    "black": (("DeShawn", "Tyrell", "Jamarion", "Kwame"), ("Shaniqua", "LaToya", "Imani", "Keyonna"),
              ("Washington", "Okafor", "Battles", "Jefferson")),
    "asian": (("Minh", "Wei", "Hiroshi", "Sanjay"), ("Mei", "Thuy", "Priya", "Ji-woo"),
              ("Nguyen", "Zhang", "Takahashi", "Raghunathan")),
    "arabic": (("Mohammed", "Abdulrahman", "Khalid", "Yousef"), ("Fatima", "Noor", "Aisha", "Layla"),
               ("Al-Hakim", "Haddad", "El-Sayed", "Mansour")),
    "slavic": (("Oleksandr", "Zbigniew", "Dmitri", "Vuk"), ("Katarzyna", "Svetlana", "Oksana", "Milena"),
               ("Kovalenko", "Wójcik", "Petrović", "Szczepański")),
    "hyphenated": (("Jean-Pierre", "Ray-Quan", "Jo-Jo", "Kyle-Anthony"), ("Mary-Kate", "Anne-Marie",
                   "Ja'Nya", "Lee-Ann"), ("Barrett-Oyelaran", "Smith-Vasquez", "O'Donnell-Briggs", "Hale-Morrow")),
    "initials": (("J.R.", "T.J.", "A.J.", "D.L."), ("K.C.", "M.J.", "B.J.", "R.L."),
                 ("Whitfield", "Carmody", "Ellerbe", "Poindexter")),
    "suffix": (("Marcus", "Reginald", "Lamont", "Curtis"), ("Denise", "Carla", "Yvette", "Renee"),
               ("Bell Jr.", "Franklin III", "Moody Jr.", "Harris II")),
}

_FEMALE = re.compile(r"\b(?:she|her|woman|girl|mother|daughter|wife|sister|grandmother|aunt|Mrs\.|Ms\.)\b", re.I)
_MALE = re.compile(r"\b(?:he|his|him|man|boy|father|son|husband|brother|grandfather|uncle|Mr\.)\b", re.I)


def _sex_near(text: str, name: str) -> str:
    """'f' or 'm': the sex the words around a name's first mention tell (the sentence it is in), male by default."""
    i = text.find(name)
    window = text[max(0, i - 60):i + len(name) + 80]
    return "f" if len(_FEMALE.findall(window)) > len(_MALE.findall(window)) else "m"


def _surname_only(name: str) -> str:
    """The part of an invented name a report would use alone ("Bell Jr." -> "Bell", "de la Cruz" -> "de la Cruz")."""
    return re.sub(r" (?:Jr\.|Sr\.|II|III|IV)$", "", name)


def swap_names(row: dict, rng: random.Random, origin: str) -> dict | None:
    """The row with each person's full name and lone surname swapped for an invented name of ``origin``."""
    text_all = row["title"] + "\n" + row["text"]
    names = person_names(text_all)
    if not names:
        return None
    males, females, surnames = _ORIGINS[origin]
    pool_sur = list(surnames)
    rng.shuffle(pool_sur)
    mapping: list[tuple[str, str]] = []
    lone: list[tuple[str, str]] = []
    for i, (full, last) in enumerate(names):
        given = rng.choice(females if _sex_near(text_all, full) == "f" else males)
        sur = pool_sur[i % len(pool_sur)]
        if i >= len(pool_sur):
            sur = f"{sur}-{pool_sur[(i + 1) % len(pool_sur)]}"
        mapping.append((full, f"{given} {sur}"))
        if all(last != other_last for f, other_last in names if f != full):
            lone.append((last, _surname_only(sur)))

    def apply(s: str) -> str:
        for old, new in mapping:
            s = s.replace(old, new)
        for old, new in lone:
            s = re.sub(rf"(?<![\w-]){re.escape(old)}(?![\w-])", new, s)
        return s

    return _both(row, apply)


NAME_ORIGINS_PER_ROW = 2


def origins_of(row_id: str) -> list[str]:
    """The origins whose names a row's variants take: two of the eight, picked by the row's id, so that every origin
    is tried on about a quarter of the rows and the suite stays quick."""
    return perturb.rng_for(row_id, "casualty-names").sample(sorted(_ORIGINS), NAME_ORIGINS_PER_ROW)


def _names_rewrite(origin: str):
    """The registered rewrite of one origin's names."""
    def rewrite(row: dict, rng: random.Random) -> dict | None:
        if origin not in origins_of(row["id"]):
            return None
        return swap_names(row, rng, origin)

    rewrite.__doc__ = f"Persons' names swapped for invented {origin} ones (the lone surname with them)."
    return rewrite


for _origin in _ORIGINS:
    perturb.perturbation("casualty-names", f"casualty-names-{_origin}")(_names_rewrite(_origin))


# ---- numerals -------------------------------------------------------------------------------------------------------

_PEOPLE = (r"(?:people|persons|men|women|teens|teenagers|boys|girls|victims|others|children|kids|adults|officers|"
           r"deputies|students|bystanders|juveniles|brothers|sisters|friends|relatives|suspects|more|additional|"
           r"young|other|adult|teenage|male|female|(?:more|other) (?:people|men|women|victims))\b")
_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_NUMBER_WORD = re.compile(rf"\b({'|'.join(w for w in _WORDS[2:])})(?= {_PEOPLE})", re.I)
_NUMBER_DIGIT = re.compile(rf"(?<![\d$.,:/-])\b([2-9]|1[0-2])(?= {_PEOPLE})")


@perturb.perturbation("casualty-numerals")
def casualty_numerals_words(row: dict, rng: random.Random) -> dict | None:
    """A count of people told in digits told in words ("3 men were shot" -> "three men were shot")."""
    def fix(s: str) -> str:
        def word(m: re.Match) -> str:
            w = _WORDS[int(m.group(1))]
            starts = m.start() == 0 or s[max(0, m.start() - 2):m.start()] in (". ", ".\n") or s[m.start() - 1] == "\n"
            return w.capitalize() if starts else w
        return _NUMBER_DIGIT.sub(word, s)
    return _both(row, fix)


@perturb.perturbation("casualty-numerals")
def casualty_numerals_digits(row: dict, rng: random.Random) -> dict | None:
    """A count of people told in words told in digits ("two men were shot" -> "2 men were shot"), as headlines
    and police releases write it."""
    return _both(row, lambda s: _NUMBER_WORD.sub(lambda m: str(_WORDS.index(m.group(1).lower())), s))


_TWO = re.compile(r"\b([Tt])wo (?=(?:people|persons|men|women|teens|teenagers|boys|girls|victims|brothers|"
                  r"friends|officers|young men|young women)\b)")


@perturb.perturbation("casualty-numerals")
def casualty_numerals_pair(row: dict, rng: random.Random) -> dict | None:
    """"two men" told "a pair of men"."""
    return _both(row, lambda s: _TWO.sub(lambda m: ("A" if m.group(1) == "T" else "a") + " pair of ", s))


# ---- ages -----------------------------------------------------------------------------------------------------------

_HYPHEN_AGE = re.compile(r"\b([Aa]n?) (\d{1,2})-year-old (man|woman|boy|girl|teen|teenager|male|female)\b(,?)")


@perturb.perturbation("casualty-ages")
def casualty_ages_after_noun(row: dict, rng: random.Random) -> dict | None:
    """"a 25-year-old man" told "a man, 25," (the age after the person, between commas)."""
    def one(m: re.Match) -> str:
        art = "A" if m.group(1)[0] == "A" else "a"
        return f"{art} {m.group(3)}, {m.group(2)},"

    def fix(s: str) -> str:
        # an age told before a full stop or a comma keeps one comma: "shot a man, 25." / "a man, 25, and ..."
        s = _HYPHEN_AGE.sub(one, s)
        return re.sub(r", (\d{1,2}),([.;:!?])", r", \1\2", s)
    return _both(row, fix)


_NAME_AGE = re.compile(r"\b([A-Z][\w'\u2019.-]+(?: [A-Z]\.)? [A-Z][\w'\u2019-]+(?: Jr\.| Sr\.| II| III)?), (\d{1,2}),")


def _name_age(row: dict, form) -> dict | None:
    """The row with each "NAME, 25," of a person the report names told by ``form(name, age)``."""
    names = {full for full, _ in person_names(row["title"] + "\n" + row["text"])}

    def fix(s: str) -> str:
        return _NAME_AGE.sub(lambda m: form(m.group(1), m.group(2)) if m.group(1) in names else m.group(0), s)
    return _both(row, fix)


@perturb.perturbation("casualty-ages")
def casualty_ages_parens(row: dict, rng: random.Random) -> dict | None:
    """"NAME, 25," told "NAME (25)"."""
    return _name_age(row, lambda name, age: f"{name} ({age})")


@perturb.perturbation("casualty-ages")
def casualty_ages_age_word(row: dict, rng: random.Random) -> dict | None:
    """"NAME, 25," told "NAME, age 25,"."""
    return _name_age(row, lambda name, age: f"{name}, age {age},")


@perturb.perturbation("casualty-ages")
def casualty_ages_before_name(row: dict, rng: random.Random) -> dict | None:
    """"NAME, 25," told "25-year-old NAME" (the age before the name)."""
    return _name_age(row, lambda name, age: f"{age}-year-old {name}")


# ---- attribution ----------------------------------------------------------------------------------------------------

_SAYERS = (r"police|authorities|officials|investigators|detectives|the sheriff's office|sheriff's officials|"
           r"the police department|police officials")
# a sentence that ends ", police said.": after a full stop, a line break or a dateline's dash (a dateline itself,
# a dash or an abbreviation's stop inside it ends the match: "NEW ORLEANS — ...", "A St. Louis officer ...")
_SAID_END = re.compile(rf"(?:^|(?<=[.!?\n\u2014-]))( ?)([A-Z][^.!?\n\"\u201c\u201d\u2014\u2013]*?), ({_SAYERS}) said\.",
                       re.M)
_ABBREVIATED = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z])\.\s?$")
_LOWER_OK = re.compile(r"^(?:A|An|The|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|One|Both|Several|No|He|She|They|"
                       r"It|His|Her|Their|Officers|Deputies|Someone|Witnesses|Investigators|Detectives|Medics|"
                       r"Paramedics|Neither|Each|All|None|Shots|Gunfire|Three|An?other)\b")


def _lower_first(clause: str) -> str:
    """A clause moved after "According to police," or "Police said": its first word lowered where it is no name."""
    return clause[0].lower() + clause[1:] if _LOWER_OK.match(clause) else clause


def _move_said(row: dict, form) -> dict | None:
    """The row with each sentence ending ", police said." told by ``form(clause, who)``."""
    def fix(s: str) -> str:
        def one(m: re.Match) -> str:
            if _ABBREVIATED.search(s[max(0, m.start() - 6):m.start() + len(m.group(1))]):
                return m.group(0)  # after "St." or "Sgt.": the sentence began earlier
            return m.group(1) + form(m.group(2), m.group(3))
        return _SAID_END.sub(one, s)
    return _both(row, fix)


@perturb.perturbation("casualty-attribution")
def casualty_attribution_according_front(row: dict, rng: random.Random) -> dict | None:
    """"X, police said." told "According to police, X."."""
    return _move_said(row, lambda clause, who: f"According to {who}, {_lower_first(clause)}.")


@perturb.perturbation("casualty-attribution")
def casualty_attribution_said_front(row: dict, rng: random.Random) -> dict | None:
    """"X, police said." told "Police said X."."""
    return _move_said(row, lambda clause, who: f"{who[0].upper() + who[1:]} said {_lower_first(clause)}.")


_ACCORDING_FRONT = re.compile(rf"\bAccording to ({_SAYERS}), ([a-z][^.!?\n\"\u201c\u201d]*?)\.")


@perturb.perturbation("casualty-attribution")
def casualty_attribution_according_end(row: dict, rng: random.Random) -> dict | None:
    """"According to police, X." told "X, according to police."."""
    return _both(row, lambda s: _ACCORDING_FRONT.sub(
        lambda m: f"{m.group(2)[0].upper() + m.group(2)[1:]}, according to {m.group(1)}.", s))


_SERGEANTS = ("Sgt. Dana Whitlock", "Sgt. Omar Belcourt", "Sgt. Teresa Ocampo", "Sgt. Lyle Brandvold")


@perturb.perturbation("casualty-attribution")
def casualty_attribution_sergeant(row: dict, rng: random.Random) -> dict | None:
    """"police said" told "police Sgt. NAME said" (a named spokesperson; the name is invented)."""
    sgt = rng.choice(_SERGEANTS)
    return _both(row, lambda s: re.sub(r"\bpolice said\b", f"police {sgt} said", s))


# ---- datelines and bylines ------------------------------------------------------------------------------------------

_DATELINE = re.compile(r"^([A-Z][A-Z .'-]+(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?) ?(?:\([A-Z]+\) )?"
                       r"(?:\u2014|\u2013|--|-) ?")


@perturb.perturbation("casualty-bylines")
def casualty_bylines_dateline_dropped(row: dict, rng: random.Random) -> dict | None:
    """The dateline ("DAYTON, Ohio — ") dropped from the text."""
    m = _DATELINE.match(row["text"])
    if not m:
        return None
    rest = row["text"][m.end():]
    return {**row, "text": rest[:1].upper() + rest[1:]}


_STATIONS = ("WKRV", "KTLA", "WJXT", "KSDK", "WLOX", "KOAM")


@perturb.perturbation("casualty-bylines")
def casualty_bylines_station(row: dict, rng: random.Random) -> dict | None:
    """The dateline told with a station's call letters ("DAYTON, Ohio (WKRV) — "), as TV sites write it."""
    m = _DATELINE.match(row["text"])
    if not m or "(" in m.group(0):
        return None
    return {**row, "text": f"{m.group(1)} ({rng.choice(_STATIONS)}) \u2014 {row['text'][m.end():]}"}


_BYLINES = ("By Ellen Marchetti, Staff Writer", "By Rafael Quiroga | The Courier", "Posted by Nadia Pruitt, web staff",
            "By Colm Ferrante and Bea Lindqvist, Associated Press")


@perturb.perturbation("casualty-bylines")
def casualty_bylines_added(row: dict, rng: random.Random) -> dict | None:
    """A byline (an invented reporter's name) added above the text, on its own line."""
    return {**row, "text": f"{rng.choice(_BYLINES)}\n{row['text']}"}


# ---- tense and voice ------------------------------------------------------------------------------------------------

@perturb.perturbation("casualty-tense")
def casualty_tense_present_said(row: dict, rng: random.Random) -> dict | None:
    """"police said" told "police say" (the present of TV sites and headlines)."""
    return _both(row, lambda s: re.sub(rf"\b({_SAYERS}) said\b", r"\1 say", s))


_SHOT_AND_KILLED = re.compile(r"\b(was|were) shot and killed\b")


@perturb.perturbation("casualty-tense")
def casualty_tense_fatally_shot(row: dict, rng: random.Random) -> dict | None:
    """"was shot and killed" told "was fatally shot"."""
    return _both(row, lambda s: _SHOT_AND_KILLED.sub(r"\1 fatally shot", s))


# ---- the suite ------------------------------------------------------------------------------------------------------

def set_rows(names) -> list[tuple[dict, str]]:
    """(row, half) of each row of the named counts sets, the half its own set gives it."""
    out = []
    for name in names:
        path, half_of = counts_check.SETS[name]
        if path.exists():
            out.extend((row, half_of(row["id"])) for row in counts_check.rows(path))
    return out


def one_per_family(made) -> list[tuple[dict, perturb.Perturbation, dict]]:
    """Of each row's variants, one per family, picked by the row's id (the suite's default: every rewrite is still
    tried on its share of the rows, and a whole run takes minutes, not the better part of an hour)."""
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for row, p, v in made:
        groups[(row["id"], p.family)].append((row, p, v))
    return [perturb.rng_for(row_id, family).choice(group) for (row_id, family), group in groups.items()]


def run(rt, pairs: list[tuple[dict, str]], families, one_each: bool = True) -> tuple[dict, dict, list]:
    """Read the rows and their variants of ``families`` (one per family and row unless ``one_each`` is False): the cells of the table (per family and half), the
    originals' right per half, and (row, perturbation, variant, half, original reading, variant reading) of each
    variant read otherwise than its original."""
    items = [row for row, _ in pairs]
    half = {row["id"]: h for row, h in pairs}
    made = one_per_family(perturb.variants(items, list(families))) if one_each else list(
        perturb.variants(items, list(families)))
    found = counts_check.figures(rt, items + [v for _, _, v in made])
    cells: dict[tuple[str, str], perturb.Tally] = {}
    originals: dict[str, list[int]] = {}
    moved = [(row, p, v, h, was, now) for h, row, p, v, was, now in perturb.tally(
        cells, originals, items, made, half.__getitem__, found, lambda a, b: a == b,
        lambda row, r: r == (row["killed"], row["injured"]))]
    return cells, {h: tuple(n) for h, n in originals.items()}, moved


def main(argv=None) -> int:
    ap = check_sets.parser("counts_invariance", __doc__)
    ap.add_argument("--family", choices=(*SHARED_FAMILIES, *FAMILIES, "all"), default="all")
    ap.add_argument("--set", choices=(*counts_check.SETS, "all"), default="all")
    ap.add_argument("--every", action="store_true", help="read every variant of a row, not one per family")
    args = ap.parse_args(argv)
    families = (*SHARED_FAMILIES, *FAMILIES) if args.family == "all" else (args.family,)
    sets = tuple(counts_check.SETS) if args.set == "all" else (args.set,)
    cells, originals, moved = run(check_sets.quiet_runtime(), set_rows(sets), families, not args.every)
    print(perturb.table(cells, right_of_originals=originals))
    if args.show:
        for row, p, v, h, before, after in moved:
            if h == "rules":
                print(f"\n{v['id']} [{p.family}] original {before} variant {after} gold {(row['killed'], row['injured'])}"
                      f"\n  {v['title']}\n  " + v["text"].replace("\n", "\n  "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
