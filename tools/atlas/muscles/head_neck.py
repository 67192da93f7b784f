"""Head and neck muscles (left side; the right side is mirrored). See docs/atlas-format.md.

Attachments checked against: sternocleidomastoid — manubrium and medial third of the clavicle to
the mastoid process and lateral half of the superior nuchal line (teachmeanatomy.info,
"Sternocleidomastoid"; Stedman's entry via medilexicon.com). Temporalis — temporal fossa and
temporal lines to the coronoid process, passing deep to the zygomatic arch (Gray's Anatomy 20th
ed., 1918, via imaios.com "Temporalis"; anatomyzone.com "Temporalis Muscle"). Levator scapulae —
transverse processes of C1-C4 to the medial border of the scapula between the superior angle and
the root of the spine; upper third under the sternocleidomastoid, lower third under the
trapezius (wheelessonline.com "Levator Scapula"; imaios.com "Levator scapulae"). Trapezius —
external occipital protuberance, medial third of the superior nuchal line, nuchal ligament and
spinous processes C7-T12, to the lateral third of the clavicle, the acromion and the spine of the
scapula; the lower fibres end on a tubercle at the root of the spine (Gray's Anatomy 20th ed.,
1918, Trapezius; anatomy.app "Superficial muscles of the back").

One line per muscle drawn since (attachments as found; the outlines are drawn from these facts
on the figure's landmarks, not traced):
- masseter: zygomatic process of the maxilla and lower border of the zygomatic arch to the angle
  and lateral surface of the ramus, the deep part up to the coronoid (Stedman's via
  ed.newdu.com "masseter muscle"; cis-ps2.osu-com.okstate.edu "Masseter").
- lateral pterygoid: greater wing of the sphenoid (upper head) and lateral pterygoid plate (lower
  head), almost horizontally back to the neck of the condyle and the joint disc (Gray's 1918 via
  imaios.com "Lateral pterygoid muscle"; medword.com).
- medial pterygoid: medial surface of the lateral pterygoid plate and maxillary tuberosity, down
  and back to the inner surface of the ramus and angle (imaios.com "Medial pterygoid"; medword.com).
- buccinator: alveolar processes of maxilla and mandible at the molars and the
  pterygomandibular raphe, forward to the modiolus and lips; covered by the buccal fat pad,
  zygomaticus, risorius and parotid (bartleby.com Gray's 1918 p. 384; radiopaedia.org
  "Buccinator muscle"; elsevier.com "Bucinator").
- zygomaticus major: zygomatic bone in front of the zygomaticotemporal suture, down and medially
  to the modiolus at the corner of the mouth (imaios.com "Zygomaticus major"; gpnotebook).
- orbicularis oculi: orbital part from the nasal part of the frontal bone, the frontal process of
  the maxilla and the medial palpebral ligament, round the orbit as a complete ellipse
  (gpnotebook "orbital part"; imaios.com "Orbital part of orbicularis oculi").
- frontalis: from the galea aponeurotica (near the coronal suture) to the skin of the eyebrows,
  no bony attachment, the two sides joined above the nose (wikidoc.org "Frontalis muscle", Gray's).
- occipitalis: lateral two thirds of the superior nuchal line and the mastoid part of the
  temporal bone up into the galea (anatomic.us "Occipitalis"; pacs.de "occipitalis muscle").
- digastric: posterior belly from the mastoid notch, anterior belly from the digastric fossa of
  the mandible, joined by a tendon slung to the hyoid (DocCheck Flexikon "Digastric muscle";
  act.downstate.edu Lab 25 step 17).
- platysma: fascia over the upper pectoralis major and deltoid, across the clavicle up the side of
  the neck to the lower border of the mandible and the skin of the lower face (imaios.com
  "Platysma", Gray's 1918; pharmacy-notebook/gpnotebook "platysma muscle").
- scalenes: anterior from the anterior tubercles C3-C6 to the scalene tubercle of rib 1; middle
  from the posterior tubercles C2-C7 to rib 1 behind the subclavian groove; posterior to rib 2
  (wheelessonline.com "Scalenus anterior", "Scalenus medius"; wikisum "Scalene muscles", Gray's).
- omohyoid: inferior belly from the upper border of the scapula near the notch, tendon bound to
  the clavicle by fascia under the sternocleidomastoid, superior belly to the hyoid
  (elsevier.com "Omohyoid muscle"; gpnotebook "omohyoid muscle").
- splenius capitis: lower nuchal ligament and spines C7-T3 to the mastoid and lateral third of the
  superior nuchal line (wheelessonline.com "Splenius Capitis"; thefreedictionary/Stedman's).
- splenius cervicis: spines T3-T6 to the posterior tubercles of the transverse processes C1-C3
  (wikidoc.org "Splenius cervicis", Gray's; gpnotebook "splenius cervicis").
- semispinalis capitis: transverse processes T1-T6 and articular processes C4-C7 to the occiput
  between the superior and inferior nuchal lines, deep to splenius and trapezius (elsevier.com
  "Semispinalis capitis muscle"; Stedman's via thefreedictionary.com).
- cervical multifidi: articular processes C4-C7 to spinous processes 2-4 levels up, as high as the
  axis, in the groove beside the spines (Stedman's via thefreedictionary.com "multifidus").
- suboccipitals: recti from the C1 posterior tubercle and C2 spine to the inferior nuchal line,
  obliquus inferior from the C2 spine to the C1 transverse process, obliquus superior from there to
  the occiput (aclandanatomy.com; act.downstate.edu Lab 1 step 10).
Not verified: the exact depth at which the figure's stylised face puts the alveolar processes;
the buccinator's upper edge is drawn at nose-base height, which holds its front-view X.
"""

from __future__ import annotations

from tools.atlas.muscles.shape import Form, MuscleOutline, offset

_SCM = "teachmeanatomy.info: Sternocleidomastoid; Stedman's Medical Dictionary (medilexicon.com)"
_TEMPORALIS = "Gray's Anatomy 20th ed. (1918), Temporalis; anatomyzone.com: Temporalis Muscle"
_TRAPEZIUS = ("Gray's Anatomy 20th ed. (1918), Trapezius; "
              "anatomy.app: Superficial muscles of the back")
_LEVATOR = "Gray's Anatomy 20th ed. (1918), Levator scapulae; wheelessonline.com: Levator Scapula"
_MASSETER = ("Stedman's via ed.newdu.com: masseter muscle; "
             "cis-ps2.osu-com.okstate.edu: Masseter")
_PTERYGOIDS = ("Gray's Anatomy 20th ed. (1918) via imaios.com: Lateral pterygoid, "
               "Medial pterygoid; medword.com: lateral/medial pterygoid")
_BUCCINATOR = "Gray's Anatomy 20th ed. (1918), Buccinator; radiopaedia.org: Buccinator muscle"
_ZYGOMATICUS = "Gray's Anatomy 20th ed. (1918) via imaios.com: Zygomaticus major; gpnotebook"
_ORBICULARIS = ("gpnotebook: orbicularis oculi, orbital part; "
                "imaios.com: Orbital part of orbicularis oculi")
_OCCIPITOFRONTALIS = ("Gray's Anatomy 20th ed. (1918), Occipitofrontalis, via wikidoc.org "
                      "(Frontalis) and anatomic.us (Occipitalis)")
_DIGASTRIC = "DocCheck Flexikon: Digastric muscle; elsevier.com: Posterior belly of digastric"
_PLATYSMA = "Gray's Anatomy 20th ed. (1918) via imaios.com: Platysma; gpnotebook: platysma"
_SCALENES = ("wheelessonline.com: Scalenus anterior, Scalenus medius; "
             "Gray's Anatomy (1918), Scalenes")
_OMOHYOID = "elsevier.com: Omohyoid muscle; gpnotebook: omohyoid muscle (anatomy)"
_SPLENIUS = ("wheelessonline.com: Splenius Capitis, Splenius Cervicis; "
             "gpnotebook: splenius cervicis (anatomy)")
_SEMISPINALIS = "elsevier.com: Semispinalis capitis muscle; Gray's Anatomy (1918) via anatomic.us"
_MULTIFIDI = "Stedman's via thefreedictionary.com: multifidus; Gray's Anatomy (1918): Multifidus"
_SUBOCCIPITALS = ("aclandanatomy.com: suboccipital muscles; "
                  "act.downstate.edu Lab 1 step 10: Muscles of the Suboccipital Region")

#: The muscle groups (``group:`` in data/muscles/*.yaml) this module draws.
GROUPS: tuple[str, ...] = ("head_face", "neck")

#: Outlines still to draw: muscle -> the views where its trigger points are marked but it has no
#: outline yet. Cross a view off when you draw it; tests/data/test_muscle_layer.py fails until
#: this list is exactly the true state of the layer.
NOT_YET_DRAWN: dict[str, tuple[str, ...]] = {}

OUTLINES: tuple[MuscleOutline, ...] = (
    # --- trapezius: the whole sheet in the back view, the upper part elsewhere.
    MuscleOutline(
        "trapezius", "back", Form.SHEET,
        origin=("nuchal_line_medial", "inion", "c7_spinous", "t3_spinous", "t12_spinous"),
        insertion=((150, 158), "acromion", (127, 186), "scapular_spine_mid", (161, 201)),
        # upper border: along the back of the neck, inside the side-of-neck strip
        side_a=((189, 124), (185, 146), (170, 155)),
        # lower border: the lower fibres climb from T12 over the inferior angle to the spine root
        side_b=((181, 276), (162, 252), (157, 225)),
        fibres=5, source=_TRAPEZIUS,
    ),
    MuscleOutline(
        # The upper fibres seen over the top of the shoulder, between the neck and the clavicle.
        "trapezius", "front", Form.SHEET,
        origin=((224.6, 135), (226, 147.5)),
        insertion=((279, 164.3), (271, 167.5)),
        # upper border: just inside the figure's outline from the neck to the acromion
        side_a=((227.5, 143), (232, 147.5), (243, 152.6), (262, 159)),
        side_b=((240, 158.8), (256, 163.5)),
        fibres=2, source=_TRAPEZIUS,
    ),
    MuscleOutline(
        "trapezius", "left", Form.SHEET,
        origin=((184.3, 114), (178.6, 133), "c7_spinous", (190.3, 166.5), (198, 183.5),
                (204.3, 215), (202.7, 260), "t12_spinous"),
        insertion=((156, 161.5), (178, 170.5), (185.5, 190), (184.5, 220), (186, 250)),
        side_a=((176, 135), (166, 152.5)),
        fibres=3, source=_TRAPEZIUS,
    ),
    # --- sternocleidomastoid: a strap from the sternum and clavicle up and back to the mastoid.
    MuscleOutline(
        "sternocleidomastoid", "front", Form.STRAP,
        origin=("jugular_notch", "clavicle_medial_third"),
        # Seen from the front the upper end disappears behind the angle of the jaw.
        insertion=((216.5, 119), "mastoid"),
        side_b=((223.3, 137),), fibres=2, source=_SCM,
    ),
    MuscleOutline(
        "sternocleidomastoid", "left", Form.STRAP,
        origin=((131, 159), "clavicle_medial_third", (144, 161.5)),
        insertion=((164, 101.5), "mastoid", (178, 104)),
        belly=3, fibres=3, source=_SCM,
    ),
    MuscleOutline(
        # From behind only the edge of the muscle shows, lateral to the trapezius at the side
        # of the neck, running up to the mastoid.
        "sternocleidomastoid", "back", Form.STRAP,
        origin=((174, 151), (182, 150)),
        insertion=((171, 106), offset("mastoid", 7, 3)),
        side_a=((177.5, 134), (179, 121)), side_b=((184.5, 135),), fibres=2, source=_SCM,
    ),
    # --- temporalis: a fan from the temporal lines converging under the zygomatic arch.
    MuscleOutline(
        "temporalis", "left", Form.FAN,
        origin=("temporal_line_front", (128.5, 47), "temporal_line_top", (164, 39), (176, 49),
                "temporal_line_back"),
        insertion=((136, 89), "coronoid_process", (146, 89)),
        side_a=((127, 76),), side_b=((160, 58), (155.5, 66), (150, 80)),
        fibres=4, source=_TEMPORALIS,
    ),
    MuscleOutline(
        "temporalis", "front", Form.FAN,
        origin=("temporal_line_front", "temporal_line_top", (235, 48), "temporal_line_back"),
        insertion=((229.5, 81), "coronoid_process", (234, 81)),
        side_a=((227, 64),), side_b=((235.8, 66),), fibres=2, source=_TEMPORALIS,
    ),
    MuscleOutline(
        "temporalis", "back", Form.FAN,
        origin=((174.5, 47), "temporal_line_top", "temporal_line_back"),
        insertion=((168, 70), "coronoid_process"),
        side_a=((171.5, 60),), side_b=((164.5, 58),), fibres=1, source=_TEMPORALIS,
    ),
    # --- levator scapulae: a strap from the upper cervical transverse processes down and back
    # to the top of the shoulder blade's medial border.
    MuscleOutline(
        "levator_scapulae", "left", Form.STRAP,
        origin=("c1_transverse", "c4_transverse"),
        insertion=("scapula_superior_angle", (195.5, 182)),
        fibres=2, source=_LEVATOR,
    ),
    MuscleOutline(
        # Behind the trapezius in the back view: drawn as deep.
        "levator_scapulae", "back", Form.STRAP, deep=True,
        origin=("c1_transverse", "c4_transverse"),
        insertion=((160, 182), "scapular_spine_root"),
        side_a=((174, 140),), fibres=0, source=_LEVATOR,
    ),
    MuscleOutline(
        # From the front it lies deep at the side of the neck, behind the sternocleidomastoid.
        "levator_scapulae", "front", Form.STRAP, deep=True,
        origin=((219, 121), (222, 121)),
        insertion=((221.5, 150), (226.5, 146.5)),
        fibres=0, source=_LEVATOR,
    ),
    # ================= face and scalp =================
    # --- masseter: a thick quadrilateral from the zygomatic arch down to the angle and the
    # lateral surface of the ramus; the deep part reaches up towards the jaw joint.
    MuscleOutline(
        "masseter", "left", Form.QUADRILATERAL,
        origin=((131, 83), (142, 82.5), (153.5, 83.5)),
        insertion=((137.5, 126.5), (148, 123.5), (155.5, 117.5)),
        # front border drops almost straight from the cheekbone; back border follows the ramus
        side_a=((132.5, 105),), side_b=((156, 100), (157.5, 110)),
        fibres=4, source=_MASSETER,
    ),
    MuscleOutline(
        # From the front: the side of the face between the cheekbone and the jaw line.
        "masseter", "front", Form.QUADRILATERAL,
        origin=((227.5, 82.5), (237.5, 82)),
        insertion=((224.5, 117), (230.5, 111), (235, 102.5)),
        side_a=((227, 100),), side_b=((237.5, 92),),
        fibres=3, source=_MASSETER,
    ),
    # --- temporalis is drawn above; lateral pterygoid: deep, nearly horizontal, from the
    # pterygoid plate and greater wing of the sphenoid back to the neck of the condyle and the
    # jaw-joint disc, under the zygomatic arch and the coronoid process.
    MuscleOutline(
        "lateral_pterygoid", "left", Form.QUADRILATERAL, deep=True,
        origin=((137, 73.5), (137.5, 88)),
        insertion=((154, 75), (154, 82.5)),
        side_a=((146, 73),), side_b=((145.5, 86),),
        fibres=0, source=_PTERYGOIDS,
    ),
    MuscleOutline(
        # Seen from the front: a band running out from behind the maxilla to the condyle.
        "lateral_pterygoid", "front", Form.QUADRILATERAL, deep=True,
        origin=((214, 79.5), (214, 86)),
        insertion=((237.5, 80), (237.5, 85)),
        side_a=((226, 79),), side_b=((226, 86),),
        fibres=0, source=_PTERYGOIDS,
    ),
    MuscleOutline(
        # Deep to the ramus: from the pterygoid fossa down and back to the inner face of the angle.
        "medial_pterygoid", "left", Form.QUADRILATERAL, deep=True,
        origin=((138, 82), (144, 80)),
        insertion=((143, 124.5), (150, 121.5), (155, 116)),
        side_b=((150.5, 98),),
        fibres=0, source=_PTERYGOIDS,
    ),
    MuscleOutline(
        # From the front: behind the maxilla, down and out to the inner face of the angle.
        "medial_pterygoid", "front", Form.QUADRILATERAL, deep=True,
        origin=((212, 84), (217.5, 83)),
        insertion=((225, 116), (230, 110.5)),
        fibres=0, source=_PTERYGOIDS,
    ),
    # --- buccinator: the cheek wall between the alveolar processes, from the
    # pterygomandibular raphe forward to the corner of the mouth; under the fat pad, masseter
    # edge and zygomaticus, so drawn deep.
    MuscleOutline(
        "buccinator", "left", Form.QUADRILATERAL, deep=True,
        origin=((141.5, 90.5), (142.5, 117)),
        insertion=((117.5, 104), (117.5, 112)),
        side_a=((129.5, 91),), side_b=((129, 117),),
        fibres=0, source=_BUCCINATOR,
    ),
    MuscleOutline(
        # From the front it fills the cheek between the corner of the mouth and the masseter;
        # its upper fibres run into the upper lip.
        "buccinator", "front", Form.QUADRILATERAL, deep=True,
        origin=((232, 90.5), (229, 111)),
        insertion=((217.5, 93), (219.5, 112.5)),
        side_a=((225, 90.5),), side_b=((224.5, 113.5),),
        fibres=0, source=_BUCCINATOR,
    ),
    # --- zygomaticus major: a slim strap from the zygomatic bone down and forward to the
    # corner of the mouth (modiolus).
    MuscleOutline(
        "zygomaticus_major", "left", Form.STRAP,
        origin=((120.5, 81.5), (129.5, 83)),
        insertion=((114.5, 106.5), (117.5, 108.5)),
        fibres=2, source=_ZYGOMATICUS,
    ),
    MuscleOutline(
        "zygomaticus_major", "front", Form.STRAP,
        origin=((222.5, 84), (229.5, 85.5)),
        insertion=((218, 108), (221, 109.5)),
        fibres=2, source=_ZYGOMATICUS,
    ),
    # --- orbicularis oculi: the orbital part rings the orbit; drawn as the oval it covers,
    # from its medial attachments (frontal process of the maxilla, medial palpebral ligament)
    # round above and below the eye to the lateral palpebral raphe.
    MuscleOutline(
        "orbicularis_oculi", "front", Form.SHEET,
        origin=((204, 67), (204, 80)),
        insertion=((236, 71.5), (236, 79)),
        side_a=((206, 59.5), (214, 56.5), (225, 58.5), (233, 64)),
        side_b=((208, 85.5), (218, 89), (229, 87.5), (234.5, 83)),
        fibres=2, source=_ORBICULARIS,
    ),
    MuscleOutline(
        # From the side the ring is seen edge-on round the eye, from the bridge of the nose back
        # to the lateral rim of the orbit.
        "orbicularis_oculi", "left", Form.SHEET,
        origin=((113, 65.5), (111, 82)),
        insertion=((131, 72.5), (131, 80.5)),
        side_a=((118.5, 63.5), (126, 65.5)),
        side_b=((116.5, 87), (125.5, 86.5)),
        fibres=2, source=_ORBICULARIS,
    ),
    # --- frontalis: the forehead sheet from the galea (near the coronal suture) down to the skin
    # of the eyebrows; the two sides meet above the nose, the outer edge follows the temporal line.
    MuscleOutline(
        "frontalis", "front", Form.SHEET,
        origin=((201, 36.5), (211, 34.5), (221, 37)),
        insertion=((201, 61), (213, 59), (227, 61.5)),
        side_b=((226, 45), (228, 53)),
        fibres=4, source=_OCCIPITOFRONTALIS,
    ),
    MuscleOutline(
        "frontalis", "left", Form.SHEET,
        origin=((118, 37), (126, 32.5), (134, 31)),
        insertion=((112, 64), (118, 66.5), (124.5, 65.5)),
        side_a=((112, 50),), side_b=((128.5, 44), (125.5, 55)),
        fibres=3, source=_OCCIPITOFRONTALIS,
    ),
    # --- occipitalis: from the lateral two thirds of the superior nuchal line and the mastoid
    # up into the galea; the two sides stay apart at the midline.
    MuscleOutline(
        "occipitalis", "back", Form.QUADRILATERAL,
        origin=((193, 95.5), (182, 96), (172.5, 94)),
        insertion=((192, 72), (181, 70), (172, 73)),
        fibres=3, source=_OCCIPITOFRONTALIS,
    ),
    MuscleOutline(
        "occipitalis", "left", Form.QUADRILATERAL,
        origin=((193.5, 98.5), (184, 99), (175.5, 96.5)),
        insertion=((195.5, 73.5), (186, 71.5), (177, 75.5)),
        fibres=3, source=_OCCIPITOFRONTALIS,
    ),
    # --- digastric: two bellies in a V under the jaw, from the mastoid notch down to the
    # intermediate tendon slung on the hyoid and up again to the digastric fossa behind the chin.
    MuscleOutline(
        "digastric", "front", Form.STRAP,
        origin=((220, 116.5), (221.5, 119.5)),
        insertion=((205, 120), (202, 124)),
        side_a=((213, 125.5), (211, 127.5), (207.5, 124)),
        side_b=((214, 130), (211, 132.5), (207, 130)),
        fibres=2, source=_DIGASTRIC,
    ),
    MuscleOutline(
        # From the side: the posterior belly from the mastoid notch (just inside the mastoid)
        # down and forward past the angle of the jaw to the intermediate tendon on the hyoid
        # (where the omohyoid also ends), then the anterior belly forward and up to the
        # digastric fossa behind the chin. Seen under the jaw, not through it.
        "digastric", "left", Form.STRAP,
        origin=((168, 104.5), (171.5, 109)),
        insertion=((117, 121.5), (114.5, 125.5)),
        side_a=((156, 115.5), (145, 123), (137, 127), (125, 123.5)),
        side_b=((158, 121), (146, 128), (137.5, 132), (124, 128.5)),
        fibres=2, source=_DIGASTRIC,
    ),
    # ================= neck =================
    # --- platysma: a thin sheet from the fascia over the upper chest and shoulder, across the
    # clavicle and up the side of the neck to the lower border of the mandible.
    MuscleOutline(
        "platysma", "front", Form.SHEET,
        origin=((214, 178), (240, 180), (266, 172)),
        insertion=((205, 123.5), (215, 121.5), (225.5, 117)),
        side_a=((210, 150), (207, 135)),
        side_b=((250, 160), (231, 149.5), (222.5, 134)),
        fibres=3, source=_PLATYSMA,
    ),
    MuscleOutline(
        "platysma", "left", Form.SHEET,
        origin=((128, 172), (148, 176), (165, 172)),
        insertion=((122, 128.5), (138, 127), (152, 121)),
        side_a=((127.5, 150), (125.5, 138)),
        side_b=((160, 150), (156, 135)),
        fibres=3, source=_PLATYSMA,
    ),
    MuscleOutline(
        # From behind only its back edge shows, over the sternocleidomastoid at the side of the
        # neck, between the jaw and the top of the shoulder.
        "platysma", "back", Form.STRAP,
        origin=((170, 152.5), (180, 151.5)),
        insertion=((174.5, 115), (179.5, 114)),
        side_a=((175, 143), (178, 133), (178.5, 123)), side_b=((185, 130),),
        fibres=2, source=_PLATYSMA,
    ),
    # --- scalenes: deep under the sternocleidomastoid, from the cervical transverse processes
    # down to the first (anterior, middle) and second (posterior) ribs.
    MuscleOutline(
        "scalenes", "left", Form.FAN, deep=True,
        origin=((159, 147), (161, 131), (164.5, 115)),
        insertion=((168, 168), (155, 163), (138.5, 161)),
        side_a=((163, 152),), side_b=((153, 133), (143.5, 150)),
        fibres=0, source=_SCALENES,
    ),
    MuscleOutline(
        "scalenes", "front", Form.STRAP, deep=True,
        origin=((216.5, 124), (221.5, 124)),
        insertion=((213.5, 159), (224, 160.5), (234, 158)),
        side_a=((214.5, 140),), side_b=((224.5, 140), (229, 151)),
        fibres=0, source=_SCALENES,
    ),
    MuscleOutline(
        "scalenes", "back", Form.STRAP, deep=True,
        origin=((179, 117), (184, 120)),
        insertion=((167, 158), (178, 157)),
        side_a=((177.5, 135), (175, 146)), side_b=((183, 140),),
        fibres=0, source=_SCALENES,
    ),
    # --- omohyoid: the inferior belly from the upper border of the scapula (behind the
    # clavicle) up and in across the supraclavicular hollow to its tendon under the
    # sternocleidomastoid; the superior belly then climbs to the hyoid.
    MuscleOutline(
        "omohyoid", "front", Form.STRAP,
        origin=((250, 159.5), (250, 162.5)),
        # the belly turns upwards at its tendon: its upper edge becomes the lateral edge of the
        # superior belly, its lower edge the medial one
        insertion=((209, 128), (205.5, 128.5)),
        side_a=((234, 152.5), (225, 147.8), (218.5, 143.5), (213, 135)),
        side_b=((234, 157), (225.5, 153.2), (217, 148.5), (211, 140), (207.5, 134)),
        fibres=2, source=_OMOHYOID,
    ),
    MuscleOutline(
        # From the side the inferior belly crosses the posterior triangle just above the
        # clavicle, from behind the trapezius to its tendon under the sternocleidomastoid.
        "omohyoid", "left", Form.STRAP,
        origin=((174, 165), (174, 169)),
        insertion=((135, 130.5), (131, 131.5)),
        side_a=((160, 154.5), (148, 146), (140, 139)),
        side_b=((160, 159), (147, 151), (138, 143.5), (133.5, 137)),
        fibres=2, source=_OMOHYOID,
    ),
    # --- splenius capitis: from the nuchal ligament and the C7-T3 spines up and out to the
    # mastoid and the lateral superior nuchal line; under the trapezius from behind.
    MuscleOutline(
        "splenius_capitis", "back", Form.SHEET, deep=True,
        origin=((199, 200), (199, 163), (199, 126)),
        insertion=((175, 105), (178.5, 99.5), (185, 97.5)),
        side_a=((185, 150), (178, 125)), side_b=((192, 110),),
        fibres=0, source=_SPLENIUS,
    ),
    MuscleOutline(
        # From the side it forms the floor of the posterior triangle between the
        # sternocleidomastoid and the trapezius.
        "splenius_capitis", "left", Form.STRAP,
        origin=((197, 190), (185, 160), (179, 145), (179, 128)),
        insertion=((171, 108.5), (178, 102), (186, 103.5)),
        side_a=((180, 150), (172.5, 128)), side_b=((183.5, 114),),
        fibres=2, source=_SPLENIUS,
    ),
    # --- splenius cervicis: from the T3-T6 spines up and out to the transverse processes of
    # C1-C3, deep to splenius capitis.
    MuscleOutline(
        "splenius_cervicis", "back", Form.STRAP, deep=True,
        origin=((199, 236), (199, 200)),
        insertion=("c1_transverse", (187, 126)),
        side_a=((185, 190), (178, 150), (177.5, 125)),
        side_b=((195, 170), (193, 148), (192.5, 131)),
        fibres=0, source=_SPLENIUS,
    ),
    MuscleOutline(
        # From the side, seen through trapezius, splenius capitis and levator scapulae: up and
        # forward from the T3-T6 spines, past the angle of the neck, to the posterior tubercles
        # of the C1-C3 transverse processes in front of splenius capitis.
        "splenius_cervicis", "left", Form.STRAP, deep=True,
        origin=((199.5, 200), (201.5, 236)),
        insertion=("c1_transverse", (161, 131)),
        side_a=((190, 176), (180, 150), (175.5, 128), (171, 116)),
        side_b=((188, 200), (176, 170), (166, 150)),
        fibres=0, source=_SPLENIUS,
    ),
    # --- semispinalis capitis: beside the spine, from the upper thoracic transverse and lower
    # cervical articular processes up to the occiput between the nuchal lines; deep.
    MuscleOutline(
        "semispinalis_capitis", "back", Form.STRAP, deep=True,
        origin=((198.5, 210), (190, 206)),
        insertion=((198.5, 97.5), (186, 99)),
        side_b=((189, 160), (187, 130), (185, 112)),
        fibres=0, source=_SEMISPINALIS,
    ),
    MuscleOutline(
        "semispinalis_capitis", "left", Form.STRAP, deep=True,
        origin=((199, 195), (192, 190)),
        insertion=((196.5, 95.5), (181, 100)),
        side_a=((187.5, 167), (181, 152), (178.5, 138), (179, 124), (185, 109)),
        side_b=((186, 165), (176, 145), (173, 128), (175, 112)),
        fibres=0, source=_SEMISPINALIS,
    ),
    # --- cervical multifidi: in the groove beside the spinous processes, from the articular
    # processes of C4-C7 to the spines two to four levels up (C2 at the top); deep.
    MuscleOutline(
        "cervical_multifidi", "back", Form.STRAP, deep=True,
        origin=((198.5, 159), (191.5, 157)),
        insertion=((198.5, 114), (194.5, 114)),
        side_b=((190.5, 135),),
        fibres=0, source=_MULTIFIDI,
    ),
    MuscleOutline(
        "cervical_multifidi", "left", Form.STRAP, deep=True,
        origin=((184, 158), (177.5, 157)),
        insertion=((183, 114), (177, 115.5)),
        side_a=((177, 135),), side_b=((169.5, 136),),
        fibres=0, source=_MULTIFIDI,
    ),
    # --- suboccipitals: the small muscles between the C1/C2 vertebrae and the occiput (recti
    # from the C1 tubercle and C2 spine, obliques between the C2 spine, the C1 transverse
    # process and the occiput); deep under semispinalis.
    MuscleOutline(
        "suboccipitals", "back", Form.QUADRILATERAL, deep=True,
        origin=((198.5, 122), (199, 101)),
        insertion=((180, 113.5), (179.5, 107), (183, 100.5)),
        side_a=((188, 119.5),), side_b=((191, 101.5),),
        fibres=0, source=_SUBOCCIPITALS,
    ),
    MuscleOutline(
        "suboccipitals", "left", Form.QUADRILATERAL, deep=True,
        origin=((181.5, 117), (189, 104)),
        insertion=(offset("c1_transverse", 1, 3.5), offset("c1_transverse", 1, -3), (178, 98.5),
                   (191, 96.5)),
        side_a=((175, 116.5),),
        fibres=0, source=_SUBOCCIPITALS,
    ),
)
