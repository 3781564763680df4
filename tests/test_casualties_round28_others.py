"""Per-report killed / injured figures, round twenty-eight: others that share their trigger with a count before them.

"A man and three others were wounded" is four, "two men and three others were shot" five: the list's two parts add
up once.  Before the twenty-eighth session the "others" count took in the persons before it (the man, the two men)
and the list's parts were then added again (six and eight), and "a gunman wounded a man and three others" took the man
in twice (five).  pool28 named the fault in the SemEval per-report pool; the texts here are written for these tests;
the figure is the one the GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import figures as _figures


@pytest.mark.parametrize("text, expected", [
    ("DAYTON, Ohio - A man and three others were wounded outside a bar on Main Street early Sunday, police said.",
     (0, 4)),
    ("DAYTON, Ohio - Two men and three others were shot outside a bar on Main Street early Sunday, police said.",
     (0, 5)),
    ("DAYTON, Ohio - A gunman wounded a man and three others outside a bar on Main Street early Sunday, police said.",
     (0, 4)),
    # near misses: others besides the dead, a named person joined to the others, a plain list of two counts
    ("DAYTON, Ohio - A man was killed and three others were wounded outside a bar on Main Street early Sunday.",
     (1, 3)),
    ("DAYTON, Ohio - Police said Simpson and four other teens were shot outside a bar on Main Street early Sunday.",
     (0, 5)),
    ("DAYTON, Ohio - Two men and three women were shot outside a bar on Main Street early Sunday, police said.",
     (0, 5)),
])
def test_others_after_a_count_add_up_once(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
