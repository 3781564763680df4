"""Step 1, is it an event at all: the contexts that are no violence.

Fires, crashes, accidents, disasters, business, markets, animals, illness, courts, make-believe (a drill, a
parade, a war film), ranges, fiction and sport, where "attack", "fired", "shot" or "killed" hurt nobody, and the
words of a person hurt that a make-believe context needs to be overruled.
"""

from __future__ import annotations

from ...numbers import PERSON_SINGULAR
from .words import _rx


# -- 1. is it an event? ------------------------------------------------------------------------------

# wild animals that attack, bite and are shot: "a tiger attacked a keeper", "officers shot a bear"
_WILD_ANIMALS = (r"tigers?|lions?|bears?|wol(?:f|ves)|coyotes?|fox(?:es)?|deer|cougars?|mountain lions?|sharks?|alligators?|crocodiles?|"
                 r"snakes?|bees|hornets|birds?|ospreys?|hawks?|prey|"
                 # the big game that rangers shoot when it tramples farms or people (not buffalo, moose or jaguars, which name
                 # a city, a town and a team too, and the figures of speech read these names whatever their case)
                 r"elephants?|leopards?|hippos?|hippopotamus(?:es)?|rhinos?|rhinoceros(?:es)?|hyenas?|baboons?|wild boars?|"
                 # the small animals police shoot when they are rabid or hurt
                 r"raccoons?|skunks?|(?:o)?possums?|groundhogs?")
# ... and dogs, as what was shot
_ANIMAL_NAMES = _WILD_ANIMALS + r"|dogs?|pit ?bulls?"
# ... as peaceful context: in lower case (the Bears, the Lions and the Sharks are teams, whose fans get
# killed too) and without dogs, which police reports name for their K9 units
_ANIMALS = rf"(?-i:{_WILD_ANIMALS})|rabies|rabid|zoos?|wildlife (?:officers?|officials|agents?|department)|animal control"
# who loses a job
_WORKERS = (r"officers?|deputy|deputies|employees?|workers?|teachers?|coach(?:es)?|managers?|nurses?|chiefs?|clerks?|staff|executives?|ceo|"
            r"principal|firefighters?|jailers?|editors?|professors?|guards?|hosts?|anchors?|reporters?|players?|directors?|superintendents?|"
            r"administrators?|assistants?|coordinators?|tellers?|cashiers?|presidents?")
# ... and as a headline names them
_HEADLINE_WORKERS = (_WORKERS + r"|troopers?|sergeants?|detectives?|lieutenants?|captains?|cops?|agents?|wardens?|pilots?|drivers?|"
                     r"screeners?|staffers?|dispatchers?|paramedics?|doctors?|counselors?|janitors?|bus drivers?")
# a headline whose news is a job lost: "Officer fired nine months after fatal shooting", "University fires professor over
# comments", "Deputy terminated over 2015 shooting", "Firing of teacher upheld" (its present tense, and its passive without
# "was"); not "fired at", "fired upon", "fired shots", which are a gun's
_DISMISSAL_HEADLINE = _rx(
    rf"\b(?:(?:{_HEADLINE_WORKERS})(?: [\w'-]+){{0,4}}? (?:(?:is|are|was|were|gets?|got|been|being) )?(?:fired|terminated|dismissed|sacked|ousted|axed|let go)"
    r"(?! (?:at|on|upon|into|shots?|rounds?|back|up|off)\b)|"
    r"(?:fires|fired|terminates|terminated|dismisses|dismissed|sacks|sacked|ousts|ousted|axes|axed) "
    r"(?!(?:at|on|upon|into|toward|towards|back|off|shots?|rounds?|again)\b)(?:a |an |the |his |her |its |their |\d+ |two |three |four |five )?"
    rf"(?:[\w'-]+ ){{0,2}}(?:{_HEADLINE_WORKERS})|"
    rf"(?:firing|termination|dismissal|ouster) of (?:a |an |the |his |her |its |their )?(?:[\w'-]+ ){{0,2}}(?:{_HEADLINE_WORKERS}))\b"
)
# ... and the time that sets the act it was lost over well before it: "nine months after fatal shooting", "over 2015
# shooting", "on massacre anniversary", "a year after beating" (a firing the week after a shooting is still that
# shooting's news: "Officer fired after shooting unarmed man")
_LONG_BEFORE = _rx(
    r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|a couple of) (?:months|years|decades) "
    r"(?:after|since|later|ago|following)|(?:a|one) (?:year|decade) (?:after|since|later|ago)|"
    r"last (?:year|spring|summer|fall|autumn|winter)|anniversar(?:y|ies)|(?:19|20)\d\d)\b"
)
# the name of the act a job was lost over, which tells no fresh act: "after fatal shooting", "over inmate's death", "for
# role in 2014 beating", and those who did an old one ("Company that hired gunman fires manager")
_ACT_NAMED = _rx(
    r"\b(?:(?:fatal|deadly|police|officer-involved|mass|school|workplace|campus|club|mall|church|(?:19|20)\d\d) )?"
    r"(?:shootings?|killings?|deaths?|beatings?|stabbings?|massacres?|attacks?|assaults?|murders?|slayings?|use of force)\b|"
    r"\b(?:gunm[ae]n|shooters?|killers?|attackers?|victims?)\b"
)
# the words of fires, crashes, disasters, business, courts and sport (where "attack", "battle",
# "fired" and "explosion" are no violence: "made a fast attack on the fire", "a teacher was fired")
_PEACEFUL_CONTEXT = _rx(
    r"\b(?:fire ?fighters?|fire ?fighting|fire ?(?:m[ae]n|department|dept|crews?|trucks?|engines?|chief|station|service|rescue|companies|marshal)|"
    r"blaze|flames|smoke|(?:structure|house|home|brush|wild|forest|building|apartment|kitchen|electrical|grass|bush|vehicle|car|alarm|barn|garage|"
    r"trailer|townhouse|duplex|condo|residential|commercial|cabin|dumpster|warehouse) ?fires?|"
    r"fire (?:broke out|started|spread)|caught fire|"
    # ... told without an article too, opening a sentence or a clause: "died when fire swept through his home" (not a
    # weapon's fire: "rocket fire tore through the village")
    r"(?:^|(?<=\n)|(?<=[.;] )|(?<=when )|(?<=as )|(?<=after )|(?<=before )|(?<=until ))"
    r"fire (?:(?:swept|tore|ripped|raced|roared|burned) (?:through|across)|engulfed|gutted|consumed)|burn(?:ed|t|ing)? down|extinguish\w*|arson (?:units?|investigators?)|"
    # a fire as the killer, and the words of its investigation: "died in a fire", "the fire that killed",
    # "Fire kills man" (no weapon's fire before it: "rocket fire kills"), "ruled accidental", a space heater
    r"fire (?:officials?|investigators?|inspectors?|captain|battalion|district|authorities|and (?:rescue|medical|emergency))|"
    r"(?:died|dies|killed|perished|trapped|hurt|injured) (?:\w+ ){0,2}in (?:a|an|the) fire(?! ?fight)|(?:fatal|deadly|accidental) fires?(?! ?fight)|"
    r"fire (?:fatalit\w*|deaths?|victims?)|"
    r"(?:(?:a|the|house|home|apartment|structure|building) |(?<!\w\s))fire (?:that )?(?:kill|claim)\w*|"
    r"(?:a|the) fire (?:began|was (?:ruled|caused|accidental|started|set)|caused|appears|(?:is|was) (?:believed|thought|not considered|under investigation))|"
    r"(?:ruled|deemed|declared|believed to be|appears to be) accidental|no (?:signs?|indication|evidence) of foul play|not (?:considered )?suspicious|"
    r"insurance (?:money|fraud|claims?|payouts?)|\$[\d,.]+ (?:million )?(?:in|worth of) damage|damage (?:was )?estimated at|"
    r"space heaters?|wood ?stoves?|furnaces?|faulty wiring|extension cords?|smoking materials|oxygen tanks?|sprinklers?|meth labs?|"
    r"unattended (?:cooking|stove|candles?)|candles? (?:left|burning|tipped|started|caused|ignited)|(?:second|third)-degree burns|burn (?:unit|center)|"
    r"training (?:exercises?|drills?)|(?:fire|evacuation|lockdown|active[- ]shooter) drills?|"
    r"crash\w*|collisions?|collided|accident\w*|(?:chemical|power|gas|oil) plants?|factor(?:y|ies)|refiner(?:y|ies)|boilers?|"
    r"gas (?:leak|explosion|cylinder|tank|line|main)|propane|carbon monoxide|fireworks?|"
    r"mine (?:collapse|accident|explosion|disaster)|(?:coal|underground) mines?|miners|"
    r"(?:trench|roof|building|bridge|wall|ceiling|crane|floor|balcony|deck|stage|scaffold\w*|tunnel|house|home)(?: \w+){0,3} (?:had |has )?collaps\w*|"
    # ... or that gave way or fell on the workers, in words other than "collapsed": "injured when scaffolding gave way",
    # "killed when part of the roof fell on him", "a roof fall at the mine"; and the miners and inspectors of any mine
    # (not a bare "mine", which is also a landmine's name)
    r"(?:trench|roof|building|bridge|wall|ceiling|crane|floor|balcony|deck|stage|scaffold\w*|tunnel|platform|stairs|staircase|shoring|"
    r"beams?|rock|boulders?)(?: \w+){0,2} (?:gave way|gives way|giving way|caved in|fell (?:on|onto)|came down on)|roof falls?|"
    r"(?:coal|gold|copper|silver|salt|zinc|iron|uranium|diamond) miners?|mine (?:safety|inspectors?|operators?|rescue|shafts?)|"
    # ... and the other hazards of a job: fumes in a sewer or a tank, a load that struck or crushed a worker, a tank that blew
    # ("overcome by toxic fumes", "struck by a container being unloaded", "crushed between two containers", "a tank blast")
    r"overcome by (?:toxic |noxious |poisonous )?(?:fumes|gas|vapou?rs)|toxic (?:fumes|vapou?rs)|hydrogen sulfide|sewer (?:lines?|pipes?|workers?)|"
    r"manure pits?|(?:struck|hit) by (?:a |an |the )?(?:[\w-]+ ){0,2}(?:containers?|loads?|pallets?|crates?|equipment|machines?|cranes?)\b|"
    r"crushed (?:to death )?(?:between|beneath|under) |(?:tank|cylinder|boiler|drum) (?:blasts?|explosions?)|"
    r"(?:a|the) fire (?:destroyed|gutted|damaged|swept|tore|ripped|engulfed|consumed|was reported|was contained|was put out)|"
    r"workplace (?:safety|accidents?|deaths?)|job site|construction (?:site|workers?)|"
    # the big animals of a farm or a park as the ones who did it: "a cow knocked him down and trampled him", "gored by a
    # bull" (not a police horse, whose riders are the ones who charge)
    r"(?-i:bulls?|cows?|horses?|steers?|rams?|elephants?|buffalo|bison|moose|boars?) (?:\w+ )?(?:knocked|trampled|kicked|gored|charged|butted|stomped|pinned)|"
    r"(?:gored|trampled|kicked|butted|stomped) (?:\w+ ){0,3}by (?:a|an|the) (?!police )(?:\w+ )?(?:bulls?|cows?|horses?|steers?|rams?|elephants?|buffalo|bison|moose|boars?)|"
    # the risks of a sport in the air or of a hot day: "killed when his parachute failed to open", "left in a hot car",
    # and a mine's or a trench's cave-in
    # (a child forgotten in the car, not a man beaten and found in one)
    r"parachutes?|skydiv\w*|paraglid\w*|hang[- ]glid\w*|bungee|zip ?lines?|cave-?ins?|"
    r"(?:left|forgotten) (?:[\w-]+ ){0,3}in (?:a|the|his|her|their) hot (?:car|vehicle|van|truck|suv)|"
    r"bitten|maul\w*|(?:dogs?|sharks?|bears?|animals?|snakes?|alligators?|bees|pit ?bulls?) (?:attack(?:s|ed)?|bit|bites?)|stampedes?|crowd crush|"
    r"industrial|derail\w*|overturned|drown\w*|overdos\w*|electrocut\w*|opioids?|"
    # mills, silos and the power grid, whose blasts are accidents; lightning, vehicles and trees that kill
    r"(?:feed|grain|paper|saw|lumber|steel|textile|flour|cotton|rolling) ?mills?|grain (?:elevators?|dust|bins?)|silos?|combustible dust|"
    r"(?:ammunition|munitions|fireworks|explosives|fertili[sz]er|manufacturing|processing|packing|assembly|treatment|nuclear|cement|bottling) plants?|"
    r"gunpowder|safety regulators|"
    # a works and its blasts, named by the works: "an explosion at the Harlan chemical works", "a blast ripped through the
    # Delmont plant", "the refinery fire" (not a mine, which is also a landmine's name)
    r"(?:chemicals?|steel|gas|iron|glass|brick|paper|cement|dye|fertili[sz]er|munitions) works|"
    r"(?:explosions?|blasts?|fires?) (?:at|in|inside|(?:tore|ripped|swept) through|rocked|destroyed|leveled|levelled) (?:a|an|the) (?:[\w'-]+ ){0,3}"
    r"(?:plant|works|refinery|mill|factory|warehouse)\b|(?:plant|refinery|factory|mill|warehouse) (?:explosions?|blasts?|fires?)|"
    r"(?:gas|propane|fuel|stove|pipe|line|valve|tank|cylinder|boiler|heater) (?:\w+ )?leak\w*|leak(?:ing|y|ed) (?:gas|propane|stove|pipe|line|valve|tank|cylinder|boiler|heater|fuel)|"
    r"(?:shut|turn)(?:ed|s)? off (?:the )?(?:gas|power|electricity)|"
    r"transformers?|manholes?|power outages?|(?:knock\w*|cut|lost|without) power|utility (?:crews?|workers?|poles?|lines?)|lightning|"
    r"hit-and-run|(?:struck|hit) and killed (?:a |an |the )?(?:\w+ ){0,3}(?:pedestrian|cyclist|bicyclist|motorcyclist|jogger|walker)|"
    r"(?:struck|hit|run over|killed|crushed|pinned) by (?:a |an |the )?(?:[\w-]+ ){0,2}(?:car|vehicle|truck|train|bus|tree|branch|limb|wave|boat|debris)|"
    r"recall(?:s|ed|ing)? (?:\d[\d,]* |more than |about |nearly )?(?:\w+ ){0,2}(?:cars|vehicles|trucks|products|units|models)|(?:safety|product) recalls?|airbags?|"
    # (in the plural too: "The storms flattened homes", "tornadoes tore through")
    r"earthquakes?|flood\w*|storms?|hurricanes?|tornado(?:e?s)?|landslides?|cyclones?|typhoons?|tsunamis?|avalanches?|volcan\w*|heat ?waves?|"
    # a car that left the road by itself: "lost control on a curve", "rolled several times", "killed in a rollover"
    r"rollovers?|rolled (?:over|several times|multiple times)|lost control|seat ?belts?|(?:ran|went|veered|drifted|drove) off the road|head-on|"
    # ... or a driver's charges and the trucks that hit: "charged with homicide by vehicle", "a drunken driver"
    r"vehicular (?:homicide|manslaughter)|homicide by (?:\w+ ){0,4}vehicle|(?:drunk|drunken|impaired|intoxicated|distracted) driv\w*|tractor-trailers?|rear-ended|"
    # the trade in guns, which names them with nothing done: "gun sales hit a record", "background checks"
    r"gun (?:sales|purchases|buyers|sellers|buybacks?)|background checks?|"
    # a quarry's or a builder's blasting: "a scheduled blast at a limestone quarry"
    r"quarr(?:y|ies)|blasting (?:permits?|operations?|crews?|charges?)|"
    # (not the revenue officials of a district, civil servants a crowd may turn on)
    r"quarterly|earnings|revenues?(?! (?:officials?|officers?|inspectors?|staff|department|team))|shares|stocks?|profits?|mergers?|acquisitions?|investors?|ceo|"
    r"lawsuits?|sued|verdicts?|convicted|sentenced|acquitted|"
    # a job lost: "an officer was fired over a 2014 arrest", "the board fired the coach", "wrongful termination"
    # (not "shots were fired", "they were fired upon", "fired at two officers")
    rf"(?:(?:{_WORKERS})(?: (?:in|at|of|from|for) \w+(?: \w+)?)?|he|she|they) (?:was|were|has been|had been|have been|got|is being|are being) (?:\w+ )?"
    r"(?:fired|dismissed|terminated|sacked|let go|reinstated)(?! (?:upon|on|at|into)\b(?! (?:\w+day|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)\w*\b))|"
    r"(?:the|his|her|their|whose) firings?(?! (?:of (?:shots|rounds|rockets|missiles|mortars|weapons|tear gas)|range|squad|line|pin))|"
    r"(?:fired|dismissed|terminated|sacked|lets? go) (?:a |an |the |his |her |its |their |\d+ |two |three |four |five )?"
    rf"(?:(?!(?:at|on|upon|into|times|rounds|shots) )\w+ ){{0,2}}(?:{_WORKERS})|"
    rf"(?:to|will|would|could|should) (?:fire|dismiss|terminate|sack) (?:a |an |the |his |her |its |their |\d+ )?(?:\w+ ){{0,2}}(?:{_WORKERS})\b|"
    rf"(?:wrongful|constructive) (?:termination|dismissal)|reinstat(?:e|ed|es|ing) (?:a |an |the |his |her |\d+ )?(?:\w+ )?(?:{_WORKERS})|"
    r"tournaments?|championships?|leagues?|playoffs?|coach(?:es|ed|ing)?|scored|"
    # markets, start-ups and lay-offs ("stocks were killed", "a startup killed by a funding crunch")
    r"wall street|nasdaq|dow jones|bitcoin|crypto\w*|market value|start-?ups?|laid off|lay(?:ing)? off|layoffs?|severance|"
    # illness as the killer ("an outbreak that killed three patients", "died of a heart attack"); not the
    # words of illness alone, which news of 2020 put beside every beating ("during the coronavirus outbreak")
    r"(?:outbreaks?|infections?|virus|disease|illness|fungus|bacteria|flu|influenza|measles)\b(?: \w+){0,3} (?:killed|kills|attack(?:s|ed)?)|"
    r"(?:died|dies|killed) (?:\w+ ){0,3}(?:of|from|by) (?:a |an |the )?(?:heart|illness|cancer|stroke|natural causes|complications|covid|pneumonia|disease|infection|virus|outbreak|heat-related|heat stroke|hypothermia)|"
    r"heat (?:stroke|exhaustion)|(?:collapsed|collapsing) (?:\w+ )?(?:during|at|after) (?:a |an |the |his |her )?(?:\w+ )?(?:practice|game|workout|race|class)|"
    r"(?:heart|asthma|panic|anxiety) attacks?|obituary|survived by|(?:un)?vaccinated|(?:their|his|her|your|flu|booster|vaccine|covid|rabies) shots|"
    # work, rockets for fun and space: "killed by a forklift", "a rocket exploded on the pad"
    r"forklifts?|tipped over|safety inspectors|osha|machinery|model rockets?|science fairs?|launch ?pad|nasa|spacex|stunts?|film set|"
    # animals ("a tiger attacked a keeper", "wolves killed six calves")
    rf"{_ANIMALS})\b"
)
# a crime against a person told as done, which no factory, shop or bank it happened at makes peaceful: "killed in a
# robbery at his plant", "armed robbers stormed the credit union", "hurt when he was carjacked outside the warehouse"
# (not a robbery only named: "a film about a bank robbery gone wrong", prices called "highway robbery")
_CRIME_ACT = _rx(
    r"\b(?:(?:killed|shot|wounded|hurt|injured|stabbed|beaten|pistol-whipped|died)(?: [\w,'-]+){0,3}? (?:in|during) (?:an? |the )?"
    r"(?:armed |attempted |botched )?(?:robbery|hold-?up|heist|carjacking|home invasion|mugging)|"
    r"robbers (?:\w+ )?(?:stormed|burst|broke|entered|fled|escaped|shot|killed|took|grabbed|demanded|forced|opened)|"
    r"(?:was|were|been|being) (?:carjacked|mugged|robbed)|"
    r"(?:armed|attempted) (?:robber(?:y|ies)|hold-?ups?|heists?|carjackings?)|"
    # a sentencing story's killing, which its "sentenced" does not make peaceful: "will spend the rest of his life in
    # prison for killing NAME", "sentenced to 40 years for killing NAME" (not "for killing time")
    r"(?:sentenced|prison|convicted)\b[^.;]{0,60}? for "
    r"(?:killing|murdering|fatally shooting|shooting and killing) (?!time\b)|"
    # a person charged with harming another on purpose, whom no gym, bar or fireworks named beside makes peaceful: "a
    # parent was charged with aggravated assault", "charged with six counts of assault with a dangerous weapon" (not
    # a driver's "vehicular manslaughter" or "homicide by (intoxicated use of a) vehicle" nor a "negligent homicide",
    # whose deaths befell)
    r"(?:charged|arrested|indicted|accused) (?:\w+ ){0,2}?(?:with|on suspicion of|of) (?:(?:\w+ )?counts? of )?"
    r"(?:(?:first|second|third)-degree |attempted |aggravated )*(?:murder|assault|battery|manslaughter|homicide)\b"
    r"(?! by (?:[\w-]+ ){0,4}?(?:motor )?vehicle))"
)
# make-believe, where even the strong words are no violence: a drill with blank rounds, troops in a
# parade, a war film.  It makes a segment peaceful whatever its weapons unless a casualty claim says
# somebody was hurt (a real shooting at a parade has its dead and wounded).  Not hunting: the Gun
# Violence Archive counts hunting accidents, and so do we
_MAKE_BELIEVE = _rx(
    r"\b(?:(?:active[- ]shooter|hostage|lockdown|military|army|training|emergency|joint|naval|nato|police) drills?|drills? (?:involved|simulat\w*)|"
    r"war games|mock (?:\w+ )?(?:village|town|attack|battle|hostages?|raid|gunm[ae]n|shooters?)|blank (?:rounds|ammunition|cartridges)|"
    r"(?:military|victory|independence day|national day) parades?|re-?enact\w*|d-day|world war (?:i|ii|one|two|1|2)|"
    r"box office|film set|call of duty|live-?fire (?:training|exercises?|drills?)|(?:loaded with|firing|fired) blanks|(?:cannon|gun|rifle) salutes?|haunted (?:houses?|attractions?|hayrides?|trails?|mansions?)|zombies?|"
    # a film or a television series shot on location, with its sound effects and prop guns
    r"(?:television|tv|police|crime|medical|legal) (?:drama|series|procedural|pilot)|film (?:crews?|office|commission|shoot|production)|"
    r"(?:movie|film|tv|television|production) crews?|(?:gunfire|sound|special|pyrotechnic|visual) effects|prop (?:guns?|weapons?|firearms?)|"
    r"stunt (?:performers?|doubles?|coordinators?))\b"
)
# a range, where shots are fired at targets: no event there unless somebody is said to be hurt
_RANGE = _rx(r"\b(?:(?:shooting|firing|gun|rifle|pistol|archery) ranges?|firing lines?|(?:gun|rifle|shooting|trap|skeet) clubs?)\b")
# fiction, stage and show (a war film, a video game, a novel, a comedian who "kills"): counted with sport below,
# since news of real shootings names them too ("he played video games", "outside the theater")
_FICTION = _rx(
    r"\b(?:(?:war|action|horror|spy) (?:movie|film)|video game|novel|theat(?:er|re)|stage production|standing ovation|comedian|"
    r"orchestra|symphony|open house)s?\b"
)
# sport, where "shot", "killed" and the Bombers are no violence: two of its words (or of fiction's) beat the
# strong words as make-believe does, one only where nobody is hurt at all (a shooting "during halftime of the Notre Dame
# game" has somebody hit in the leg)
_SPORT = _rx(
    r"\b(?:overtime|innings?|quarterbacks?|goalies?|goalkeepers?|touchdowns?|home runs?|birdies?|bogeys?|fairways?|free throws?|three-pointers?|"
    r"power play|penalty kill|sacked|halftime|(?:\d+|two|three|four|five|six) turnovers|forc(?:ed|ing) (?:a )?turnover|field goals?|penalty (?:shoot-?outs?|kicks?)|hat tricks?|\d+ (?:rebounds|assists|saves)|"
    # (not "interceptions" nor a base's "turnover", which are war's, nor yards and points, which measure where shots landed;
    # nor target or skeet shooting, where the accidents the Gun Violence Archive counts happen)
    r"(?:shooting|point) guards?|biathl\w*|shot clean|(?:gold|silver|bronze) medals?|"
    r"(?:first|second|third|fourth) (?:quarter|period|inning)|"
    r"(?:won|win|wins|winning|beat|beats|beating|lost|losing|rout(?:ed)?|defeat(?:ed|ing)?|routed) (?:\w+ ){0,3}\d+-\d+|\d+-\d+ (?:win|loss|victory|rout|defeat|lead|blowout))\b"
)
# the words a casualty claim is made of: a claim none of whose words is left after the figures of speech hurt nobody
_HURT_WORDS = _rx(r"\b(?:kill\w*|dead|died|dies|dying|deaths?|wound\w*|injur\w*|hurt|casualt\w*|victims?|shot|stabb\w*|gunshots?|gun(?:s|ned|ning) down|"
                  r"hospitali[sz]\w*|toll|fatal\w*|slay\w*|slain|murder\w*|massacre\w*|execut\w*|assassinat\w*|lives|life|bod(?:y|ies)|"
                  r"corpses?|behead\w*|lynch\w*|perish\w*|graz\w*|deceased|beaten|burn(?:ed|t|s)|critical|condition|"
                  # a killing by hand done to somebody ("drowned a fisherman"; not "a boy drowned in the lake")
                  r"(?:drowned|strangled|smothered) (?:a|an|his|her|their|him|them))\b")
# the words of a person hurt, for the make-believe above
# (or a person the shot hit, told by the verb: "accidentally shot a woman", "his gun discharged, hitting a 40-year-old
# woman", "shot the passenger": a theater named beside it is where it happened, no show)
_SHOT_A_PERSON = (r"(?:shot|shooting|hitting|striking|struck) (?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}(?:"
                  + "|".join(sorted(PERSON_SINGULAR, key=len, reverse=True)) + r")s?")
_PERSON_HURT = _rx(r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|casualt\w*|victims?|(?:was|were|been|being|fatally|critically|seriously) (?:\w+ly )?shot|"
                   r"shot (?:dead|and|in the)|stabb\w*|gunshots?|" + _SHOT_A_PERSON + r")\b")
