"""Leg and foot muscles (left side; the right side is mirrored). See docs/atlas-format.md.

Attachments checked against (one line per muscle):
- tibialis anterior: lateral tibial condyle, upper half of the lateral tibial shaft and the
  interosseous membrane, to the medial cuneiform and the base of the 1st metatarsal (Kenhub
  "Anterior muscles of the leg").
- extensor hallucis longus: middle third of the medial surface of the fibula and the interosseous
  membrane, to the base of the distal phalanx of the big toe (Kenhub "Anterior muscles of the leg").
- extensor digitorum longus: lateral tibial condyle and upper part of the medial surface of the
  fibula, to the middle and distal phalanges of toes 2-5 (Kenhub "Anterior muscles of the leg").
- peroneus (fibularis) tertius: lower third of the anterior fibula and interosseous membrane, to
  the dorsal base of the 5th metatarsal (Kenhub "Fibularis tertius muscle"; Gray's Anatomy 20th
  ed., 1918, via imaios.com).
- peroneus longus: head and upper two thirds of the lateral fibula, behind the lateral malleolus
  and under the foot to the medial cuneiform and 1st metatarsal (Kenhub "Fibular/peroneal
  muscles of the leg").
- peroneus brevis: lower two thirds of the lateral fibula under peroneus longus, its tendon in
  front of the longus tendon behind the lateral malleolus, to the tuberosity of the 5th
  metatarsal (Wikipedia "Fibularis brevis", after Gray's Anatomy 1918).
- gastrocnemius: medial and lateral heads from the back of the femoral condyles, through the
  Achilles tendon to the back of the calcaneus (Wondrium Daily "Muscles in the posterior
  compartment of the leg"; 3dmusclelab.com "Gastrocnemius, soleus and plantaris").
- soleus: back of the fibular head and upper third of the fibula, the soleal line and middle
  third of the medial tibial border, to the Achilles tendon; under gastrocnemius, bulging out on
  both sides of it below (Gray's Anatomy 20th ed., 1918, bartleby.com/107 p. 483; Wondrium Daily).
- plantaris: lower lateral supracondylar line of the femur above the lateral head of
  gastrocnemius; a 7-10 cm belly, then a long tendon between gastrocnemius and soleus along the
  medial side of the Achilles tendon to the calcaneus (imaios.com "Plantaris", after Gray's 1918;
  Elsevier anatomy resources "Plantaris muscle").
- tibialis posterior: posterior tibia, fibula and interosseous membrane, behind the medial
  malleolus to the navicular tuberosity and cuneiforms (Kenhub "Deep posterior muscles of the
  leg").
- flexor digitorum longus: posterior tibia below the soleal line, behind the medial malleolus to
  the distal phalanges of toes 2-5 (Kenhub "Deep posterior muscles of the leg").
- flexor hallucis longus: lower two thirds of the posterior fibula and interosseous membrane,
  behind the talus and under the sustentaculum tali to the distal phalanx of the big toe (Kenhub
  "Deep posterior muscles of the leg").
- extensor digitorum brevis / extensor hallucis brevis: superolateral surface of the calcaneus in
  front of the lateral malleolus, obliquely across the dorsum to toes 2-4 / the base of the
  proximal phalanx of the big toe (Kenhub "Dorsal muscles of the foot"; Gray's 1918 p. 490).
- abductor hallucis: medial process of the calcaneal tuberosity, along the medial border of the
  sole to the base of the proximal phalanx of the big toe (ditki "Foot muscles: intrinsic").
- flexor digitorum brevis: medial process of the calcaneal tuberosity and the plantar aponeurosis,
  centre of the sole, to the middle phalanges of toes 2-5 (ditki "Foot muscles: intrinsic").
- abductor digiti minimi (foot): both processes of the calcaneal tuberosity, along the lateral
  border of the sole to the base of the proximal phalanx of the little toe (ditki).
- quadratus plantae: two heads from the medial and lateral sides of the under-surface of the
  calcaneus, to the lateral margin of the flexor digitorum longus tendon, under flexor digitorum
  brevis (Gray's 1918 p. 493).
- flexor hallucis brevis: cuboid and lateral cuneiform, two heads under the 1st metatarsal to
  both sides of the base of the proximal phalanx of the big toe (QUT podiatry anatomy "Flexor
  hallucis brevis"; imaios.com "Flexor hallucis brevis, lateral head").
- adductor hallucis: oblique head from the bases of metatarsals 2-4 and the peroneus longus
  sheath, transverse head from the plantar ligaments of the 3rd-5th metatarsophalangeal joints,
  both to the lateral side of the base of the big toe's proximal phalanx (DocCheck Flexikon
  "Adductor hallucis muscle").
- interossei of the foot: four dorsal (between metatarsals 1-5, from their adjacent sides) and
  three plantar (under metatarsals 3-5), to the bases of the proximal phalanges of toes 2-5
  (orthobullets.com "Dorsal interossei"; Gray's 1918 via wikidoc "Plantar interossei").

Landmarks (tools/atlas/landmarks.py, leg block): the fibular head lies on the outer back of the
knee, level with the tibial tuberosity, about 2 cm below the outer joint line, and the inner
femoral condyle is the more prominent from behind (chestofbooks.com "Region of the knee: surface
anatomy"); the lateral malleolus reaches lower than the medial one (Gray's 1918 via imaios.com
"Lateral malleolus"). Their heights on this figure follow the proportions in
docs/atlas-format.md; the exact figure coordinates are drawn by eye, not measured.

Where a tendon leaves the view before its insertion (peroneus longus and the deep flexors dive
under the foot; tibialis anterior turns to the inner side), the outline ends where the tendon
disappears, as a therapist would feel it. The soles view has no named landmarks (the legend
table has no soles column), so its points are literal coordinates of that view.
"""

from __future__ import annotations

from tools.atlas.muscles.shape import Form, MuscleOutline

_ANTERIOR = "Kenhub: Anterior muscles of the leg"
_TERTIUS = "Kenhub: Fibularis tertius muscle; Gray's Anatomy 20th ed. (1918) via imaios.com"
_FIBULAR = "Kenhub: Fibular/peroneal muscles of the leg"
_BREVIS = "Kenhub: Fibular/peroneal muscles; Wikipedia: Fibularis brevis (Gray's 1918)"
_GASTROC = ("Wondrium Daily: Muscles in the posterior compartment of the leg; "
            "3dmusclelab.com: Gastrocnemius, soleus and plantaris")
_SOLEUS = "Gray's Anatomy 20th ed. (1918), bartleby.com/107 p. 483; Wondrium Daily"
_PLANTARIS = "imaios.com: Plantaris (Gray's 1918); Elsevier anatomy: Plantaris muscle"
_DEEP_POST = "Kenhub: Deep posterior muscles of the leg"
_DORSAL = "Kenhub: Dorsal muscles of the foot; Gray's Anatomy 20th ed. (1918) p. 490"
_SOLE_1 = "ditki: Foot muscles (intrinsic)"
_QP = "Gray's Anatomy 20th ed. (1918) p. 493: Quadratus plantae"
_FHB = "QUT podiatry anatomy: Flexor hallucis brevis; imaios.com: Flexor hallucis brevis"
_ADH = "DocCheck Flexikon: Adductor hallucis muscle"
_INTEROSSEI = "orthobullets.com: Dorsal interossei; wikidoc (Gray's 1918): Plantar interossei"

#: The muscle groups (``group:`` in data/muscles/*.yaml) this module draws.
GROUPS: tuple[str, ...] = ("leg", "foot")

#: Outlines still to draw: muscle -> the views where its trigger points are marked but it has no
#: outline yet. Cross a view off when you draw it; tests/data/test_muscle_layer.py fails until
#: this list is exactly the true state of the layer.
NOT_YET_DRAWN: dict[str, tuple[str, ...]] = {}

OUTLINES: tuple[MuscleOutline, ...] = (
    # ================================================================ front of the leg
    # --- tibialis anterior: beside the shin crest, its tendon crossing to the inner midfoot.
    MuscleOutline(
        "tibialis_anterior", "front", Form.FUSIFORM,
        origin=((235.5, 597), "lateral_tibial_condyle"),
        insertion=((224, 745), (227, 747.5)),
        side_a=((233.5, 615), (233.5, 650), (234, 690), (231, 722)),
        side_b=((248, 612), (246.5, 650), (241.5, 690), (234.5, 724)),
        fibres=3, source=_ANTERIOR,
    ),
    MuscleOutline(
        "tibialis_anterior", "left", Form.FUSIFORM,
        origin=((141.5, 594), "lateral_tibial_condyle", (152, 594)),
        insertion=((136.5, 740.5), (139, 743.5)),
        side_a=((141.5, 620), (143, 660), (145, 695), (146.8, 716), (145.5, 730)),
        side_b=((154, 615), (153, 650), (150.5, 690), (151, 716), (148, 734)),
        fibres=3, source=_ANTERIOR,
    ),
    # --- extensor digitorum longus: lateral to tibialis anterior, tendons fanning to toes 2-5.
    MuscleOutline(
        "extensor_digitorum_longus", "front", Form.PENNATE,
        origin=("lateral_tibial_condyle", (252, 593)),
        insertion=((235, 767), (255.5, 768)),
        side_a=((247.5, 612), (245, 650), (242.5, 688), (240.5, 715), (238.5, 742)),
        side_b=((252.5, 615), (251, 650), (248, 688), (245.5, 715), (249, 745)),
        fibres=2, source=_ANTERIOR,
    ),
    MuscleOutline(
        "extensor_digitorum_longus", "left", Form.PENNATE,
        origin=((152, 594), (159, 594)),
        insertion=((79, 767.5), (81, 772)),
        side_a=((153.5, 615), (152, 650), (151, 690), (150.5, 716), (148.5, 732), (138, 746),
                (110, 758), (88, 765.5)),
        side_b=((159.5, 615), (160, 650), (157.5, 690), (154, 716), (152, 735), (143, 752),
                (112, 764), (90, 770.5)),
        fibres=2, source=_ANTERIOR,
    ),
    # --- extensor hallucis longus: surfaces between the two above in the lower leg.
    MuscleOutline(
        "extensor_hallucis_longus", "front", Form.STRAP,
        origin=((243.5, 632),),
        insertion=((226.5, 771),),
        side_a=((239.5, 660), (237, 685), (235.5, 710), (232.5, 732), (229, 750), (226, 762)),
        side_b=((244.5, 660), (242.5, 688), (239, 712), (235, 734), (231.5, 751), (228.5, 762)),
        fibres=2, source=_ANTERIOR,
    ),
    MuscleOutline(
        "extensor_hallucis_longus", "left", Form.STRAP,
        origin=((155.5, 636),),
        insertion=((75, 767.5),),
        side_a=((151, 665), (149.5, 690), (149, 712), (147.5, 728), (138, 742), (110, 754),
                (86, 763)),
        side_b=((157, 665), (155.5, 690), (153, 712), (150, 730), (140, 745.5), (112, 757.5),
                (87, 766)),
        fibres=2, source=_ANTERIOR,
    ),
    # --- peroneus tertius: the lowest, outermost slip of the extensors, to the 5th metatarsal.
    MuscleOutline(
        "peroneus_tertius", "front", Form.FUSIFORM,
        origin=((246, 660), (249.5, 664)),
        insertion=((250.5, 747.5), "fifth_metatarsal_base"),
        side_a=((243, 695), (243, 714), (246.5, 736)),
        side_b=((250, 690), (248, 714), (249.5, 737)),
        fibres=2, source=_TERTIUS,
    ),
    MuscleOutline(
        "peroneus_tertius", "left", Form.FUSIFORM,
        origin=((157, 655), (161.5, 660)),
        insertion=((133, 764.5), (135, 767)),
        side_a=((156, 690), (155, 714), (152.5, 736), (142, 757)),
        side_b=((162.5, 690), (160, 714), (157, 737), (145, 762)),
        fibres=2, source=_TERTIUS,
    ),
    # ================================================================ outer side of the leg
    # --- peroneus longus: from the fibular head down the outer leg, behind the outer ankle bone.
    MuscleOutline(
        "peroneus_longus", "front", Form.PENNATE,
        origin=((250.5, 594), "fibular_head"),
        insertion=((248.5, 744), (250, 746)),
        side_a=((250.5, 620), (251, 650), (249.5, 680), (247, 708), (246.5, 728)),
        side_b=((257.5, 622), (256, 650), (252, 680), (248.5, 708), (248, 728)),
        fibres=2, source=_FIBULAR,
    ),
    MuscleOutline(
        "peroneus_longus", "left", Form.PENNATE,
        origin=((160, 594), "fibular_head"),
        insertion=((143, 771), (145.5, 774)),
        side_a=((159.5, 608), (160, 640), (162, 680), (163, 712), (163.5, 733), (159, 748),
                (150, 763)),
        side_b=((170.5, 620), (170.5, 650), (168, 680), (166, 712), (167, 736), (163, 752),
                (153, 768)),
        fibres=2, source=_FIBULAR,
    ),
    # --- peroneus brevis: under peroneus longus on the lower fibula, to the 5th metatarsal base.
    MuscleOutline(
        "peroneus_brevis", "front", Form.PENNATE,
        origin=((248.5, 640), (254.5, 645)),
        insertion=((251, 747), (253, 749.5)),
        side_a=((247, 680), (245.5, 705), (246, 728)),
        side_b=((252.5, 680), (249.5, 705), (248.5, 728)),
        fibres=2, source=_BREVIS,
    ),
    MuscleOutline(
        "peroneus_brevis", "left", Form.PENNATE,
        origin=((161, 640), (169.5, 645)),
        insertion=("fifth_metatarsal_base", (135.5, 770.5)),
        side_a=((160.5, 680), (161, 712), (161.5, 733), (155, 749), (143, 763)),
        side_b=((170, 680), (167, 712), (166, 735), (159.5, 753), (145, 767)),
        fibres=2, source=_BREVIS,
    ),
    # ================================================================ back of the leg
    # --- gastrocnemius: two heads from the femoral condyles (the lower corner of the knee hollow
    # dips between them), joining the Achilles tendon on the heel.
    MuscleOutline(
        "gastrocnemius", "back", Form.FUSIFORM,
        origin=((147.5, 561), "femoral_condyle_lateral", (164, 584), "femoral_condyle_medial",
                (181.5, 561)),
        insertion=((161.5, 756), (166.5, 756)),
        # the lateral head (side A) ends higher than the bigger medial head (side B)
        side_a=((145.5, 590), (144, 618), (148, 642), (155.5, 664), (160, 700)),
        side_b=((183.5, 592), (184, 622), (181, 655), (174, 682), (167.5, 705)),
        fibres=4, source=_GASTROC,
    ),
    MuscleOutline(
        "gastrocnemius", "left", Form.FUSIFORM,
        origin=((168, 560), "femoral_condyle_lateral", (181, 553)),
        insertion=((173, 749), "calcaneal_tuberosity"),
        side_a=((167, 588), (169, 618), (173, 650), (169, 685), (166.5, 712), (168, 735)),
        side_b=((179.5, 575), (185.5, 600), (190, 625), (182.5, 668), (171.5, 704), (171, 728)),
        fibres=2, source=_GASTROC,
    ),
    # From the front only the medial head shows, as the inner curve of the upper calf behind the
    # shin; the outline ends where it turns out of sight towards the Achilles tendon.
    MuscleOutline(
        "gastrocnemius", "front", Form.FUSIFORM,
        origin=((217.5, 583), (221, 589)),
        insertion=((219.5, 662),),
        side_a=((216, 608), (216, 632), (217.5, 652)),
        side_b=((222.5, 610), (223, 632), (221.5, 652)),
        fibres=2, source=_GASTROC,
    ),
    # --- soleus: under gastrocnemius, wider and lower, showing on both sides of it below.
    MuscleOutline(
        "soleus", "back", Form.PENNATE, deep=True,
        origin=("fibular_head", (160, 598), (178, 604)),
        insertion=((161, 752), (167, 752)),
        side_a=((143, 622), (144.5, 650), (149, 680), (156, 705)),
        side_b=((183.5, 625), (182, 655), (177, 685), (170, 710)),
        fibres=0, source=_SOLEUS,
    ),
    MuscleOutline(
        "soleus", "left", Form.PENNATE, deep=True,
        origin=("fibular_head", (175, 590), (182, 592)),
        insertion=((172, 745), (177, 743)),
        side_a=((169, 620), (170, 650), (168, 685), (166, 712)),
        side_b=((188, 628), (185, 660), (181.5, 680), (172.5, 706), (170.5, 726)),
        fibres=0, source=_SOLEUS,
    ),
    MuscleOutline(
        "soleus", "front", Form.PENNATE, deep=True,
        origin=((220, 604), (223.5, 608)),
        insertion=((224, 709),),
        side_a=((216.5, 630), (217.5, 660), (221, 688)),
        side_b=((225, 635), (226, 665), (226.5, 692)),
        fibres=0, source=_SOLEUS,
    ),
    # --- plantaris: a short belly slanting in from above the lateral head, then the longest
    # tendon of the body down the inner edge of the Achilles tendon.
    MuscleOutline(
        "plantaris", "back", Form.FUSIFORM, deep=True,
        origin=((152, 556),),
        insertion=((168.5, 752),),
        side_a=((153, 571), (157.5, 590), (164.5, 604), (166.5, 640), (167.5, 700)),
        side_b=((157.5, 560), (165.5, 580), (168.5, 598), (169, 640), (169.5, 700)),
        fibres=0, source=_PLANTARIS,
    ),
    MuscleOutline(
        "plantaris", "left", Form.FUSIFORM, deep=True,
        origin=((176, 553),),
        insertion=((175, 745),),
        side_a=((173, 570), (173.5, 592), (172, 610), (169.5, 680), (170.5, 728)),
        side_b=((180, 570), (180.5, 592), (175, 612), (171.5, 680), (172.5, 728)),
        fibres=0, source=_PLANTARIS,
    ),
    # --- tibialis posterior: the deepest calf muscle, on the membrane between the two bones;
    # its tendon runs just behind the inner ankle bone.
    MuscleOutline(
        "tibialis_posterior", "back", Form.PENNATE, deep=True,
        origin=((151, 600), (163, 602), (173, 606)),
        insertion=((170, 729), (173, 729.5)),
        side_a=((152.5, 640), (158, 680), (166, 706)),
        side_b=((173, 640), (172, 680), (171, 706)),
        fibres=0, source=_DEEP_POST,
    ),
    MuscleOutline(
        # From the side it lies just behind the line of the fibula, in front of soleus; its back
        # border no longer reaches into the middle of the calf (where soleus and gastrocnemius
        # lie) to hold the region-centre X, which now has an explicit marker.
        "tibialis_posterior", "left", Form.PENNATE, deep=True,
        origin=((163, 598), (174, 597)),
        insertion=((158, 728), (161, 728.5)),
        side_a=((162, 640), (163, 680), (162.5, 712)),
        side_b=((175.5, 612), (175, 650), (170, 690), (165.5, 715)),
        fibres=0, source=_DEEP_POST,
    ),
    # --- flexor digitorum longus: on the back of the tibia, along the inner edge of the shin.
    MuscleOutline(
        "flexor_digitorum_longus", "back", Form.PENNATE, deep=True,
        origin=((172, 608), (179, 606)),
        insertion=((171.5, 731), (174.5, 732)),
        side_a=((170, 650), (168.5, 690), (169.5, 715)),
        side_b=((181.5, 640), (179, 680), (175, 712)),
        fibres=0, source=_DEEP_POST,
    ),
    MuscleOutline(
        "flexor_digitorum_longus", "front", Form.PENNATE, deep=True,
        origin=((221, 602),),
        insertion=((227, 731),),
        side_a=((217.5, 630), (219.5, 665), (223.5, 700), (225.5, 718)),
        side_b=((225, 630), (226, 665), (227.5, 700), (228.5, 718)),
        fibres=0, source=_DEEP_POST,
    ),
    # --- flexor hallucis longus: on the lower back of the fibula, its tendon crossing behind
    # the ankle towards the inner side of the heel.
    MuscleOutline(
        "flexor_hallucis_longus", "back", Form.PENNATE, deep=True,
        origin=((146.5, 630), (153, 626)),
        insertion=((164, 737), (167.5, 737)),
        side_a=((146, 660), (150, 690), (157, 714)),
        side_b=((161, 645), (163, 675), (166.5, 705)),
        fibres=0, source=_DEEP_POST,
    ),
    MuscleOutline(
        "flexor_hallucis_longus", "left", Form.PENNATE, deep=True,
        origin=((166, 632), (175, 630)),
        insertion=((164, 740), (168, 741)),
        side_a=((165, 660), (165, 690), (165, 716)),
        side_b=((179, 662), (176, 690), (170.5, 714)),
        fibres=0, source=_DEEP_POST,
    ),
    # ================================================================ top of the foot
    # --- extensor digitorum brevis: a flat belly in front of the outer ankle bone, three
    # tendons to toes 2-4.
    MuscleOutline(
        "extensor_digitorum_brevis", "front", Form.FUSIFORM,
        origin=((249, 738.5), (251.5, 745.5)),
        insertion=((235, 765), (249, 765.5)),
        side_a=((243, 742), (237.5, 754)),
        side_b=((252, 753), (250, 760)),
        fibres=3, source=_DORSAL,
    ),
    MuscleOutline(
        "extensor_digitorum_brevis", "left", Form.FUSIFORM,
        origin=((154, 749), (155, 758)),
        insertion=((86, 766), (88, 771)),
        side_a=((145, 744.5), (125, 752), (100, 761)),
        side_b=((145, 761), (125, 766), (100, 770)),
        fibres=3, source=_DORSAL,
    ),
    # --- extensor hallucis brevis: the inner belly of the same mass, to the big toe.
    MuscleOutline(
        "extensor_hallucis_brevis", "front", Form.FUSIFORM,
        origin=((246.5, 738.5), (249, 742)),
        insertion=((228.5, 760.5), (231, 763)),
        side_a=((240, 741.5), (233, 750)),
        side_b=((242, 752), (235, 756.5)),
        fibres=2, source=_DORSAL,
    ),
    MuscleOutline(
        "extensor_hallucis_brevis", "left", Form.FUSIFORM,
        origin=((153, 746.5), (154, 753)),
        insertion=((80, 764.5), (81, 767.5)),
        side_a=((140, 746), (115, 754), (92, 761.5)),
        side_b=((141, 755), (116, 759), (93, 765)),
        fibres=2, source=_DORSAL,
    ),
    # --- interossei: between and under the metatarsals, from their bases to the toe bases.
    MuscleOutline(
        "interossei_foot", "front", Form.QUADRILATERAL, deep=True,
        origin=((226, 745), (250, 747.5)),
        insertion=((226, 759.5), (252.5, 761.5)),
        fibres=0, source=_INTEROSSEI,
    ),
    MuscleOutline(
        "interossei_foot", "left", Form.QUADRILATERAL, deep=True,
        origin=((132, 746), (133, 767)),
        insertion=((90, 761), (92, 771)),
        side_a=((112, 752.5),), side_b=((112, 772.5),),
        fibres=0, source=_INTEROSSEI,
    ),
    MuscleOutline(
        "interossei_foot", "soles", Form.QUADRILATERAL, deep=True,
        origin=((152, 136), (113, 131)),
        insertion=((153, 69), (110, 75)),
        side_a=((155, 100),), side_b=((109, 103),),
        fibres=0, source=_INTEROSSEI,
    ),
    # ================================================================ sole (soles view)
    # --- first layer: abductor hallucis along the inner border, flexor digitorum brevis in the
    # middle, abductor digiti minimi along the outer border, all from the heel.
    MuscleOutline(
        "abductor_hallucis", "soles", Form.FUSIFORM,
        origin=((150.5, 206), (157.5, 196)),
        insertion=((170.5, 74), (175.5, 76)),
        side_a=((149, 170), (153, 130), (163, 96)),
        side_b=((159.5, 168), (162.5, 138), (170, 108)),
        fibres=2, source=_SOLE_1,
    ),
    MuscleOutline(
        "flexor_digitorum_brevis", "soles", Form.FUSIFORM,
        origin=((143, 200), (134, 200)),
        insertion=((151, 65), (109, 73)),
        side_a=((148.5, 172), (151, 130), (152, 95)),
        side_b=((123, 172), (118, 130), (112, 95)),
        fibres=3, source=_SOLE_1,
    ),
    MuscleOutline(
        "abductor_digiti_minimi_foot", "soles", Form.FUSIFORM,
        origin=((113, 200), (124, 204)),
        insertion=((106.5, 76), (111, 76)),
        side_a=((110.5, 170), (107.5, 130), (106, 100)),
        side_b=((120, 170), (117.5, 130), (113, 100)),
        fibres=2, source=_SOLE_1,
    ),
    # abductor digiti minimi also makes the outer border of the foot in the side view
    MuscleOutline(
        "abductor_digiti_minimi_foot", "left", Form.FUSIFORM,
        origin=((168, 768), (165, 775.5)),
        insertion=((90, 770.5), (92, 775.5)),
        side_a=((130, 766.5),), side_b=((130, 775.5),),
        fibres=2, source=_SOLE_1,
    ),
    # --- second layer: quadratus plantae, from both sides of the heel bone forward to the long
    # flexor tendon in mid-sole.
    MuscleOutline(
        "quadratus_plantae", "soles", Form.QUADRILATERAL, deep=True,
        origin=((153, 188), (122, 186)),
        insertion=((145, 128), (134, 127)),
        side_a=((154, 160),), side_b=((122, 160),),
        fibres=0, source=_QP,
    ),
    # --- third layer: flexor hallucis brevis under the 1st metatarsal, adductor hallucis
    # (oblique and transverse heads) converging on the big toe's outer base.
    MuscleOutline(
        "flexor_hallucis_brevis", "soles", Form.FUSIFORM, deep=True,
        origin=((151, 140), (142, 135)),
        insertion=((175, 72), (158.5, 68)),
        side_a=((160, 125), (167.5, 100), (173.5, 85)),
        side_b=((150, 115), (155, 90)),
        fibres=0, source=_FHB,
    ),
    MuscleOutline(
        "adductor_hallucis", "soles", Form.FAN, deep=True,
        origin=((108, 76), (108.5, 84), (121, 92), (127, 126), (146, 131)),
        insertion=((156, 69.5), (159.5, 78)),
        side_a=((132, 71.5),), side_b=((153, 108),),
        fibres=0, source=_ADH,
    ),
)
