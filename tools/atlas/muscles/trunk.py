"""Trunk muscles (left side; the right side is mirrored). See docs/atlas-format.md.

Attachments checked against: quadratus lumborum — posterior part of the iliac crest and the
iliolumbar ligament, to the lower border of the 12th rib and the tips of the transverse processes
of L1-L4; it is the deepest muscle of the posterior abdominal wall, in front of the erector spinae
(gpnotebook "quadratus lumborum (anatomy)"; DocCheck Flexikon "Quadratus lumborum muscle";
Travell & Simons vol. 2 ch. 4 as cited in data/muscles/quadratus_lumborum.yaml).

One line per muscle drawn since (attachments as found; outlines drawn from these facts on the
figure's landmarks, not traced):
- rectus abdominis: pubic crest and symphysis to the xiphoid and the 5th-7th costal cartilages,
  beside the linea alba, broadening upwards (pharmacy-notebook/gpnotebook "rectus abdominis
  muscle"; Stedman's via drugs.com).
- pyramidalis: pubic symphysis and crest to the linea alba midway between pubis and navel, in
  front of the rectus inside its sheath (radiopaedia.org "Pyramidalis muscle"; wikidoc.org, Gray's).
- abdominal obliques: external oblique from the outer surfaces of ribs 5-12 to the anterior iliac
  crest, inguinal ligament, pubic tubercle and crest and, by its aponeurosis, the linea alba
  (anatomy.app "External abdominal oblique muscle"; pharmacy-notebook "external oblique").
- diaphragm: sternal slips from the back of the xiphoid, costal part from the inner surfaces of
  the lower six costal cartilages and ribs, lumbar part from the arcuate ligaments and crura, all
  converging on the central tendon (imaios.com "Costal part of diaphragm"; gpnotebook "origin").
- intercostals: each from the lower border of one rib to the upper border of the next, external
  layer from the tubercles to the costochondral junctions, internal from the sternum to the angles
  (Gray's 1918 p. 403, bartleby.com; lrdown.com summary).
- longissimus thoracis: common tendon with iliocostalis, lumbar transverse and mamillary processes
  to the tips of all thoracic transverse processes and the lower 9-10 ribs (wheelessonline.com;
  imaios.com "Longissimus thoracis", Gray's).
- iliocostalis lumborum: iliac crest and back of the sacrum to the angles of the lower 6-7 ribs
  (and lumbar transverse processes) (elsevier.com "Iliocostalis lumborum"; DocCheck Flexikon).
- iliocostalis thoracis: angles of the lower six ribs to the angles of the upper six and the C7
  transverse process (DocCheck Flexikon "Iliocostalis muscle"; Gray's via wikipedia).
- multifidi: back of the sacrum down to S4, PSIS, lumbar mamillary and thoracic transverse
  processes, to spinous processes 2-4 levels up, in the groove beside the spines (Stedman's via
  thefreedictionary.com "multifidus"; wn.com "Multifidus", Gray's).
- serratus posterior inferior: thin aponeurosis from the spines of T11-L2 (blending with the
  thoracolumbar fascia), four slips up and out to the lower borders of ribs 9-12 just beyond their
  angles, deep to latissimus (wikiwand.com, Gray's; thewellnessdigest.com).
Erector spinae (longissimus, iliocostalis) are drawn superficial: only fascia covers them in the
loin, where they form the ridge felt beside the spine; the widths of the columns on the figure are
estimates, not measured.
"""

from __future__ import annotations

from tools.atlas.muscles.shape import Form, MuscleOutline

_QL = "gpnotebook: quadratus lumborum (anatomy); DocCheck Flexikon: Quadratus lumborum muscle"
_RECTUS = "pharmacy-notebook/gpnotebook: rectus abdominis; Stedman's via drugs.com"
_PYRAMIDALIS = "radiopaedia.org: Pyramidalis muscle; Gray's Anatomy (1918) via wikidoc.org"
_OBLIQUES = "anatomy.app: External abdominal oblique muscle; gpnotebook: external oblique"
_DIAPHRAGM = "imaios.com: Costal part of diaphragm; gpnotebook: diaphragm origin"
_INTERCOSTALS = "Gray's Anatomy 20th ed. (1918) p. 403 (bartleby.com): Intercostales"
_ERECTOR = ("elsevier.com: Iliocostalis lumborum; DocCheck Flexikon: Iliocostalis; "
            "wheelessonline.com / imaios.com: Longissimus thoracis")
_MULTIFIDI = "Stedman's via thefreedictionary.com: multifidus; Gray's Anatomy (1918): Multifidus"
_SERRATUS_PI = "Gray's Anatomy (1918) via wikiwand.com: Serratus posterior inferior"

#: The muscle groups (``group:`` in data/muscles/*.yaml) this module draws.
GROUPS: tuple[str, ...] = ("trunk",)

#: Outlines still to draw: muscle -> the views where its trigger points are marked but it has no
#: outline yet. Cross a view off when you draw it; tests/data/test_muscle_layer.py fails until
#: this list is exactly the true state of the layer.
NOT_YET_DRAWN: dict[str, tuple[str, ...]] = {}

OUTLINES: tuple[MuscleOutline, ...] = (
    MuscleOutline(
        # Deep: seen through the erector spinae, between the 12th rib and the iliac crest,
        # its medial edge on the tips of the lumbar transverse processes.
        "quadratus_lumborum", "back", Form.QUADRILATERAL, deep=True,
        origin=("l4_transverse", (178, 334), "iliac_crest_posterior", "iliac_crest_top",
                (142, 331)),
        insertion=("rib12_medial", (170, 291.5), "rib12_tip", (146, 294)),
        side_a=((185, 310),), side_b=((143.5, 312),),
        fibres=0, source=_QL,
    ),
    MuscleOutline(
        "quadratus_lumborum", "left", Form.QUADRILATERAL, deep=True,
        origin=("iliac_crest_posterior", (181, 341)),
        insertion=("rib12_medial", "rib12_tip"),
        side_a=((192.5, 310),), fibres=0, source=_QL,
    ),
    # --- rectus abdominis: from the pubic crest and symphysis up beside the linea alba to the
    # xiphoid and the 5th-7th costal cartilages, widening as it rises.
    MuscleOutline(
        "rectus_abdominis", "front", Form.STRAP,
        origin=((201.5, 396), (213, 393)),
        insertion=((201.5, 257), (214, 252), (228, 246), (240, 247)),
        # lateral edge (linea semilunaris): out to McBurney's level, in again to the pubis
        side_b=((222.5, 377), (235, 350), (235.5, 320), (238, 285)),
        fibres=3, source=_RECTUS,
    ),
    MuscleOutline(
        # From the side: the front band of the abdominal wall, seen edge-on.
        "rectus_abdominis", "left", Form.STRAP,
        origin=((119.5, 400.5), (126.5, 398)),
        insertion=((107.5, 250), (118.5, 252)),
        side_a=((114.5, 380), (111.5, 350), (111, 320), (109.5, 285)),
        side_b=((125, 380), (126, 350), (124.5, 320), (121.5, 285)),
        fibres=2, source=_RECTUS,
    ),
    MuscleOutline(
        # A small triangle in the rectus sheath, from the pubis to the linea alba halfway to the
        # navel.
        "pyramidalis", "front", Form.FAN,
        origin=((201.5, 395.5), (205.5, 394.5), (210.5, 392.5)),
        insertion=((201.5, 360),),
        fibres=2, source=_PYRAMIDALIS,
    ),
    # --- abdominal obliques (external oblique outermost): fleshy slips from the outer surfaces
    # of ribs 5-12, fibres running down and forward to the iliac crest, the inguinal ligament and,
    # by the aponeurosis over the rectus, the linea alba and pubic crest.
    MuscleOutline(
        "abdominal_obliques", "front", Form.SHEET,
        origin=((236, 241), (251, 247), (261.5, 262), (258, 285), (256, 303)),
        insertion=((201.5, 262), (201.5, 330), (202, 396), (212, 395), (216, 389), (233, 364),
                   "asis", (257, 335.5)),
        side_a=((220, 251),),
        fibres=4, source=_OBLIQUES,
    ),
    MuscleOutline(
        # From the side only the part in front of the hanging arm shows.
        "abdominal_obliques", "left", Form.SHEET,
        origin=((113.5, 246), (126, 252), (139, 262)),
        insertion=((120, 399), (130, 373), (137, 352)),
        side_a=((109.5, 290), (111, 330), (114, 372)),
        side_b=((141.5, 300), (139.5, 330)),
        fibres=3, source=_OBLIQUES,
    ),
    MuscleOutline(
        # From behind: the strip at the flank between the lowest ribs and the iliac crest,
        # ending at the posterior free border of the external oblique.
        "abdominal_obliques", "back", Form.SHEET,
        origin=((136, 255), (146, 268), "rib12_tip"),
        insertion=("iliac_tubercle", "iliac_crest_top"),
        side_a=((141, 290), (144, 312)),
        side_b=((153.5, 312),),
        fibres=2, source=_OBLIQUES,
    ),
    # --- diaphragm: deep; from the xiphoid and the inner surfaces of the lower six costal
    # cartilages and ribs up to the central tendon at the top of the dome.
    MuscleOutline(
        "diaphragm", "front", Form.FAN, deep=True,
        origin=((201.5, 262), (220, 274), (238, 287), (252, 293), (259, 294)),
        insertion=((201.5, 244), (222, 235)),
        side_b=((264.5, 265), (258, 245), (243, 233)),
        fibres=0, source=_DIAPHRAGM,
    ),
    MuscleOutline(
        # From the side only its front, in front of the arm: the costal attachment low at the
        # front of the ribs and the dome rising behind the lower chest.
        "diaphragm", "left", Form.FAN, deep=True,
        origin=((108, 262), (122, 286), (139, 297)),
        insertion=((107.5, 243), (138, 231)),
        side_b=((140, 262),),
        fibres=0, source=_DIAPHRAGM,
    ),
    # --- intercostals: the layers filling the rib spaces, from the first rib down to the costal
    # margin and the twelfth rib; deep to the pectorals, serratus, latissimus and the scapula.
    MuscleOutline(
        "intercostals", "front", Form.SHEET, deep=True,
        origin=((212, 169), (237, 172), (259, 190)),
        insertion=((211.5, 262), (235, 284), (258, 296)),
        side_b=((264.5, 230), (265, 262)),
        fibres=0, source=_INTERCOSTALS,
    ),
    MuscleOutline(
        "intercostals", "back", Form.SHEET, deep=True,
        origin=((186, 165), (168, 168), (150, 178)),
        insertion=("rib12_medial", (160, 294), (143, 291)),
        side_a=((186, 230),), side_b=((137.5, 215), (136.5, 250)),
        fibres=0, source=_INTERCOSTALS,
    ),
    MuscleOutline(
        "intercostals", "left", Form.SHEET, deep=True,
        origin=((114, 182), (136, 176)),
        insertion=((108, 262), (122, 285), (139, 297)),
        side_a=((107.5, 210), (106.5, 240)),
        side_b=((137.5, 215), (139.5, 255)),
        fibres=0, source=_INTERCOSTALS,
    ),
    # --- erector spinae columns (covered only by thin fascia low down, so drawn superficial:
    # they form the ridge felt beside the spine).
    MuscleOutline(
        # longissimus thoracis: from the sacrum and lumbar transverse processes up to the
        # transverse processes of all thoracic vertebrae and the ribs beside them.
        "longissimus_thoracis", "back", Form.STRAP,
        origin=((190.5, 362), (183, 350)),
        insertion=((192.5, 168), (186, 168)),
        side_a=((191, 300), (192, 240)),
        side_b=((177.5, 320), (178, 290), (181, 240), (184, 200)),
        fibres=2, source=_ERECTOR,
    ),
    MuscleOutline(
        # iliocostalis lumborum: from the iliac crest and sacrum up to the angles of the lower
        # six or seven ribs, lateral to longissimus.
        "iliocostalis_lumborum", "back", Form.STRAP,
        origin=((181, 347), (170.5, 334)),
        insertion=((178.5, 228), (171.5, 230)),
        side_a=((177, 320), (176.5, 290), (178, 250)),
        side_b=((162, 312), (159, 296), (163, 270), (168, 248)),
        fibres=2, source=_ERECTOR,
    ),
    MuscleOutline(
        # iliocostalis thoracis: from the angles of the lower six ribs up to the angles of the
        # upper six and the C7 transverse process.
        "iliocostalis_thoracis", "back", Form.STRAP,
        origin=((175, 293), (160.5, 291)),
        insertion=((186, 160), (178.5, 163)),
        side_a=((177, 260), (179, 220), (183, 185)),
        side_b=((159.5, 270), (164, 240), (170, 205), (175, 180)),
        fibres=2, source=_ERECTOR,
    ),
    # --- multifidi: deep in the groove beside the spinous processes, from the back of the
    # sacrum and the lumbar mamillary and thoracic transverse processes to spines 2-4 levels up.
    MuscleOutline(
        "multifidi", "back", Form.STRAP, deep=True,
        origin=((198.5, 382), "sacrum_edge_s4"),
        insertion=((198.5, 160), (195, 160)),
        side_b=((185, 352), (188, 330), (189.5, 300), (190, 272), (193, 200)),
        fibres=0, source=_MULTIFIDI,
    ),
    # --- serratus posterior inferior: deep to latissimus; a thin aponeurosis from the T11-L2
    # spines, slips running up and out to the lower borders of ribs 9-12 beyond their angles.
    MuscleOutline(
        "serratus_posterior_inferior", "back", Form.QUADRILATERAL, deep=True,
        origin=((199, 318), (199, 272)),
        insertion=((150, 298), (145, 280), (147, 262)),
        side_a=((175, 309),), side_b=((172, 266),),
        fibres=0, source=_SERRATUS_PI,
    ),
    MuscleOutline(
        "serratus_posterior_inferior", "left", Form.QUADRILATERAL, deep=True,
        origin=((193, 318), (199.5, 272)),
        insertion=((184, 297), (183, 262)),
        side_a=((188, 309),), side_b=((191, 266),),
        fibres=0, source=_SERRATUS_PI,
    ),
)
