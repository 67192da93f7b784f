"""In a Spanish window the red flags speak Spanish (data/i18n/es/red_flags.yaml): a user draws
pain in the centre of the chest and the inner arm, opens the Red flags tab and ticks the
saddle numbness box with the mouse; the checklist, the alerts' titles and their advice are
the Spanish ones, and no English red-flag text is left on screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.place_names import localize
from bodymap.domain.regions import View
from bodymap.domain.safety import SafetyRules
from bodymap.gui.translations import install_translators
from tests.gui.helpers import click_region, open_window


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    install_translators("es")
    yield
    install_translators("en")


def _shown(window_labels: list[QLabel]) -> str:
    """The plain text of every label on screen (rich text read as a user reads it)."""
    document = QTextDocument()
    texts = []
    for label in window_labels:
        if label.isVisible():
            document.setHtml(label.text())
            texts.append(document.toPlainText())
    return "\n".join(texts)


def test_the_checklist_and_the_alerts_are_spanish(qtbot: QtBot, dataset: Dataset,
                                                  tmp_path: Path, spanish: None) -> None:
    settings = QSettings(str(tmp_path / "es.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, dataset, settings)
    english, es = dataset.safety, localize(dataset, "es").safety
    for rid in ("left.sternum", "left.upper_arm_inner"):
        click_region(qtbot, window, View.FRONT, rid)
    tabs = window.panel.tabs
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(tabs.indexOf(window.panel.safety)).center())
    box = window.panel.safety.boxes["saddle_numbness"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert window.session.view_model.ticked == frozenset({"saddle_numbness"})
    QApplication.processEvents()
    shown = _shown(window.findChildren(QLabel))
    alerts = {a.id: a for a in window.session.view_model.alerts}
    assert {"saddle_numbness", "heart", "heart_central"} <= set(alerts)
    spanish_words = _words(es)
    for alert_id, alert in alerts.items():
        assert (alert.title, alert.advice) == spanish_words[alert_id]
        assert alert.title in shown and alert.advice in shown, alert_id
    assert "Ve a urgencias ahora" in shown
    # every question of the checklist, in Spanish; none of the English words left
    for flag in es.checklist:
        assert flag.question in shown
    for title, advice in _words(english).values():
        assert title not in shown and advice not in shown, title


def _words(rules: SafetyRules) -> dict[str, tuple[str, str]]:
    """What an alert of each checklist item and pattern says: its title and its advice."""
    return {**{f.id: (f.question, f.advice) for f in rules.checklist},
            **{p.id: (p.title, p.advice) for p in rules.patterns}}
