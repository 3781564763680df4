"""Reconciling an incident's reports, thirteenth round: the wounded one report alone tells are weighed again after
the dead told elsewhere are taken out of the others' wounded, so that a report whose hit all turned out to be those
dead counts among the reports that leave the wounded out.  Claims made up for each case, and invented reports
through the real Ledger (a temporary SQLite file)."""

from __future__ import annotations

from eventdesk import reconcile

from .reconciling import ORDER, claim, figure, ingest


# -- a report whose hit were the dead another report tells ----------------------------------------------------------

def test_a_first_report_of_the_hit_who_died_does_not_vouch_for_the_wounded_another_report_alone_tells():
    # "A teenager was shot on Elm Street" (a, out before any death), "the teenager died; two others were also
    # wounded" (b), "the teenager was killed" (c): a's one hit is b's and c's dead, so b alone tells wounded that
    # c, out after it with the same dead, leaves out
    claims = [claim("a", 1, trigger="shoot", victim="unnamed"),
              claim("b", 1, outcome="killed", day=1, trigger="die"), claim("b", 2, day=1),
              claim("c", 1, outcome="killed", day=2, trigger="kill")]
    figures, _ = reconcile(claims, "ucdp", ORDER)
    assert figure(figures, "wounded") == (0, 0, 2)
    assert figure(figures, "killed") == (1, 1, 1)


def test_a_report_of_the_hit_who_died_does_not_vouch_for_the_wounded_under_the_conservative_policy():
    claims = [claim("a", 1, trigger="shoot"),
              claim("b", 1, outcome="killed", day=1, trigger="die"), claim("b", 3, day=1),
              claim("c", 1, outcome="killed", day=2, trigger="kill")]
    figures, _ = reconcile(claims, "conservative", ORDER)
    assert figure(figures, "wounded") == (0, 0, 3)


def test_the_history_keeps_the_doubted_report_figure():
    claims = [claim("a", 1, trigger="shoot"),
              claim("b", 1, outcome="killed", day=1, trigger="die"), claim("b", 2, day=1),
              claim("c", 1, outcome="killed", day=2, trigger="kill")]
    _, history = reconcile(claims, "ucdp", ORDER)
    assert [(h.report_id, h.count) for h in history if h.outcome == "wounded" and h.party is None] == [("b", 2)]


# -- near misses: the first report still tells wounded of its own -------------------------------------------------

def test_a_report_after_the_death_that_tells_its_hit_alive_still_vouches_for_the_wounded():
    # "the teenager died; two others were wounded" (b), then "a woman shot in the same attack is in stable
    # condition" (a, out after the death was told): alive, none of the dead, so two reports tell the wounded
    claims = [claim("b", 1, outcome="killed", trigger="die"), claim("b", 2),
              claim("a", 1, day=1, trigger="survived"),
              claim("c", 1, outcome="killed", day=2, trigger="kill")]
    figures, _ = reconcile(claims, "ucdp", {"b": 0, "a": 1, "c": 2})
    assert figure(figures, "wounded")[1] > 0


def test_a_first_report_of_more_hit_than_the_dead_still_vouches_for_the_wounded():
    # "three people were shot" before "one of them died": two are left wounded in a, so b is not alone
    claims = [claim("a", 3, trigger="shoot"),
              claim("b", 1, outcome="killed", day=1, trigger="die"), claim("b", 2, day=1),
              claim("c", 1, outcome="killed", day=2, trigger="kill")]
    figures, _ = reconcile(claims, "ucdp", ORDER)
    assert figure(figures, "wounded") == (2, 2, 2)


def test_without_a_later_report_of_the_dead_the_lone_wounded_stand():
    # nobody else tells the toll: b's wounded have nothing to be weighed against
    claims = [claim("a", 1, trigger="shoot"),
              claim("b", 1, outcome="killed", day=1, trigger="die"), claim("b", 2, day=1)]
    figures, _ = reconcile(claims, "ucdp", {"a": 0, "b": 1})
    assert figure(figures, "wounded") == (2, 2, 2)


def test_the_latest_policy_does_not_doubt_the_lone_wounded():
    claims = [claim("a", 1, trigger="shoot"),
              claim("b", 1, outcome="killed", day=1, trigger="die"), claim("b", 2, day=1),
              claim("c", 1, outcome="killed", day=2, trigger="kill")]
    figures, _ = reconcile(claims, "latest", ORDER)
    assert figure(figures, "wounded")[1] == 2


# -- through the ledger --------------------------------------------------------------------------------------------

def _ingest(ledger, *texts_by_day):
    return ingest(ledger, 9, *texts_by_day)


def test_a_ledger_incident_whose_first_report_told_the_dead_as_hit(ledger):
    rows = _ingest(
        ledger,
        (14, "SPRINGFIELD, Mo. - A 17-year-old boy was shot on Kearney Street in Springfield on Saturday night, "
             "police said. He was taken to a hospital."),
        (15, "SPRINGFIELD, Mo. - A 17-year-old boy who was shot on Kearney Street in Springfield on Saturday night "
             "has died, police said. Two other people were wounded."),
        (16, "SPRINGFIELD, Mo. - Police have identified the 17-year-old boy who was killed in a shooting on Kearney "
             "Street in Springfield on Saturday night."),
    )
    assert len(rows) == 1, [(r.title, r.killed_best, r.wounded_best) for r in rows]
    assert (rows[0].killed_best, rows[0].wounded_best or 0) == (1, 0)
