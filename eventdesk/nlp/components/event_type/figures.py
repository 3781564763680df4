"""Step 1, is it an event at all: figures of speech and acts said not to have happened.

"shot up 20 percent", "took a shot at the record", "a bill killed in committee", "no arrests were made": words
the rules read before any violence word counts (the model reads the text as it is).
"""

from __future__ import annotations

from functools import lru_cache

from .words import Blanker, _rx
from .peaceful import _ANIMAL_NAMES

# texts whose figures of speech are kept (the segments of one report, and its headline)
_PREFILTER_CACHE = 32

_PREFILTER = _rx(r"\b(?:(?:flames?|smoke|fire|sparks?|water|prices?|shares?|stocks?) (?:shot|shooting)|(?:penalty|overtime|sudden-death) shoot-?outs?|"
                 r"(?:flames?|smoke|sparks?|water) (?:\w+ ){0,2}shoot(?:ing|s)? (?:out|up)|photo ?shoot\w*|shot (?:glass|put|clock)|mug ?shots?|flu shots?|"
                 r"alcohol\s*,?\s*tobacco\s*,?\s*firearms\s*,?\s*(?:and|&)\s*explosives|ATF|"
                 # figures of speech: a plan attacked, a bill shot down, jobs killed, a round of golf shot
                 r"(?:attack\w*|shoot\w*|shot|kill\w*|gun(?:s|ned|ning)?) (?:down )?(?:the |a |an |his |her |its |their |our |the other's |each other's |one another's |\d[\d,]* |hundreds of |thousands of )?"
                 r"(?:\w+ ){0,2}(?:plans?|records?|credentials|integrity|leadership|agenda|proposals?|bills?|amendments?|measures?|polic(?:y|ies)|ideas?|deals?|offers?|bids?|motions?|"
                 r"requests?|jobs|budgets?|ruling|decisions?|comments|remarks|chances?|hopes?|talks|negotiations|(?:pay )?raises?|tax(?:es)?(?! (?:collectors?|officials?|officers?|inspectors?|agents?|offices?))|(?:tax |rate )?hikes?)|"
                 # a round of golf is a score in the fifties to eighties ("shot a 68"), not a count of people ("shot 2 people")
                 r"(?:shot|fired|carded) (?:a |an )?(?:\d+-(?:under|over)(?:-par)? )?[5-8]\d\b(?!\s+(?:people|persons|men|women|children|kids|teens|students|officers|others|times|rounds|bullets|shots|of|"
                 r"rockets|missiles|mortars?|shells|projectiles|drones|grenades|cartridges|casings|(?:\w+ )?(?:rockets|missiles|shells)))|"
                 r"(?:shot|fired|carded) (?:a |an )?(?:even par|par|birdie|eagle|bogey)|"
                 # a try, not a shot: "gave it my best shot", "a long shot", "earned a shot at the title"
                 r"(?:best|good|fair|long|real|fighting) shot\b(?! (?:and|in the|to the|dead|by))|shot at (?:the |a |his |her |their )?(?:\w+ )?(?:title|crown|championship|playoffs?|medal|starting job|redemption)|"
                 # an act that could or would be, not one that was: "guns that could be used in a shooting", "it would lead to more shootings"
                 # (though a group that said it would stop its attacks announced a change: see cues._ATTACKS_HALTED)
                 r"(?:(?:could|would|might|may|can|will|never|to) (?:\w+ ){0,3}(?:(?:be )?used in|lead to|result in|prevent|reduce|deter) |"
                 r"(?:could|would|might|may|can|will|never|to) (?:\w+ ){1,3}stop |"
                 r"(?<!said it )(?<!said they )(?<!announced it )(?<!announced they )(?:could|would|might|may|can|will|never|to) stop )"
                 r"(?:a |an |more |fewer )?(?:\w+ )?(?:shootings?|violence|attacks?|killings?)|"
                 # what a blast or a wind throws is no stone-throwing: "the blast hurled rocks into a neighborhood"
                 r"(?:blasts?|explosions?|winds?|storms?|tornado(?:e?s)?|gusts?) (?:\w+ ){0,5}(?:hurled|threw|flung|sent|tossed) (?:\w+ ){0,2}(?:rocks|stones|bricks|debris)|"
                 # illness, sport and animals: a heart attack, "shot 11 of 15", officers who shot a bear
                 r"shot (?:a |an |under |over |just |about |only |nearly )?[\d.]+(?:-under|-over| of| percent| for)|shoots? (?:her|his|their) way|(?:one|two|three|four|five|\d+)-shot|(?:rifle|shotgun|muzzleloader|archery|bow) season|"
                 # a camera's shots: "shot the image from her kayak", "shot video of the drill"
                 r"(?:shot|shoot(?:s|ing)?) (?:the |this |that |a |an |his |her )?(?:\w+ )?(?:images?|photos?|photographs?|pictures?|videos?|footage|films?|scenes?|portraits?|"
                 r"weddings?|commercials?|music videos?|documentar(?:y|ies)|episodes?)|"
                 # fireworks, whose shells shoot and whose tubes are mortars; a show or a joke that bombed
                 r"fireworks? (?:\w+ ){0,3}shot|(?:rockets|mortars|shells|sparks|embers|debris|fireworks)(?:,? (?:and )?(?:rockets|mortars|shells|sparks|embers|debris|fireworks))* "
                 r"shot (?:off )?(?:in (?:every|all) directions?|into the (?:air|sky|crowd))|"
                 r"(?:fireworks?|aerial|consumer) mortars?|mortar (?:tubes? )?(?:tipped|misfired)|"
                 # words as the weapons: "fired back at the mayor", "an attack on public safety"
                 r"fir(?:ed|es|ing) back (?:at (?:critics|the (?:mayor|governor|president|senator|critics|media|press|union|council|board))|"
                 r"on twitter|on social media|in a statement)|"
                 r"an attack on (?:public safety|(?:\w+ )?rights|freedoms?|democracy|free speech|the press|working families)|"
                 r"(?:bands?|shows?|films?|movies?|albums?|sequels?|musicals?|comedians?|singers?|jokes?|premieres?) (?:\w+ ){0,2}"
                 r"bomb(?:s|ed) (?:at|on|with|in)|"
                 # markets as figures of speech: "stocks were massacred", "growth stocks are getting shot to pieces"
                 r"(?:prices?|stocks?|shares?|markets?|bitcoin|\w*currenc(?:y|ies)|investors|traders) (?:\w+ ){0,2}(?:massacred|slaughtered|shot|killed|crushed|hammered)|bloodbath on wall street|"
                 r"(?:market|stock|share|crypto\w*|bond|wall street) (?:massacre|bloodbath|carnage|rout)|killed (?:off )?(?:\w+ ){0,2}penalt(?:y|ies)|"
                 r"(?:shot|shoot\w*|killed|put down)(?: and (?:killed|wounded))? (?:a |an |the |two |more than |about |\d[\d,]* )*(?:\w+ ){0,2}(?:" + _ANIMAL_NAMES + r")\b(?!'s)|threat\w* to (?:shoot|kill|bomb|stab|attack|blow up)|shot to (?:the top|fame|stardom|prominence|number|no\.))\b")

# the things of debate and business that are "shot down", "killed" or "torpedoed" in the passive, as news tells a vote
# or a board's no ("the amendment was shot down in a 61-38 vote", "the bid was torpedoed by regulators"); a person, a
# drone or a plane shot down is none of these
_DEBATED = (r"plans?|proposals?|bills?|amendments?|motions?|measures?|bids?|offers?|deals?|mergers?|takeovers?|ideas?|requests?|"
            r"appeals?|budgets?|polic(?:y|ies)|reforms?|resolutions?|nominations?|legislation|ordinances?|projects?|talks|negotiations")
_DEBATED_DOWNED = _rx(
    r"\b(?:" + _DEBATED + r")\b(?: (?!(?:and|but|after|when|as)\b)[\w'-]+){0,8}? (?:was|were|has been|have been|had been|got|is|are|being) "
    r"(?:\w+ly )?(?:shot down|torpedoed|killed|gunned down|scuttled|sunk)\b|"
    # a market or a product that bombed, tanked or was torpedoed: "shares of Acme bombed on Friday", "the new phone bombed"
    r"\b(?:shares?|stocks?|prices?|markets?|bonds?|currenc(?:y|ies)|index|indices|ipos?|debuts?|launch(?:es)?|products?|phones?|games?|"
    r"sequels?|films?|movies?|shows?|albums?|tours?|campaigns?|brands?|models?|sales)\b(?: of [\w'&.-]+(?: [\w'&.-]+)?)?(?: \w+){0,2}? "
    r"(?:bombed|tanked|was torpedoed|were torpedoed)\b"
)


# more figures of speech, told by what they are said of: a figure that "shot up" or "exploded", a rival's record
# "taken a shot at", a critic "blasted", a bill that "died in committee" or was "killed", a budget "held hostage",
# "attack ads", "a massacre at the polls", and the tools named guns (a heat gun, a nail gun)
_FIGURES = _rx(
    r"\b(?:(?:shot|shoots?|shooting) (?:up|higher)\b(?= (?:by |to |about |nearly |more than |almost |some |over |\$|\d))|"
    r"(?:prices?|shares?|stocks?|sales|costs?|rates?|rents?|demand|numbers|enrollment|ratings?|temperatures?|premiums|values?|profits?|revenues?)"
    r" (?:[\w'-]+ ){0,4}?(?:shot|shoot(?:s|ing)?) (?:up|higher|through the roof)|"
    r"(?:demand|sales|growth|popularity|interest|business|traffic|usage|enrollment|membership|costs?|prices?|audiences?|downloads)"
    r" (?:[\w'-]+ ){0,4}?(?:exploded|explodes|has exploded|is exploding)|explosive (?:growth|demand|popularity|sales)|"
    r"(?:took|takes|taking|take|taken) (?:a |another |some |several |parting |a parting |repeated )?(?:pot ?)?(?:shots?|swipes?) at"
    r"(?= (?:the |his |her |their |its |a |an )?(?:[\w'-]+ ){0,2}(?:records?|rivals?|opponents?|critics|polic(?:y|ies)|plans?|administration|"
    r"president|governor|mayor|senator|congress|council|board|league|media|press|company|companies|competitors?|candidates?|campaign|"
    r"votes?|proposals?|bills?|leadership|party|republicans|democrats|government|officials|lawmakers)\b)|"
    r"attack (?:ads?|advertisements?|mailers?|lines?|dogs?|campaigns?)|"
    r"(?:an? |the |his |her |their |its )?attacks? on (?:his|her|their|its|the) (?:[\w'-]+ )?(?:votes?|voting record|records?|character|credibility|"
    r"reputation|positions?|policies|plans?|proposals?|budget|leadership|integrity|patriotism|judgment|competence)|"
    r"blast(?:s|ed|ing) (?:the |his |her |their |its )?(?:[\w'-]+ )?(?:critics|opponents|rivals|administration|governor|mayor|president|"
    r"council|board|league|media|press|union|company|officials|lawmakers|republicans|democrats|plans?|decisions?|proposals?|rulings?|"
    r"polic(?:y|ies)|bills?|comments|remarks|reports?|coverage|referees?|umpires?)|"
    r"fir(?:ed|es|ing) back(?=,? (?:saying|calling|with (?:a|an|his|her|their) (?:statement|letter|post|tweet|attack|ad|lawsuit|rebuttal)|"
    r"on (?:twitter|facebook|social media)|in (?:a|an|his|her|their) (?:statement|letter|post|tweet|interview|op-ed|news conference|speech)|"
    r"at (?:(?:his|her|their|the) )?(?:critics|opponents|rivals|detractors|reporters|media|press|lawmakers|council|board|league)))|"
    # (a bill that died where bills die, or was killed by those who kill bills: not "a bill named for a boy who was killed")
    r"(?:bills?|measures?|proposals?|legislation|amendments?|ordinances?|resolutions?|nominations?)"
    r" (?:[\w'-]+ ){0,8}?(?:(?:was|were|is|are|has been|have been) )?(?:died|dies|dead|killed|doomed)"
    r"(?= in (?:committee|the (?:senate|legislature|assembly))| on the (?:floor|vote)| on an? (?:[\d-]+ |tie |party-line )?vote| for (?:the|this) (?:year|session)|"
    r" by (?:a |the )?(?:[\w'-]+ ){0,2}(?:lobby\w*|lawmakers|legislators|senators|republicans|democrats|committee|council|board|governor|veto|vote))|"
    r"(?:hold|holds|holding|held) (?:the |our |its |their |his |her )?(?:[\w'-]+ )?(?:budget|schools?|state|city|economy|bill|legislation|"
    r"process|talks|negotiations|government|funding|country|taxpayers|students|patients|workers|agenda|nomination|vote) hostage|"
    r"hostage to|war of words|"
    # a business, a career or a joke killed: "the price war killed his business"
    r"kill(?:s|ed|ing)? (?:off )?(?:his|her|their|its|the|a|our|my|your) (?:[\w'-]+ )?(?:business|company|store|shop|restaurant|career|industry|"
    r"market|sales|economy|momentum|mood|vibe|buzz|joke|engine|lights|project|show|series|program|franchise|brand|product|idea)|"
    # feeling ambushed by a question or a layoff; bombs that are fireworks, toiletries or words
    r"(?:felt|feel|feels|feeling) (?:\w+ )?ambushed|ambush (?:interviews?|journalism|tactics)|"
    r"(?:cherry|smoke|bath|stink|photo|f-|truth|dirt) ?bombs?|(?:aerial|fireworks?|consumer) shells?|m-80s?|"
    r"(?:massacre|bloodbath|carnage|slaughter|rout) (?:at|in) the (?:polls|ballot box|primar(?:y|ies)|elections?|box office|standings|markets?)|"
    r"(?:electoral|political) (?:massacre|bloodbath|carnage|slaughter)|"
    # jobs cut in the words of a slaughter: "axed 2,000 jobs in what staff called a massacre", "the job cuts, a bloodbath"
    # (the nouns of a job or a shop, not of the people who hold them: "massacred 12 workers" is no figure)
    r"(?:jobs|job cuts|cuts|layoffs|positions|stores|branches|payrolls?|workforce|headcount)\b[^.;:\n]{0,60}?\b(?:massacre|bloodbath|carnage|slaughter)|"
    r"(?:massacre|bloodbath|carnage|slaughter) (?:of|among|in) (?:\w+ ){0,3}(?:jobs|job cuts|layoffs|positions|stores|branches|payrolls?|workforce|headcount)|"
    # ... or said in a quote of a thing no person suffers: "'It's a massacre,' one editor said of the cuts" (not
    # "'It's a massacre,' said an editor who hid under a desk")
    r"(?:massacre|bloodbath|carnage|slaughter|murder|war zone)[^\w\s]{1,3} (?:[\w-]+ ){0,4}"
    r"(?:said|says|wrote|added) (?:of|about) (?:the |a |an |its |their |this |that )?(?:[\w-]+ ){0,2}"
    r"(?:jobs|job cuts|cuts|cutbacks|layoffs|positions|stores|branches|payrolls?|workforce|headcount|closures?|"
    r"budgets?|votes?|elections?|results|ruling|decision|plans?|markets?|prices|sales|merger|takeover|season|games?|"
    r"defeat|loss)|"
    # ... people named the casualties of a firm's or a market's troubles: "the casualties of the restructuring"; a rout told
    # by its score ("a 56-0 massacre"); and "killer" said of a thing that is good ("a killer crossover", "a killer shoot")
    r"casualt(?:y|ies) of (?:the |a |an |its |their |this |that )?(?:[\w-]+ ){0,2}(?:restructuring|reorgani[sz]ation|cuts?|cutbacks|"
    r"downsizing|slump|downturn|recession|merger|takeover|budget|closures?|bankruptcy|automation|outsourcing|layoffs|shutdown|"
    r"tariffs?|imports|competition|price war|trade war)|"
    r"\d+-\d+ (?:massacre|bloodbath|carnage|slaughter)|"
    r"killer (?:app|apps|crossovers?|shoots?|locations?|views?|deals?|looks?|features?|serves?|instincts?|combos?|recipes?|"
    r"heels|smiles?|playlists?|lineups?|riffs?|moves?)|"
    r"(?:heat|glue|nail|staple|spray|caulk(?:ing)?|paint|grease|radar|squirt|water|tattoo|soldering|foam|massage|price|hot glue) guns?)\b"
)


# an act said not to have happened: "no arrests were made", "nobody was arrested"
_NOT_DONE = _rx(
    r"\bno (?:arrests?|one (?:has been |was |had been )?(?:arrested|detained|charged)) (?:(?:were|was|have been|has been|had been) )?(?:made|reported)?|"
    r"\b(?:nobody|no one|none of them)(?: else)? (?:was|were|has been|have been|had been) (?:arrested|detained|taken into custody)|"
    # a bomb made safe in time did not go off: "dismantled a car bomb before it could explode"
    r"\bbefore (?:it|they|the (?:\w+ )?(?:bomb|device|charge|mine|explosives?)) (?:could|was able to|were able to) (?:explode|go off|detonate|be detonated)"
)


# the three patterns above blanked out in turn (their lower-case twins searched where the text allows)
_FIGURES_BLANKED = Blanker(_PREFILTER, _FIGURES, _DEBATED_DOWNED)


@lru_cache(maxsize=_PREFILTER_CACHE)
def _prefilter(text: str) -> str:
    """The text less its figures of speech: the words of violence in them say nothing of violence.
    Kept for the last few texts: a segment's text is read twice (the type, then "told no violence"), and the
    long patterns are the classifier's largest cost."""
    return _FIGURES_BLANKED.blank(text)
