"""Self-care that presses near a named artery, nerve or organ must warn about it.

The content review (issue 11) listed the structures a lay person can hurt with a ball, a
thumb or an elbow. Whenever a muscle's release (where to find it, the position, the steps) or
a trigger point's location leads the hands to one of them, one of the muscle's precautions
must name it, so the card and the handout warn before the reader presses there.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bodymap.domain.dataset import Dataset
from bodymap.domain.knowledge import Muscle

#: structure -> (words in a release that bring the hands to it, words a precaution must use)
DANGER_AREAS: dict[str, tuple[str, str]] = {
    "carotid artery": (r"carotid|\bthroat\b|front of the neck|beside the windpipe",
                       r"carotid"),
    "subclavian vessels": (r"subclavian|(above|under|below|behind) the collarbone",
                           r"subclavian|artery|blood vessels|vessels|pulse"),
    "brachial plexus": (r"brachial plexus|\barmpit|above the collarbone",
                        r"brachial plexus|nerves?\b"),
    "femoral triangle": (r"femoral|\bgroin\b", r"femoral"),
    "sciatic nerve": (r"sciatic|middle of the buttock|back of the thigh|"
                      r"(toward|below|behind) the sitting bone", r"sciatic"),
    "common fibular nerve": (r"fibular nerve|peroneal nerve|head of the fibula|fibular head|"
                             r"bony knob of the fibula|knob on the outside below the knee",
                             r"(fibular|peroneal)( \(\w+\))? nerve"),
    "ulnar nerve at the elbow": (r"ulnar nerve|funny bone|inner (side of the )?elbow|"
                                 r"medial epicondyle",
                                 r"ulnar nerve|funny bone"),
    "radial nerve at the arm": (r"radial nerve|(outer|outside of the|back of the) upper arm",
                                r"radial nerve"),
    "popliteal fossa": (r"popliteal|behind the knee|back of the knee",
                        r"popliteal|behind the knee|back of the knee"),
    "kidney": (r"kidney|(lowest|12th) rib|\bflank\b", r"kidney"),
}


def release_text(muscle: Muscle) -> str:
    """Everything that tells the hands where to go: the release and the points' locations."""
    r = muscle.release
    return " ".join([r.find, r.position, *r.steps,
                     *(tp.location for tp in muscle.trigger_points)]).lower()


def precaution_text(muscle: Muscle) -> str:
    return " ".join(p.text for p in muscle.precautions).lower()


def unwarned(muscle: Muscle) -> list[str]:
    release, warnings = release_text(muscle), precaution_text(muscle)
    return [area for area, (near, warned) in DANGER_AREAS.items()
            if re.search(near, release) and not re.search(warned, warnings)]


def test_every_release_near_a_danger_area_warns_about_it(dataset: Dataset) -> None:
    missing = {m.id: unwarned(m) for m in dataset.knowledge.muscles.values() if unwarned(m)}
    assert missing == {}


@pytest.mark.parametrize(("muscle_id", "area"), [
    ("piriformis", "sciatic nerve"),
    ("iliopsoas", "femoral triangle"),
    ("quadratus_lumborum", "kidney"),
    ("soleus", "common fibular nerve"),
    ("gastrocnemius", "common fibular nerve"),
    ("peroneus_longus", "common fibular nerve"),
])
def test_the_check_sees_the_known_danger_areas(dataset: Dataset, muscle_id: str,
                                               area: str) -> None:
    """Guards the patterns themselves: these releases do lead to these structures, so the
    test above is only green because their precautions name them."""
    muscle = dataset.knowledge.muscle(muscle_id)
    near, warned = DANGER_AREAS[area]
    assert re.search(near, release_text(muscle))
    assert re.search(warned, precaution_text(muscle))
    bare = replace(muscle, precautions=())
    assert area in unwarned(bare)
