"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate: a background
task's thread can then destroy a cycle that holds Qt objects of the GUI thread, and Qt
crashes. So automatic collection is turned off and a timer on the GUI thread collects
instead, generation by generation as the thresholds say (as qutebrowser does).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        generation = -1
        for index, (count, threshold) in enumerate(zip(counts, thresholds, strict=True)):
            if count > threshold:
                generation = index
        if generation >= 0:
            gc.collect(generation)


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    return GuiThreadCollector(app)
