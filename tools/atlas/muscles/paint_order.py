"""In which order the superficial muscles are painted, so the one lying on top covers the other.

Deep muscles (drawn see-through) are always painted first. The superficial ones follow in the
order of ``PAINT_ORDER``, bottom to top: where two outlines overlap in a view, the muscle that
lies over the other in the body comes later. Every superficial outline's muscle must be listed
(``tools.atlas.muscles.all_outlines`` refuses one that is not), so whoever draws a new muscle
decides where it lies instead of inheriting the alphabet's answer (which painted gluteus medius
over gluteus maximus and teres major over latissimus dorsi).

The order is one list for all views. It holds because the overlaps that matter are the same
from every side, with one exception handled by position: in the side view the hanging forearm
and hand lie in front of the hip and thigh, so the forearm and hand muscles come after every
trunk and thigh muscle.
"""

from __future__ import annotations

PAINT_ORDER: tuple[str, ...] = (
    # --- leg and thigh, back: gastrocnemius's heads emerge between the hamstring tendons,
    # which cross over them at the knee together with gracilis.
    "gastrocnemius",
    # --- front and inner thigh: pectineus lies in the floor of the femoral triangle; gracilis
    # is the innermost, behind adductor longus; sartorius crosses over adductor longus,
    # vastus medialis and the top of rectus femoris; rectus femoris lies on the vasti.
    "pectineus", "gracilis", "adductor_longus", "vastus_medialis", "vastus_lateralis",
    "rectus_femoris",
    # --- hip: tensor fasciae latae overlaps the front of gluteus medius; gluteus maximus
    # covers the back of medius, the top of the hamstrings and the outer thigh's upper end.
    "gluteus_medius", "tensor_fasciae_latae",
    # --- back muscles of the spine, under latissimus, trapezius and gluteus maximus.
    "iliocostalis_lumborum", "iliocostalis_thoracis", "longissimus_thoracis",
    # --- abdomen: the rectus shows over the obliques' aponeurosis; pyramidalis lies in front
    # of the rectus; sartorius starts below the abdominal wall at the front of the hip.
    "abdominal_obliques", "rectus_abdominis", "pyramidalis", "sartorius",
    # --- hamstrings, semimembranosus under semitendinosus, the long head of biceps beside
    # them; all emerge from under gluteus maximus.
    "semimembranosus", "semitendinosus", "biceps_femoris", "gluteus_maximus",
    # --- shoulder blade and arm: the long head of triceps passes behind teres major and in
    # front of teres minor; latissimus wraps over teres major and the lower infraspinatus;
    # the deltoid covers the rotator cuff, the top of the arm and the pectoral tendon.
    "brachialis", "teres_major", "triceps_brachii", "teres_minor", "infraspinatus",
    "latissimus_dorsi", "biceps_brachii", "pectoralis_major", "sternalis", "deltoid",
    # --- head and neck: temporalis passes under the zygomatic arch and the masseter; the
    # posterior belly of digastric lies under sternocleidomastoid and the angle of the jaw;
    # levator scapulae and splenius capitis form the floor of the posterior triangle under
    # sternocleidomastoid and trapezius; platysma lies in the skin over all of them.
    "temporalis", "frontalis", "occipitalis", "levator_scapulae", "splenius_capitis",
    "digastric", "masseter", "zygomaticus_major", "orbicularis_oculi", "omohyoid",
    "sternocleidomastoid", "trapezius", "platysma",
    # --- forearm and hand (over the hip and thigh in the side view): anconeus at the back of
    # the elbow under the extensors' origins; pronator teres runs under brachioradialis to
    # the radius; palmaris longus lies on the middle of the flexors; brachioradialis over
    # the radial wrist extensors, longus over brevis.
    "anconeus", "pronator_teres", "flexor_carpi_ulnaris", "flexor_carpi_radialis",
    "palmaris_longus", "extensor_carpi_ulnaris", "extensor_carpi_radialis_brevis",
    "extensor_digitorum", "extensor_carpi_radialis_longus", "brachioradialis",
    "interossei_hand", "abductor_digiti_minimi_hand",
    # --- lower leg and foot: the short toe extensors lie on the back of the foot under the
    # long tendons; the fibular tendons pass outside abductor digiti minimi; extensor
    # hallucis longus starts under tibialis anterior and extensor digitorum longus.
    "abductor_digiti_minimi_foot", "abductor_hallucis", "flexor_digitorum_brevis",
    "extensor_hallucis_brevis", "extensor_digitorum_brevis", "peroneus_brevis",
    "peroneus_longus", "peroneus_tertius", "extensor_hallucis_longus", "tibialis_anterior",
    "extensor_digitorum_longus",
)

#: Position of each superficial muscle in the paint order (0 = painted first).
PAINT_RANK: dict[str, int] = {muscle: rank for rank, muscle in enumerate(PAINT_ORDER)}
