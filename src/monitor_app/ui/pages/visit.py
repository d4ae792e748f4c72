"""The visit page: a visit filled in with an instrument, its photos and commitments, closed
when complete, printed as the acta.

What is typed goes to the visit's local draft (`services/visit_form.py`): every few seconds
while typing and whenever the focus moves on, so closing the window or a power cut loses at
most the field being typed. A section is saved, or the visit closed, through the services'
validation; their refusals appear under the fields they name, and closing lists what is
missing. Writes run on the one writer thread, in the order they were asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import MonitorError
from monitor_app.core.instrument import Instrument
from monitor_app.services.context import AppContext
from monitor_app.services.messages import describe
from monitor_app.services.photo_strip import answer_id, attach_item_photos
from monitor_app.services.visit_form import (
    ClosingGap,
    FormSave,
    VisitClosing,
    VisitForm,
    close_visit,
    save_drafts,
    save_section,
    visit_field,
    visit_form,
)
from monitor_app.services.visit_start import (
    InstrumentChoice,
    VisitHeading,
    instrument_in_use,
    visit_heading,
    visit_instruments,
)
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.task_runner import TaskRunner
from monitor_app.ui.widgets.school_sections import PageTitle, Section
from monitor_app.ui.widgets.instrument_form import InstrumentForm
from monitor_app.ui.widgets.photo_strip import PhotoStrip
from monitor_app.ui.widgets.shown import code_word, iso_day_text
from monitor_app.ui.widgets.visit_commitments import VisitCommitments

DRAFT_SAVE_MS = 2_000  # while typing, the draft is kept at least this often
NOTES = visit_field("notes")


@dataclass(frozen=True)
class _VisitRead:
    heading: VisitHeading
    choices: list[InstrumentChoice]
    in_use: tuple[str, int] | None
    filled: VisitForm | None


class VisitPage(QWidget):
    status = Signal(str)
    loaded = Signal(str)  # the visit id, once shown
    form_shown = Signal()  # the instrument's form, built just after
    closed_visit = Signal(str)  # the visit id, once closed

    def __init__(self, context: Callable[[], AppContext], runner: TaskRunner, dialogs: Dialogs,
                 lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._dialogs = dialogs
        self._lang = lang
        self.heading: VisitHeading | None = None
        self.form: InstrumentForm | None = None
        self._pending: dict[str, Any] = {}
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_SAVE_MS)
        self.draft_timer.timeout.connect(self.keep_draft)
        self.title = PageTitle()
        self.subtitle = QLabel()
        self.instrument_box = QComboBox()
        self.instrument_box.setAccessibleName(self.tr("Instrumento"))
        self.instrument_box.activated.connect(lambda _index: self._instrument_chosen())
        self.close_button = QPushButton(self.tr("C&errar visita"))
        self.close_button.clicked.connect(self.close_visit)
        self.print_button = QPushButton(self.tr("&Imprimir acta…"))
        self.print_button.clicked.connect(self.print_acta)
        self.gaps = QListWidget()
        self.gaps.setAccessibleName(self.tr("Lo que falta para cerrar la visita"))
        self.gaps.itemActivated.connect(self._go_to_gap)
        self.gaps.hide()
        self.gaps_heading = QLabel(self.tr("<b>Falta para cerrar la visita</b> (Enter o doble "
                                           "clic lleva al ítem):"))
        self.gaps_heading.setStyleSheet("color: #8a4b00;")
        self.gaps_heading.hide()
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Observaciones generales de la visita"))
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        self.notes.textChanged.connect(self._notes_changed)
        self.photos = PhotoStrip(runner, dialogs, lang)
        self.commitments = VisitCommitments(runner, lang)
        self.form_holder = QVBoxLayout()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self._body())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Instrumento:")))
        top.addWidget(self.instrument_box, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(top)
        layout.addWidget(self.gaps_heading)
        layout.addWidget(self.gaps)
        layout.addWidget(self.scroll, 1)
        QApplication.instance().focusChanged.connect(self._focus_moved)

    def _body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(Section(self.tr("Observaciones")))
        layout.addWidget(self.notes)
        layout.addLayout(self.form_holder)
        layout.addWidget(Section(self.tr("Fotos de la visita")))
        layout.addWidget(self.photos)
        layout.addWidget(self.commitments)
        layout.addStretch(1)
        return body

    # -- opening ----------------------------------------------------------------------------

    def show_visit(self, visit_id: str) -> None:
        """Read a visit on the writer thread (its heading, the instruments of its type, the one
        it is filled with: its draft's, its answers', or the first its type calls for, and the
        form's values), then show it and emit `loaded`; a refusal goes to the status bar."""
        self.keep_draft()
        lang = self._lang

        def read(ctx: AppContext, _progress: Any, _cancelled: Any) -> _VisitRead:
            heading = visit_heading(ctx, visit_id, lang)
            choices = visit_instruments(ctx, heading.visit_type)
            in_use = instrument_in_use(ctx, visit_id)
            chosen = in_use or ((choices[0].code, choices[0].version) if choices else None)
            filled = visit_form(ctx, visit_id, *chosen) if chosen else None
            return _VisitRead(heading, choices, in_use, filled)

        task = self._runner.submit(read)
        task.finished.connect(self._show_read)
        task.failed.connect(self._refused)

    def _show_read(self, read: _VisitRead) -> None:
        heading = read.heading
        self.heading = heading
        self.title.setText(heading.school_name)
        self._show_subtitle()
        self.instrument_box.clear()
        for choice in read.choices:
            self.instrument_box.addItem(self.tr("{title} (versión {version})").format(
                title=choice.title, version=choice.version), (choice.code, choice.version))
        if read.in_use is not None and self.instrument_box.findData(read.in_use) < 0:
            self.instrument_box.addItem(f"{read.in_use[0]} v{read.in_use[1]}", read.in_use)
        if read.in_use is not None:
            self.instrument_box.setCurrentIndex(self.instrument_box.findData(read.in_use))
        self._show_gaps(False)
        self.photos.show_photos_of("visit_id", heading.visit_id)
        self.commitments.show_visit(heading.visit_id, heading.cod_mod, heading.anexo)
        self.loaded.emit(heading.visit_id)
        # The page shows its heading first; the form (a few hundred widgets to lay out and
        # paint) follows in the next turn of the event loop, so neither holds the window long.
        QTimer.singleShot(0, lambda: self._show_form(read.filled, focus=True))

    def _show_subtitle(self) -> None:
        heading = self.heading
        assert heading is not None
        self.subtitle.setText(self.tr("Visita del {date} · {type} · {status}").format(
            date=iso_day_text(heading.date), type=heading.type_label,
            status=code_word(heading.status)))

    def _instrument_chosen(self) -> None:
        """Another instrument chosen: read the visit's values for it, then show its form."""
        self.keep_draft()
        chosen = self.instrument_box.currentData()
        if self.heading is None or not chosen:
            return
        visit_id = self.heading.visit_id
        task = self._runner.submit(lambda ctx, _p, _c: visit_form(ctx, visit_id, *chosen))
        task.finished.connect(self._show_form)
        task.failed.connect(self._refused)

    def _show_form(self, filled: VisitForm | None, focus: bool = False) -> None:
        """Build the form of the instrument and show the visit's values in it; `focus`: put
        the keyboard in its first field."""
        if self.form is not None:
            self.form.deleteLater()
            self.form = None
        self.notes.blockSignals(True)
        self.notes.setPlainText((filled.visit.get("notes") if filled else "") or "")
        self.notes.blockSignals(False)
        if filled is None:
            return
        self.form = InstrumentForm(filled.instrument)
        self.form.set_answers(filled.answers)
        self._add_item_photos(filled.instrument)
        self.form.edited.connect(self._edited)
        self.form.save_requested.connect(self.save_section)
        self.form_holder.addWidget(self.form)
        if focus:
            self.form.focus_first_field()
        self.form_shown.emit()

    def _add_item_photos(self, instrument: Instrument) -> None:
        """A photo strip under each item answered with a photo."""
        assert self.form is not None and self.heading is not None
        visit_id = self.heading.visit_id
        for item in instrument.items():
            slot = self.form.photo_slot(item.code)
            if slot is None:
                continue
            strip = PhotoStrip(self._runner, self._dialogs, self._lang)
            strip.setObjectName(f"photos-{item.code}")
            strip.show_photos_of(
                "answer_id", answer_id(visit_id, instrument.code, instrument.version, item.code),
                lambda ctx, paths, progress, cancelled, code=item.code: attach_item_photos(
                    ctx, paths, visit_id, instrument.code, instrument.version, code, progress,
                    cancelled))
            slot.addWidget(strip)

    # -- drafts -----------------------------------------------------------------------------

    def _edited(self, draft_field: str, value: Any) -> None:
        self._pending[draft_field] = value
        if not self.draft_timer.isActive():
            self.draft_timer.start()

    def _notes_changed(self) -> None:
        self._edited(NOTES, self.notes.toPlainText())

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.keep_draft()

    def keep_draft(self) -> None:
        """Send what was typed since the last time to the draft (on the writer thread)."""
        self.draft_timer.stop()
        if not self._pending or self.heading is None:
            return
        typed, self._pending = self._pending, {}
        visit_id = self.heading.visit_id
        task = self._runner.submit(lambda ctx, _p, _c: save_drafts(ctx, visit_id, typed))
        task.failed.connect(self._refused)

    # -- saving and closing -----------------------------------------------------------------

    def save_section(self, section_code: str) -> None:
        if self.heading is None or self.form is None:
            return
        self.keep_draft()
        visit_id, instrument = self.heading.visit_id, self.form.instrument
        task = self._runner.submit(lambda ctx, _p, _c: save_section(
            ctx, visit_id, instrument.code, instrument.version, section_code))
        task.finished.connect(self._section_saved)
        task.failed.connect(self._refused)

    def _section_saved(self, saved: FormSave) -> None:
        self._show_problems(saved.problems)
        if saved.ok:
            self.status.emit(self.tr("Sección guardada."))
        else:
            self.status.emit(self.tr("No se guardó la sección: corrija lo marcado en rojo."))

    def close_visit(self) -> None:
        if self.heading is None:
            return
        self.keep_draft()
        visit_id = self.heading.visit_id
        filled = [] if self.form is None else [(self.form.instrument.code,
                                                self.form.instrument.version)]
        self.close_button.setEnabled(False)
        task = self._runner.submit(lambda ctx, _p, _c: close_visit(ctx, visit_id, filled))
        task.finished.connect(self._closing_done)
        task.failed.connect(self._refused)
        task.failed.connect(lambda _error: self.close_button.setEnabled(True))

    def _closing_done(self, closing: VisitClosing) -> None:
        self.close_button.setEnabled(True)
        self._show_problems(closing.problems)
        self.gaps.clear()
        if closing.closed:
            assert self.heading is not None
            self.heading = visit_heading(self._context(), self.heading.visit_id, self._lang)
            self._show_subtitle()
            self._show_gaps(False)
            self.status.emit(self.tr("Visita cerrada."))
            self.closed_visit.emit(self.heading.visit_id)
            return
        for problem in closing.problems:
            if problem.draft_field is None:
                self.gaps.addItem(describe(problem.error, self._lang))
        for gap in closing.gaps:
            self.gaps.addItem(self._gap_item(gap))
        self.gaps.setMaximumHeight(self.gaps.sizeHintForRow(0) * min(self.gaps.count(), 6) + 8)
        self._show_gaps(self.gaps.count() > 0)
        self.status.emit(self.tr("La visita no se cerró: falta lo que se lista arriba."))

    def _show_gaps(self, shown: bool) -> None:
        self.gaps.setVisible(shown)
        self.gaps_heading.setVisible(shown)

    def _gap_item(self, gap: ClosingGap) -> QListWidgetItem:
        if gap.reason == "required":
            text = self.tr("{section} — {item}: sin respuesta")
        else:
            text = self.tr("{section} — {item}: falta la evidencia")
        item = QListWidgetItem(text.format(section=gap.section, item=gap.text))
        item.setData(Qt.ItemDataRole.UserRole, gap)
        return item

    def _go_to_gap(self, item: QListWidgetItem) -> None:
        gap = item.data(Qt.ItemDataRole.UserRole)
        if self.form is None or not isinstance(gap, ClosingGap):
            return
        holder = self.form.findChild(QWidget, f"item-{gap.item}")
        if holder is not None:
            self.scroll.ensureWidgetVisible(holder)
            holder.setFocus()
            editors = holder.findChildren(QWidget)
            if editors:
                editors[-1].setFocus()

    def _show_problems(self, problems: Any) -> None:
        shown = {p.draft_field: describe(p.error, self._lang) for p in problems if p.draft_field}
        if self.form is not None:
            self.form.show_problems(shown)

    def _refused(self, error: object) -> None:
        if isinstance(error, MonitorError):
            self.status.emit(describe(error, self._lang))

    # -- the acta ---------------------------------------------------------------------------

    def print_acta(self) -> None:
        if self.heading is None:
            return
        self.keep_draft()
        heading = self.heading
        target = self._dialogs.choose_pdf_target(
            self, f"acta-{heading.cod_mod}-{heading.date}.pdf")
        if target is None:
            return
        from monitor_app.services.acta import visit_acta

        task = self._runner.submit(
            lambda ctx, _p, _c: visit_acta(ctx, heading.visit_id, self._lang))
        task.finished.connect(lambda acta: self._write_acta(acta, target))
        task.failed.connect(self._refused)

    def _write_acta(self, acta: Any, target: Path) -> None:
        from monitor_app.ui.printing import print_acta  # Qt's PDF writer: only when printing

        try:
            written = print_acta(acta, target)
        except MonitorError as refusal:
            self._dialogs.warn(self, describe(refusal, self._lang))
            return
        self.status.emit(self.tr("Acta guardada en {file}.").format(file=str(written)))

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.keep_draft()
        super().hideEvent(event)
