"""python -m eval.counts_check [--set 2] [--show rules]   (run from the repo root)

Scores the invented check set eval/counts_check.jsonl: short US local-news shooting reports, each with the
number killed and the number injured in the incident the report is about, counted the way GVDB annotates its
articles: every person shot (or otherwise hurt) in that incident is a victim, the shooter included when he is
killed or wounded (by police, by a victim, by his own hand); people shot at but not hit, tolls of earlier or
other incidents, yearly statistics, ages, addresses, times, calibres and sums of money are not.  A victim who
died is killed, not also injured.  The rows were written for this project, in the style of news reports from
different outlets and years; none is taken from a corpus.

Each report is analysed on its own, as the GVDB suite does, and its figures are the GVDB suite's
(``common.report_casualties`` with ``victims_only``).

The rows are split by a hash of their id into a *rules* half, whose output may be read while writing rules
(``--show rules`` prints its wrong rows), and a *check* half, which is only ever scored.

A second set, eval/counts_check2.jsonl (``--set 2``), was written later in styles the first lacks: police
blotters, court follow-ups that retell the shooting, updates where a wounded victim died, victims listed by name
with mixed outcomes, officer-involved shootings, murder-suicides, corrected counts.  Its halves come from the
first hex digit of a differently salted hash.

Three more sets were written in the thirteenth session, each before any rule was written against it and each
with its own salt (``--set 3|4|5``): eval/counts_check3.jsonl, long reports of mass shootings and reports that
carry other incidents' tolls and statistics beside their own; eval/counts_check4.jsonl, victims listed by name;
eval/counts_check5.jsonl, victims whose state changes or is told in passing (shot and later died, hurt but not
shot, in critical condition).  Four more were written in the fourteenth session, the same way (``--set 6..9``):
eval/counts_check6.jsonl, reports that tell their toll several times over (numbers, names, parts and updates);
eval/counts_check7.jsonl, victims who share a surname (relatives) and groups of whom some died;
eval/counts_check8.jsonl, one-paragraph reports with the page's furniture glued in (related headlines, captions,
bylines); eval/counts_check9.jsonl, persons who add one more or are the same (relatives told by a possessive,
"another", mixed causes, superseded figures).  Two more were written in the fifteenth session (``--set 10|11``):
eval/counts_check10.jsonl, reports whose incident hurt nobody or killed nobody (shots into homes and cars,
robberies, threats, quotes of old or hypothetical hurts, city counts) beside near misses that do hurt someone;
eval/counts_check11.jsonl, pairs and trios told many ways, corrected tolls, hits told without a gun word and glued
bylines.  Two were written in the sixteenth session. Set 12 (``--set 12``): eval/counts_check12.jsonl, reports with
several victims (shot-and-fatally totals, families killed by a gunman who then shot himself, named victims with mixed
outcomes, tolls that rose, shootouts where the gunman died, an added victim who walked into a hospital, sprees told
place by place, court retellings) carrying earlier shootings, people present but unhurt and repeated totals.
Set 13 (``--set 13``): eval/counts_check13.jsonl, reports whose figures are stated numbers, most of them attributed
("police said", "according to the sheriff's office"), many of them long, beside numbers that are no victims (shots
fired, people present, suspects, arrests, ages, counts of a charge), groups of whom some died ("three shot, one
fatally"), hospital counts that hold the dead, figures corrected later, and other incidents' tolls and tallies; a
person hurt fleeing, in a fight or in a crash, or treated for shock, is no victim of the shooting, one cut by the
glass its bullets broke is.  Set 14 (``--set 14``): eval/counts_check14.jsonl, reports whose victims are told
by "another", "the other", "a second man" or a description ("a 25-year-old man"): one victim told by number, then
described, then named; "one died, the other was taken to the hospital"; another man who is the shooter, a witness or
unhurt; the other victim of an earlier paragraph told again; described victims of earlier or unrelated shootings;
beside plain pairs where another man was also killed or wounded.  Set 15 (``--set 15``), written in the seventeenth
session: eval/counts_check15.jsonl, wire and TV-station reports of two to twelve victims that a reading may
over-count: victims listed with their ages, "N shot" totals that hold the dead told apart, victims told twice
(headline and body, number and description), "another" and "the other" that are one of those already counted, a
shooter told as one of the dead, other incidents' totals and the city's tallies, numbers that are no victims
(bystanders, shots fired, people present), hospital and condition breakdowns of the same victims, tolls that rose,
beside plain reports whose every figure is right.  Set 16 (``--set 16``), written in the eighteenth session before any
rule was written against it: eval/counts_check16.jsonl, wire and TV-station reports whose incident killed nobody or
hurt nobody: victims alive in critical condition, "fighting for his life", shot in the head and expected to survive,
homicide detectives called to a victim who lives; shooters and suspects shot by police or by their own hand (counted,
as in every set here and as GVDB dev's gold counts the shooter of a murder-suicide and a person shot dead by police:
killed when he died, injured when he lived); victims of earlier shootings recalled (vigils, funerals, the same block,
anniversaries, the city's tallies); people shot at but not hit; "no one was hurt"; one wounded man told again as "the
victim"; people hurt not by the gun (an officer in a struggle or a crash, a deputy hit by a brick, people hurt
fleeing, shock, a medical evaluation), a dog shot, deaths that are no violence (a crash, heat, an overdose); beside
near misses whose figures do count (grazed, cut by the glass the bullets broke, pistol-whipped, one dead and one
critical).  Set 17 (``--set 17``), written in the eighteenth session: eval/counts_check17.jsonl, wire and TV-station reports whose victims a reading may miss: two or three told without a
count word ("a man and a woman were shot", "both were taken to a hospital", "the pair", "a teen and his mother"),
victims named with their ages, a victim told wounded who later died, "grazed", a wound to the leg, injuries told only
in a quote or a police statement, a second victim who drove himself to a hospital, "three people were struck", a
person "also" shot, beside near misses whose persons were not hit or belong to another incident.  Set 18 (``--set 18``),
written in the nineteenth session before any rule was written against it: eval/counts_check18.jsonl, LONG newspaper and
TV-station reports (2,000-4,000 characters) whose figures are mostly not the report's incident: a fresh shooting in the
lead beside the city's homicide count, a district's or the nation's tallies, percentages, earlier shootings at the same
place, a victim's or a suspect's history, a list of recent shootings, a trial, verdict or sentencing story that retells
its shooting (whose victims are the report's), funerals, lawsuits, and pieces with no current incident at all (an
anniversary, a column of statistics, a year-end report, a neighborhood feature, a gun buyback; gold 0 / 0).  Set 19
(``--set 19``), written in the twentieth session before any rule was written against it: eval/counts_check19.jsonl,
reports whose victim is told in any form but "N people were shot": a charge or an arrest ("charged with murder in the
death of", "in connection with the fatal shooting of"), a verdict or a sentencing, a body found, "died from a gunshot
wound", "found with a gunshot wound", "succumbed", "a bullet struck NAME, 19", "grazed", "hit in the leg", "sustained
gunshot injuries", "returned fire, killing", a press release's "located a victim suffering from", a victim told only in
the headline or only in a third or fourth paragraph, an obituary-like lead; beside near misses with no victim (shots
fired and no one hit, a suspect shot at and missed, a stabbing, a beating, a bullet that struck a car or a wall, a dog
shot, a body with no sign of violence, a person hurt in a crash fleeing).  Set 20 (``--set 20``),
written in the twentieth session before any rule was written against it: eval/counts_check20.jsonl, short and long
local-news, TV-station and police-release reports of ONE incident with two to six victims told in many ways: one by
one across sentences ("NAME died at the scene. A second man, NAME, was taken to ..."), "another victim", "both men",
"the couple", "a man and his son", "two of the victims", a later death ("a second victim died"), "killed NAME and
wounded NAME", lists of the dead, murder-suicides (the shooter counted), a shooter and his victim both shot, wounded
told as "two others", a figure in the lead beside named victims later; beside near misses whose second person is no
victim (a witness, a relative quoted, the officer who fired, an earlier victim, a suspect arrested, a companion not
hit).  Set 21
(``--set 21``), written in the twentieth session before any rule was written against it: eval/counts_check21.jsonl, short
and long local-news, TV and police-release reports whose people are hurt, threatened or dead but are no victims of a
shooting by GVDB's convention: hurt in a crash during a chase, in a struggle, by a fall while fleeing, by a dog, a bat,
a knife, fists, a fire or smoke, treated for shock or anxiety, shot at but missed, threatened, a death by an overdose,
a crash, a heart attack or a knife, "could have killed", victims of earlier incidents; beside near misses whose
persons are shooting victims (grazed, cut by the glass bullets broke, a suspect shot by police, a shooter who killed
himself, a wounded man who died, a court story retelling its shooting).  Set 22
(``--set 22``), written in the twentieth session before any rule was written against it: eval/counts_check22.jsonl,
long wire, TV-station and newspaper reports and opinion pieces whose big figures are not the report's incident: a
mass shooting recalled or compared ("the deadliest since ..., where 49 were killed"), a holiday weekend's, a month's,
a city's or the nation's tallies ("the city's 45th homicide"), anniversaries and memorials, trials that recount
other shootings, a war or a terror attack abroad, people hurt in a stampede or a panic, a year's list of mass
shootings and policy pieces with no current incident (gold 0 / 0), roundups (gold: the first incident told), beside
true mass shootings told with their own big figures in several ways (corrected tolls, people hurt fleeing who are
no victims, a pistol-whipped usher or a grazed customer who are).  Set 23 (``--set 23``), written in the
twenty-second session before any rule was written against it: eval/counts_check23.jsonl, reports told after their
incident: trials, verdicts, sentencings, pleas, indictments with counts of attempted murder and aggravated assault,
appeals, parole hearings, vigils, funerals, memorials, fundraisers and anniversaries, reports that name earlier years
and the accused's earlier crimes, police shootings told by the police and by the family; each with the toll of the
incident the report is about (a court story's, the shooting it tries; an anniversary with no current incident, 0 / 0;
a suspect shot by police, a victim), never the counts of a charge, the years of a sentence, the accused's other
crimes or the place's tallies; beside near misses that tell the tried incident's own toll plainly.  Set 24 (``--set
24``), written in the twenty-third session before any rule was written against it: eval/counts_check24.jsonl, police
shootings told as local outlets tell them (half with their paragraphs run together): a suspect wounded or killed by
officers, officers wounded or killed, a gunman who wounds a deputy before deputies kill him, exchanges of gunfire,
standoffs, body-camera releases, grand juries and prosecutors clearing an officer, administrative leave, a
department's or the nation's tallies of police shootings, stun guns, bean bags, police dogs and cruisers; each with
GVDB's toll: everyone shot in the incident (the suspect shot by police, wounded officers, bystanders, a gunman who
killed himself and his earlier victims), never an officer's years of service, badge, unit, call sign, radio code, age,
rounds fired or the department's statistics, nor people hurt without a gunshot. (Its gold counts a gunman the police
shot after he shot others too, as three of GVDB's six dev reports of one do; the suite leaves him out, as the other
three do, so that set 24 stays below its reach on those rows.) Set 25 (``--set 25``), written in the twenty-third
session before any rule was written against it: eval/counts_check25.jsonl, traps an outlet's prose sets beside the
incident's toll: a tally of a period ("left 28 shot across the city since Friday"), a sweet 16 party, photo and
copyright credits and station names ("Air 11", "Sky 5", "Channel 4"), twins told by name ("twins Marcus and Malik
Dorsey, 19"), the accused's shootings in a separate case, and a pronoun whose person is the victim and not the last
person named; beside near misses that keep their count ("left two men shot", twins among the wounded, two men shot in
the same attack). Set 26 (``--set 26``), written in the twenty-third session before any rule was written against it:
eval/counts_check26.jsonl, long local-news reports (2,000-3,200 characters, a third with their paragraphs run
together) of ONE shooting told in full beside two or three kinds of other matter: the victim's life, the suspect's
record, earlier shootings on the same block, the city's year so far, another shooting the same night, another case's
trial, neighbours' quotes about violence, a list of recent shootings; some tell the incident's own outcome late (a
victim who died the next day); gold is the incident's toll alone. Set 27 (``--set 27``), written in the twenty-third
session before any rule was written against it: eval/counts_check27.jsonl, persons told together as a list or a
coordination of two, three or four described persons ("a woman, a man and a teenager were wounded", "the driver and
a 40-year-old passenger died", "a mother and her two sons") and the "and a third/fourth" forms; beside near misses
that keep their count (an appositive that renames the same person, a shooter or companions in a list of those
present, a list of who was arrested or sought). Set 28 (``--set 28``), written in the twenty-fourth session before any
rule was written against it: eval/counts_check28.jsonl, wire and local-news reports of ONE shooting with two to seven
people hurt, told in the forms multi-victim reports use: a total then each victim, "the dead were identified as",
"three of the five victims died", "among the dead", groups ("two women and a child"), spelled and digit numbers, a
toll that rises in a later paragraph, victims told in separate paragraphs by name and age, a victim who died at the
hospital, murder-suicides (the shooter counted among the dead); beside near misses (an earlier shooting's dead,
people hurt fleeing or cut by a fall, the city's tally, counts of a charge, people present and not hit).
Set 29 (``--set 29``), written in the twenty-fourth session before any rule was written against it:
eval/counts_check29.jsonl, the leftovers earlier rounds named: a person, his apposition and a relative ("a man, a
24-year-old father of two, and his wife"), relatives of one sex coordinated ("a father and his son", "a mother and her
daughter", "two brothers"), a person told twice by a role ("a deputy working security", "a man working security ... the
victim, a security guard"), a murder-suicide whose second body is found later ("hours later, police found the man dead
of a self-inflicted wound"), photo credits, bylines, captions and copyright lines ("(AP Photo/NAME)", "NAME/Getty
Images", "Staff photo by NAME"), reported speech without "that" ("a police spokesman said the victim, identified as
NAME, had died"), and an intruder shot by a homeowner whose wife was unhurt; beside near misses that keep their count
(an apposition that renames one person, relatives who looked on or were arrested, an officer working security who was
not hit, a man found later and arrested, a photographer who was hit, a suspect identified and arrested, a homeowner who
missed). Set 30 (``--set 30``), written in the twenty-fifth session before any rule was written against it:
eval/counts_check30.jsonl, the counting leftovers earlier rounds named: a part of a group shot that died ("two of four
teenagers shot since early Saturday have died"), persons coordinated each with an adjective ("an injured 4-year-old
girl and an injured 25-year-old woman"), a plural group noun with ages ("the Harper twins, 17", "two sisters, 14 and
16", "an elderly couple, both 78"), a gunman who killed others and "then shot himself" (counted among the dead), a
suicide told apart and later ("the gunman killed himself hours later"), a headline cut off mid-word ("3 people arr"),
and an unnamed "him" beside an unnamed wife in one sentence ("a man shot his wife before a neighbor shot him"); beside
near misses that keep their count (a part released or charged, an uninjured daughter, twins who watched, a gunman
who survived his shot or was arrested, a full headline, a wife who watched). Set 31 (``--set 31``), written in the
twenty-fifth session before any rule was written against it: eval/counts_check31.jsonl, reports whose incident hurt
nobody, as GVDB dev's spurious figures are: shots fired and nobody hit (into homes and cars, at an officer, "shot at", a
bullet through a jacket, an exchange where neither was hit), a headline's "officer shot" whose body tells only a shot
fired at him, victims of other incidents (a trial, an anniversary, a lawsuit, a memorial, a column of old deaths by
year), figures of a quote or a statistic, police force without a wound (a stun gun, a police dog, shots at a car that
missed), people hurt by something else (a crash, a knife, a pistol-beating, a punch, a fall while fleeing, a death whose
cause is not told), threats and plots, pets shot (a dog told by name and breed, a horse); and reports that swap killed
and injured (two found dead with a gunshot wound each, a shot driver pronounced dead, a victim in critical condition,
homicide detectives at a victim who lives, "life-saving measures were unsuccessful"); beside near misses whose persons
were hit (grazed, a suspect shot by police, a man shot with his dog, a stray bullet, a hunting accident, a deputy and a
robber both wounded). Set 32 (``--set 32``), written in the twenty-sixth session before any rule was written against
it: eval/counts_check32.jsonl, the counting leftovers earlier rounds named: "another man and a baby were also
injured", "two suffered non-life-threatening wounds and another remains in critical condition", "another child was
taken to a hospital" after one found deceased, a victim told only by an age ("a 2-year-old remains in critical
condition"), a group that was the target and not the toll ("opened fire on the group of three men, fatally striking
NAME"), a witness's or relative's later suicide, "shot him in the leg and her in the arm", "a deceased female" and "a
male and female deceased" (counted when the report tells they were shot, not when it tells no cause, as GVDB dev's
gold does), photo credits ("(NAME | Outlet)", "Photo: NAME") and "an image released by police", a speaker who
"believes his cousin was murdered", title abbreviations ("Sgt.", "Det.", "Lt.") before a source's name, a vigil for
someone who died otherwise where the shots wound mourners, "passed away" after a shooting, and trade nouns ("a barber",
"a cashier", "a clerk", "the driver") as victims; beside near misses that keep their count (people present and not
hurt, a second man arrested or questioned, a gunman who killed himself hours later, a photographer who was hit, a
speaker who was also shot, a relative who passed away earlier, a barber who called 911). Set 33 (``--set 33``), written
in the twenty-sixth session before any rule was written against it: eval/counts_check33.jsonl, reports that tell who
died and who was hurt in the ways outcomes are told, and told over time: shot and later died, rushed to a hospital where
he died, succumbed days later, pronounced dead at the scene or deceased by EMS, taken off life support, died on the way,
did not survive, mortally wounded, a death ruled a homicide months later, clinging to life, fighting for his life,
critical but stable, life-threatening injuries, non-fatal, homicide detectives at a victim who lives, a grazed second
victim, "two were killed and a third was hurt", "left one dead", an update headline or paragraph ("second victim dies",
"UPDATE: police say the man has died"), one dead and the other recovering told in separate paragraphs, a toll that rises
through the report, a couple found dead with a gunshot wound each, a TV transcript in capitals, a feature told a week
later; each beside a near miss that keeps its count (expected to survive, improving, released, stable, remains on life
support, went home). Set 34 (``--set 34``), written in the twenty-sixth session before any rule was written against it:
eval/counts_check34.jsonl, reports whose victims are named one by one and reports that tell the same victims twice, in
styles unlike GVDB dev's commonest: long features, court-and-family stories, police releases that list their victims
with ages and outcomes ("Victim 1: Adult male, 24 ...", "Shot and killed: NAME", "(deceased)"), "the dead were
identified as", "also killed was", "killed were NAME and NAME", "a second victim, NAME, 34", a victim named only in a
relative's or a chief's quote or in a later paragraph about the family, "the dead include"; and totals retold ("three
people were shot ... the three victims", "a man and a woman were killed ... Jones and Smith died", a number, a
description and a name of one victim), beside the city's year, a weekend's tally, another shooting the same night, a
memorial, another case's trial and an earlier shooting of the same victim; each beside a near miss that keeps its count
(a person named beside the victims who was not hit, was questioned, arrested or hid; witnesses listed in a release; a
victim added later; one of those named who later died). Set 35 (``--set 35``), written in the twenty-seventh session
before any rule was written against it: eval/counts_check35.jsonl, the counting leftovers earlier rounds named: a
relative "who was also hit" ("Her mother, who was also hit, ..."), a wounded victim who later "did not make it" or "died
at the hospital" (killed, not one more), one person told by a description and later by name and age ("the young boy was
shot ... NAME, 7, died"), deaths by no violence in a shooting story (an overdose, a crash while fleeing, smoke, a heart
attack, asphyxia: not counted, as GVDB dev's gold and sets 16 and 21 do), "a deputy and a man were both wounded" then
each named, verdict, plea and sentencing stories (the tried shooting's victims, as GVDB dev's one court story counts its
old victim), a death told without a death verb ("he was gone", "not breathing and had no pulse", "lifeless"), "opened
fire on a group, hitting one man in the leg", a headline "Two found dead in ..." beside the body's own figure or alone,
and "a 6-month-old and a 6-year-old" (two persons); beside near misses that keep their count (a relative who was inside,
a victim improving or released, a companion who tackled the gunman, not breathing but revived, no one hit, deaths from
natural causes, an infant not hit). Set 36 (``--set 36``), written in the twenty-seventh session before any rule was
written against it, from the kinds the per-report pool's readable half (salt ``twenty-seventh-doccounts27:``) showed:
eval/counts_check36.jsonl, a part of a count retold ("of the five men, two ..."), numbers of walls, cars or rooms a
bullet passed, the shooter named beside his dead victim ("NAME died after NAME2 shot him"), a relative's name beside the
victim ("the grandson of Alderman NAME", a brother who heard of the death), photo credits after a caption, other
incidents' dead (a year earlier, a dated earlier killing, a vigil's homicide, an officer recalled, the accused's earlier
crime, a subhead's "separate incident"), a city's or a weekend's tally, a group fired on ("fired at the group of three
men and a woman and fatally struck NAME"), a gunman who shot himself after killing, a suspect found dead, victims the
reading missed ("grazed a 3-year-old", "hitting 4-year-old NAME", a headline's "after juvenile shot", "the accidental
shooting of 3-year-old NAME", a bullet through one person into another, people treated after shots at a crowd), victims
it dropped ("another victim showed up at a second hospital", "Man killed, boy injured", "both the gunman and the child",
"two of the wounded ... and the other", "was also killed"), people hurt but not shot, and one victim told again (a
headline glued to the lead, a neighbour's words, a father's false blame); each beside near misses that keep their count.
Set 37 (``--set 37``), written in the twenty-eighth session before any rule was written against it:
eval/counts_check37.jsonl, the counting leftovers earlier rounds named: a death told without a death verb ("he was gone
already", "had no pulse"), two persons of one verb ("a 2-year-old girl and her 5-year-old brother were killed"), a
person shot while checking on or serving another who "has died" (the one shot, not the other), a hit on a named child
("hitting 4-year-old NAME"), an earlier killing told with its date ("last month's shooting there killed two"), a
headline that tells the body's persons again ("Man killed, boy injured"), surnames one letter apart ("Jonson" and
"Johnson"), a named wounded victim who "did not make it", a shot driver who crashed and died, "shot along with her
daughter, died", a blotter's or release's located victim ("a male victim, 28, was located suffering from a gunshot
wound"), the non-fatal "shooting of 3-year-old NAME", a boxer who died after a bout (no violence: 0 / 0) and a
fisherman drowned by robbers (killed); each beside near misses that keep their count (revived, the gunman was gone, a
son who watched, the resident who died, a shot missed, a dated shooting that is the report's own, one man named twice,
a brother arrested, made it to a hospital, a shot driver who lived, a blotter with no victim, a shooting death, an
accidental drowning).
Set 38 (``--set 38``), written in the twenty-eighth session before any rule was written against it, from the kinds the
per-report pool's readable half (salt ``twenty-eighth-doccounts28:``) showed: eval/counts_check38.jsonl, two groups of
victims told in one sentence ("a man was shot in the chest and two women were shot in the leg", "a 2-year-old and four
adults were shot", "an injured girl and an injured woman", "three others hospitalized ... two ... and another"), numbers
that are no victims of the shooting (a sweet 16 party, a 21st birthday, a state's or the nation's tallies of children
shot, "found the injured boy and two friends", "another teen has been charged with his murder", "checking on a man's
welfare", "six of the eight people inside"), outcomes told two ways (a child who shot herself to death, a victim in
critical condition who later died), another story's headline, video title or caption glued to the report, victims told
by a plural without a number ("his two young sons", "his twin daughters"), a group shot and then its named dead, a
survivor told after the dead, one victim told again ("another child got shot" on a 911 call, a second age, photo
captions) and a death told in a relative's quote; each beside near misses that keep their count.
Set 39 (``--set 39``), written in the twenty-eighth session before any rule was written against it, from the kinds GVDB
dev's claims where the gold has none showed: eval/counts_check39.jsonl, reports in which nobody (or nobody of one kind)
was killed or hurt but the words tempt a reader, in styles unlike GVDB dev's (wire briefs, TV stories with updates,
press releases, court stories): shots fired and nobody hit told many ways ("no one was struck", "the rounds struck a
parked Honda", "all three shots missed", "narrowly escaped", "a bullet grazed the door frame", "whizzed past", "went
wide", "without a scratch", "the round hit the radio on his vest"), injuries that are no casualty of the violence (a
sprained ankle or cut hands fleeing, smoke inhalation, shock, a heart attack, a deputy's knee), charges and verdicts
worded with outcomes ("attempted murder", "aggravated assault with intent to kill", "conspiracy to commit murder",
"solicitation to commit murder", "attempted homicide"), statements of risk ("could have killed someone", "someone could
have died", "a miracle no one was killed"), past incidents and statistics in a story of a shooting with no victims,
officers who fired at a suspect who fled or surrendered unharmed, dead animals (a deer, cattle, a dog, a bear), a
headline's "deputy shot" whose body tells only shots at him, a column of old deaths at a building, a woman found dead
with no cause told; each beside near misses that keep their count (grazed, struck in the hip, a suspect shot by police
or by his own hand, a sentencing's two wounded, a clerk hit in the arm).
Set 40 (``--set 40``), written in the twenty-ninth session before any rule was written against it:
eval/counts_check40.jsonl, the counting leftovers earlier rounds named: a death told without a death verb ("he was gone
already", "was already gone when deputies arrived"), "had no pulse" after a long subject ("a man shot in a dispute over
a parking spot had no pulse"), a described person coordinated with a counted group ("wounded a 15-year-old boy and two
of his friends", "the driver and three passengers"), persons found beside the victim ("found the injured boy and two
friends who had called 911"), hits by birdshot, pellets and buckshot and a graze wound, "shot his young son and then
himself. Both died.", a police blotter's one-vehicle accident beside its shooting items, pistol-whipped victims (counted
injured where gunfire is told too, as GVDB dev's gold counts them), a glued title "X shot (at) by man who fled" over a
body that tells only a shot fired, a boxer dog, and "a volunteer firefighter was killed and another was wounded" with
no gun word; each beside near misses that keep their count (the gunman or the car was gone, revived, a strong pulse,
friends who were not hit, injured friends, birdshot or pellets that hit a truck or a house, a son who survived, both
hospitalized, a blotter's shooting victim, an earlier robbery's pistol-whipping, a threat, a clerk who was hit, an
amateur boxer, a firefighter killed in a crash or a collapse).
Set 41 (``--set 41``), written in the twenty-ninth session before any rule was written against it, from the kinds the
SemEval pool's readable half showed the reader gets wrong (salt twenty-ninth-doccounts29:): eval/counts_check41.jsonl,
US local-news reports with a night's or a series' tally beside the report's own shooting ("eleven people were shot
during one violent night", "five teenagers fatally shot since Saturday morning"), a victim told again as "the only
person injured", photo credits with a station number or a photographer's name, the shooter named in his victim's
sentence ("died after police said NAME, 16, shot him") and a parent who saw her child shot, the accused's earlier
killings, people hurt not by the gun (a bicycle officer struck by a car, firefighters hurt taking cover, a boy hit by
a truck), a group fired on of whom one was struck ("fired on the group of three men and a woman and fatally struck
NAME"), named dead listed with a bare surname ("Mackell and NAME, 20, died"), a gunman who killed himself told again as
shot, "another child" hurt after a list of the dead, a wounded teen told by his age ("the 16-year-old"), victims told
by body part ("a 19-year-old was shot in the stomach and two women were shot in the foot"), court stories of a
shootout "that killed two teenagers and wounded four others last summer", and "three other women were transported
with serious injuries"; each beside near misses that keep their count.
Set 42 (``--set 42``), written in the twenty-ninth session before any rule was written against it:
eval/counts_check42.jsonl, killed read as wounded and wounded read as killed, in styles GVDB dev lacks: wire briefs
of two sentences, TV web stories whose update paragraph is on top or at the bottom, police releases with a victim
table ("Victim 1: ... - deceased at scene", "Condition: Deceased"), court stories told months later, Spanish names and
nicknames, obituary-like features, live-blog timestamps, all-caps transcripts (a crash that turned into a homicide),
a death told only by "the deceased", "the slain man", "the late", "the body of", "a memorial for", a funeral being
planned or held, "the city's 30th homicide", "the killing of", a charge of murder; a living victim told only by
"expected to recover", "treated and released", "from his hospital bed", "attempted murder", "returned to school";
one dead and another hurt in one sentence in either order, a man shot and then run over, "fatally", "mortally" and
"critically wounded", a dog killed and its owner wounded, a robber killed by the clerk he wounded, a toll changed
between the headline and the body; each beside a near miss that keeps its count.
Set 43 (``--set 43``), written in the thirtieth session before any rule was written against it:
eval/counts_check43.jsonl, the counting leftovers earlier rounds named and left, in wire briefs, TV web stories,
police releases, a blotter and all-caps transcripts: a suspect told killed and later named dead ("NAME, 19, died at
the scene"), a death told by "he was gone already" or "gone by the time medics arrived", "struck several times ...
had no pulse", hits by pellets, "found the injured boy and two injured friends", "shot his son and then himself. The
father died. The boy survived", a victim shot "in front of two friends", "a man was fatally shot and two other men
were shot in the legs", station names, photo credits and a "sweet 16 party", a vigil or fundraiser that is the only
telling of a death, "critically wounded ... a bouncer was grazed", an attempted-murder charge with no hit, corrected
tolls, and all-caps transcripts; each beside near misses that keep their count (the gunman gone, a suspect arrested,
a pulse, pellets in a house, friends unhurt, a peace walk, a bullet that grazed a door frame).
Set 44 (``--set 44``), written in the thirtieth session before any rule was written against it, from the kinds the
SemEval pool's readable half showed the reader drops or swaps (salt thirtieth-doccounts30:): eval/counts_check44.jsonl,
US local-news reports whose victims a reading drops, misses or swaps: a relative of the dead told by the dead's
possessive and hit ("the boy's father, NAME, was shot in the leg", "her father is in critical condition"), a person of
another age or kind than the dead hit beside them ("the 15-year-old had a gunshot wound", "a bystander was struck"), a
bullet through one person into another, a gunman who killed others and later himself ("later killed himself in his
car", "took his own life", "shot his son twice, killing him, and then shot himself"), deaths told without a death verb
("he passed", "the boy's death", "an accidental fatal shooting ... the victim was NAME"), counts told in a way the
reader misses ("sent three women and one man to the hospital", "the shooting of three people", "eight people were
taken to a hospital with injuries", a court story's "a gunfight left a bystander dead and seven people hurt last
year"), parts and persons added to a count ("a 3-year-old was also hit", "two ... one ... and the fourth", "three other
women", "another man and a baby were also injured", a shooter among the dead whose sentence tells the others
injured); each beside near misses that keep their count (a relative not hit, held or questioned, a bystander who
called 911, a bullet through a wall, a gunman arrested or who lives, a child who will pull through, no one hit).
Set 45 (``--set 45``), written in the thirtieth session before any rule was written against it:
eval/counts_check45.jsonl, reports that a reading may over-count: a night's, weekend's or holiday's tally beside the
incident's own toll, an update above the older telling of the story (both tolls told), the same victims told by count,
role and name and by a nested figure ("five shot, two of them teenagers"), a second shooting told in the same report
(an earlier one at the same address, one across town, the one avenged), counts of officers who fired, people detained
or present, casings, cars struck and a truncated headline's arrests, a toll that holds the gunman beside one that does
not, a photographer's name glued to a caption, statistics; each beside near misses whose figures really add up.
Set 46 (``--set 46``), written in the thirty-first session before any rule was written against it:
eval/counts_check46.jsonl, the counting leftovers earlier rounds named and left, in wire briefs, TV web stories with
updates, police releases and a blotter: a suspect told killed and later named dead ("NAME, 19, died at the scene"), a
correction that tells one dead and one hospitalized, "she shot her husband and then herself. She died. He is expected
to live", "sent three women and one man to the hospital", a named gunman who "then took his own life", named
survivors ("two survivors, NAME and NAME"), a weekend's city tally beside one shooting, photographer credits glued to
captions ("... at the scene Friday.NAME/Outlet"), a drive-by in another city told in the same story, "the city's 40th
homicide this year", "a week after a 15-year-old was gunned down, police charged", and one suspect killed beside the
other wounded and a named officer hurt; each beside near misses that keep their count (a clerk named dead, a
correction that lowers the toll, both spouses dead, a man not hit, a threat to take his own life, named witnesses,
a credit in parentheses, a photographer who was hit, a teen wounded a week before, an officer hurt in a fall).
Set 47 (``--set 47``), written in the thirty-first session before any rule was written against it, from the kinds the
SemEval pool's readable half showed the reader drops, misses or swaps (salt thirty-first-doccounts31:):
eval/counts_check47.jsonl, US local-news reports whose victims a reading drops or misses: a court or arrest story's
retelling "killed two teens and wounded four others last summer", a count among the things bullets struck ("striking
houses, cars, and four people"), a shooter among the dead named as the subject of "the incident that also killed NAME
and left five others injured", a second victim told by age alone beside the dead of another age ("The 16-year-old had
a gunshot wound to his hand"), a bystander or passer-by struck told apart from the dead, a victim told by a reduced
relative inside a noun phrase ("the family of a 17-year-old shot and killed by a police officer"), deaths told by "he
passed" or "his young life ended", named victims with mixed outcomes and a third victim who arrived at a hospital,
"led to the fatal shooting of a boy"; each beside near misses that keep their count (last year's toll recalled beside
the night's own, only things struck, a shooter arrested, others present of other ages not hurt, a bystander who
called 911, a teen sought by police, passed a class, led to an arrest).
Set 48 (``--set 48``), written in the thirty-first session before any rule was written against it, from the
over-counts of the SemEval pool's readable half (salt thirty-first-doccounts31:): eval/counts_check48.jsonl, reports
that carry another incident's figure beside their own (a round-up's "Earlier Sunday, a man was shot to death" or
"About an hour earlier, a man was gunned down", "And on Monday afternoon ...", a second scene told by its street, a
shooting in another neighborhood or city, "in an unrelated shooting", "the second shooting at that corner this week",
the killing a vigil or a funeral was for, officials recalling an officer killed last year, a related story's caption
or a video playlist glued in), a night's or a weekend's tally or a series' toll beside the incident's, the same victims
told twice ("one of the two firefighters shot has died", "one suspect was killed" then named, "inflicted fatal
injuries" then pronounced dead, a mother who realized her daughter had been shot, a quote's "child gets shot"),
counts of other things (people hurt taking cover or hit by a car fleeing, officers who fired, casings, people at a
party, cars struck, a station's number in a photo credit), the gunman in one toll and not another, an update above
the older telling; each beside near misses whose figures really add up (a third victim found hours later, the same
gunman's second scene, "in a separate room", "earlier in the night" an argument).
Set 49 (``--set 49``), written in the thirty-second session before any rule was written against it:
eval/counts_check49.jsonl, the counting leftovers earlier rounds named and left, in wire briefs, TV web stories with
updates, police releases and a blotter: one suspect told killed and later named dead ("NAME, 19, died at the scene"),
a spouse shot by a woman who "then turned the gun on herself" whose own outcome is not told as death ("The woman, 58,
died. Her husband was taken to a hospital"), a count among the things struck ("hitting two houses, a parked van and
three people"), a victim told only inside a noun phrase ("the family of a 17-year-old shot and killed by a police
officer"), an arrest, plea or sentencing story's "killed one man and hurt four others last month", an update above
the original telling ("Originally reported: ... a man was injured" under "has died"), officials who recalled an
officer killed in a shootout years ago, pipe-delimited photo credits ("(NAME | Outlet)"), and "two men were shot, one
fatally" told beside a named dead man and "the second man, 24, is in stable condition" in every order; each beside
near misses that keep their count (a customer also killed, an accomplice arrested, both spouses dead, the husband
missed, only things struck, a teen stopped and searched, a crash's toll, an update that tells he is stable, the
report's own officer killed, a photographer who was hit, the second man not hurt, three shot, both killed).
Set 50 (``--set 50``), written in the thirty-second session before any rule was written against it, from the kinds
the SemEval pool's readable half showed the reader drops, merges or swaps (salt thirty-second-doccounts32:):
eval/counts_check50.jsonl, US local-news reports whose victims a reading may lose: a victim told by an ordinal who turns
up later ("A third shooting victim, an 18-year-old man, arrived at the hospital"), "another victim" after "two other
victims", an arrest story's retelling "killed two teens and wounded four others last summer", named dead coordinated
with one told by surname alone ("Pruitt and Marcus Lyle, 20, died"), a second victim told by age alone beside a dead
victim whose age is spelled ("Seventeen-year-old NAME"), a child "also hit" beside four adults told by number, parts of
a group ("two were critical, one was taken by ground and the fourth was treated"), a named dead "and another male
victim" then "two other shooting victims", "the shooting of a 4-year-old girl" in an arrest story, murder-suicides
told through relatives ("found the girl's parents dead"), "both boys were rushed in critical condition" of whom one
died beside a bystander also struck, and parents or a couple shot told by a plural noun; each beside near misses that
keep their count (the third victim one of three told, another man arrested, a vigil for the same shooting, a named
pair released, a child present and not hit, a friend not hit, a father who survived his own shot, a couple not hurt).
Set 51 (``--set 51``), written in the thirty-second session before any rule was written against it, from the
over-counts and the claims where the gold has none of the SemEval pool's readable half (salt
thirty-second-doccounts32:) and GVDB dev's: eval/counts_check51.jsonl, reports that carry a second shooting (the
second on the block this week, across town the same night, a retaliation, "elsewhere in the city"), the same victims
told by count, role, name and a nested figure, past incidents told as background (a club's earlier killing, a
suspect's record, a victim's relative's death, an anniversary), modal and hypothetical harm ("somebody could have been
killed", "would have killed him", a plot, a threat), hurts that are no gunshot (an officer in a struggle or a fall, a
suspect in a crash, a dog shot, a clerk struck with a bottle) and incidents with no victim (a robbery, an arrest, a
standoff, shots that hit nobody) with related-story lists; each beside near misses whose figures really add up (a
third victim found the next day, a second victim of the same party, the same gunman's second scene, a background
death that is the report's own victim, cut by the glass the bullets broke, a suspect shot by police).
Set 52 (``--set 52``), written in the thirty-third session before any rule was written against it:
eval/counts_check52.jsonl, the counting leftovers earlier rounds named and left, in wire briefs, TV web stories with
updates, police releases and a blotter: a named dead then "two other victims were taken to" a hospital, "found NAME
and a woman with gunshot wounds" of whom NAME died, "a man and his son were shot" of whom "both are expected to
survive", "another man was grazed" and "suffered a graze wound", "a third victim, identified as NAME, drove himself to
the hospital", "found the girl's parents dead inside", a relative of the named dead told wounded ("His brother was
wounded in the same shooting"), "taken to a hospital, where they were pronounced dead", a sentencing story's "for
killing NAME", an update that adds a second person hurt, and "the mother of a 9-year-old girl shot Sunday"; each beside
near misses that keep their count (two others not hurt, a woman found hiding, a son not hit, a bullet that grazed a
car, a man who drove himself to the police station, parents found unharmed, a brother killed years ago, listed in
stable condition, a robbery that hurt no one, an update that tells a second man arrested, a mother who is the one shot).
Set 53 (``--set 53``), written in the thirty-third session before any rule was written against it, from the kinds of
the SemEval pool's readable half (salt thirty-third-doccounts33:) where the reader loses a victim it had found:
eval/counts_check53.jsonl, US local-news reports with a hit count told after a dead count in one clause ("found two
bodies and two people suffering from gunshot wounds"), a person told by sex alone beside other victims ("a third
shooting victim, a 19 year-old male"), one who shot himself and the person his bullet went on to hit, a shooter's
second clause that hits another ("Boone also grazed the assistant manager"), a pair told by bare ages ("an 18 year
old and his 15 year old brother were grazed"), a named victim the NER may miss told after other names, "both boys,
including NAME" of whom one died beside another victim, a gunman who shot himself after killing and lived, a
shooter's sentence that tells the others' wounds, and victims told by parts ("two critical, one taken, the fourth
treated"); each beside near misses that keep their count (the hit count holding the dead, a male who fired or was not
hurt, the self-shot one alone, the shooter hit, one of a pair unhurt, a named one told again, the pair alone, a gunman
who died or fled, parts that sum to fewer).
Set 54 (``--set 54``), written in the thirty-third session before any rule was written against it, from the
over-counts and the claims where the gold has none of the SemEval pool's readable half (salt
thirty-third-doccounts33:) and GVDB dev's: eval/counts_check54.jsonl, reports that carry another incident's figure
(an earlier shooting at the same store or complex, "in a separate shooting", "earlier that day" elsewhere, a
retaliation for an earlier killing, "the second shooting in the neighborhood this week", a night's roundup led by the
headline's shooting, "across town", "meanwhile, in" a nearby town, the weekend's city tally), the same victims told
by count, role, name and a nested figure ("three victims, two men and a woman ... one of the men died", "two
brothers ... one of the brothers ... the younger brother", "the couple ... the woman and her husband"), and
incidents with no victim (shots into a house or a car, a standoff, an arrest for an old killing, a robbery, a
threat, a plot, a raid, a dog shot, a crash after shots that missed, a mistrial, a hunting-season warning) beside
background deaths (a relative's, a suspect's record, an anniversary, a sidebar of past shootings, related
headlines); each beside near misses whose figures really add up (a third victim of the same burst, a second victim
of the same gathering or shooting found later, the same gunman's second scene, a vigil for this week's victim, cut
by the glass a bullet broke, a suspect wounded by police, a trial's own survivor).
Set 55 (``--set 55``), written in the thirty-fourth session before any rule was written against it, from the counting
leftovers the thirty-third session named: eval/counts_check55.jsonl, US local-news reports whose victims are told by
kin nouns ("found the boy's parents dead", "his parents shot to death", brothers, sisters, twins, a couple, a
family), pairs and trios told together and tied back by "both", "the two", "the pair", "the couple", "all three",
pairs told by ages and kin ("a 24-year-old man and his 3-year-old son"), a victim spoken of by a friend or a coworker
("A friend of NAME said NAME was kind ... He was killed"), others told after a described victim ("A man was shot in
the leg. Two other people were wounded"), an earlier killing that a shooting avenged ("in retaliation for an Oct. 13
shooting in which NAME was murdered and his mother was shot") and a victim's age told alone ("He was 38."); each
beside near misses (parents home and not hurt or speaking, the pair arrested or sought, a son held and not hurt, a
total told before its parts, others not hurt or questioned, a charge story whose own shooting is the avenged one).
Set 56 (``--set 56``), written in the thirty-fourth session before any rule was written against it, from the
under-counts and swaps of the SemEval pool's readable half (salt thirty-fourth-doccounts34:) that are the reader's
own: eval/counts_check56.jsonl, US local-news reports whose victims are told in parts after a first one ("found one
man shot ... two other victims drove themselves ... another victim walked in", "three additional victims ... a fifth",
"In addition to the two children, a boy ... and a 17-year-old"), a person hurt told as another beside the dead ("four
found dead ... another child was taken to a hospital"), coordinations of a child and a count ("a 2-year-old girl and
four adults"), a count told by its parts ("two of the victims were men and two were women"), a headline alone ("Man
killed, boy injured"), a suspect killed by a homeowner or found dead with no officer firing, a father who killed his
family and then himself, a child who shot herself to death, and a gunman shot by a bystander; each beside near
misses that keep their count (the others questioned, unhurt, escaped or detained, the father arrested, the child who
lived, a homeowner who missed, a sixth hurt fleeing).
Set 57 (``--set 57``), written in the thirty-fifth session before any rule was written against it, from the counting
leftovers the thirty-fourth session named: eval/counts_check57.jsonl, US local-news reports of children who shot
themselves by accident ("after accidentally shooting herself with her father's gun"), a man killed and a boy hurt
told twice (headline and body), men named Major ("Major Howard, 31"), pairs told by names and then "Both are expected
to survive", pairs told by ages and kin ("A 20 year old and his 17 year old cousin were shot"), "the parents died"
after a couple told before, kin told by ages at a sentence's start ("Sisters ages 9 and 11 were hit") and couples
shot with no outcome word ("A Winter Haven couple was shot"); each beside near misses that keep their count (an
adult's suicide or accident, a child who shot his sister, a police or military major, "both" after one victim and a
witness or a shooter, the kin arrested, unhurt or mourning, a couple who fired or were arrested or were missed).
Set 58 (``--set 58``), written in the thirty-fifth session before any rule was written against it, from the parts
that should add up in the SemEval pool's readable half (salt thirty-fifth-doccounts35:): eval/counts_check58.jsonl,
US local-news reports whose victims are told in parts beyond those already told ("one person was shot ... two other
victims were driven to a hospital ... another victim walked in", "a woman was killed and three others, including a
boy, were wounded", "also shot was a woman", "a second man ... a third man", "found NAME and another man ... two other
shooting victims", "four adult men were wounded ... a 2-year-old was also hit") and reports whose total is told first
and then broken down ("four people were shot: two men and two women", "of the five, three were teens", "the victims,
a man and a woman,", "one was hit in the leg, another in the arm and a third in the back", the dead and "the other
five", victims told by condition, by kin or by name after their count, "left three dead and seven others injured ...
ten people were shot"); each beside near misses (the others not hurt, questioned, detained or sought, a man told
twice, one hurt fleeing, a fourth beyond a total told by its parts).
Set 59 (``--set 59``), written in the thirty-sixth session before any rule was written against it, from the counting
leftovers the thirty-fifth session named: eval/counts_check59.jsonl, US local-news reports of a bare age as a victim
("A 2-year-old was also hit"), victims taken to a hospital "where NAME was pronounced dead", a group's outcome told
later by its noun ("Two boys and a woman were shot ... The boys died"), a parenthesis between a count and its outcome
("six others (varying from 6-32 years of age) sustaining gunshot wounds"), ages without hyphens ("A 20 year old and
his 17 year old cousin"), a named pair and then "Both are expected to survive", and a person hurt fleeing (no
victim); each beside near misses (a bare age who is the shooter or a witness, "both" after one victim and a witness,
"the boys" who were unhurt witnesses, a parenthesis holding an address or a time, someone hurt fleeing who was also
shot).
Set 60 (``--set 60``), written in the thirty-sixth session before any rule was written against it, from the outcome
swaps GVDB's per-report figures make: eval/counts_check60.jsonl, US local-news reports whose victim's outcome a reader
may swap: a death told later or apart ("did not survive", "turned deadly", "became the city's 40th homicide", "lost
his life", "mortally wounded", "died en route", "died of his wounds nine days later", "passed away", "dead when
officers arrived", "the death ruled a homicide", "Medic pronounced him dead"), injuries that read like deaths
("clinging to life", "on life support", "not expected to survive", "in grave condition", "life-threatening", homicide
detectives called to a victim who lives, "I thought he was dead"), condition updates that supersede ("first said had
been killed ... is alive"), outcomes told by group ("one of them died; the other two are recovering", "of the four
shot, two have died", "both victims died") and a deadly shooting where one died and others lived; each beside near
misses in the same words (critical and lives, critical then died, nearly lost his life, attempted homicide).
Set 61 (``--set 61``), written in the thirty-sixth session before any rule was written against it:
eval/counts_check61.jsonl, US local-news reports that carry a figure no victim of their incident a reading may add or
take: the city's, county's, state's or nation's tallies ("the 43rd homicide in Jackson this year", "twelve people
have been shot in the neighborhood since June", "in all, 14 people were shot" across a city's night, "the fourth
person fatally shot by police this year"), a hospital's yearly patients, mass shootings and the deadliest shootings
recalled with their tolls, a series' earlier victims ("the third shooting on Dupont Street in a week"), a victim's or
a suspect's history, related-story lines glued into the body, another shooting told in a later paragraph with no
marker, totals told twice ("four people were shot ... the four victims", "five shot ... three women and two men"), a
count that holds the shooter, and numbers of people present, of shots and of suspects; each beside a near miss in the
same words whose figure is the incident's own or adds to it (a mass shooting whose own toll is twelve, "in all" over
the incident's parts, a fifth victim, a suspect hit in return fire, a count told in a quote, an update line).
A set whose file is not there yet is skipped by ``--set all``.
"""

from __future__ import annotations

from pathlib import Path

from . import check_sets

CHECK_SET = Path(__file__).resolve().parent / "counts_check.jsonl"
CHECK_SET2 = Path(__file__).resolve().parent / "counts_check2.jsonl"
_SALT = "eleventh-counts11:"
_SALT2 = "twelfth-counts12:"


def rows(path: Path = CHECK_SET) -> list[dict]:
    return check_sets.rows(path)


def half(row_id: str) -> str:
    """'rules' or 'check', by the parity of a salted sha1 of the row's id (even: the rules half)."""
    return check_sets.parity_half(_SALT, row_id)


def half2(row_id: str) -> str:
    """The second set's halves: 'rules' when a salted sha1's first hex digit is 0-7."""
    return check_sets.first_digit_half(_SALT2, row_id)


def _later_half(salt: str):
    """The halves of a later set: 'rules' when its own salted sha1's first hex digit is 0-7."""
    return lambda row_id: check_sets.first_digit_half(salt, row_id)


# each set: its file and how a row's half is found
SETS = {"1": (CHECK_SET, half), "2": (CHECK_SET2, half2)}
SETS.update({n: (Path(__file__).resolve().parent / f"counts_check{n}.jsonl", _later_half(f"thirteenth-counts{n}:"))
             for n in ("3", "4", "5")})
SETS.update({n: (Path(__file__).resolve().parent / f"counts_check{n}.jsonl", _later_half(f"fourteenth-counts{n}:"))
             for n in ("6", "7", "8", "9")})
SETS.update({n: (Path(__file__).resolve().parent / f"counts_check{n}.jsonl", _later_half(f"fifteenth-counts{n}:"))
             for n in ("10", "11")})
SETS.update({n: (Path(__file__).resolve().parent / f"counts_check{n}.jsonl", _later_half(f"sixteenth-counts{n}:"))
             for n in ("12", "13", "14")})
SETS["15"] = (Path(__file__).resolve().parent / "counts_check15.jsonl", _later_half("seventeenth-over:"))
SETS["16"] = (Path(__file__).resolve().parent / "counts_check16.jsonl", _later_half("eighteenth-zero:"))
SETS["17"] = (Path(__file__).resolve().parent / "counts_check17.jsonl", _later_half("eighteenth-under:"))
SETS["18"] = (Path(__file__).resolve().parent / "counts_check18.jsonl", _later_half("nineteenth-long18:"))
SETS["19"] = (Path(__file__).resolve().parent / "counts_check19.jsonl", _later_half("twentieth-zero19:"))
SETS["20"] = (Path(__file__).resolve().parent / "counts_check20.jsonl", _later_half("twentieth-multi20:"))
SETS["21"] = (Path(__file__).resolve().parent / "counts_check21.jsonl", _later_half("twentieth-over21:"))
SETS["22"] = (Path(__file__).resolve().parent / "counts_check22.jsonl", _later_half("twentieth-big22:"))
SETS["23"] = (Path(__file__).resolve().parent / "counts_check23.jsonl", _later_half("twenty-second-court23:"))
SETS["24"] = (Path(__file__).resolve().parent / "counts_check24.jsonl", _later_half("twenty-third-police23:"))
SETS["25"] = (Path(__file__).resolve().parent / "counts_check25.jsonl", _later_half("twenty-third-left23:"))
SETS["26"] = (Path(__file__).resolve().parent / "counts_check26.jsonl", _later_half("twenty-third-long23:"))
SETS["27"] = (Path(__file__).resolve().parent / "counts_check27.jsonl", _later_half("twenty-third-coord23:"))
SETS["28"] = (Path(__file__).resolve().parent / "counts_check28.jsonl", _later_half("twenty-fourth-multi24:"))
SETS["29"] = (Path(__file__).resolve().parent / "counts_check29.jsonl", _later_half("twenty-fourth-left24:"))
SETS["30"] = (Path(__file__).resolve().parent / "counts_check30.jsonl", _later_half("twenty-fifth-left25:"))
SETS["31"] = (Path(__file__).resolve().parent / "counts_check31.jsonl", _later_half("twenty-fifth-spurious25:"))
SETS["32"] = (Path(__file__).resolve().parent / "counts_check32.jsonl", _later_half("twenty-sixth-left26:"))
SETS["33"] = (Path(__file__).resolve().parent / "counts_check33.jsonl", _later_half("twenty-sixth-outcome26:"))
SETS["34"] = (Path(__file__).resolve().parent / "counts_check34.jsonl", _later_half("twenty-sixth-named26:"))
SETS["35"] = (Path(__file__).resolve().parent / "counts_check35.jsonl", _later_half("twenty-seventh-left27:"))
SETS["36"] = (Path(__file__).resolve().parent / "counts_check36.jsonl", _later_half("twenty-seventh-pool27:"))
SETS["37"] = (Path(__file__).resolve().parent / "counts_check37.jsonl", _later_half("twenty-eighth-left28:"))
SETS["38"] = (Path(__file__).resolve().parent / "counts_check38.jsonl", _later_half("twenty-eighth-pool28:"))
SETS["39"] = (Path(__file__).resolve().parent / "counts_check39.jsonl", _later_half("twenty-eighth-none28:"))
SETS["40"] = (Path(__file__).resolve().parent / "counts_check40.jsonl", _later_half("twenty-ninth-left29:"))
SETS["41"] = (Path(__file__).resolve().parent / "counts_check41.jsonl", _later_half("twenty-ninth-pool29:"))
SETS["42"] = (Path(__file__).resolve().parent / "counts_check42.jsonl", _later_half("twenty-ninth-outcome29:"))
SETS["43"] = (Path(__file__).resolve().parent / "counts_check43.jsonl", _later_half("thirtieth-left30:"))
SETS["44"] = (Path(__file__).resolve().parent / "counts_check44.jsonl", _later_half("thirtieth-pool30:"))
SETS["45"] = (Path(__file__).resolve().parent / "counts_check45.jsonl", _later_half("thirtieth-over30:"))
SETS["46"] = (Path(__file__).resolve().parent / "counts_check46.jsonl", _later_half("thirty-first-left31:"))
SETS["47"] = (Path(__file__).resolve().parent / "counts_check47.jsonl", _later_half("thirty-first-pool31:"))
SETS["48"] = (Path(__file__).resolve().parent / "counts_check48.jsonl", _later_half("thirty-first-over31:"))
SETS["49"] = (Path(__file__).resolve().parent / "counts_check49.jsonl", _later_half("thirty-second-left32:"))
SETS["50"] = (Path(__file__).resolve().parent / "counts_check50.jsonl", _later_half("thirty-second-pool32:"))
SETS["51"] = (Path(__file__).resolve().parent / "counts_check51.jsonl", _later_half("thirty-second-over32:"))
SETS["52"] = (Path(__file__).resolve().parent / "counts_check52.jsonl", _later_half("thirty-third-left33:"))
SETS["53"] = (Path(__file__).resolve().parent / "counts_check53.jsonl", _later_half("thirty-third-pool33:"))
SETS["54"] = (Path(__file__).resolve().parent / "counts_check54.jsonl", _later_half("thirty-third-over33:"))
SETS["55"] = (Path(__file__).resolve().parent / "counts_check55.jsonl", _later_half("thirty-fourth-left34:"))
SETS["56"] = (Path(__file__).resolve().parent / "counts_check56.jsonl", _later_half("thirty-fourth-pool34:"))
SETS["57"] = (Path(__file__).resolve().parent / "counts_check57.jsonl", _later_half("thirty-fifth-left35:"))
SETS["58"] = (Path(__file__).resolve().parent / "counts_check58.jsonl", _later_half("thirty-fifth-pool35:"))
SETS["59"] = (Path(__file__).resolve().parent / "counts_check59.jsonl", _later_half("thirty-sixth-left36:"))
SETS["60"] = (Path(__file__).resolve().parent / "counts_check60.jsonl", _later_half("thirty-sixth-outcome36:"))
SETS["61"] = (Path(__file__).resolve().parent / "counts_check61.jsonl", _later_half("thirty-sixth-over36:"))


def figures(rt, items: list[dict]) -> dict[str, tuple[int, int]]:
    """Each row's (killed, injured), by id, as the GVDB suite computes them."""
    from .common import report_casualties

    out = {}
    for r, _, mentions in rt.analyze([check_sets.report(row) for row in items]):
        figs = report_casualties(mentions, victims_only=True)
        out[r.id] = (figs.get("killed", 0), figs.get("wounded", 0))
    return out


def score(items: list[dict], found: dict[str, tuple[int, int]], half_of=half) -> dict[str, dict[str, int]]:
    """Per half: rows, and rows whose killed / injured / both figures are exact."""
    out = {h: {"rows": 0, "killed": 0, "injured": 0, "both": 0} for h in ("rules", "check")}
    for row in items:
        s = out[half_of(row["id"])]
        k, w = found[row["id"]]
        s["rows"] += 1
        s["killed"] += k == row["killed"]
        s["injured"] += w == row["injured"]
        s["both"] += (k, w) == (row["killed"], row["injured"])
    return out


def main(argv=None) -> int:
    ap = check_sets.parser("counts_check", __doc__)
    ap.add_argument("--set", choices=(*SETS, "all"), default="1",
                    help="which check set: 1 (counts_check.jsonl), 2 .. 61 (counts_checkN.jsonl), or all")
    args = ap.parse_args(argv)
    rt = check_sets.quiet_runtime()
    for name in (tuple(n for n, (p, _) in SETS.items() if p.exists()) if args.set == "all" else (args.set,)):
        _report(rt, name, args.show)
    return 0


def _report(rt, name: str, show: str | None) -> None:
    """Score one set and print its halves (and, with ``show``, the wrong rows of its rules half)."""
    path, half_of = SETS[name]
    items = rows(path)
    found = figures(rt, items)
    for h, s in score(items, found, half_of).items():
        n = s["rows"] or 1
        print(f"set {name} {h:5}  rows {s['rows']:3}   killed exact {100 * s['killed'] / n:5.1f}   "
              f"injured exact {100 * s['injured'] / n:5.1f}   both {100 * s['both'] / n:5.1f}")
    if show:
        for row in items:
            got = found[row["id"]]
            if half_of(row["id"]) == "rules" and got != (row["killed"], row["injured"]):
                print(f"\n{row['id']} [{row['kind']}] ours {got} gold {(row['killed'], row['injured'])}\n  {row['title']}\n  "
                      + row["text"].replace("\n", "\n  "))


if __name__ == "__main__":
    raise SystemExit(main())
