"""Learning plans from a resume: `plan.generate_plan` builds one from an analysis.

`strengths` ranks what the resume proves, `paths` words strength paths, `gaps` words weakness
paths, `resources` picks study topics, tools and links.
"""

from __future__ import annotations

from careercoach.coach.learning.plan import generate_plan, planned_gaps
from careercoach.coach.learning.strengths import StrengthPick, strength_picks

__all__ = ["StrengthPick", "generate_plan", "planned_gaps", "strength_picks"]
