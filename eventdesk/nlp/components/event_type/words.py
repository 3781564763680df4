"""The pattern helper and the word lists that more than one step of the event-type rules reads: the
case-blind ``_rx``, riots told apart from riot police, and the armed groups named by name.
"""

from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


# "riot police", "riot gear", "anti-riot squad": the police who meet a demonstration, not a riot
_RIOT = r"riot(?:s|ers|ing|ed)?(?! (?:police\w*|gear|squads?|shields?|control|units?|officers|troops|vans?|helmets?|act)\b)"
# armed groups named by name, who make a text armed (a school "burned down" by them is no house fire)
# and take part in ACLED events (they appoint leaders, merge, take towns)
_NAMED_GROUPS = (r"boko haram|iswap|taliban|al-?shabaa?b|islamic state|isis|isil|daesh|houthis?|ansar allah|maoists?|naxal\w*|"
                 r"hamas|hezbollah|pkk|ypg|jnim|al-?qaeda|tigrayan forces|tplf|m23|adf|fdlr|mai-?mai|anti-?balaka|eln|farc|arakan army|rsf")
