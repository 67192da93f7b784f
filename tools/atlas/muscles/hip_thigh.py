"""Hip and thigh muscles (left side; the right side is mirrored). See docs/atlas-format.md.

Attachments checked against: gluteus medius — outer surface of the ilium between the iliac crest
and the anterior and posterior gluteal lines, to the lateral surface of the greater trochanter;
covered behind by gluteus maximus (Oxford Index "gluteus medius"; gpnotebook "gluteus medius
muscle (anatomy)"). Gluteus minimus — ilium between the anterior and inferior gluteal lines, to
the anterior surface of the greater trochanter, under gluteus medius (orthobullets.com "Gluteus
Minimus"). Piriformis — front of the sacrum beside the sacral foramina S1-S4 and the margin of the
greater sciatic notch, through the greater sciatic foramen to the top of the greater trochanter,
under gluteus maximus (orthobullets.com "Piriformis"; wheelessonline.com "Piriformis").

One line per muscle drawn for the referral charts (origin -> insertion; reference):
- iliopsoas: psoas from the bodies, discs and transverse processes T12-L5, iliacus from the iliac
  fossa, joined under the inguinal ligament -> lesser trochanter (anatomic.us "Iliopsoas";
  studylib.net lecture "Muscles of the anterior fascial compartment of thigh").
- tensor fasciae latae: ASIS and the outer lip of the crest as far as the tubercle -> iliotibial
  tract at about the junction of the upper and middle thirds of the thigh (gpnotebook "tensor
  fasciae latae (anatomy)"; Gray's 1918 via imaios.com; elsevier.com "Tensor fasciae latae").
- sartorius: just below the ASIS -> upper inner surface of the tibia, in front of gracilis at the
  pes anserinus (studylib.net lecture above; Gray's 1918 "Gracilis" via imaios.com).
- rectus femoris: straight head from the AIIS, reflected head above the acetabulum -> base of the
  patella by the quadriceps tendon (studylib.net lecture above; pacs.de "Musculus rectus femoris").
- vastus lateralis: upper intertrochanteric line, greater trochanter, gluteal tuberosity, lateral
  lip of the linea aspera -> lateral border of the patella (wheelessonline.com "Vastus Lateralis").
- vastus medialis: lower intertrochanteric line, spiral line, medial lip of the linea aspera ->
  medial base and border of the patella (orthobullets.com "Vastus Medialis").
- vastus intermedius: front and side of the upper two thirds of the femoral shaft, under rectus
  femoris -> deep quadriceps tendon and patella (anatomy.app "Vastus intermedius").
- pectineus: pecten of the pubis between the iliopubic eminence and the pubic tubercle ->
  pectineal line of the femur below the lesser trochanter (gpnotebook "pectineus muscle").
- adductor longus: front of the pubic body below the crest, beside the symphysis -> middle third
  of the linea aspera; inner border of the femoral triangle (imaios.com "Adductor longus", after
  Drake, Gray's Anatomy for Students ch. 6; elsevier.com "Adductor longus").
- adductor brevis: body and inferior ramus of the pubis, under pectineus and adductor longus ->
  pectineal line and upper third of the linea aspera (imaios.com "Adductor brevis").
- adductor magnus: ischiopubic ramus (adductor part) and ischial tuberosity (hamstring part) ->
  whole linea aspera and the adductor tubercle (anatomyinsight.com "Medial compartment of the
  thigh muscles"; Oklahoma State University "Adductor longus" teaching page).
- gracilis: lower symphysis and inferior pubic ramus -> upper inner tibia at the pes anserinus,
  behind sartorius (anatomyzone.com "Gracilis"; Gray's 1918 via imaios.com).
- biceps femoris: long head from the ischial tuberosity, short head from the lower linea aspera
  -> head of the fibula (anatomyofmotion.app "Hamstrings"; issuhub.com table of hamstring
  attachments).
- semitendinosus: ischial tuberosity (with the long head of biceps) -> upper inner tibia at the
  pes anserinus; long tendon in the lower third (anatomyofmotion.app "Hamstrings").
- semimembranosus: ischial tuberosity -> back of the medial tibial condyle, under semitendinosus
  (anatomyofmotion.app "Hamstrings"; imaios.com "Hamstrings muscles").
- gluteus maximus: ilium behind the posterior gluteal line and the crest above it, back of the
  sacrum and coccyx, sacrotuberous ligament -> iliotibial tract and gluteal tuberosity (Gray's
  1918 via wikisum.wiki "Gluteus maximus"; vhdissector.com exercise 14).
- popliteus: lateral femoral condyle -> back of the tibia above the soleal line, deep at the back
  of the knee (anatomynext.com "Popliteus"; brookbushinstitute.com "Popliteus").
- coccygeus: ischial spine and sacrospinous ligament -> side of the lowest sacrum and the coccyx
  (learnanatome.com "Muscles of the pelvis"; pediagenosis.com "Pelvic diaphragm from below").
- levator ani: back of the pubis, tendinous arch over obturator internus, ischial spine ->
  anococcygeal raphe, sides of the coccyx, perineal body (anatomy.app "Levator ani muscles";
  pediagenosis.com, above).
- obturator internus: inner surface of the obturator membrane and its bony margin -> out
  through the lesser sciatic foramen (between the ischial spine and the tuberosity), turning
  about 90 degrees round the lesser sciatic notch, then across the back of the hip joint to the
  medial surface of the greater trochanter (orthobullets.com "Obturator internus"; imaios.com
  "Tendon of obturator internus"; DocCheck Flexikon "Internal obturator muscle";
  medical-dictionary.thefreedictionary.com, Stedman's). Its tendon therefore runs from just
  above the sitting bone up and out to the trochanter, and the part inside the pelvis lies over
  the ischium, lateral to levator ani. The trigger point's X used to fall back to the centre of
  the lower_buttock region (about (159, 422)), level with the sitting bone and below that
  course; data/muscles/obturator_internus.yaml now marks it at (164, 409.5), on the tendon a
  quarter of the way from the sitting bone to the trochanter, where the data's location text
  puts it.
Positions on the figure are drawn from these facts and the proportions in docs/atlas-format.md,
not traced; the side views show only what can be seen or felt from that side (sartorius only its
upper part, the inner hamstrings only their back edge).
"""

from __future__ import annotations

from tools.atlas.muscles.shape import Form, MuscleOutline, between, offset

_MEDIUS = "Oxford Index: gluteus medius; gpnotebook: gluteus medius muscle (anatomy)"
_MINIMUS = "orthobullets.com: Gluteus Minimus"
_PIRIFORMIS = "orthobullets.com: Piriformis; wheelessonline.com: Piriformis"
_ILIOPSOAS = "anatomic.us: Iliopsoas; studylib.net: muscles of the anterior compartment of thigh"
_QUADRICEPS = ("wheelessonline.com: Vastus Lateralis; orthobullets.com: Vastus Medialis; "
               "anatomy.app: Vastus intermedius; pacs.de: Musculus rectus femoris")
_SARTORIUS = "studylib.net: muscles of the anterior compartment of thigh; imaios.com: Gracilis"
_TFL = "gpnotebook: tensor fasciae latae (anatomy); elsevier.com: Tensor fasciae latae"
_ADDUCTORS = ("imaios.com: Adductor longus, Adductor brevis, Gracilis; gpnotebook: pectineus; "
              "anatomyinsight.com: medial compartment of the thigh; anatomyzone.com: Gracilis")
_HAMSTRINGS = "anatomyofmotion.app: Hamstrings; imaios.com: Hamstrings muscles"
_MAXIMUS = "Gray's Anatomy 1918 via wikisum.wiki: Gluteus maximus; vhdissector.com: exercise 14"
_POPLITEUS = "anatomynext.com: Popliteus; brookbushinstitute.com: Popliteus"
#: The anterior superior iliac spine in the left view. The shared landmark table has no left-view
#: position for it yet; it lies a finger's breadth under the skin at the front of the hip.
_ASIS_LEFT = (130, 347)
_OBTURATOR = ("orthobullets.com: Obturator internus; imaios.com: Tendon of obturator internus; "
              "DocCheck Flexikon: Internal obturator muscle")
_PELVIC_FLOOR = ("learnanatome.com: muscles of the pelvis; anatomy.app: levator ani; "
                 "pediagenosis.com: pelvic diaphragm from below")

#: The muscle groups (``group:`` in data/muscles/*.yaml) this module draws.
GROUPS: tuple[str, ...] = ("pelvis_hip", "thigh_knee")

#: Outlines still to draw: muscle -> the views where its trigger points are marked but it has no
#: outline yet. Cross a view off when you draw it; tests/data/test_muscle_layer.py fails until
#: this list is exactly the true state of the layer.
NOT_YET_DRAWN: dict[str, tuple[str, ...]] = {}

OUTLINES: tuple[MuscleOutline, ...] = (
    # --- gluteus medius: a fan from under the iliac crest to the side of the greater trochanter.
    MuscleOutline(
        "gluteus_medius", "back", Form.FAN,
        origin=((180, 346), "iliac_crest_posterior", "iliac_crest_top", "iliac_tubercle",
                (136.5, 348)),
        insertion=((137, 393), "greater_trochanter", (127.5, 391)),
        side_a=((168, 372),), side_b=((131, 372),),
        fibres=3, source=_MEDIUS,
    ),
    MuscleOutline(
        "gluteus_medius", "front", Form.FAN,
        origin=((254, 338.5), (258.5, 336), "iliac_tubercle", (262.5, 348)),
        insertion=((267.5, 392), (272.5, 392.5)),
        fibres=2, source=_MEDIUS,
    ),
    MuscleOutline(
        "gluteus_medius", "left", Form.FAN,
        origin=((167, 364), "iliac_tubercle", (181, 363), (192, 365), (198, 369)),
        insertion=((169.5, 406), "greater_trochanter", (177, 405)),
        side_a=((165.5, 380),), side_b=((188, 390),),
        fibres=3, source=_MEDIUS,
    ),
    # --- gluteus minimus: a smaller fan under gluteus medius, to the front of the trochanter.
    MuscleOutline(
        "gluteus_minimus", "back", Form.FAN, deep=True,
        origin=((172, 356), (160, 344), (146, 341), (136.5, 352)),
        insertion=((134, 391), (129.5, 389)),
        side_a=((160, 378),), side_b=((130, 376),), fibres=0, source=_MINIMUS,
    ),
    MuscleOutline(
        "gluteus_minimus", "front", Form.FAN, deep=True,
        origin=((255, 345), (259, 341), (264.5, 352), (265, 356)),
        insertion=((266, 392), (270, 392)),
        fibres=0, source=_MINIMUS,
    ),
    MuscleOutline(
        "gluteus_minimus", "left", Form.FAN, deep=True,
        origin=((165.5, 371), (172, 367), (180, 367), (189, 372)),
        insertion=((168.5, 406), (173.5, 406)),
        side_a=((166, 388),), fibres=0, source=_MINIMUS,
    ),
    # --- piriformis: a pear-shaped band from the sacrum's edge to the top of the trochanter.
    MuscleOutline(
        "piriformis", "back", Form.FUSIFORM, deep=True,
        origin=("sacrum_edge_s2", (188, 370), "sacrum_edge_s4"),
        insertion=((134, 384), (136, 390.5)),
        # the lower border sags towards the sciatic notch before it reaches the trochanter
        side_b=((176, 389.5),), belly=2, fibres=0, source=_PIRIFORMIS,
    ),
    MuscleOutline(
        "piriformis", "left", Form.FUSIFORM, deep=True,
        origin=("sacrum_edge_s2", "sacrum_edge_s4"),
        insertion=((175, 396), (176, 404)),
        belly=1.5, fibres=0, source=_PIRIFORMIS,
    ),

    # =============================================================== front view
    # --- iliopsoas: psoas beside the lumbar spine and iliacus in the iliac fossa, one tendon
    # under the inguinal ligament to the lesser trochanter; deep (under the abdominal wall).
    MuscleOutline(
        "iliopsoas", "front", Form.FAN, deep=True,
        origin=((202.5, 289), (211, 290), (219, 306), (229, 324), (243, 333),
                "iliac_crest_top"),
        insertion=((241, 414), "lesser_trochanter"),
        side_a=((203.5, 318), (207, 343), (218, 367), (229, 390)),
        side_b=("asis", (250, 352), (247, 378), (247, 398)),
        fibres=0, source=_ILIOPSOAS,
    ),
    # --- vastus intermedius: on the front of the femoral shaft, under rectus femoris.
    MuscleOutline(
        "vastus_intermedius", "front", Form.QUADRILATERAL, deep=True,
        origin=((245, 410), (262, 406)),
        insertion=((234, 538), (244, 538)),
        side_a=((240.5, 450), (236, 500)), side_b=((263, 440), (257, 490), (249, 522)),
        fibres=0, source=_QUADRICEPS,
    ),
    # --- adductor brevis: under pectineus and adductor longus, pubis to the upper linea aspera.
    MuscleOutline(
        "adductor_brevis", "front", Form.FAN, deep=True,
        origin=((203.5, 399), (207, 396), (212, 394)),
        insertion=((244, 447), (249, 420)),
        side_a=((204.5, 414), (216, 434), (231, 444)), side_b=((224, 400), (238, 408)),
        fibres=0, source=_ADDUCTORS,
    ),
    # --- adductor magnus: the deepest adductor, from the ischiopubic ramus (fibres running
    # across to the linea aspera) and the ischial tuberosity (fibres running down to the
    # adductor tubercle); from the front it fills the inner thigh behind the others.
    MuscleOutline(
        "adductor_magnus", "front", Form.FAN, deep=True,
        origin=((222, 426), (212, 415), (202, 404)),
        insertion=((250, 424), (246, 470), (238, 515), "adductor_tubercle"),
        side_a=((236, 421),),
        side_b=((203, 428), (206.5, 458), (210.5, 495), (215.5, 528)),
        fibres=0, source=_ADDUCTORS,
    ),
    # --- tensor fasciae latae: from the ASIS and the front of the iliac crest down and back
    # into the iliotibial tract, which it joins about a third of the way down the thigh.
    MuscleOutline(
        "tensor_fasciae_latae", "front", Form.STRAP,
        origin=("asis", between("asis", "iliac_tubercle", 0.7)),
        insertion=((262, 444), (270, 446)),
        side_a=((256, 372), (259.5, 405), (261, 428)),
        side_b=((266, 366), (271, 392), (272.5, 415), (271.5, 435)),
        fibres=2, source=_TFL,
    ),
    # --- pectineus: pectineal line of the pubis to the line below the lesser trochanter.
    MuscleOutline(
        "pectineus", "front", Form.QUADRILATERAL,
        origin=("pubic_tubercle", (226, 383)),
        insertion=((243, 430), offset("lesser_trochanter", 0, 1)),
        side_a=((226, 410),), side_b=((236, 394),),
        fibres=2, source=_ADDUCTORS,
    ),
    # --- adductor longus: a rounded tendon from the pubic body fanning to the middle third of
    # the linea aspera; its inner edge is the inner border of the femoral triangle.
    MuscleOutline(
        "adductor_longus", "front", Form.FAN,
        origin=("pubic_body", (209, 391.5), (212, 390)),
        insertion=((240, 500), (245, 478), (249, 455)),
        side_a=((206, 410), (207.5, 440), (214, 470), (226, 492)),
        side_b=((222, 405), (237, 428)),
        fibres=3, source=_ADDUCTORS,
    ),
    # --- gracilis: a thin strap down the inner edge of the thigh to the pes anserinus.
    MuscleOutline(
        "gracilis", "front", Form.STRAP,
        origin=((201.5, 401), (207, 403)),
        insertion=((221, 598), offset("pes_anserinus", -1, 2)),
        side_a=((202.5, 425), (206, 450), (208.5, 475), (211, 500), (215, 525), (218, 550),
                (218.5, 575)),
        side_b=((210, 422), (213, 450), (215.5, 475), (218, 500), (221, 525), (223, 550),
                (223.5, 578)),
        fibres=2, source=_ADDUCTORS,
    ),
    # --- vastus medialis: along the inner side of the femur, swelling into the "teardrop"
    # above the knee, to the inner border of the kneecap and the quadriceps tendon.
    MuscleOutline(
        "vastus_medialis", "front", Form.PENNATE,
        origin=((244, 413), (240, 416)),
        insertion=((231, 549), (227.5, 560), (229, 572)),
        side_a=((238, 450), (235, 500), (233, 530)),
        side_b=((231, 440), (221, 478), (214.5, 512), (216, 540), (221, 562)),
        fibres=3, source=_QUADRICEPS,
    ),
    # --- vastus lateralis: from the base of the greater trochanter down the outer thigh to
    # the outer border of the kneecap.
    MuscleOutline(
        "vastus_lateralis", "front", Form.PENNATE,
        origin=((260, 402), "greater_trochanter"),
        insertion=((241, 547), (247, 560)),
        side_a=((258, 430), (254, 470), (248, 510), (243, 535)),
        side_b=((273, 422), (270.5, 450), (267, 475), (263, 500), (258.5, 525), (253.5, 548)),
        fibres=3, source=_QUADRICEPS,
    ),
    # --- rectus femoris: from the anterior inferior iliac spine down the middle of the thigh
    # to the top of the kneecap; bipennate.
    MuscleOutline(
        "rectus_femoris", "front", Form.PENNATE,
        origin=("aiis",),
        insertion=((231, 548), (241, 548)),
        side_a=((244, 385), (240, 430), (232, 480), (229.5, 520)),
        side_b=((252, 385), (259, 430), (255, 480), (245, 525)),
        fibres=3, source=_QUADRICEPS,
    ),
    # --- sartorius: from the ASIS across the front of the thigh to the inner knee and the
    # pes anserinus; the longest strap in the body.
    MuscleOutline(
        "sartorius", "front", Form.STRAP,
        origin=((248, 343), "asis"),
        insertion=(offset("pes_anserinus", -3, -6), offset("pes_anserinus", 2, 1)),
        side_a=((245, 370), (243, 400), (234, 440), (222, 480), (213.5, 515), (215.5, 548),
                (218.5, 578)),
        side_b=((255, 370), (254, 400), (245, 440), (233, 480), (224, 515), (225, 548),
                (225.5, 580)),
        fibres=2, source=_SARTORIUS,
    ),

    # ================================================================ back view
    # --- adductor magnus from behind: between gracilis and the hamstrings below the buttock,
    # from the ischial tuberosity and the ischiopubic ramus to the linea aspera and the
    # adductor tubercle; mostly covered by the hamstrings and gracilis.
    MuscleOutline(
        "adductor_magnus", "back", Form.FAN, deep=True,
        origin=("ischial_tuberosity", (188, 423), (198.5, 422)),
        insertion=((146, 432), (151, 480), (158, 520), (181, 553)),
        side_a=((160, 430),),
        side_b=((194.5, 445), (192.5, 475), (189.5, 505), (185.5, 530)),
        fibres=0, source=_ADDUCTORS,
    ),
    # --- coccygeus: a small triangle along the sacrospinous ligament, from the ischial spine
    # to the edge of the lowest sacrum and the coccyx; deep in the pelvic floor.
    MuscleOutline(
        "coccygeus", "back", Form.SHEET, deep=True,
        origin=("ischial_spine", offset("ischial_spine", 1.5, 4)),
        insertion=((191, 381), (197.6, 390), (199.3, 399)),
        fibres=0, source=_PELVIC_FLOOR,
    ),
    # --- levator ani: the sheet of the pelvic floor from the ischial spine and the tendinous
    # arch over obturator internus to the side of the coccyx and the anococcygeal raphe.
    MuscleOutline(
        "levator_ani", "back", Form.SHEET, deep=True,
        origin=(offset("ischial_spine", 0, 2), (178, 412), (181.5, 422)),
        insertion=((198.8, 401), (199.6, 411), (199.3, 420)),
        side_a=((189, 400),), side_b=((191, 423),),
        fibres=0, source=_PELVIC_FLOOR,
    ),
    # --- obturator internus: seen through gluteus maximus. The part inside the pelvis lies over
    # the ischium beside levator ani; it turns round the lesser sciatic notch between the
    # ischial spine and the sitting bone and runs as a tendon (with the gemelli along its edges)
    # across the back of the hip joint to the medial surface of the greater trochanter.
    MuscleOutline(
        "obturator_internus", "back", Form.FAN, deep=True,
        origin=((183, 400), (187, 411), (182, 423)),
        insertion=((137, 393), (137.5, 398)),
        side_a=((160, 399.5),),
        side_b=((174, 416), (160, 410)),
        fibres=0, source=_OBTURATOR,
    ),
    # --- popliteus: a flat triangle from the outer femoral condyle obliquely down and in to
    # the back of the tibia above the soleal line; deep, under gastrocnemius.
    MuscleOutline(
        "popliteus", "back", Form.SHEET, deep=True,
        origin=((150.5, 567.5), "lateral_femoral_condyle", (150.5, 575)),
        insertion=((180.5, 586), (182, 608)),
        side_a=((166, 573),), side_b=((165, 596),),
        fibres=0, source=_POPLITEUS,
    ),
    # --- tensor fasciae latae: from behind only its outer edge shows, along the side of the
    # hip from the iliac crest down to the iliotibial tract.
    MuscleOutline(
        "tensor_fasciae_latae", "back", Form.STRAP,
        origin=((137, 345), (142, 341)),
        insertion=((129.2, 444), (133.5, 444)),
        side_a=((132.5, 365), (128.3, 385), (126.7, 405), (127.3, 425)),
        side_b=((139, 365), (134.5, 388), (133.5, 405), (133.5, 425)),
        fibres=2, source=_TFL,
    ),
    # --- vastus lateralis: the outer edge of the thigh, outside biceps femoris.
    MuscleOutline(
        "vastus_lateralis", "back", Form.PENNATE,
        origin=((131, 404), (138, 408)),
        insertion=((145.5, 549), (151, 549)),
        side_a=((126.8, 425), (129.7, 450), (133.2, 475), (137.2, 500), (141.6, 525)),
        side_b=((140, 430), (146, 470), (152, 510), (153, 538)),
        fibres=3, source=_QUADRICEPS,
    ),
    # --- semimembranosus: from the ischial tuberosity, under semitendinosus above and bulging
    # either side of its tendon below, to the back of the inner tibial condyle.
    MuscleOutline(
        "semimembranosus", "back", Form.FUSIFORM,
        origin=((175, 428), (179.5, 428)),
        insertion=((176, 588), (181, 586)),
        side_a=((175, 470), (170, 520), (171, 560)),
        side_b=((182, 470), (188, 510), (185.5, 545), (182.5, 570)),
        fibres=2, source=_HAMSTRINGS,
    ),
    # --- semitendinosus: from the ischial tuberosity down the inner back of the thigh, its
    # long tendon from the lower third to the pes anserinus round the inner knee.
    MuscleOutline(
        "semitendinosus", "back", Form.FUSIFORM,
        origin=((177, 427), "ischial_tuberosity", (183, 426)),
        insertion=((177.5, 596), (180, 596)),
        side_a=((172, 470), (175, 505), (177, 535), (178, 565)),
        side_b=((189.5, 460), (187.5, 495), (183.5, 530), (180.8, 565)),
        fibres=2, source=_HAMSTRINGS,
    ),
    # --- biceps femoris: long head from the ischial tuberosity, short head from the lower
    # linea aspera, down the outer back of the thigh to the head of the fibula.
    MuscleOutline(
        "biceps_femoris", "back", Form.FUSIFORM,
        origin=((171, 427), offset("ischial_tuberosity", 1, 3)),
        insertion=(offset("fibular_head", -1, -1), offset("fibular_head", 2.5, 1)),
        side_a=((160, 460), (151.5, 500), (147.5, 540), (146.8, 570)),
        side_b=((174, 460), (167, 500), (160.5, 540), (154.5, 575)),
        fibres=3, source=_HAMSTRINGS,
    ),
    # --- gracilis from behind: the thin strap along the inner edge of the thigh.
    MuscleOutline(
        "gracilis", "back", Form.STRAP,
        origin=((192, 419), (199, 418)),
        insertion=((177.5, 597), (180.8, 596)),
        side_a=((191, 425), (188.5, 450), (186, 475), (183.5, 500), (180.5, 525), (178, 550),
                (177.5, 575)),
        side_b=((197.8, 425), (194.3, 450), (192, 475), (189.6, 500), (185.9, 525), (182.2, 550),
                (181.7, 575)),
        fibres=2, source=_ADDUCTORS,
    ),
    # --- gluteus maximus: from the back of the ilium, the sacrum and the coccyx, down and out
    # to the iliotibial tract and the gluteal tuberosity; the bulk of the buttock.
    MuscleOutline(
        "gluteus_maximus", "back", Form.QUADRILATERAL,
        origin=("iliac_crest_posterior", "psis", "sacrum_edge_s2", "sacrum_edge_s4",
                (195, 396)),
        insertion=((127.5, 400), (131, 425), (142, 447)),
        side_a=((152, 360), (136, 383)),
        side_b=((192.5, 422), (180, 437), (160, 446)),
        fibres=4, source=_MAXIMUS,
    ),

    # ================================================================ left view
    # --- iliopsoas from the side: psoas down the front of the lumbar spine, iliacus under the
    # iliac crest, together forward over the hip joint and back to the lesser trochanter.
    MuscleOutline(
        "iliopsoas", "left", Form.FAN, deep=True,
        origin=(_ASIS_LEFT, (146, 342), (166, 340.5), (171, 316), (173, 291), (185, 292),
                (189, 330)),
        insertion=((147, 421), (157, 416)),
        side_a=((121.5, 372), (121, 392), (124, 410)),
        side_b=((188, 356), (176, 384)),
        fibres=0, source=_ILIOPSOAS,
    ),
    # --- vastus intermedius: on the front and side of the femur, under rectus femoris.
    MuscleOutline(
        "vastus_intermedius", "left", Form.QUADRILATERAL, deep=True,
        origin=((148, 420), (161, 418)),
        insertion=((139, 543), (147, 545)),
        side_a=((139.5, 460), (136, 500), (136, 530)),
        side_b=((165, 460), (162, 500), (154, 530)),
        fibres=0, source=_QUADRICEPS,
    ),
    # --- popliteus from the side: from the outer femoral condyle back and down to the tibia.
    MuscleOutline(
        "popliteus", "left", Form.SHEET, deep=True,
        origin=((166, 567.5), "lateral_femoral_condyle", (165, 577)),
        insertion=((184, 585), (186.5, 612)),
        side_a=((176, 569.5),), side_b=((176, 598),),
        fibres=0, source=_POPLITEUS,
    ),
    # --- semimembranosus and semitendinosus: from the side only their back edge shows, behind
    # biceps femoris, from the sitting bone to the back of the knee.
    MuscleOutline(
        "semimembranosus", "left", Form.FUSIFORM,
        origin=((188, 440), (194.5, 440)),
        insertion=((174, 590), (179, 588)),
        side_a=((182, 480), (175, 520), (173, 555), (174, 578)),
        side_b=((192, 465), (186.5, 500), (183.8, 528), (180.8, 555), (179, 575)),
        fibres=2, source=_HAMSTRINGS,
    ),
    MuscleOutline(
        "semitendinosus", "left", Form.FUSIFORM,
        origin=((191, 436), (196.5, 438)),
        insertion=((176.5, 592), (180, 592)),
        side_a=((186, 470), (180, 510), (177, 550), (176, 575)),
        side_b=((192.5, 465), (186.8, 500), (185.8, 510), (181, 545), (179.5, 572)),
        fibres=2, source=_HAMSTRINGS,
    ),
    # --- biceps femoris: down the outer back of the thigh to the head of the fibula.
    MuscleOutline(
        "biceps_femoris", "left", Form.FUSIFORM,
        origin=((186, 432), offset("ischial_tuberosity", 4, 5)),
        insertion=(offset("fibular_head", -1.5, 1), offset("fibular_head", 3.5, 3)),
        side_a=((182, 470), (176, 514), (171, 540), (166, 570)),
        side_b=((192.5, 460), (187, 500), (181.5, 540), (176.5, 570)),
        fibres=3, source=_HAMSTRINGS,
    ),
    # --- vastus lateralis: the whole outer side of the thigh, from the base of the greater
    # trochanter to the outer border of the kneecap.
    MuscleOutline(
        "vastus_lateralis", "left", Form.PENNATE,
        origin=((163, 413), (176, 409)),
        insertion=((140, 552), (148, 562)),
        side_a=((152, 450), (144, 490), (139.5, 525), (138.5, 540)),
        side_b=((180, 440), (179, 475), (175.5, 514), (170, 540)),
        fibres=3, source=_QUADRICEPS,
    ),
    # --- rectus femoris: from the anterior inferior iliac spine down the front of the thigh.
    MuscleOutline(
        "rectus_femoris", "left", Form.PENNATE,
        origin=("aiis",),
        insertion=(offset("patella_top", -2, 1), offset("patella_top", 4, 2)),
        side_a=((124, 400), (123, 440), (125, 480), (129, 510), (133.5, 535)),
        side_b=((140, 400), (146, 450), (147, 495), (144, 530)),
        fibres=3, source=_QUADRICEPS,
    ),
    # --- tensor fasciae latae: from the ASIS and the front of the crest, down and back into the
    # iliotibial tract about a third of the way down the thigh.
    MuscleOutline(
        "tensor_fasciae_latae", "left", Form.STRAP,
        origin=(_ASIS_LEFT, (148, 343.5)),
        insertion=((166, 446), (173.5, 444)),
        side_a=((141, 385), (152, 415), (160, 433)),
        side_b=((162, 375), (172, 400), (177, 418), (176, 433)),
        fibres=2, source=_TFL,
    ),
    # --- sartorius from the side: only its upper part shows, from the ASIS down the front of
    # the thigh until it turns onto the inner side (the rest is drawn in the front view).
    MuscleOutline(
        "sartorius", "left", Form.STRAP,
        origin=((127, 350), _ASIS_LEFT),
        insertion=((122.5, 470), (127, 474)),
        side_a=((124, 390), (121.5, 430)), side_b=((135, 395), (132, 440)),
        fibres=2, source=_SARTORIUS,
    ),
    # --- gluteus maximus: the back of the hip from the crest, sacrum and coccyx forward and
    # down into the iliotibial tract and the gluteal tuberosity.
    MuscleOutline(
        "gluteus_maximus", "left", Form.QUADRILATERAL,
        origin=("iliac_crest_posterior", "psis", "sacrum_edge_s2", "sacrum_edge_s4",
                (204, 409)),
        insertion=((171, 412), (173, 432), (181, 450)),
        side_a=((183, 370), (174, 396)),
        side_b=((197.5, 428), (188, 445)),
        fibres=4, source=_MAXIMUS,
    ),
)
