"""Where a project works: tick whole subdistricts, or single villages of one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.services.households.listing import FilterOptions
from desktop.services.projects import AreaDraft

CODE_ROLE = Qt.ItemDataRole.UserRole


class AreaPicker(QWidget):
    changed = Signal()

    def __init__(self, options: FilterOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Subdistrict / village")])
        self.tree.setUniformRowHeights(True)
        self._subdistricts: dict[str, QTreeWidgetItem] = {}
        self._villages: dict[str, QTreeWidgetItem] = {}
        for subdistrict in options.subdistricts:
            item = QTreeWidgetItem([self.tr("Subdistrict {name}").format(name=subdistrict.name_th)])
            item.setData(0, CODE_ROLE, subdistrict.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(item)
            self._subdistricts[subdistrict.code] = item
            for village in options.villages.get(subdistrict.code, ()):
                child = QTreeWidgetItem(
                    [self.tr("Moo {moo} {name}").format(moo=village.moo, name=village.name_th)]
                )
                child.setData(0, CODE_ROLE, village.code)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                item.addChild(child)
                self._villages[village.code] = child
        self.summary = QLabel()
        hint = QLabel(
            self.tr(
                "Tick a subdistrict for all of it, or open it and tick single villages."
                " Space ticks the current line."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self.tree.itemChanged.connect(self._item_changed)

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        parent = item.parent()
        self.tree.blockSignals(True)
        if parent is None and item.checkState(0) == Qt.CheckState.Checked:
            for row in range(item.childCount()):  # the whole subdistrict: no single villages
                item.child(row).setCheckState(0, Qt.CheckState.Unchecked)
        elif parent is not None and item.checkState(0) == Qt.CheckState.Checked:
            parent.setCheckState(0, Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)
        self._show_summary()
        self.changed.emit()

    def set_areas(self, areas: list[AreaDraft]) -> None:
        self.tree.blockSignals(True)
        for item in [*self._subdistricts.values(), *self._villages.values()]:
            item.setCheckState(0, Qt.CheckState.Unchecked)
        for area in areas:
            if area.village_code is None:
                if area.subdistrict_code in self._subdistricts:
                    self._subdistricts[area.subdistrict_code].setCheckState(
                        0, Qt.CheckState.Checked
                    )
            elif area.village_code in self._villages:
                village = self._villages[area.village_code]
                village.setCheckState(0, Qt.CheckState.Checked)
                village.parent().setExpanded(True)
        self.tree.blockSignals(False)
        self._show_summary()

    def areas(self) -> list[AreaDraft]:
        chosen: list[AreaDraft] = []
        for code, item in self._subdistricts.items():
            if item.checkState(0) == Qt.CheckState.Checked:
                chosen.append(AreaDraft(code))
                continue
            for row in range(item.childCount()):
                child = item.child(row)
                if child.checkState(0) == Qt.CheckState.Checked:
                    chosen.append(AreaDraft(code, child.data(0, CODE_ROLE)))
        return chosen

    def check(self, code: str) -> None:
        """Tick a subdistrict (6-digit code) or a village (8 digits)."""
        item = self._subdistricts.get(code) or self._villages[code]
        item.setCheckState(0, Qt.CheckState.Checked)

    def _show_summary(self) -> None:
        areas = self.areas()
        whole = sum(1 for area in areas if area.village_code is None)
        self.summary.setText(
            self.tr("{whole} whole subdistricts and {villages} single villages").format(
                whole=whole, villages=len(areas) - whole
            )
        )
