"""A running task's progress: what it is doing, a bar, and Cancelar; hidden when idle."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from monitor_app.ui.task_runner import UNKNOWN_TOTAL, RunningTask


class TaskProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: RunningTask | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancelar"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.hide()

    def follow(self, task: RunningTask, text: str, *, cancellable: bool = True) -> None:
        """Show `task` until it ends; the bar is busy until its first report of how much."""
        self.task = task
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        task.progress.connect(self._progress)
        task.finished.connect(lambda _result, task=task: self._ended(task))
        task.failed.connect(lambda _error, task=task: self._ended(task))
        self.show()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        if total == UNKNOWN_TOTAL or total <= 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _ended(self, task: RunningTask) -> None:
        if task is self.task:
            self.task = None
            self.hide()
