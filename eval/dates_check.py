"""python -m eval.dates_check [--set 1..22|all] [--show rules]   (run from the repo root)

Scores the invented check set eval/dates_check.jsonl: short US local-news shooting reports, each with the day
the report was published and the day of the incident it is about (the calendar day the shots were fired, as
incident databases record it: "late Thursday ... 11:45 p.m." is Thursday, "early Friday ... 2 a.m." is Friday).
The wordings are those that separate the incident's day from the report's: around midnight ("late Thursday",
"overnight", "just after midnight Sunday"), reports published days later ("Tuesday" meaning last week's, "last
Tuesday", "over the weekend", "two weeks ago", "earlier this month"), holidays ("on Christmas Eve", "on the
Fourth of July"), dates with and without a year ("Aug. 4", "Aug. 4, 2015", "8/4"), follow-ups that give a later
event's day beside the shooting's (a death, an arrest, a vigil, a funeral, a sentencing), weekday typos and
anniversaries.  The rows were written for this project; none is taken from a corpus.

A row is right when the report's primary mention (``common.primary_mention``, as the SemEval suite picks it)
starts on the gold day.  The rows are split by a salted hash of their id into a *rules* half, whose wrong rows
may be read while writing rules (``--show rules``), and a *check* half, which is only ever scored.

Set 2 (eval/dates_check2.jsonl, ``--set 2``; its own salt) holds longer reports, 120-260 words, in wordings set 1
lacks: trial, arraignment and funeral reports published weeks or months later that name the shooting's day once among
many other days (jury selection, an arrest, a hearing "set for", a birthday), reports opening on their own publication
or update stamp ("Updated 6:14 p.m. Monday"), a weekday that is the report's own ("Monday" in a Monday report: today,
"last Monday": a week before), "this morning", "tonight", "earlier today", numeric dates ("3/12", "3-12-16"), "the
night of Jan. 3", "in the early-morning hours of", a day of the month alone ("on the 14th"), "shortly after midnight
Saturday" (Saturday), leads that give the arrest's day, and near misses (a birthday, an earlier crime, last year's
tally).  Its rows were composed from sentence patterns and filler sentences written for this project, so
both its halves share their patterns: its check half guards against fitting less than set 1's does.
Set 3 (eval/dates_check3.jsonl, ``--set 3``; its own salt) holds 120 reports, 110-210 words, whose first day named is
often not the shooting's: a police statement's, a news conference's or a charge's day in the lead ("Police said
Tuesday that a man was killed ... Sunday night"), a death or a release from hospital days after the shooting, a
weekday with "last" or "this past", "earlier this week" with the weekday given later, "over the weekend", a December
shooting in a January report, a report stamped just after midnight about "tonight", several weekdays in one report
(shot Friday, arrested Saturday, charged Monday), a date only in a photo caption or an "Originally published" line,
"a week ago Sunday", "the night before Thanksgiving", and near misses (the statement's day is the shooting's, a death
hours later, a month and day of the same year, "tonight" in an evening report, Thanksgiving Day itself, "last Monday"
in a Monday report).  Like set 2 its rows were composed from sentence patterns and filler sentences written for this
project, so both halves share their patterns.
Set 4 (eval/dates_check4.jsonl, ``--set 4``; its own salt) holds 100 follow-up and roundup reports, 60-110 words, the
kind a document-date profile showed erring most (reports published days to weeks after the shooting, whose first
day named is another's): a court hearing "today" or a bond day before the shooting's month-day, a death days later
before the shooting's full date, a visitation and a funeral days ahead, a roundup naming an earlier shooting by its
date, an old photo's dated caption before the lead, a status day ("As of late Tuesday") before the shooting's
month-day, last week's shooting whose weekday and date come later, and near misses (a same-day report that names no
day, a sentencing "for the Oct. 4 shooting").  Its rows were composed from sentence patterns and filler sentences
written for this project, so both halves share their patterns.
Set 5 (eval/dates_check5.jsonl, ``--set 5``; its own salt) holds 81 reports, 40-90 words, each written on its own,
where a holiday or a month-day is the shooting's day or competes with another event's, in both directions so that
neither the latest nor the earliest day wins them all: holidays across the turn of the year (New Year's Eve, Christmas
and Christmas Eve read in January; a New Year's Eve party whose shooting came after midnight on Jan. 1, or before),
Memorial Day, Labor Day, Easter, Mother's and Father's Day, Halloween, the Fourth of July, Thanksgiving, Black Friday,
Valentine's Day, Veterans Day and Martin Luther King Jr. Day read days to months later, a holiday beside its month-day
in a report a year later, "Dec. 31" in a January report, a month-day of last year in a February report, another
event's day first (a sentencing, a death, a funeral, an arrest, a plea), and near misses whose holiday or month-day is
another event's (Thanksgiving plans, patrols through July 4, a court date "May 3" in a report of May 2, the victim's
birthday, an anniversary's full date, a tally "since Jan. 1", a photo caption's date, the week's earlier homicide
"On Feb. 4", a crash's day, an old shooting's full date).
Set 6 (eval/dates_check6.jsonl, ``--set 6``; its own salt) holds 69 reports, 25-65 words, each written on its own, in
the kinds a study of the SemEval dev documents dated later or earlier than the incident found beyond sets 1-5, in both
directions: a later event's weekday first (a death, a charge, an arraignment, an arrest, a vigil, a news conference, a
release from hospital) and the shooting's bare weekday after it, which then falls a week before its nearest reading
when that reading would come after the later event (and near misses where it does not); a court day first in a report
months later and the shooting's full date after it ("placed on probation Thursday", "returned to court today"); another
event's relative day first ("Two weeks ago", "Just 10 days ago", "A year ago", a crash's month-day) and near misses
whose "ago" is the shooting's; another shooting's weekday first in a report of a newer one, and near misses about the
first-named one; a visitation, wake or funeral days ahead before the shooting's weekday; last week's shooting by its
bare weekday late in the next week; a prior arrest's or release's month-day after the shooting's; and the month or
season named first ("In March 2015", "the January killings", "this past spring") with the exact day later.
Set 7 (eval/dates_check7.jsonl, ``--set 7``; its own salt) holds 72 reports, 30-60 words, each written on its own, in
the kinds a document-date profile showed dated too early (a month-day or a holiday of an earlier event, a month-day put
in the wrong year, reports weeks later), in both directions so that neither the latest nor the earliest day wins them
all: a January or February month-day in a report weeks later (this year's) and a November or December one in a January
or February report (last year's), a leap day; an earlier event's month-day (a birthday, an earlier shooting, an arrest,
a missed court date, a release from prison, an acquittal, a march) before or after the shooting's weekday; the
shooting's month-day beside another event's (an arrest after it, a robbery before it, an older wound's full date); a
report weeks later naming the shooting's month-day after a later event's (a hearing set for, a bond denied "on March
12", a fundraiser Saturday); a holiday weekend with the shooting's weekday ("early Sunday over the Fourth of July
weekend", "late Saturday" of Memorial Day weekend, Memorial Day afternoon); New Year's Eve or New Year's Day by the
clock ("about 11:20 p.m. on New Year's Eve", "minutes after midnight ... ringing in the new year", "early New Year's
morning"); Thanksgiving Eve, "after Thanksgiving dinner", "the day after Thanksgiving", "the Sunday after
Thanksgiving", Black Friday weeks later; an earlier event's holiday ("killed last Christmas", "released from jail on
Christmas Eve", another shooting "On Easter Sunday", "arrested on the Fourth of July") beside the shooting's weekday;
holidays earlier sets lack (St. Patrick's Day, Cinco de Mayo, Juneteenth, Presidents Day, Columbus Day, Good Friday,
Mardi Gras day); the holiday before the report ("last Christmas Eve" in a January report, "last Fourth of July" in
March, Christmas morning in February, Halloween months later, "the night of the Fourth"); and near misses (a curfew that
starts Jan. 1, patrols for New Year's Eve ahead, a Christmas party's shooting at 1 a.m. Saturday, roses for
Valentine's Day, "the night before the Fourth of July", a Thanksgiving weekend's last shooting on Sunday).
Set 8 (eval/dates_check8.jsonl, ``--set 8``; its own salt) holds 70 reports, 25-60 words, each written on its own, in
the kinds a study of the SemEval dev documents dated too early found (follow-ups published days to months after the
shooting whose body names another event's day): arrests, charges, arraignments, bond hearings, trials, sentencings,
funerals, vigils, fundraisers and lawsuits that name an earlier crime's, a prior arrest's, a missed court date's, a
release's or a birthday's month-day before or after the shooting's, "last month", "in December", "In 2014", a past
year's holiday ("on Christmas night 2014", "the 2015 Martin Luther King Day shootings", "Easter Sunday 2014", a
Halloween party months later) and days still ahead (a court date, a visitation Monday, a fish fry, life support
"until Sunday"); short news with the publication day and a weekday ("Saturday night's shooting", "the Saturday
night shooting", "late last week ... Friday evening"); and near misses whose earlier or first-named day is the
shooting's (a birthday that is the shooting's day, a death weeks later after the shooting's month-day, this year's
Fourth of July beside last year's, "since Nov. 1" in a same-day report).
Set 9 (eval/dates_check9.jsonl, ``--set 9``; its own salt) holds 60 reports, 20-45 words, each written on its own, in
the kinds a study of the SemEval dev documents dated a day or more off found beyond sets 1-8, in both directions: a
statement's, a status's or an aftermath's day first in the sentence and the shooting's weekday after it ("was confident
Monday that detectives would find the men who fired ... on Sunday", "said at a news conference Monday that the officers
were on a break Sunday", "On Sunday, all four people hurt ... late Saturday were listed in stable condition", "who was
still at large Monday, opened fire Sunday evening", "Cleanup was underway Sunday after a shooting Saturday night", a
store reopened, a victim identified, a march, a sketch released); the publication day taken though the lead gives the
weekday ("shootings that left five people wounded Wednesday night", "After several shootings over the Fourth of July,
gunfire broke out again ... on Tuesday"); a follow-up's own event first (charged late Tuesday night, arrested Friday
morning at 3 a.m., in court this morning, due in court Tuesday morning, held without bond Monday) and the shooting's day
after it; a day in a quote or an idiom ("It was like any other Sunday", "They lost two people today") before the
shooting's weekday; an update line's day ("UPDATE, 6:10 p.m. Monday:", "Updated Tuesday, 9:15 a.m.:") before the
shooting's weekday; and near misses whose first-named day is the shooting's (still searching Monday for the gunman who
shot a clerk early Monday, charged Tuesday night in a shooting earlier Tuesday, a quote that tells the shooting's day,
an update of a shooting reported overnight, a same-day report of gunfire "on Tuesday").
Set 10 (eval/dates_check10.jsonl, ``--set 10``; its own salt) holds 58 reports, 20-50 words, each written on its own,
in the kinds a study of the SemEval dev documents dated a day off found beyond sets 1-9, in both directions: a weekday
opening a later sentence, after the lead or after a line break ("... will stay closed this week, its owner said. On
Sunday, both men wounded in a shooting outside the tavern late Saturday were listed in fair condition"), whose clause is
a status's, a statement's or an aftermath's and whose later weekday follows a violent word; a report published the day
after the shooting that names no day, only an evening clock time ("Deputies were called to the apartment around 8:30
p.m."); a statement's, a search's, a status's or a reaction's day first in wordings set 9 lacks ("were confident Monday
that they would catch the men who hid behind a fence near a block party on Sunday and fired", "said at a press
conference Tuesday the two deputies were eating lunch Monday", "On Wednesday, the sheriff's office said deputies found
the body ... on Tuesday night", "in the Saturday shooting of"); a shooting told by an evening clock time without a day
and an aftermath after midnight ("Shortly after midnight on Monday, a SWAT team was called", "arrested two men early
Friday"); and near misses (a later sentence's opening weekday that is the shooting's, a morning or afternoon clock time,
the small hours, "tonight" or "this evening" beside an evening clock time, an evening clock time with its weekday, a
statement's day that is the shooting's too, the small hours' clock time and weekday of the shooting itself).
Set 11 (eval/dates_check11.jsonl, ``--set 11``; its own salt) holds 60 reports, 20-50 words, each written on its own,
in the kinds a study of the SemEval dev documents dated a day off or a span found beyond sets 1-10, in both directions:
"overnight" with a midnight word and no clock time ("shortly before midnight", "around midnight": the night's first
day; "just after midnight": its second); "over the weekend" or "last weekend" in a report published on that weekend's
Saturday; a period narrowed by a death's day told with its clock time ("died just before 12:30 p.m. on Saturday");
"overnight" naming a stay, a shift, a camping trip or a hotel's rates; a telling's day at a news conference or a
briefing before the reported clause's own weekday with no "that" ("said at a press conference Monday the officers were
on a coffee break Sunday"); a weekday opening a saying whose clause names an earlier day ("On Wednesday, the sheriff's
office said deputies found the body ... on Tuesday night"); "By Monday," a status's deadline; a line break inside a
sentence after an abbreviation ("on Remsen Ave.\nin Brownsville on Sunday night"); a status's opening weekday the only
day named beside an evening clock time ("around 11 p.m. ... On Sunday, all four victims were listed in stable
condition": the evening before); a day ahead ("More information will be released Friday morning") in a report naming
no other day; and near misses ("overnight" with a clock time or the shooting's weekday, "over the weekend" in a Sunday
report with the weekday told, "an overnight shooting", a news conference's day that is the shooting's, a saying's
opener with no other day, "shot by a neighbor Sunday", a line break that ends a sentence, a status beside a small-hours
clock time or the shooting's own weekday, a past weekday beside "will" in another clause).
Set 12 (eval/dates_check12.jsonl, ``--set 12``; its own salt) holds 59 reports, 15-55 words, each written on its own,
in the kinds a study of the SemEval dev documents dated a day off found beyond sets 1-11, in both directions: an
inquiry's day ("were still looking Friday for the car whose driver fired", "worked today to determine why", "continued
Tuesday to search for") before the shooting's own weekday or evening told later; a status's day the only day named ("On
Sunday, all four victims were reported to be in stable condition", "remained in critical condition Monday") with no
clock time, the shooting the day before; "overnight" or "last night" in a report whose wire dateline gives the day it
was written, a day before its publication; "overnight" in a report published a day or more after the weekday the
police told it on ("police said Sunday"), with a clock time that picks the night's side; a small-hours aftermath (a
SWAT team, an arrest) inside a night whose shooting an evening clock time tells; a weekday's night whose shots came
"just after midnight" or at a small-hours clock time (the next day); and near misses (an inquiry's day that is the
shooting's, "still investigating Sunday's shooting", a status beside the shooting's weekday, a small-hours or an
afternoon clock time or "earlier today", a dateline of the publication day, "overnight" told on the publication day,
the shooting itself in the small hours, a night's shots before midnight, "shot early Friday" in a Saturday report, a
death's day as the day of a shooting that killed at once).
Set 13 (eval/dates_check13.jsonl, ``--set 13``; its own salt) holds 60 reports, 20-60 words, each written on its own,
in the kinds a study of the SemEval dev documents dated a day or more off found beyond sets 1-12, in both directions:
clock times in words beside a weekday or "overnight" ("shortly before midnight Saturday", "around half past ten", "at a
quarter to two in the morning", "in the wee hours of Sunday", "at daybreak Friday", "at dawn"); "late Monday night" whose
shots came "just after midnight" or "shortly before midnight"; a roundup's section heading ("Saturday" on its own line,
"In non-fatal Monday shootings:", "FRIDAY:") beside the lead's day; a day chained to another ("pronounced dead at 5:20
p.m. Saturday, less than 24 hours after officers were called ... for a shooting", "a day after", "two days after",
"hours after the Friday night football game"); bare "overnight" or "over the weekend" that other text settles ("early
this morning", "late last night", a clock time, the weekend day named); a wire dateline with "overnight", "local media
reported Saturday" and "around midnight"; shots fired at a vigil or a funeral on its day beside the earlier killing it
was for; a roundup's tally "since early Saturday" beside the shooting's own day; "between Tuesday afternoon and early
Wednesday" with a clock time that picks a side; and near misses (a vigil held for a killing, "less than 24 hours after"
another shooting told with its own day, a night's shots before midnight, an arrival after midnight, "since Friday" the
only day named).
Set 14 (eval/dates_check14.jsonl, ``--set 14``; its own salt) holds 60 reports, 20-55 words, each written on its own,
in the kinds a study of the SemEval dev documents dated a day or more off found beyond sets 1-13, in both directions: a
quoted statement's own day ("this evening's incident", "tonight's shooting", "today's shooting", "Earlier today" in a
release or a spokesman's words) beside the shooting's weekday or clock time in a report published a day or more later;
follow-ups weeks later whose first day is a later event's (an arrest, a hearing, a funeral, an extradition, a lawsuit,
a jury's selection) and which name the shooting's own day ("the Aug. 3 shooting", "on the night of June 12", "last
month ... on Aug. 20", "two weeks ago Saturday", "the evening of July 9", "last weekend's killing ... early Sunday");
a court day told by "today", "this morning" or a weekday beside the shooting's weekday or month-day; roundups ("since
Friday evening", "over the holiday weekend", "this weekend", "over the Memorial Day weekend") that detail one shooting
by its own day; a bare "overnight" or "over the weekend" that other text settles (a Saturday night party, "early
Sunday", "Friday night", "Saturday evening", an evening clock time); a span "between Saturday afternoon and early
Sunday" whose shooting another sentence dates; and near misses (a same-day release's "this evening's shooting",
"tonight's shooting" told that night, a quote naming the shooting's weekday, shots fired at a funeral, "since Friday"
the only day, an overnight told on its day, an arrest hours after, a court day "today" two days after "the Aug. 3
shooting", "Two weeks ago" that is the shooting's, a court date ahead, an evening clock time with its weekday).
Set 15 (eval/dates_check15.jsonl, ``--set 15``; its own salt) holds 60 reports, 15-55 words, each written on its own,
in the kinds a study of the SemEval dev documents dated a day or more off found beyond sets 1-14, in both directions: a
clock time in words or a night word beside a saying's weekday ("shortly after midnight, police said Sunday", "just
before midnight, police said Sunday", "late last night, police said Saturday", "at a quarter past one in the morning")
in a report published a day or more later; "two weeks ago", "last month", "last week" or "earlier this year" as a span,
or another event's, where the text settles the shooting's day elsewhere (a month-day, "around 1:30 p.m. on Friday" in
an arrest warrant, "died Friday night"); follow-ups weeks later whose first day is a later event's (an arrest, an
arraignment, a funeral, a bond, a court date) and which name the shooting's own day ("the Aug. 3 shooting", "on the
night of Aug. 30", "the Fourth of July shooting", "the Memorial Day shooting", "last Saturday's shooting", "the
Thanksgiving night shooting", "the New Year's gathering about 3 a.m."); roundups ("over the holiday weekend", "since
Friday evening", "over the Labor Day weekend") that detail one shooting by its own weekday and clock time; spans
"between Saturday afternoon and early Sunday" whose shooting another sentence dates; a bare "overnight" or "over the
weekend" that other text settles; and near misses (the shooting's own weekday beside the saying's, "early this morning,
police said" with no weekday, "last month" of a release from prison, "Two weeks ago" of another arrest, an arrest hours
after, a hearing's month-day ahead, a funeral ahead, an overnight's small-hours clock time).
Set 16 (eval/dates_check16.jsonl, ``--set 16``; its own salt) holds 60 reports, 20-55 words, each written on its own,
in the kinds a study of the SemEval dev documents dated a day or more off found beyond sets 1-15, in both directions:
"New Year's" without "Day" or "Eve" ("a New Year's shooting", "shot on New Year's", "early on New Year's", "at a New
Year's celebration about 12:30 a.m.") read days to months later; a holiday without a year (MLK Day, Memorial Day, Labor
Day, Thanksgiving, Easter, Mother's Day) whose full date elsewhere in the text ("on Jan. 18, 2016", "in January 2016")
is of an older year than the holiday's latest passing; a page stamp or dateline older than the story it holds ("Posted
July 2, 2016" above a shooting "late Saturday, July 9"); follow-ups weeks later whose first day is a later event's and
which name the shooting's own day ("the July 14 shooting death", "the Halloween night shooting", "the fatal shooting
Sept. 2", "on the Fourth", "last month ... the shooting on the 14th"); "two weeks ago", "last month", "earlier this
year", "three weeks ago" or "last spring" where the text settles the day elsewhere; "between Friday afternoon and early
Saturday" or "sometime Friday night or Saturday morning" with the shots' hour told elsewhere; a bare "overnight" or
"over the weekend" that other text settles; and near misses (a New Year's resolution, a tally "since New Year's",
patrols ahead of New Year's, a New Year's Eve party before midnight, a holiday of this year beside another event's
older full date, a stamp of the day after the shooting, a later event's day the only one told or the shooting's own,
"two weeks ago" the only day, a "between" span the only day, an overnight told on its day).
Set 17 (eval/dates_check17.jsonl, ``--set 17``; its own salt) holds 61 reports, 15-55 words, each written on its own,
in the kinds a study of the SemEval dev documents dated a day or more off found beyond sets 1-16, in both directions: a
weekday in a future clause whose verb comes words before it ("will be held from noon to 8 p.m. Monday", "is scheduled
to be arraigned at 1:30 p.m. Monday", "will gather for a candlelight vigil at 7 p.m. Saturday") beside the shooting's
own day; an update or breaking line's weekday, or a page stamp, newer than the page's day ("BREAKING (Thursday, 4:02
p.m.):", "UPDATE (Friday, 9:15 a.m.):", "(Published Tuesday, April 19, 2016)"); a month/day with no year and no "on"
after a violent noun ("the fatal shooting 9/2", "the shooting 8/27 that killed"); follow-ups days to weeks later whose
first day is a later event's (an arraignment, a funeral, a sentencing, a trial date, a release) and which name the
shooting's own day ("the Aug. 3 shooting", "on the night of July 9", "last month ... on the 14th", "the Labor Day
shooting", "on the afternoon of Aug. 29"); a death's day with the shooting told as the night, the evening or the day
before it ("died Sunday morning after being shot ... at around 8:30 p.m. the night before", "had been shot the day
before"); spans "between Tuesday afternoon and early Wednesday" or "from late Friday into Saturday" whose shooting a
clock time elsewhere dates; "N days ago" of an event that is no violence (a championship, a graduation, a move, a
birthday) beside the shooting's own weekday; and near misses (a past act's weekday in a clause of its own beside a
future verb, "the man shot Saturday will recover", a stamp on the shooting's own day, a score, a fraction, a court date
"due back 10/4", a birth date, a death hours later or the same night, "the night before his graduation", a span's clock
time after midnight, "a week ago" and "Two weeks ago" that are the shooting's).
Set 18 (eval/dates_check18.jsonl, ``--set 18``; its own salt) holds 58 reports, 20-60 words, each written on its own,
in the kinds a study of the SemEval dev documents dated a day or more off found beyond sets 1-17, in both directions: a
photo caption's "overnight" ("the scene of an overnight shooting", "where two men were shot overnight") beside a lead
that gives the shooting's own day or evening clock time in a report published a day or more later; an update line's
bracketed weekday with a small-hours clock time ("UPDATE (Sunday 2:15 a.m.):") above shots told "shortly before
midnight" or at an evening clock time with no day; an investigation's, a search's or a status's day ("A death
investigation is underway Monday", "remained closed Sunday", "were still searching Tuesday") with the shooting told by
an evening clock time or by no day of its own; "N days ago", "a week ago" or "last week" of another event (a
championship game, a wedding, a promotion, a crash that killed two classmates) beside the shooting's own day; a
trial's, a plea's, a hearing's or a bond's lead weeks later that names the shooting's day ("on Easter Sunday", "the
March 12 shooting death", "the Memorial Day shooting", "last Aug. 6"); a status's weekday and the shooting's same
weekday after it ("being treated Wednesday ... shortly after midnight Wednesday": one day, not a week apart); an
earlier shooting's weekday beside the report's own; and near misses (a caption's "overnight" whose lead tells the
small hours, an update of the afternoon or of shots after midnight, a status's day that is the shooting's told with its
own weekday or a morning clock time, "shot 10 days ago" and "a week ago" that are the shooting's, a court day told
with the shooting's of the same week).
Set 19 (eval/dates_check19.jsonl, ``--set 19``; its own salt) holds 60 reports, 15-50 words, each written on its own,
in the kinds the thirty-third session's closing note found still dated wrong, in both directions: a road death's or a
crash's "two weeks ago" ("killed in a car crash two weeks ago", "a pedestrian struck and killed ... two weeks ago") in
the first casualty sentence beside the shooting's own weekday; a blotter or briefs page whose unrelated item's weekday
(an arrest on a warrant, a theft, a crash) comes before the shooting's; a page dated days after the story it carries,
whose own date line, first-run line or "today" tells the story's day ("Tuesday, June 7, 2016 - ... late Monday", "This
story first ran in Monday's edition"); Easter as the shooting's day ("on Easter Sunday", "early Easter morning", "on
Easter", "Easter night"); the shooting's weekday told with a clock form ("shortly before 11 Friday night", "at about 2
in the morning Sunday", "around 11 o'clock Thursday night", "at 10:30 last night"); and near misses (a shooting "two
weeks ago" that is the incident, an arrest of the shooter days after the shooting's weekday, a date line that is the
page's, the day before Easter, Easter plans, another year's Easter, a clock time after midnight).
Set 20 (eval/dates_check20.jsonl, ``--set 20``; its own salt) holds 40 reports, 15-45 words, each written on its own,
in the kind the thirty-fourth session's dates round left: a weekday of the aftermath or of a status ("charged late
Tuesday night with the shooting death", "arrested Friday morning at 3 a.m.", "identified Monday", "died Tuesday at the
hospital", "still on the scene Sunday morning") told before or beside the shooting's own day; "two weeks ago" and "a
week ago" as the shooting's; "on a given Sunday"; another incident's weekday in a spate ("including Thursday night's
incident"); and near misses (a report whose only day is the arrest's, "shot Friday ... died Tuesday", an aftermath on
the shooting's own day).
Set 21 (eval/dates_check21.jsonl, ``--set 21``; its own salt) holds 61 reports, 15-45 words, each written on its own,
in the kinds the thirty-fourth session's closing note left: an abbreviated weekday ("Tues. night", "Thurs. afternoon",
"On Wed.") as the shooting's day beside another clause's "two weeks ago" (a robbery, a move, a release from jail); the
shooting's weekday after a spate or a string that names another incident's day ("including Thursday night's on Elm
Street ... On Monday"); a charge's or an arrest's weekday before the shooting's bare weekday that is the report's own
weekday ("charged Monday in a Thursday shooting" in a Thursday report: a week back); a return, a search, a vigil or a
funeral told on its own day ("Investigators returned Monday", "back at the scene Tuesday", "A vigil was held Sunday")
beside the shooting's day; follow-ups naming the later event's day and the shooting's by "on the night of the 12th",
"days after", "three days after", "a week after", "last week" or "earlier this month, on the 2nd"; and near misses
("two weeks ago" that is the shooting's, the spate's named incident as the story, a charge on the shooting's own day,
"returned fire", shots at a vigil, a Monday shooting with a Thursday funeral, a report whose only day is the arrest's, a
death hours after).
Set 22 (eval/dates_check22.jsonl, ``--set 22``; its own salt) holds 60 reports, 15-45 words, each written on its own,
in the kinds the thirty-fifth session's closing note and a sort of the GVDB dev articles with a URL date left: "Weds."
as the shooting's day ("shot Weds. night", "On Weds.,", "late Weds.", "around 11:40 p.m. Weds."); police still on
the scene, at the scene or a scene still taped off the morning after ("were still on the scene Sunday morning",
"remained at the scene Monday morning", "Crime scene tape still blocked") with the shots told by an evening clock
time, "late Saturday" or "Saturday night"; "two weeks ago" or "a week ago" in the lead of another event (a robbery, a
crash, a move, a graduation) beside a later sentence's weekday that is the shooting's; a release's own stamp in
brackets with its clock time before its weekday ("NEWS RELEASE (11:30 A.M. Monday)") above the shooting's day; and
near misses ("Weds." of an arrest, a death or a funeral beside the shooting's weekday, "Wed.", "Thur.", "Sat." read
already, a small-hours clock time or "early Sunday" beside the scene's morning, a morning shooting, "two weeks ago"
that is the shooting's, a stamp above a report of the stamp's own day, a bracketed month-day after the shots' day).
``--set all`` scores every set, each with its own halves.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import check_sets

CHECK_SET = Path(__file__).resolve().parent / "dates_check.jsonl"
CHECK_SET_2 = Path(__file__).resolve().parent / "dates_check2.jsonl"
CHECK_SET_3 = Path(__file__).resolve().parent / "dates_check3.jsonl"
CHECK_SET_4 = Path(__file__).resolve().parent / "dates_check4.jsonl"
CHECK_SET_5 = Path(__file__).resolve().parent / "dates_check5.jsonl"
CHECK_SET_6 = Path(__file__).resolve().parent / "dates_check6.jsonl"
CHECK_SET_7 = Path(__file__).resolve().parent / "dates_check7.jsonl"
CHECK_SET_8 = Path(__file__).resolve().parent / "dates_check8.jsonl"
CHECK_SET_9 = Path(__file__).resolve().parent / "dates_check9.jsonl"
CHECK_SET_10 = Path(__file__).resolve().parent / "dates_check10.jsonl"
CHECK_SET_11 = Path(__file__).resolve().parent / "dates_check11.jsonl"
CHECK_SET_12 = Path(__file__).resolve().parent / "dates_check12.jsonl"
CHECK_SET_13 = Path(__file__).resolve().parent / "dates_check13.jsonl"
CHECK_SET_14 = Path(__file__).resolve().parent / "dates_check14.jsonl"
CHECK_SET_15 = Path(__file__).resolve().parent / "dates_check15.jsonl"
CHECK_SET_16 = Path(__file__).resolve().parent / "dates_check16.jsonl"
CHECK_SET_17 = Path(__file__).resolve().parent / "dates_check17.jsonl"
CHECK_SET_18 = Path(__file__).resolve().parent / "dates_check18.jsonl"
CHECK_SET_19 = Path(__file__).resolve().parent / "dates_check19.jsonl"
CHECK_SET_20 = Path(__file__).resolve().parent / "dates_check20.jsonl"
CHECK_SET_21 = Path(__file__).resolve().parent / "dates_check21.jsonl"
CHECK_SET_22 = Path(__file__).resolve().parent / "dates_check22.jsonl"
_SALT = "thirteenth-dates13:"
_SALT_2 = "fourteenth-dates2:"
_SALT_3 = "fifteenth-dates3:"
_SALT_4 = "sixteenth-dates4:"
_SALT_5 = "seventeenth-dates5:"
_SALT_6 = "eighteenth-dates6:"
_SALT_7 = "nineteenth-dates7:"
_SALT_8 = "twentieth-dates8:"
_SALT_9 = "twenty-fourth-dates9:"
_SALT_10 = "twenty-fifth-dates10:"
_SALT_11 = "twenty-sixth-dates11:"
_SALT_12 = "twenty-seventh-dates12:"
_SALT_13 = "twenty-eighth-dates13:"
_SALT_14 = "twenty-ninth-dates14:"
_SALT_15 = "thirtieth-dates15:"
_SALT_16 = "thirty-first-dates16:"
_SALT_17 = "thirty-second-dates17:"
_SALT_18 = "thirty-third-dates18:"
_SALT_19 = "thirty-fourth-dates34:"
_SALT_20 = "thirty-fourth-dates34b:"
_SALT_21 = "thirty-fifth-dates35:"
_SALT_22 = "thirty-sixth-dates36:"
# set name -> (rows file, salt of its halves)
SETS = {"1": (CHECK_SET, _SALT), "2": (CHECK_SET_2, _SALT_2), "3": (CHECK_SET_3, _SALT_3), "4": (CHECK_SET_4, _SALT_4),
        "5": (CHECK_SET_5, _SALT_5), "6": (CHECK_SET_6, _SALT_6),
        "7": (CHECK_SET_7, _SALT_7), "8": (CHECK_SET_8, _SALT_8), "9": (CHECK_SET_9, _SALT_9),
        "10": (CHECK_SET_10, _SALT_10), "11": (CHECK_SET_11, _SALT_11), "12": (CHECK_SET_12, _SALT_12),
        "13": (CHECK_SET_13, _SALT_13), "14": (CHECK_SET_14, _SALT_14), "15": (CHECK_SET_15, _SALT_15),
        "16": (CHECK_SET_16, _SALT_16), "17": (CHECK_SET_17, _SALT_17),
        "18": (CHECK_SET_18, _SALT_18), "19": (CHECK_SET_19, _SALT_19),
        "20": (CHECK_SET_20, _SALT_20), "21": (CHECK_SET_21, _SALT_21),
        "22": (CHECK_SET_22, _SALT_22)}


def rows(path: Path = CHECK_SET) -> list[dict]:
    return check_sets.rows(path)


def half(row_id: str, salt: str = _SALT) -> str:
    """'rules' or 'check', by the first hex digit of a salted sha1 of the row's id (0-7: the rules half)."""
    return check_sets.first_digit_half(salt, row_id)


def days(rt, items: list[dict]) -> dict[str, tuple[dt.date | None, str]]:
    """Each row's (start day, phrase) of its primary mention, by id (None when it has no dated mention)."""
    from .common import primary_mention

    out = {}
    for r, _, mentions in rt.analyze([check_sets.report(row) for row in items]):
        pm = primary_mention(mentions)
        span = pm.date if pm else None
        out[r.id] = (span.start, span.text) if span is not None else (None, "")
    return out


def score(items: list[dict], found: dict[str, tuple[dt.date | None, str]],
          salt: str = _SALT) -> dict[str, dict[str, int]]:
    """Per half: rows, and rows whose primary mention starts on the gold day."""
    out = {h: {"rows": 0, "day": 0} for h in ("rules", "check")}
    for row in items:
        s = out[half(row["id"], salt)]
        s["rows"] += 1
        s["day"] += found[row["id"]][0] == dt.date.fromisoformat(row["date"])
    return out


def main(argv=None) -> int:
    ap = check_sets.parser("dates_check", __doc__)
    ap.add_argument("--set", choices=(*SETS, "all"), default="1", help="which check set to score, 1..22 (default 1)")
    args = ap.parse_args(argv)
    rt = check_sets.quiet_runtime()
    for name in (tuple(SETS) if args.set == "all" else (args.set,)):
        _score_set(rt, name, args.show)
    return 0


def _score_set(rt, name: str, show: str | None) -> None:
    path, salt = SETS[name]
    items = rows(path)
    found = days(rt, items)
    for h, s in score(items, found, salt).items():
        print(f"set {name} {h:5}  rows {s['rows']:3}   day exact {100 * s['day'] / (s['rows'] or 1):5.1f}  ({s['day']})")
    if show:
        for row in items:
            got, phrase = found[row["id"]]
            if half(row["id"], salt) == "rules" and str(got) != row["date"]:
                print(f"\n{row['id']} [{row['kind']}] published {row['published']} ours {got} {phrase!r} gold {row['date']}"
                      f"\n  {row['title']}\n  " + row["text"].replace("\n", "\n  "))


if __name__ == "__main__":
    raise SystemExit(main())
