"""Cue phrases shared by the type and role classifiers."""

from __future__ import annotations

import re

# "we propose/introduce/present ..." and kin: the paper makes something new.
INTRO = re.compile(
    r"\b(?:we|this (?:paper|work|study)|our (?:work|paper)|here)\b[^.;]{0,60}?\b(?:propose[sd]?|introduce[sd]?|"
    r"present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|build|built|construct(?:s|ed)?|create[sd]?|release[sd]?|"
    r"curate[sd]?|collect(?:s|ed)?|establish(?:es|ed)?|contribute[sd]?|devise[sd]?|assemble[sd]?|"
    r"unveil(?:s|ed)?|offer(?:s|ed)?|open-source[sd]?)\b",
    re.IGNORECASE,
)
# Words between an introduce cue and a name that show the name is not the new thing
# ("we propose a method based on CLIP").
BLOCKERS = re.compile(r"\b(?:on|with|using|than|over|from|against|of|for|to|by|based|via|and|such as|into|"
                       r"that|which|where|in)\b", re.IGNORECASE)
