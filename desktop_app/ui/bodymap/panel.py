"""The side panel of the body map: the list of marks and the details of the selected one."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.records import ExplanationBy, MarkType
from desktop_app.ui.bodymap.marks import BodyMapMarks
from desktop_app.ui.bodymap.words import mark_type_words, region_words, view_words
from desktop_app.ui.hint_fit import fit_hint
from desktop_app.ui.scroll_fit import NoSidewaysScrolling

_NOT_MEASURED = 0.0
_SKIN_UNKNOWN, _SKIN_YES, _SKIN_NO = 0, 1, 2
_LIST_MOST = 118  # the list of marks' greatest height, in pixels (about six marks)


class MarkDetailsPanel(QWidget):
    """Lists the marks of the map and describes the selected one; every edit goes straight into the model.

    Private state: `_marks` (the shared BodyMapMarks), `_loading` (True while the fields are being filled from a
    mark, so that filling them is not taken for an edit), `_form` (the details' rows: labels beside their fields when
    there is room, above them when not), `_no_sideways` (keeps `details_scroll` as wide as the details need), and
    the field widgets. `stack` shows the hint (page 0) or `details_scroll` (page 1), which scrolls up and down only.
    """

    def __init__(self, marks: BodyMapMarks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks = marks
        self._loading = False

        self.list_label = QLabel(self.tr("Marks on this map"))
        self.list_label.setObjectName("bodyMapListLabel")
        self.mark_list = QListWidget()
        self.mark_list.setAccessibleName(self.tr("Marks on this map"))
        self.mark_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mark_list.setWordWrap(True)  # "2. Bruise, upper back, left side (back view)" read whole, never cut
        self.mark_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.mark_list.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again as the panel's width changes
        self.mark_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_label.setBuddy(self.mark_list)

        # The details scroll up and down on a short screen rather than squash (768 high: Where over Type, Size flat);
        # whatever the keyboard reaches in them is scrolled into view. The hint is outside the scroll area, which
        # would give it the details' height.
        self.details_scroll = QScrollArea()
        self.details_scroll.setObjectName("bodyMapDetailsScroll")
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setWidget(self._details_page())
        self._no_sideways = NoSidewaysScrolling(self.details_scroll)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._hint_page())
        self.stack.addWidget(self.details_scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.list_label)
        layout.addWidget(self.mark_list)
        layout.addSpacing(6)
        layout.addWidget(self.stack, 1)

        self.mark_list.currentRowChanged.connect(self._on_row_chosen)
        self.mark_list.installEventFilter(self)  # reaching the list selects nothing by itself
        marks.changed.connect(self._on_marks_changed)
        marks.reset.connect(self._on_marks_changed)
        marks.selection_changed.connect(self._on_selection_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._on_marks_changed()
        self._on_selection_changed(marks.selected)

    # -- building -----------------------------------------------------------------------------------------------

    def _hint_page(self) -> QWidget:
        page = QWidget()
        self.hint = QLabel(
            self.tr(
                "Click on the outline where you saw the mark, then describe it here.\n\n"
                "Choose Front, Back, Head or Hands above the map for the view that shows it best. "
                "Select a mark (click it, or press Tab on the map) to describe, move or remove it."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setMinimumWidth(120)  # it wraps: Qt's guess at a wrapped label's least width held the panel wide
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint.setObjectName("bodyMapHint")
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.hint)
        box.addStretch(1)
        return page

    def _details_page(self) -> QWidget:
        """The selected mark's details: its number and place, how it looks, whether the skin is broken, first aid,
        a witness, the explanation and who gave it, and the button to remove it."""
        self._add_place_labels()
        self._add_look_fields()
        self._add_skin_answers()
        self._add_account_fields()
        self.remove_button = QPushButton(self.tr("Remo&ve this mark"))
        page = QWidget()
        self._lay_out_details(page)
        self._connect_details()
        for edit in (self.shape, self.colour, self.witnessed_by, self.first_aid):
            fit_hint(edit)
        return page

    def _add_place_labels(self) -> None:
        """The mark's number as a title, and where it is, read but never typed in."""
        self.title = QLabel()
        self.title.setObjectName("bodyMapMarkTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.region = QLabel()
        self.region.setObjectName("bodyMapRegion")
        self.region.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.region.setWordWrap(True)
        self.region.setMinimumHeight(2 * self.region.fontMetrics().lineSpacing())  # "left upper arm (front view)"
        self.region.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _add_look_fields(self) -> None:
        """What kind of mark it is, its size, shape and colour."""
        self.type = QComboBox()
        for mark_type in MarkType:
            words = mark_type_words(mark_type)
            self.type.addItem(words[:1].upper() + words[1:], mark_type.value)

        self.size = QDoubleSpinBox()
        self.size.setRange(_NOT_MEASURED, 100.0)
        self.size.setDecimals(1)
        self.size.setSingleStep(0.5)
        self.size.setSuffix(self.tr(" cm"))
        self.size.setSpecialValueText(self.tr("not measured"))
        self.size.setToolTip(
            self.tr("The longest side, in centimetres; leave at 'not measured' if you did not measure it.")
        )

        self.shape = QLineEdit()
        self.shape.setPlaceholderText(self.tr("e.g. round, oval, a line"))
        self.shape.setToolTip(self.tr("The shape, e.g. round, oval, a line, a finger-tip pattern"))
        self.colour = QLineEdit()
        self.colour.setPlaceholderText(self.tr("e.g. red, blue-purple"))
        self.colour.setToolTip(self.tr("The colour or colours, e.g. red, blue-purple, yellow-green"))

    def _add_skin_answers(self) -> None:
        """Whether the skin is broken: not known, yes or no, a group the arrows move through (see eventFilter)."""
        self.skin_group = QButtonGroup(self)
        skin_row = QHBoxLayout()
        skin_row.setContentsMargins(0, 0, 0, 0)
        self.skin_buttons: dict[int, QRadioButton] = {}
        for value, text in (
            (_SKIN_UNKNOWN, self.tr("Not known")),
            (_SKIN_YES, self.tr("Yes")),
            (_SKIN_NO, self.tr("No")),
        ):
            button = QRadioButton(text)
            self.skin_group.addButton(button, value)
            self.skin_buttons[value] = button
            button.installEventFilter(self)  # arrows choose, as in any group of radio buttons
            skin_row.addWidget(button)
        skin_row.addStretch(1)
        skin_box = QWidget()
        skin_box.setLayout(skin_row)
        skin_box.setAccessibleName(self.tr("Skin broken"))
        skin_box.setFocusProxy(self.skin_buttons[_SKIN_UNKNOWN])  # then the chosen answer (`_on_skin_toggled`)
        self.skin_box = skin_box

    def _add_account_fields(self) -> None:
        """The explanation exactly as given and who gave it, who saw it happen, and the first aid given."""
        self.explanation = QPlainTextEdit()
        self.explanation.setTabChangesFocus(True)
        self.explanation.setPlaceholderText(self.tr("What was said about it, exactly as it was said"))
        self.explanation.setMinimumHeight(64)
        self.explanation_by = QComboBox()
        for text, value in (
            (self.tr("The child"), ExplanationBy.CHILD),
            (self.tr("A parent"), ExplanationBy.PARENT),
            (self.tr("A carer"), ExplanationBy.CARER),
            (self.tr("Another adult"), ExplanationBy.OTHER_ADULT),
            (self.tr("No one: no explanation was given"), ExplanationBy.NONE),
        ):
            self.explanation_by.addItem(text, value.value)
        # As narrow as the details need; the list opened shows every answer whole. The chosen one fits in English.
        self.explanation_by.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.explanation_by.setMinimumContentsLength(16)
        self.explanation_by.setToolTip(
            self.tr("Who gave the explanation: an explanation from an adult rather than the child is a red flag.")
        )
        self.witnessed_by = QLineEdit()
        self.witnessed_by.setPlaceholderText(self.tr("Name and role, if anyone"))
        self.witnessed_by.setToolTip(self.tr("Full name and role of an adult who saw it happen, if any"))
        self.first_aid = QLineEdit()
        self.first_aid.setPlaceholderText(self.tr("e.g. cold compress; none"))
        self.first_aid.setToolTip(self.tr("e.g. cold compress by the school first aider; none needed"))

    def _lay_out_details(self, page: QWidget) -> None:
        """The fields in rows with their labels (beside them or above: see resizeEvent), the explanation under
        them, who gave it, and the remove button at the foot."""
        skin_box = self.skin_box
        form = self._form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)  # the fields' hints fit beside the labels
        form.addRow(QLabel(self.tr("Where")), self.region)
        self._add_row(form, self.tr("T&ype"), self.type)
        self._add_row(form, self.tr("Si&ze"), self.size)
        self._add_row(form, self.tr("S&hape"), self.shape)
        self._add_row(form, self.tr("Colour(s)"), self.colour)
        skin_label = QLabel(self.tr("Skin bro&ken"))  # the answers on a row of their own: never squeezed beside it
        skin_label.setBuddy(skin_box)
        skin_box.setAccessibleName(skin_label.text().replace("&", ""))
        form.addRow(skin_label)
        form.addRow(skin_box)
        self._add_row(form, self.tr("First &aid given"), self.first_aid)

        self._add_row(form, self.tr("Witnessed by"), self.witnessed_by)

        self.explanation_label = QLabel(self.tr("The e&xplanation, exactly as it was given"))
        self.explanation_label.setBuddy(self.explanation)
        self.explanation_label.setWordWrap(True)
        self.explanation.setAccessibleName(self.tr("The explanation, exactly as it was given"))
        by_row = QFormLayout()
        by_row.setContentsMargins(0, 0, 0, 0)
        by_row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        by_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # "No one: no explanation…" under its label
        self._add_row(by_row, self.tr("Explanation given by"), self.explanation_by)

        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addWidget(self.title)
        box.addSpacing(2)
        box.addLayout(form)
        box.addWidget(self.explanation_label)
        box.addWidget(self.explanation, 1)
        box.addLayout(by_row)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        box.addLayout(remove_row)

    def _connect_details(self) -> None:
        """Every edit of a field goes straight into the selected mark."""
        self.type.currentIndexChanged.connect(lambda _i: self._edit(type=self.type.currentData()))
        self.size.valueChanged.connect(lambda v: self._edit(size_cm=None if v <= _NOT_MEASURED else round(v, 1)))
        self.shape.textEdited.connect(lambda text: self._edit(shape=text))
        self.colour.textEdited.connect(lambda text: self._edit(colour=text))
        self.skin_group.idToggled.connect(self._on_skin_toggled)
        self.explanation.textChanged.connect(self._on_explanation_changed)
        self.explanation_by.currentIndexChanged.connect(
            lambda _i: self._edit(explanation_by=self.explanation_by.currentData())
        )
        self.witnessed_by.textEdited.connect(lambda text: self._edit(witnessed_by=text))
        self.first_aid.textEdited.connect(lambda text: self._edit(first_aid=text))
        self.remove_button.clicked.connect(self._remove)

    def _add_row(self, form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(buddy or field)
        field.setAccessibleName(text.replace("&", ""))
        form.addRow(label, field)

    # -- showing ------------------------------------------------------------------------------------------------

    def _on_marks_changed(self) -> None:
        was_blocked = self.mark_list.blockSignals(True)
        try:
            self.mark_list.clear()
            for index, mark in enumerate(self._marks.marks()):
                kind = mark_type_words(mark.type)
                text = self.tr("{number}. {type}, {region} ({view})").format(
                    number=index + 1,
                    type=kind[:1].upper() + kind[1:],
                    region=region_words(mark.region),
                    view=view_words(mark.view),
                )
                self.mark_list.addItem(QListWidgetItem(text))
            if len(self._marks) == 0:
                self.mark_list.addItem(self.tr("None yet"))
                self.mark_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
            self.mark_list.setCurrentRow(self._marks.selected)
        finally:
            self.mark_list.blockSignals(was_blocked)
        self._fit_mark_list()
        if self._marks.selected >= 0:
            self._show_place(self._marks.selected)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Labels beside their fields when there is room, above them when not (a longer language at 1024x768)."""
        super().resizeEvent(event)
        beside = self.width() >= self._width_beside()
        policy = QFormLayout.RowWrapPolicy.DontWrapRows if beside else QFormLayout.RowWrapPolicy.WrapAllRows
        if self._form.rowWrapPolicy() != policy:
            self._form.setRowWrapPolicy(policy)
            self._no_sideways.fit()  # the details' least width changes with it

    def _width_beside(self) -> int:
        """The width the details need with every label beside its field."""
        labels, fields = [], []
        for row in range(self._form.rowCount()):
            label = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and label.widget() is not None:
                labels.append(label.widget().sizeHint().width())
            if field is not None and field.widget() is not None:
                widget = field.widget()
                fields.append(max(widget.minimumSizeHint().width(), widget.minimumWidth()))
        spacing = max(self._form.horizontalSpacing(), 0)
        scroll_bar = self.details_scroll.verticalScrollBar().sizeHint().width()
        return max(labels, default=0) + spacing + max(fields, default=0) + scroll_bar + 2

    def _fit_mark_list(self) -> None:
        """As tall as its marks need, from two rows up to six: on a 768-high screen the details get the rest."""
        rows = [self.mark_list.sizeHintForRow(i) for i in range(self.mark_list.count())]
        row = max(rows[:1] or [self.mark_list.fontMetrics().lineSpacing() + 4])
        needed = sum(rows) + 2 * self.mark_list.frameWidth() + 2
        self.mark_list.setFixedHeight(max(2 * row + 2 * self.mark_list.frameWidth() + 2, min(needed, _LIST_MOST)))

    def _on_selection_changed(self, index: int) -> None:
        was_blocked = self.mark_list.blockSignals(True)
        self.mark_list.setCurrentRow(index)
        self.mark_list.blockSignals(was_blocked)
        if index < 0:
            self.stack.setCurrentIndex(0)
            return
        self._load(index)
        self.stack.setCurrentIndex(1)
        self.details_scroll.verticalScrollBar().setValue(0)  # a mark chosen: its number and place first

    def _show_place(self, index: int) -> None:
        mark = self._marks.mark(index)
        self.title.setText(self.tr("Mark {number}").format(number=index + 1))
        self.region.setText(
            self.tr("{region} ({view})").format(region=region_words(mark.region), view=view_words(mark.view))
        )
        self.region.setAccessibleName(self.region.text())

    def _load(self, index: int) -> None:
        mark = self._marks.mark(index)
        self._loading = True
        try:
            self._show_place(index)
            position = self.type.findData(str(mark.type))
            self.type.setCurrentIndex(position if position >= 0 else self.type.findData(MarkType.OTHER.value))
            self.size.setValue(mark.size_cm if mark.size_cm is not None else _NOT_MEASURED)
            self.shape.setText(mark.shape)
            self.colour.setText(mark.colour)
            skin = _SKIN_UNKNOWN if mark.skin_broken is None else _SKIN_YES if mark.skin_broken else _SKIN_NO
            self.skin_buttons[skin].setChecked(True)
            if self.explanation.toPlainText() != mark.explanation:
                self.explanation.setPlainText(mark.explanation)
            self._show_giver(mark.given_by)
            self.witnessed_by.setText(mark.witnessed_by)
            self.first_aid.setText(mark.first_aid)
        finally:
            self._loading = False

    # -- editing ------------------------------------------------------------------------------------------------

    def _edit(self, **details: object) -> None:
        if self._loading or self._marks.selected < 0:
            return
        self._marks.describe(self._marks.selected, **details)

    def _show_giver(self, giver: str) -> None:
        position = self.explanation_by.findData(giver)
        self.explanation_by.setCurrentIndex(position if position >= 0 else 0)

    def _on_explanation_changed(self) -> None:
        self._edit(explanation=self.explanation.toPlainText())
        if self._loading or self._marks.selected < 0:
            return
        mark = self._marks.mark(self._marks.selected)
        if not mark.explanation_by:  # not chosen yet: show who it defaults to (the child once something is typed)
            self._loading = True
            try:
                self._show_giver(mark.given_by)
            finally:
                self._loading = False

    def _on_skin_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self._edit(skin_broken=None if button_id == _SKIN_UNKNOWN else button_id == _SKIN_YES)
            for value, button in self.skin_buttons.items():  # Tab and Alt+K reach the group at its chosen answer
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if value == button_id else Qt.FocusPolicy.ClickFocus)
            self.skin_box.setFocusProxy(self.skin_buttons[button_id])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In "Skin broken", Left/Up and Right/Down choose the previous or next answer (and stop at the ends). The
        list of marks gaining focus (Tab, or the details it followed being hidden) selects no mark by itself: Qt
        makes its first row current then, which used to select mark 1 and flip the map to mark 1's view."""
        if watched is self.mark_list and event.type() == QEvent.Type.FocusIn:
            was_blocked = self.mark_list.blockSignals(True)
            try:
                self.mark_list.event(event)
                self.mark_list.setCurrentRow(self._marks.selected)
            finally:
                self.mark_list.blockSignals(was_blocked)
            return True
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in steps
            and watched in self.skin_buttons.values()
        ):
            order = list(self.skin_buttons.values())
            target = order[max(0, min(len(order) - 1, order.index(watched) + steps[Qt.Key(event.key())]))]
            target.setChecked(True)
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and shiboken6.isValid(self) and self.details_scroll.widget().isAncestorOf(new):
            self._scroll_to(new)

    def _scroll_to(self, field: QWidget) -> None:
        """Bring the field the keyboard reached into view: whole where it fits, else its top."""
        bar = self.details_scroll.verticalScrollBar()
        top = field.mapTo(self.details_scroll.widget(), QPoint(0, 0)).y() - 8
        bottom = top + field.height() + 16
        room = self.details_scroll.viewport().height()
        if top < bar.value():
            bar.setValue(top)
        elif bottom > bar.value() + room:
            bar.setValue(min(top, bottom - room))

    def _on_row_chosen(self, row: int) -> None:
        if 0 <= row < len(self._marks):
            self._marks.select(row)

    def _remove(self) -> None:
        if self._marks.selected >= 0:
            self._marks.remove(self._marks.selected)
