"""Integrity of the shipped knowledge base (data/muscles) against the atlas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from bodymap.domain.dataset import Dataset, check_markers
from bodymap.domain.regions import Side

REQUIRED = [
    "temporalis", "masseter", "lateral_pterygoid", "medial_pterygoid", "digastric", "frontalis",
    "occipitalis", "orbicularis_oculi", "zygomaticus_major", "buccinator", "platysma",
    "sternocleidomastoid", "suboccipitals", "splenius_capitis", "splenius_cervicis",
    "semispinalis_capitis", "cervical_multifidi", "scalenes", "trapezius", "levator_scapulae",
    "supraspinatus", "infraspinatus", "teres_minor", "teres_major", "subscapularis", "deltoid",
    "coracobrachialis", "pectoralis_major", "pectoralis_minor", "subclavius", "sternalis",
    "serratus_anterior", "serratus_posterior_superior", "serratus_posterior_inferior", "rhomboids",
    "latissimus_dorsi", "biceps_brachii", "brachialis", "triceps_brachii", "anconeus",
    "brachioradialis", "extensor_carpi_radialis_longus", "extensor_carpi_radialis_brevis",
    "extensor_carpi_ulnaris", "extensor_digitorum", "extensor_indicis", "supinator",
    "palmaris_longus", "flexor_carpi_radialis", "flexor_carpi_ulnaris",
    "flexor_digitorum_superficialis", "flexor_digitorum_profundus", "flexor_pollicis_longus",
    "pronator_teres", "adductor_pollicis", "opponens_pollicis", "interossei_hand",
    "abductor_digiti_minimi_hand", "iliocostalis_thoracis", "iliocostalis_lumborum",
    "longissimus_thoracis", "multifidi", "quadratus_lumborum", "rectus_abdominis",
    "abdominal_obliques", "pyramidalis", "iliopsoas", "intercostals", "diaphragm",
    "gluteus_maximus", "gluteus_medius", "gluteus_minimus", "piriformis", "obturator_internus",
    "levator_ani", "coccygeus", "tensor_fasciae_latae", "sartorius", "pectineus",
    "adductor_longus", "adductor_brevis", "adductor_magnus", "gracilis", "rectus_femoris",
    "vastus_medialis", "vastus_intermedius", "vastus_lateralis", "biceps_femoris",
    "semitendinosus", "semimembranosus", "popliteus", "gastrocnemius", "soleus", "plantaris",
    "tibialis_anterior", "tibialis_posterior", "peroneus_longus", "peroneus_brevis",
    "peroneus_tertius", "extensor_digitorum_longus", "extensor_hallucis_longus",
    "flexor_digitorum_longus", "flexor_hallucis_longus", "extensor_digitorum_brevis",
    "extensor_hallucis_brevis", "abductor_hallucis", "flexor_digitorum_brevis",
    "abductor_digiti_minimi_foot", "quadratus_plantae", "adductor_hallucis",
    "flexor_hallucis_brevis", "interossei_foot",
]

#: Regions no muscle is expected to refer to.
NOT_REFERRED = {"genitals"}


def test_every_listed_muscle_is_present(dataset: Dataset) -> None:
    missing = sorted(set(REQUIRED) - set(dataset.knowledge.muscles))
    assert missing == []


def test_every_muscle_names_its_sources_and_has_trigger_points(dataset: Dataset) -> None:
    for m in dataset.knowledge.muscles.values():
        assert m.sources, m.id
        assert any("Travell" in s or "Simons" in s for s in m.sources), m.id
        assert m.points_on(Side.LEFT), m.id


def test_every_trigger_point_has_an_essential_zone(dataset: Dataset) -> None:
    for tp in dataset.knowledge.trigger_points.values():
        assert tp.essential, tp.id


def test_markers_fall_inside_their_regions(dataset: Dataset, data_dir: Path) -> None:
    problems = check_markers(dataset.atlas, dataset.knowledge, data_dir / "muscles")
    assert [str(p) for p in problems] == []
    # the default marker (no explicit position) is inside the region too
    for tp in dataset.knowledge.trigger_points.values():
        for view, point in dataset.atlas.marker_positions(tp.region, tp.markers).items():
            assert dataset.atlas.views[view].regions[tp.region].contains(point), (tp.id, view)


def test_every_region_is_in_some_essential_zone(dataset: Dataset) -> None:
    covered = set().union(*(tp.essential for tp in dataset.knowledge.trigger_points.values()))
    uncovered = sorted(r for r in dataset.regions
                       if r not in covered and dataset.regions[r].area not in NOT_REFERRED)
    assert uncovered == []


def test_bilateral_patterns_are_declared_consistently(data_dir: Path) -> None:
    """An area listed for the other side is part of a band across the midline: it is in the
    same-side pattern too (no pattern jumps to the other side alone)."""
    bad: list[str] = []
    for path in sorted((data_dir / "muscles").glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        for tp in raw["trigger_points"]:
            same = set(tp.get("essential", [])) | set(tp.get("spillover", []))
            for area in [*tp.get("essential_opposite", []), *tp.get("spillover_opposite", [])]:
                if area not in same:
                    bad.append(f"{path.name} {tp['id']}: {area}")
    assert bad == []


def test_left_and_right_instances_mirror_each_other(dataset: Dataset) -> None:
    kb = dataset.knowledge
    for tp in kb.trigger_points.values():
        if tp.side is Side.LEFT:
            twin = kb.trigger_points[tp.id.removesuffix(".left") + ".right"]
            mirror = {r.replace("left.", "@").replace("right.", "left.").replace("@", "right.")
                      for r in tp.essential}
            assert twin.essential == mirror, tp.id


def _cases() -> Iterator[tuple[str, dict[str, object]]]:
    folder = Path(__file__).parent / "pain_guide"
    for path in sorted(folder.glob("*.yaml")):
        for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            yield f"{path.stem}[{i}]", case


PAIN_GUIDE = list(_cases())


def test_pain_guide_fixture_is_substantial() -> None:
    assert len(PAIN_GUIDE) >= 40


@pytest.mark.parametrize(("name", "case"), PAIN_GUIDE, ids=[n for n, _ in PAIN_GUIDE])
def test_data_supports_the_pain_guide(dataset: Dataset, name: str,
                                      case: dict[str, object]) -> None:
    """Each muscle the pain guide names for a location refers pain there in our data."""
    pain = [f"left.{a}" for a in case["pain"]]  # type: ignore[attr-defined]
    for mid in case["muscles"]:  # type: ignore[attr-defined]
        muscle = dataset.knowledge.muscle(str(mid))
        reaching = [tp for tp in muscle.trigger_points if set(pain) <= tp.zone]
        assert reaching, f"{mid} has no trigger point referring to all of {pain}"
