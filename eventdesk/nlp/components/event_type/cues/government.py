"""The state's forces named as a side ("the army", "security forces", the Rangers of a state, not of a
sport), which decide who took a place and whether a demonstration met the state's force."""

from __future__ import annotations

from ..words import _rx


# Rangers are a state's forces ("Sindh Rangers", "Pakistan Rangers", "the Texas Rangers" of the state police, park
# and forest rangers), but a team's name in sport: not the hockey and football clubs ("New York Rangers", "Queens Park
# Rangers", "Glasgow Rangers"), nor a Rangers followed in its sentence by a score or a word of the game ("the Texas
# Rangers beat the Astros 5-3").
_RANGERS = (r"(?<!new york )(?<!queens park )(?<!glasgow )rangers?\b"
            r"(?![^.;]{0,80}?(?:\d+-\d+|\b(?:baseball|innings?|pitch(?:er|ers|ed|ing)|home runs?|mlb|nhl|hockey|ballpark|stadium|"
            r"season|playoffs?|league|world series|fans|game|games|match|goals?)\b))")
_GOVERNMENT = _rx(
    r"\b(?:army|armed forces|military(?! of)|troops|soldiers|government(?:al)? forces|pro-government|regime forces|security forces|"
    r"police|national guard|gendarm\w*|forces of (?:the )?government|security (?:agents|personnel|officers)|paramilitar(?:y|ies)|pro-hadi|fardc|sdf|sna|ansf|andsf|iraqi forces|syrian arab army|saa|"
    + _RANGERS + r")\b"
)
