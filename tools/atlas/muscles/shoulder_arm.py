"""Shoulder and arm muscles (left side; the right side is mirrored). See docs/atlas-format.md.

Attachments checked against (one entry per muscle; pages read in November 2026):
- infraspinatus: medial infraspinous fossa -> middle facet of the greater tubercle (Gray's 1918 via
  imaios.com; orthobullets.com "Infraspinatus").
- supraspinatus, subscapularis, teres minor: supraspinous fossa -> upper facet of the greater
  tubercle; subscapular fossa -> lesser tubercle; lateral border of the scapula -> lower facet of
  the greater tubercle (kenhub.com "Rotator cuff"; ditki.com "Scapula posterior muscles";
  orthofracs.com rotator cuff).
- teres major: back of the inferior angle of the scapula -> medial lip of the bicipital groove
  (ditki.com "Scapula posterior muscles").
- deltoid: lateral third of the clavicle, acromion and spine of the scapula -> deltoid tuberosity
  (orthobullets.com "Deltoid"; artanatomy.com "Deltoid").
- pectoralis major: medial half of the clavicle, sternum, upper six costal cartilages, external
  oblique aponeurosis -> lateral lip of the bicipital groove (orthobullets.com "Pectoralis major";
  teachmeanatomy.info).
- pectoralis minor: ribs 3-5 near their cartilages -> coracoid process (imaios.com "Pectoralis
  minor", Gray's 1918).
- subclavius: first rib at its cartilage -> groove under the middle third of the clavicle
  (teachmeanatomy.info "Subclavius"; ganfyd.org).
- sternalis: inconstant strap beside the sternum, superficial to pectoralis major, from the upper
  sternum/infraclavicular area to lower cartilages or rectus sheath (J Cardiothorac Surg 2011;6:73
  "Sternalis muscle: an underestimated anterior chest wall anatomical variant"; J Anat
  1998;193:287).
- serratus anterior: outer surfaces of ribs 1-8/9 -> costal surface of the medial border of the
  scapula (imaios.com "Serratus anterior", Gray's 1918).
- latissimus dorsi: spines T7-L5, thoracolumbar fascia, iliac crest, lower 3-4 ribs, inferior angle
  -> floor of the bicipital groove (getbodysmart.com; wheelessonline.com "Latissimus dorsi").
- rhomboids: spines C7-T5 -> medial border of the scapula from the root of the spine to the
  inferior angle (Oklahoma State "Rhomboid major/minor"; Loyola "Rhomboid major").
- serratus posterior superior: nuchal ligament and spines C7-T3 -> upper borders of ribs 2-5, deep
  to the rhomboids (Texas State "Serratus posterior superior"; cram.com back muscle cards).
- coracobrachialis: tip of the coracoid -> middle of the medial border of the humerus
  (shoulderdoc.co.uk; mananatomy.com).
- biceps brachii: coracoid (short head), supraglenoid tubercle (long head) -> radial tuberosity and
  bicipital aponeurosis (imaios.com, Gray's 1918; shoulderdoc.co.uk).
- brachialis: distal half of the front of the humerus -> coronoid process and ulnar tuberosity
  (imaios.com, Gray's 1918; Elsevier "Brachialis").
- triceps brachii: infraglenoid tubercle (long), back of the humerus above/below the radial groove
  (lateral/medial) -> olecranon (shoulderdoc.co.uk; mananatomy.com "Triceps").
- anconeus: back of the lateral epicondyle -> side of the olecranon and upper quarter of the back
  of the ulna (imaios.com, Gray's 1918; anatomyzone.com).
- brachioradialis: upper two thirds of the lateral supracondylar ridge -> radius just above the
  styloid (imaios "Brachioradialis"; orthofracs.com).
- extensor carpi radialis longus / brevis: lower third of the lateral supracondylar ridge / common
  extensor origin -> base of the 2nd / 3rd metacarpal (Elsevier "ECRL"; mananatomy.com;
  orthofracs.com).
- extensor carpi ulnaris: common extensor origin and back border of the ulna -> base of the 5th
  metacarpal (imaios.com, Gray's 1918; gpnotebook).
- extensor digitorum: common extensor origin -> extensor expansions of fingers 2-5 (imaios.com,
  Gray's 1918; KUMC hand kinesiology).
- extensor indicis: back of the distal third of the ulna and interosseous membrane -> extensor hood
  of the index finger (imaios.com "Extensor indicis"; thecommonvein.net).
- supinator: lateral epicondyle, ligaments and supinator crest of the ulna -> proximal third of the
  radius (imaios.com, Gray's 1918; Elsevier "Supinator").
- pronator teres, flexor carpi radialis, palmaris longus, flexor carpi ulnaris: common flexor
  origin (and coronoid / olecranon heads) -> mid-lateral radius; bases of metacarpals 2-3; palmar
  aponeurosis; pisiform, hamate, 5th metacarpal (kenhub.com "Superficial flexors of the forearm";
  neurorehab.wiki, Last's anatomy).
- flexor digitorum superficialis: medial epicondyle, coronoid, oblique line of the radius -> middle
  phalanges 2-5 (imaios.com, Gray's 1918; gpnotebook).
- flexor digitorum profundus / flexor pollicis longus: upper three quarters of the ulna and
  interosseous membrane / front of the middle radius -> distal phalanges of fingers / thumb
  (imaios.com; gpnotebook; e-hand.com).
- opponens pollicis, adductor pollicis, abductor digiti minimi, interossei: trapezium and
  retinaculum -> 1st metacarpal; capitate and 2nd-3rd metacarpals -> base of the thumb's proximal
  phalanx; pisiform -> base of the little finger; sides of the metacarpals -> proximal phalanges
  and extensor hoods (anatomyzone.com "Digit opposition"; TeachMeSeries hand text, read on a mirror
  page; cram.com hand cards).
"""

from __future__ import annotations

from tools.atlas.muscles.shape import Form, MuscleOutline

_INFRA = "Gray's Anatomy 20th ed. (1918), Infraspinatus; orthobullets.com: Infraspinatus"
_ROTATOR_CUFF = "kenhub.com: Rotator cuff; ditki.com: Scapula posterior muscles"
_TERES_MAJOR = "ditki.com: Scapula posterior muscles"
_DELTOID = "orthobullets.com: Deltoid; artanatomy.com: Deltoid"
_PEC_MAJOR = "orthobullets.com: Pectoralis major; teachmeanatomy.info: Pectoralis major"
_PEC_MINOR = "Gray's Anatomy 20th ed. (1918) via imaios.com: Pectoralis minor"
_SUBCLAVIUS = "teachmeanatomy.info: Subclavius; ganfyd.org: Subclavius"
_STERNALIS = "J Cardiothorac Surg 2011;6:73 (sternalis muscle variant); J Anat 1998;193:287"
_SERRATUS_ANT = "Gray's Anatomy 20th ed. (1918) via imaios.com: Serratus anterior"
_LATISSIMUS = "getbodysmart.com: Latissimus dorsi; wheelessonline.com: Latissimus Dorsi"
_RHOMBOIDS = "Oklahoma State Univ. anatomy: Rhomboid major/minor; Loyola: Rhomboid major"
_SERRATUS_POST = "Texas State Univ.: Serratus posterior superior"
_CORACOBRACHIALIS = "shoulderdoc.co.uk: Muscles of the shoulder and arm; mananatomy.com"
_BICEPS = "Gray's Anatomy 20th ed. (1918) via imaios.com: Biceps brachii; shoulderdoc.co.uk"
_BRACHIALIS = "Gray's Anatomy 20th ed. (1918) via imaios.com: Brachialis; Elsevier: Brachialis"
_TRICEPS = "shoulderdoc.co.uk: Muscles of the shoulder and arm; mananatomy.com: Triceps"
_ANCONEUS = "Gray's Anatomy 20th ed. (1918) via imaios.com: Anconeus; anatomyzone.com"
_BRACHIORADIALIS = "imaios.com: Brachioradialis; orthofracs.com: Posterior compartment"
_EXTENSORS = ("Elsevier: Extensor carpi radialis longus; mananatomy.com; "
              "orthofracs.com: Posterior compartment of the forearm")
_ECU = "Gray's Anatomy 20th ed. (1918) via imaios.com: Extensor carpi ulnaris; gpnotebook"
_EXT_DIGITORUM = "Gray's Anatomy 20th ed. (1918) via imaios.com: Extensor digitorum"
_EXT_INDICIS = "imaios.com: Extensor indicis; thecommonvein.net: Extensor indicis"
_SUPINATOR = "Gray's Anatomy 20th ed. (1918) via imaios.com: Supinator; Elsevier: Supinator"
_FLEXORS_SUPERFICIAL = "kenhub.com: Superficial flexors of the forearm; neurorehab.wiki"
_FDS = "Gray's Anatomy 20th ed. (1918) via imaios.com: Flexor digitorum superficialis"
_DEEP_FLEXORS = "imaios.com: Flexor digitorum profundus; e-hand.com: Flexor pollicis longus"
_HAND = "anatomyzone.com: Digit opposition; TeachMeSeries: The hand (mirror copy); cram.com"

#: The muscle groups (``group:`` in data/muscles/*.yaml) this module draws.
GROUPS: tuple[str, ...] = ("shoulder_chest", "arm_hand")

#: Outlines still to draw: muscle -> the views where its trigger points are marked but it has no
#: outline yet. Cross a view off when you draw it; tests/data/test_muscle_layer.py fails until
#: this list is exactly the true state of the layer.
NOT_YET_DRAWN: dict[str, tuple[str, ...]] = {
}

OUTLINES: tuple[MuscleOutline, ...] = (
    # --- infraspinatus: a thick fan filling the fossa below the scapular spine.
    MuscleOutline(
        "infraspinatus", "back", Form.FAN,
        origin=((167, 204), (169.5, 225), (164, 252), "scapula_inferior_angle"),
        insertion=("greater_tubercle", (128, 205)),
        side_a=((146, 198),), side_b=((143, 232),),
        fibres=3, source=_INFRA,
    ),
    MuscleOutline(
        "infraspinatus", "left", Form.FAN,
        origin=((199, 190), (204, 215), (203, 238)),
        insertion=("greater_tubercle", (186, 202)),
        side_a=((192, 190),), side_b=((191, 226),),
        fibres=2, source=_INFRA,
    ),
    # ================================================================ front view
    # --- deltoid: a thick cap from the outer clavicle and acromion to the deltoid tuberosity.
    MuscleOutline(
        "deltoid", "front", Form.FAN,
        origin=("clavicle_lateral_third", "acromion", (293, 171.5)),
        insertion=("deltoid_tuberosity",),
        # front border: the deltopectoral groove; outer border just inside the shoulder's curve
        side_a=((263, 181), (270, 208), (289, 234)),
        side_b=((301, 184), (304.5, 205), (305.5, 228)),
        fibres=4, source=_DELTOID,
    ),
    # --- pectoralis major: a fan from the clavicle, sternum and upper costal cartilages
    # converging on the lateral lip of the bicipital groove under the front of the deltoid.
    MuscleOutline(
        "pectoralis_major", "front", Form.FAN,
        origin=((245, 165), (228, 161), "sternoclavicular_joint", (205.5, 176), (205.5, 206),
                (207, 236), (213, 256), (228, 264)),
        # the tendon disappears under the front border of the deltoid
        insertion=((270.5, 199), (273.5, 213)),
        side_a=((262, 182.5),),
        # lower border: the front fold of the armpit, rising from the sixth cartilage
        side_b=((250, 263), (261, 247), (265, 228), (268, 218)),
        fibres=5, source=_PEC_MAJOR,
    ),
    # --- pectoralis minor: under pectoralis major, from ribs 3-5 up to the coracoid process.
    MuscleOutline(
        "pectoralis_minor", "front", Form.FAN, deep=True,
        origin=((235, 198), (236, 215), (240, 232), (245, 241)),
        insertion=((255, 175), "coracoid_process", (267, 185)),
        side_a=((246, 183),), side_b=((257, 215),),
        fibres=0, source=_PEC_MINOR,
    ),
    # --- subclavius: a small cylinder under the clavicle, from the first rib's cartilage out
    # to the middle third of the clavicle.
    MuscleOutline(
        "subclavius", "front", Form.FUSIFORM, deep=True,
        origin=((213, 163), (215, 168)),
        insertion=((248, 163), (247, 167.5)),
        side_a=((224, 159.8),), side_b=((230, 168),),
        fibres=0, source=_SUBCLAVIUS,
    ),
    # --- sternalis (an inconstant muscle): a strap beside the sternum, over pectoralis major.
    MuscleOutline(
        "sternalis", "front", Form.STRAP,
        origin=((202, 170), (207, 170)),
        insertion=((203.5, 256), (209.5, 255)),
        side_a=((201.5, 210),), side_b=((209, 210),),
        fibres=2, source=_STERNALIS,
    ),
    # --- serratus anterior: slips from the side of ribs 1-8 that pass back round the chest to
    # the scapula; mostly under pectoralis major and latissimus dorsi from the front.
    MuscleOutline(
        "serratus_anterior", "front", Form.SHEET, deep=True,
        origin=((241, 211), (238.5, 235), (242, 258), (250, 280)),
        insertion=((263, 207), (266.5, 235), (263.5, 262), (258.5, 288)),
        fibres=0, source=_SERRATUS_ANT,
    ),
    # --- latissimus dorsi: from the front only its outer edge shows, the back fold of the
    # armpit running up the side of the chest to the humerus.
    MuscleOutline(
        "latissimus_dorsi", "front", Form.SHEET,
        origin=((251, 298), (257, 300)),
        insertion=((258, 199), (270, 204)),
        side_a=((252, 268), (254, 235)),
        side_b=((262.5, 268), (265.5, 240), (266, 222)),
        fibres=2, source=_LATISSIMUS,
    ),
    # --- teres major: behind latissimus in the back wall of the armpit, to the humerus.
    MuscleOutline(
        "teres_major", "front", Form.STRAP, deep=True,
        origin=((250.5, 203), (253, 218)),
        insertion=((274, 197), (276, 206)),
        fibres=0, source=_TERES_MAJOR,
    ),
    # --- subscapularis: on the front of the scapula; seen in the back wall of the armpit as it
    # runs out to the lesser tubercle.
    MuscleOutline(
        "subscapularis", "front", Form.FAN, deep=True,
        origin=((249, 188), (248, 200), (252, 212)),
        insertion=((279, 186), (279, 198)),
        side_a=((265, 185),), side_b=((266, 210.5),),
        fibres=0, source=_ROTATOR_CUFF,
    ),
    # --- supraspinatus: over the top of the shoulder under the trapezius, its tendon passing
    # under the acromion to the top of the greater tubercle.
    MuscleOutline(
        "supraspinatus", "front", Form.FUSIFORM, deep=True,
        origin=((237, 154), (238.5, 158.5)),
        insertion=((300.5, 180), (297, 185)),
        side_a=((262, 159.8), (281, 166), (294, 172)),
        side_b=((262, 163), (282, 168.5), (293, 177)),
        fibres=0, source=_ROTATOR_CUFF,
    ),
    # --- coracobrachialis: from the coracoid down the inner side of the upper arm.
    MuscleOutline(
        "coracobrachialis", "front", Form.STRAP, deep=True,
        origin=((261, 182), "coracoid_process"),
        insertion=((276, 262), (281, 262)),
        side_a=((262.5, 200), (269, 229)), side_b=((270.5, 200), (279, 235)),
        fibres=0, source=_CORACOBRACHIALIS,
    ),
    # --- biceps brachii: the spindle on the front of the arm, its two tendons from the coracoid
    # and (through the bicipital groove) the supraglenoid tubercle, to the radial tuberosity.
    MuscleOutline(
        "biceps_brachii", "front", Form.FUSIFORM,
        origin=("coracoid_process", (286, 190)),
        insertion=((298, 336), (303, 336)),
        side_a=((276, 240), (279.5, 280), (289, 314)),
        side_b=((297, 230), (305, 275), (304, 312)),
        fibres=3, source=_BICEPS,
    ),
    # --- brachialis: under the biceps on the lower half of the humerus, to the coronoid.
    MuscleOutline(
        "brachialis", "front", Form.QUADRILATERAL, deep=True,
        origin=((292, 244), (303, 250)),
        insertion=((290, 340), (298, 342)),
        side_a=((283, 280), (281.5, 312)), side_b=((306, 280), (307.5, 312)),
        fibres=0, source=_BRACHIALIS,
    ),
    # --- triceps: behind the humerus; from the front only its edges show on both sides of the
    # arm, so the whole muscle is drawn see-through.
    MuscleOutline(
        "triceps_brachii", "front", Form.QUADRILATERAL, deep=True,
        origin=((270, 218), (304, 210)),
        insertion=((290, 330), (306, 330)),
        side_a=((272.5, 260), (280, 303)), side_b=((306.5, 260), (310, 300)),
        fibres=0, source=_TRICEPS,
    ),
    # --- forearm, superficial flexors from the medial epicondyle (lateral = larger x).
    MuscleOutline(
        "pronator_teres", "front", Form.STRAP,
        origin=((283.5, 322), (288, 338)),
        insertion=((317, 358), (320, 366)),
        side_b=((298, 350.5),),
        fibres=2, source=_FLEXORS_SUPERFICIAL,
    ),
    MuscleOutline(
        # Medial to and below pronator teres in the upper forearm, crossing to the thumb side
        # of the wrist only in its tendon (vhdissector.com exercise 12). Its radial border
        # follows the lower edge of pronator teres instead of running over it to the radius.
        "flexor_carpi_radialis", "front", Form.FUSIFORM,
        origin=("medial_epicondyle", (290, 329)),
        insertion=((313, 398), (317, 398)),
        side_a=((291.5, 348), (302.5, 374)), side_b=((297, 332), (304, 354), (313, 376)),
        fibres=2, source=_FLEXORS_SUPERFICIAL,
    ),
    MuscleOutline(
        "palmaris_longus", "front", Form.FUSIFORM,
        origin=((287, 327),), insertion=((313, 400),),
        side_a=((295.5, 355), (306, 380)), side_b=((304.5, 345), (311, 375)),
        fibres=1, source=_FLEXORS_SUPERFICIAL,
    ),
    MuscleOutline(
        "flexor_carpi_ulnaris", "front", Form.FUSIFORM,
        origin=((283.5, 326), (288.5, 325)),
        insertion=((305.5, 401), "pisiform"),
        side_a=((289, 345), (296, 370)), side_b=((296.5, 345), (303, 372)),
        fibres=2, source=_FLEXORS_SUPERFICIAL,
    ),
    MuscleOutline(
        "brachioradialis", "front", Form.FUSIFORM,
        origin=((307, 298), (311, 300)),
        insertion=((322.5, 395), "radial_styloid"),
        side_a=((306, 325), (309, 350), (318, 378)),
        side_b=((312, 320), (318.5, 345), (323.5, 372)),
        fibres=2, source=_BRACHIORADIALIS,
    ),
    MuscleOutline(
        # Behind brachioradialis at the outer edge of the elbow.
        "extensor_carpi_radialis_longus", "front", Form.FUSIFORM, deep=True,
        origin=((309, 306), (312, 309)),
        insertion=((319, 368), (322, 366)),
        side_a=((309, 335),), side_b=((316, 333),),
        fibres=0, source=_EXTENSORS,
    ),
    # --- forearm, deeper flexors (seen through the superficial ones).
    MuscleOutline(
        "flexor_digitorum_superficialis", "front", Form.QUADRILATERAL, deep=True,
        origin=((286, 330), (306, 340)),
        insertion=((306, 398), (318, 398)),
        side_a=((292, 360), (301, 385)), side_b=((314, 360), (317, 385)),
        fibres=0, source=_FDS,
    ),
    MuscleOutline(
        "flexor_digitorum_profundus", "front", Form.QUADRILATERAL, deep=True,
        origin=((285.5, 330), (300, 334)),
        insertion=((305, 398), (315, 398)),
        side_a=((290.5, 352), (297, 378)), side_b=((310, 352), (315, 378)),
        fibres=0, source=_DEEP_FLEXORS,
    ),
    MuscleOutline(
        "flexor_pollicis_longus", "front", Form.FUSIFORM, deep=True,
        origin=((308, 342), (316, 340)),
        insertion=((318, 398), (323, 398)),
        side_a=((307, 365), (313, 388)), side_b=((319, 360), (322, 380)),
        fibres=0, source=_DEEP_FLEXORS,
    ),
    MuscleOutline(
        # Wrapped round the neck of the radius in the floor of the elbow crease.
        "supinator", "front", Form.QUADRILATERAL, deep=True,
        origin=((306, 325), (313.5, 325)),
        insertion=((303, 348), (316, 355)),
        side_a=((303, 336),), side_b=((317, 340),),
        fibres=0, source=_SUPINATOR,
    ),
    # --- hand (palm towards the viewer, thumb at larger x).
    MuscleOutline(
        "abductor_digiti_minimi_hand", "front", Form.STRAP,
        origin=((305.5, 404), "pisiform"),
        insertion=((304, 441), (308, 442)),
        side_a=((304.5, 420),), side_b=((312, 422),),
        fibres=2, source=_HAND,
    ),
    MuscleOutline(
        "opponens_pollicis", "front", Form.QUADRILATERAL, deep=True,
        origin=((317, 405), (322, 402.5)),
        insertion=((332, 428), (335, 424)),
        side_a=((322, 420),), side_b=((329, 410),),
        fibres=0, source=_HAND,
    ),
    MuscleOutline(
        "adductor_pollicis", "front", Form.FAN, deep=True,
        origin=((317, 413), (318, 426), (320, 440)),
        insertion=((336, 429), (338, 434)),
        side_b=((330, 438.5),),
        fibres=0, source=_HAND,
    ),
    MuscleOutline(
        # The palmar interossei between the metacarpals, deep in the palm.
        "interossei_hand", "front", Form.QUADRILATERAL, deep=True,
        origin=((312, 414), (327, 413)),
        insertion=((309, 442), (332, 443)),
        side_a=((310, 428),), side_b=((330.5, 428),),
        fibres=0, source=_HAND,
    ),
    # ================================================================ back view
    # (the body's left on the viewer's left: the lateral side of the arm at small x)
    MuscleOutline(
        "deltoid", "back", Form.FAN,
        origin=("scapular_spine_mid", (133, 179), "acromion", (106, 172)),
        insertion=("deltoid_tuberosity",),
        side_a=((130, 212), (109, 236)),
        side_b=((97.5, 190), (95, 212), (95, 232)),
        fibres=4, source=_DELTOID,
    ),
    MuscleOutline(
        # Under the trapezius in its fossa above the spine of the scapula; the tendon passes
        # under the acromion. Its top border follows just under the ridge of the shoulder.
        # Its top edge still runs some 15 units above the superior angle, because both belly
        # X marks belong to the top_of_shoulder region, which in this view ends above the
        # supraspinous fossa (see data/muscles/supraspinatus.yaml, unverified).
        "supraspinatus", "back", Form.FAN, deep=True,
        origin=((157.5, 164.5), (167, 174), "scapula_superior_angle", "scapular_spine_root"),
        insertion=((116, 175), (121, 186)),
        side_a=((145, 163.5), (130, 164.5)),
        side_b=((150, 190), (136, 180.5), (126, 182)),
        fibres=0, source=_ROTATOR_CUFF,
    ),
    MuscleOutline(
        # On the front (rib) surface of the scapula: seen through it from behind.
        "subscapularis", "back", Form.FAN, deep=True,
        origin=("scapula_superior_angle", "scapular_spine_root", (164, 232),
                "scapula_inferior_angle"),
        insertion=((130, 190), (132, 202)),
        side_a=((150, 181),), side_b=((142, 232),),
        fibres=0, source=_ROTATOR_CUFF,
    ),
    MuscleOutline(
        "teres_minor", "back", Form.STRAP,
        origin=((146, 211), (152, 236)),
        insertion=((125, 203), (127, 212)),
        side_a=((136, 207.5),), side_b=((138, 225),),
        fibres=2, source=_ROTATOR_CUFF,
    ),
    MuscleOutline(
        "teres_major", "back", Form.STRAP,
        origin=((150, 242), "scapula_inferior_angle"),
        insertion=((128, 214), (131.5, 226)),
        side_a=((138, 226),), side_b=((145, 248),),
        fibres=2, source=_TERES_MAJOR,
    ),
    MuscleOutline(
        # Under the trapezius, from the spines to the medial border of the scapula.
        "rhomboids", "back", Form.SHEET, deep=True,
        origin=((199, 156), (199, 232)),
        insertion=((167, 190), "scapular_spine_root", (164, 230), "scapula_inferior_angle"),
        fibres=0, source=_RHOMBOIDS,
    ),
    MuscleOutline(
        # Under the rhomboids, from the upper thoracic spines down and out to ribs 2-5.
        "serratus_posterior_superior", "back", Form.SHEET, deep=True,
        origin=((199, 158), (199, 198)),
        insertion=((160, 182), (155, 226)),
        fibres=0, source=_SERRATUS_POST,
    ),
    MuscleOutline(
        "latissimus_dorsi", "back", Form.SHEET,
        origin=((199.5, 263), (199.5, 300), (198.5, 336), "iliac_crest_posterior", (155, 330)),
        insertion=((131, 211), (133.5, 220)),
        # upper border over the inferior angle of the scapula; outer border up the flank
        side_a=((176, 263.5), (160, 263), (147, 249), (138, 229)),
        side_b=((143, 300), (137, 265), (134, 240)),
        fibres=4, source=_LATISSIMUS,
    ),
    MuscleOutline(
        # The heads emerge from under the back of the deltoid, whose lower border is their top.
        "triceps_brachii", "back", Form.PENNATE,
        origin=((132, 214), (120, 225.5), (108, 238), (96.5, 249)),
        insertion=((106, 332), (95, 332)),
        side_a=((131, 232), (128.5, 260), (121.5, 300), (112, 322)),
        side_b=((93.5, 270), (91.5, 300), (90, 318)),
        fibres=3, source=_TRICEPS,
    ),
    MuscleOutline(
        "anconeus", "back", Form.QUADRILATERAL,
        origin=((86, 322), (89, 326)),
        insertion=("olecranon", (99.5, 343), (96, 352)),
        fibres=2, source=_ANCONEUS,
    ),
    # --- forearm extensors, lateral (radial, small x) to medial
    MuscleOutline(
        "extensor_carpi_radialis_longus", "back", Form.FUSIFORM,
        origin=((89, 300), (91.5, 304)),
        insertion=((75, 398), (78, 399)),
        side_a=((86, 330), (79, 360)), side_b=((92, 332), (84, 362)),
        fibres=2, source=_EXTENSORS,
    ),
    MuscleOutline(
        "extensor_carpi_radialis_brevis", "back", Form.FUSIFORM,
        origin=("lateral_epicondyle", (90, 325)),
        insertion=((79, 398), (82, 399)),
        side_a=((82, 348), (78, 375)), side_b=((92, 348), (86, 378)),
        fibres=2, source=_EXTENSORS,
    ),
    MuscleOutline(
        "extensor_digitorum", "back", Form.FUSIFORM,
        origin=((88, 324), (92, 325)),
        insertion=((80, 400), (90, 400)),
        side_a=((87, 345), (83, 375)), side_b=((95, 345), (99.5, 368), (92, 388)),
        fibres=3, source=_EXT_DIGITORUM,
    ),
    MuscleOutline(
        "extensor_carpi_ulnaris", "back", Form.FUSIFORM,
        origin=((90, 326), (97, 336)),
        insertion=((92, 398), (95.5, 398)),
        side_a=((97, 346), (100, 368), (95, 388)),
        side_b=((106.5, 350), (102.5, 372), (97.5, 388)),
        fibres=2, source=_ECU,
    ),
    MuscleOutline(
        # From behind, the ulnar head (olecranon and back border of the ulna) forms the inner
        # edge of the forearm.
        "flexor_carpi_ulnaris", "back", Form.FUSIFORM,
        origin=((103, 334), (116, 327)),
        insertion=((94.5, 397), (97, 397.5)),
        side_a=((107, 352), (100.5, 373), (96, 388)),
        side_b=((111.5, 345), (105, 368), (98.5, 387)),
        fibres=2, source=_FLEXORS_SUPERFICIAL,
    ),
    MuscleOutline(
        # Deep to extensor digitorum, from the lower ulna to the index finger.
        "extensor_indicis", "back", Form.STRAP, deep=True,
        origin=((95, 366), (97, 372)),
        insertion=((64, 438), (68, 441)),
        side_a=((86, 380), (79, 400), (72, 420)),
        side_b=((92, 386), (82, 405), (75, 423)),
        fibres=0, source=_EXT_INDICIS,
    ),
    MuscleOutline(
        # The dorsal interossei between the metacarpals on the back of the hand.
        "interossei_hand", "back", Form.QUADRILATERAL,
        origin=((73, 409), (94, 409)),
        insertion=((62.5, 437), (72, 443.5), (86, 444.5), (95.5, 442)),
        side_a=((65.5, 424), (63.5, 431)),
        fibres=3, source=_HAND,
    ),
    # ================================================================ left view
    # (the arm hangs at the side, palm forward: its front at small x, the back of the arm and
    # forearm at large x; the shoulder blade lies behind the arm)
    MuscleOutline(
        "deltoid", "left", Form.FAN,
        origin=((143.5, 176), (150, 166), "acromion", (175, 170), (180, 179)),
        insertion=("deltoid_tuberosity",),
        side_a=((138, 200), (146, 228)),
        side_b=((183, 200), (172, 228)),
        fibres=4, source=_DELTOID,
    ),
    MuscleOutline(
        # Under the trapezius on top of the shoulder, from the fossa behind to the greater
        # tubercle under the acromion.
        "supraspinatus", "left", Form.FAN, deep=True,
        origin=((186, 161), (190, 168.5), (195, 178)),
        insertion=((145.5, 176), (149, 185)),
        side_a=((175, 159), (163, 158.5), (152, 165)),
        side_b=((182, 181), (165, 180)),
        fibres=0, source=_ROTATOR_CUFF,
    ),
    MuscleOutline(
        # On the rib surface of the scapula, running forward under the shoulder joint to the
        # lesser tubercle.
        "subscapularis", "left", Form.FAN, deep=True,
        origin=((190, 174), (198, 188), (203, 212), (203, 236)),
        insertion=((151, 187), (153, 197)),
        side_a=((172, 178),), side_b=((180, 225),),
        fibres=0, source=_ROTATOR_CUFF,
    ),
    MuscleOutline(
        "teres_minor", "left", Form.STRAP,
        origin=((196, 207), (200, 228)),
        insertion=((181, 200), (182, 207)),
        side_a=((188, 203),), side_b=((188, 222),),
        fibres=2, source=_ROTATOR_CUFF,
    ),
    MuscleOutline(
        # From the inferior angle forward; it passes out of sight behind the arm.
        "teres_major", "left", Form.STRAP,
        origin=((201, 232), (203, 249.5)),
        insertion=((179, 222), (180, 236)),
        side_a=((190, 226),), side_b=((189, 252),),
        fibres=2, source=_TERES_MAJOR,
    ),
    MuscleOutline(
        # Thin and deep, from the upper thoracic spines (the back contour) to ribs 2-5.
        "serratus_posterior_superior", "left", Form.SHEET, deep=True,
        origin=((185, 160.5), (200, 196)),
        insertion=((182, 178), (193, 222)),
        fibres=0, source=_SERRATUS_POST,
    ),
    MuscleOutline(
        "pectoralis_major", "left", Form.FAN,
        origin=((140, 166), (128, 163), (116, 180), (107, 200), (106.5, 225), (108.5, 248),
                (111, 262)),
        # the tendon disappears under the front of the deltoid
        insertion=((139, 190), (140, 212)),
        side_a=((141, 178),),
        # lower border: the free edge rising from the sixth costal cartilage to the front
        # armpit fold (it no longer dips behind that line to hold a misplaced X)
        side_b=((121, 261), (131, 250), (138.5, 233)),
        fibres=4, source=_PEC_MAJOR,
    ),
    MuscleOutline(
        "pectoralis_minor", "left", Form.FAN, deep=True,
        origin=((114, 200), (116, 220), (121, 238)),
        insertion=((143, 175), "coracoid_process", (148, 181)),
        side_b=((139, 214),),
        fibres=0, source=_PEC_MINOR,
    ),
    MuscleOutline(
        "biceps_brachii", "left", Form.FUSIFORM,
        origin=((146, 190), (152, 190)),
        insertion=((141, 333), (146, 334)),
        side_a=((138.5, 215), (142.5, 260), (144.5, 295)),
        side_b=((154, 230), (154.5, 270), (150, 310)),
        fibres=3, source=_BICEPS,
    ),
    MuscleOutline(
        # Seen from the side between the biceps and the triceps.
        "brachialis", "left", Form.FUSIFORM,
        origin=((155, 250), (160, 252)),
        insertion=((145, 338), (151, 340)),
        side_a=((153, 280), (150, 318)), side_b=((160.5, 285), (158, 318)),
        fibres=2, source=_BRACHIALIS,
    ),
    MuscleOutline(
        # The back of the arm; the heads appear from under the back of the deltoid.
        "triceps_brachii", "left", Form.PENNATE,
        origin=((183.5, 212), (174, 228), (160, 251)),
        insertion=((173, 334), (167, 334)),
        side_a=((180.5, 240), (178.5, 290), (176, 320)),
        side_b=((158.5, 275), (158.5, 300), (166, 325)),
        fibres=3, source=_TRICEPS,
    ),
    MuscleOutline(
        # Behind the hanging arm: the part between the arm and the back contour, from the lower
        # thoracic and lumbar spines and the iliac crest up towards the armpit.
        "latissimus_dorsi", "left", Form.SHEET,
        origin=((202.5, 246), (201.5, 262), (196, 290), (193, 315), (191.5, 331),
                "iliac_crest_posterior", (182, 340)),
        insertion=((184, 221), (180.5, 262)),
        side_a=((195, 236),),
        side_b=((180.5, 300), (180.5, 280)),
        fibres=3, source=_LATISSIMUS,
    ),
    MuscleOutline(
        # Slips from ribs 1-8 at the side of the chest, running back under the arm and the
        # scapula to its medial border: seen through the arm.
        "serratus_anterior", "left", Form.SHEET, deep=True,
        origin=((140, 188), (126, 215), (121, 245), (125, 272), (133, 292)),
        insertion=((191, 176), (199, 205), (203, 238)),
        fibres=0, source=_SERRATUS_ANT,
    ),
    # --- forearm: the radial group and extensors show from the side, the flexors only as a
    # sliver at the front edge (so the deep ones are drawn see-through).
    MuscleOutline(
        "brachioradialis", "left", Form.FUSIFORM,
        origin=((152, 292), (158, 294)),
        insertion=((143, 395), "radial_styloid"),
        side_a=((146, 315), (139, 345), (140, 372)),
        side_b=((160, 318), (152, 345), (148, 372)),
        fibres=3, source=_BRACHIORADIALIS,
    ),
    MuscleOutline(
        "extensor_carpi_radialis_longus", "left", Form.FUSIFORM,
        origin=((158, 305), (163, 310)),
        insertion=((148, 398), (151, 398)),
        side_a=((145, 332), (145, 360)), side_b=((160, 335), (154, 365)),
        fibres=2, source=_EXTENSORS,
    ),
    MuscleOutline(
        "extensor_carpi_radialis_brevis", "left", Form.FUSIFORM,
        origin=((162, 324), (166, 328)),
        insertion=((151, 399), (155, 399)),
        side_a=((152, 350), (150, 378)), side_b=((162, 350), (157, 378)),
        fibres=2, source=_EXTENSORS,
    ),
    MuscleOutline(
        "extensor_digitorum", "left", Form.FUSIFORM,
        origin=((164, 327), (168, 330)),
        insertion=((153, 400), (159, 401)),
        side_a=((155, 355), (154, 380)), side_b=((166, 352), (164, 370), (160, 388)),
        fibres=3, source=_EXT_DIGITORUM,
    ),
    MuscleOutline(
        "extensor_carpi_ulnaris", "left", Form.FUSIFORM,
        origin=((167, 330), (171, 336)),
        insertion=((158, 398), (160, 397)),
        side_a=((163, 355), (159, 380)), side_b=((169.5, 348), (164.5, 370), (160.5, 388)),
        fibres=2, source=_ECU,
    ),
    MuscleOutline(
        "extensor_indicis", "left", Form.STRAP, deep=True,
        origin=((159, 365), (162, 374)),
        insertion=((150, 430), (153, 432)),
        side_a=((153, 380), (150, 405)), side_b=((159, 385), (155, 408)),
        fibres=0, source=_EXT_INDICIS,
    ),
    MuscleOutline(
        "supinator", "left", Form.QUADRILATERAL, deep=True,
        origin=((158, 325), (165, 328)),
        insertion=((140, 342), (146, 356)),
        side_a=((149, 330),), side_b=((156, 345),),
        fibres=0, source=_SUPINATOR,
    ),
    MuscleOutline(
        # Its insertion on the outer side of the radius, under brachioradialis.
        "pronator_teres", "left", Form.STRAP, deep=True,
        origin=((138.5, 332), (145, 330)),
        insertion=((143, 366), (147, 362)),
        side_a=((138.5, 350),), side_b=((148, 346),),
        fibres=0, source=_FLEXORS_SUPERFICIAL,
    ),
    MuscleOutline(
        "flexor_carpi_radialis", "left", Form.FUSIFORM,
        origin=((139.5, 333), (144, 333)),
        insertion=((140.5, 397), (143.5, 397)),
        side_a=((138, 366),), side_b=((145, 362),),
        fibres=1, source=_FLEXORS_SUPERFICIAL,
    ),
    MuscleOutline(
        "palmaris_longus", "left", Form.FUSIFORM,
        origin=((139, 333), (141, 332)),
        insertion=((139.5, 398),),
        side_a=((137.8, 360), (138.5, 380)), side_b=((141, 360), (141, 380)),
        fibres=1, source=_FLEXORS_SUPERFICIAL,
    ),
    MuscleOutline(
        # On the far (inner) side of the forearm: seen through it.
        "flexor_carpi_ulnaris", "left", Form.FUSIFORM, deep=True,
        origin=((138.5, 335), (143, 336)),
        insertion=((139, 398), (142, 398)),
        side_a=((137.8, 373),), side_b=((143, 370),),
        fibres=0, source=_FLEXORS_SUPERFICIAL,
    ),
    MuscleOutline(
        "flexor_digitorum_superficialis", "left", Form.QUADRILATERAL, deep=True,
        origin=((139, 335), (148, 337)),
        insertion=((140, 398), (146, 398)),
        side_a=((138, 365),), side_b=((148, 362),),
        fibres=0, source=_FDS,
    ),
    MuscleOutline(
        "flexor_digitorum_profundus", "left", Form.QUADRILATERAL, deep=True,
        origin=((140, 336), (150, 340)),
        insertion=((141, 398), (147, 398)),
        side_a=((139, 355), (139, 375)), side_b=((150, 355), (147, 380)),
        fibres=0, source=_DEEP_FLEXORS,
    ),
    MuscleOutline(
        "flexor_pollicis_longus", "left", Form.FUSIFORM, deep=True,
        origin=((142, 350), (148, 352)),
        insertion=((142, 398), (146, 398)),
        side_a=((139.5, 381),), side_b=((147, 380),),
        fibres=0, source=_DEEP_FLEXORS,
    ),
    # --- hand
    MuscleOutline(
        "opponens_pollicis", "left", Form.QUADRILATERAL, deep=True,
        origin=((140, 407), (146, 408)),
        insertion=((135.5, 432), (140, 446)),
        side_b=((146, 428),),
        fibres=0, source=_HAND,
    ),
    MuscleOutline(
        "interossei_hand", "left", Form.QUADRILATERAL,
        origin=((150, 408), (158, 406)),
        insertion=((151, 440), (162, 444)),
        side_a=((148, 425),), side_b=((160.5, 425),),
        fibres=2, source=_HAND,
    ),
)
