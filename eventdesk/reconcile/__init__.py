"""Claims -> low / best / high per outcome and party, under a named policy.

1. Each report's own figure for an (outcome, party) is the largest count it
   states for it ("at least 14 ... the toll later rose to 17" gives 17).
   A figure the report says was lowered ("police lowered the number wounded to
   four") replaces the larger one it told before.
   A report that breaks a toll down by party but gives no total gets a derived
   total: the sum of its parties.  A person who died is not also wounded: a
   report's wounded leave out the dead it tells, and a report that tells no
   death leaves out the fewest dead another report of the incident tells when
   it counts the hit ("a girl was shot") without saying they live, or when it
   came out before any report of a death ("expected to survive", "has died"),
   unless the wounded it names are none of the dead the others name.  The
   perpetrators' dead (a gunman killed by police, one who killed himself) are
   none of those they shot, unless the count says it includes him; a dead
   told only as "The teen died ..." after "the teen suspect shot and killed"
   is the suspect again, not one more in the report's total.  The hit
   told as "another ..." in sentences after the dead ("He died at a hospital.
   Another 16-year-old was also shot") are others than the dead, and so are
   "the other man" and the hit of another age than the dead's, a name's age
   told beside it ("Dana Pruitt, 29, died ... a 47-year-old man was shot").
   A person told by the ordinal next after a count ("four men were shot ...
   A fifth victim walked into a hospital") is one more than the count, of
   the hit or of the dead as the person's own claim tells.
   Wounded officers the report tells alive ("treated and released") are none
   of the dead where no officer is told dead.
2. A *source* is who made the claim (``attributed_to``), else the outlet,
   else the report.  A source that revised its figure counts with its latest.
3. The policies:

   ucdp          low = the lowest of the sources' latest figures,
                 best = their median (of two middle figures, the more recent
                 report's, unless it tells the dead one person at a time,
                 "police identified one of the men killed as ...", and the
                 other is the number the earlier report's lead states; a
                 figure an outlet rounds, "about a dozen", votes
                 only where no source gives a count; a report whose figure no
                 other source gives votes with its lead figure where another
                 source gives that; earlier reports that tell the wounded one
                 person at a time do not vote against the latest report's
                 larger figure where its lead states it; a report whose
                 wounded are told beside one hurt by flying glass votes with
                 the number shot where another source gives it), high = the
                 highest figure ever claimed
   conservative  low = best = the lowest of the sources' latest figures
                 (ACLED's most conservative credible estimate), high = highest
   latest        best = the most recent report's figure; low/high = the lowest
                 and highest ever claimed

   Under ucdp and conservative, an outcome that one report alone tells is doubted where other reports tell the
   toll without it: dead beside two reports that give the wounded as such or alive (not "shot" alone, which may
   hold the dead), wounded beside two reports of the dead, or one where the lone report tells those dead too and
   does not count its wounded as others than they ("one man was killed and one other person was wounded").  A
   named dead whom another report named among the hit is no lone death but one told late, and stands.
   Its best and low are 0, its figure stays as the high, and its dead are not taken out of the others' wounded.
   The wounded are weighed so once more after the dead told elsewhere are taken out: a report whose wounded were
   all those dead tells no wounded.  A lone death is doubted beside one report too, where that report gives as many
   wounded (or hit) as the report of the death and no death, and the report of the death does not tell its wounded
   as others than its dead: the death is one more than the toll the reports agree on, told in passing.

Bounds follow qualifiers: "more than 100" counts as 101, "up to 50" bounds only
the high.  The history is the toll as each report claimed it, in report order.

The package's modules, each owning one thing, imported one way only (each from those before it): ``wording`` (the
patterns and trigger names several modules read), ``bounds`` (a claim's bounds and revised figures, the
``_ReportFigure`` record), ``persons`` (distinct victims, names and ages, descriptions), ``taken_out`` (the dead taken
out of the hit), ``lone_outcomes`` (an outcome one report alone tells), ``figures`` (``report_figures``) and
``policies`` (``POLICIES``, ``reconcile`` and ``reconcile_every_policy``) and ``incident`` (an incident's claims in
the ledger's order, its figures under every policy, and the fingerprint of these rules the ledger keeps them with).
"""

from __future__ import annotations

from .figures import report_figures
from .incident import incident_claims, reconcile_incident, rules_fingerprint
from .persons import _NAME_AGE, KIN_PREFIX, _may_tell_age, _name_age, _named_ages, _victim_count
from .policies import POLICIES, _told_risen, reconcile, reconcile_every_policy
from .wording import _ALIVE

__all__ = ["POLICIES", "KIN_PREFIX", "incident_claims", "reconcile", "reconcile_every_policy", "reconcile_incident",
           "report_figures", "rules_fingerprint"]
