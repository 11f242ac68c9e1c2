"""Evidence of one activity in the editor: files (drag and drop, thumbnails) and links.

The panel only collects what the user wants; the editor hands the additions, removals
and caption changes to `ActivityService` when the activity is saved.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImageReader,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.activities import EvidenceView, FileInput, LinkInput, media_type_for
from cds_desktop.errors import CdsError, ValidationError
from cds_desktop.evidence_store import EvidenceStore, check_readable
from cds_desktop.text import format_size
from cds_desktop.validation import validate_link
from ui import theme
from ui.dialogs import show_error
from ui.i18n import current_language

THUMB = QSize(72, 72)


@dataclass
class EvidenceEntry:
    """One line of the panel: stored evidence (`stored`) or a pending file or link."""

    caption: str
    stored: EvidenceView | None = None
    new_file: Path | None = None
    new_url: str = ""

    @property
    def name(self) -> str:
        if self.stored is not None:
            return self.stored.filename if self.stored.kind == "file" else self.stored.url
        return self.new_file.name if self.new_file is not None else self.new_url

    @property
    def is_link(self) -> bool:
        return (self.stored is not None and self.stored.kind == "link") or bool(self.new_url)


class EvidenceList(QListWidget):
    """The list; accepts files dropped from Explorer."""

    files_dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)
        self.setIconSize(THUMB)
        self.setSpacing(2)
        self.setWordWrap(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()


class EvidencePanel(QWidget):
    changed = Signal()

    def __init__(
        self, store: EvidenceStore, evidence: list[EvidenceView], read_only: bool = False
    ) -> None:
        """`read_only`: only look and open (the centre's view of a unit's evidence)."""
        super().__init__()
        self.store = store
        self.entries: list[EvidenceEntry] = [EvidenceEntry(e.caption, stored=e) for e in evidence]
        self._original_captions = {e.id: e.caption for e in evidence}
        self.removed: list[str] = []
        self.list = EvidenceList()
        self.list.setAccessibleName(self.tr("Danh sách minh chứng"))
        self.list.files_dropped.connect(self.add_files)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(self._update_buttons)
        hint = QLabel(self.tr("Kéo thả tệp (ảnh, bản chụp, PDF…) vào đây, hoặc:"))
        hint.setWordWrap(True)
        self.add_file_button = QPushButton(self.tr("Thêm tệp…"))
        self.add_link_button = QPushButton(self.tr("Thêm liên kết…"))
        self.add_link_button.setToolTip(
            self.tr(
                "Một liên kết làm minh chứng (ví dụ tài liệu trên mạng). Nơi hoạt động được "
                "đăng tải thì ghi ở ô «Đường dẫn (URL)»."
            )
        )
        self.open_button = QPushButton(self.tr("Mở"))
        self.caption_button = QPushButton(self.tr("Chú thích…"))
        self.remove_button = QPushButton(self.tr("Bỏ"))
        self.add_file_button.clicked.connect(self.choose_files)
        self.add_link_button.clicked.connect(self.add_link)
        self.open_button.clicked.connect(self.open_selected)
        self.caption_button.clicked.connect(self.edit_caption)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (
            self.add_file_button,
            self.add_link_button,
            self.open_button,
            self.caption_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        if read_only:
            hint.hide()
            self.list.setAcceptDrops(False)
            for button in (
                self.add_file_button,
                self.add_link_button,
                self.caption_button,
                self.remove_button,
            ):
                button.hide()
        self._refresh()

    def tab_order(self) -> list[QWidget]:
        """The list, then its buttons, left to right (the editor's Tab order)."""
        return [
            self.list,
            self.add_file_button,
            self.add_link_button,
            self.open_button,
            self.caption_button,
            self.remove_button,
        ]

    # --- what the editor saves -----------------------------------------------------------
    def new_files(self) -> list[FileInput]:
        return [FileInput(e.new_file, e.caption) for e in self.entries if e.new_file is not None]

    def new_links(self) -> list[LinkInput]:
        return [LinkInput(e.new_url, e.caption) for e in self.entries if e.new_url]

    def caption_changes(self) -> dict[str, str]:
        return {
            e.stored.id: e.caption
            for e in self.entries
            if e.stored is not None and e.caption != self._original_captions.get(e.stored.id)
        }

    def is_dirty(self) -> bool:
        return bool(self.new_files() or self.new_links() or self.removed or self.caption_changes())

    # --- actions -------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Chọn tệp minh chứng"),
            "",
            self.tr(
                "Minh chứng (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.doc *.docx *.xls *.xlsx "
                "*.mp4 *.zip);;Mọi tệp (*)"
            ),
        )
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Attach the files the core accepts; say at once why any other is refused."""
        accepted = []
        for path in paths:
            try:
                check_readable(path)
            except CdsError as exc:
                show_error(self, self.tr("Không thêm được tệp minh chứng"), exc)
                continue
            accepted.append(path)
            self.entries.append(EvidenceEntry("", new_file=path))
        if accepted:
            self._refresh()
            self.list.setCurrentRow(len(self.entries) - 1)
            self.changed.emit()

    def add_link(self) -> None:
        url, ok = QInputDialog.getText(
            self, self.tr("Thêm liên kết"), self.tr("Địa chỉ web (http:// hoặc https://):")
        )
        if ok and url.strip():
            try:
                clean = validate_link(url)
            except ValidationError as exc:  # told now, in words, not at saving
                show_error(self, self.tr("Không thêm được liên kết"), exc)
                return
            self.entries.append(EvidenceEntry("", new_url=clean))
            self._refresh()
            self.changed.emit()

    def selected(self) -> EvidenceEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def edit_caption(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Chú thích"),
            self.tr("Chú thích cho «{name}»:").format(name=entry.name),
            text=entry.caption,
        )
        if ok:
            entry.caption = text.strip()
            row = self.list.currentRow()
            self._refresh()
            self.list.setCurrentRow(row)
            self.changed.emit()

    def remove_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if entry.stored is not None:
            self.removed.append(entry.stored.id)
        self.entries.remove(entry)
        self._refresh()
        self.changed.emit()

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if entry.is_link:
            QDesktopServices.openUrl(QUrl(entry.name))
            return
        path = entry.new_file
        if entry.stored is not None and entry.stored.sha256:
            # the store names files by hash; a copy with the original name opens in the
            # right program
            folder = Path(tempfile.gettempdir()) / "cds-desktop-open" / entry.stored.sha256[:16]
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / Path(entry.stored.filename).name
            if not path.exists():
                self.store.copy_to(entry.stored.sha256, path)
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # --- display -------------------------------------------------------------------------
    def _refresh(self) -> None:
        self.list.clear()
        language = current_language()
        for entry in self.entries:
            detail = ""
            if entry.stored is not None and entry.stored.kind == "file":
                detail = format_size(entry.stored.size, language)
            elif entry.new_file is not None:
                detail = self.tr("mới")
                if entry.new_file.exists():
                    detail += " · " + format_size(entry.new_file.stat().st_size, language)
            elif entry.new_url:
                detail = self.tr("liên kết mới")
            text = entry.name + (f"  ({detail})" if detail else "")
            if entry.caption:
                text += "\n" + entry.caption
            item = QListWidgetItem(self._icon(entry), text)
            item.setToolTip(entry.name)
            self.list.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.open_button, self.caption_button, self.remove_button):
            button.setEnabled(has)

    def _icon(self, entry: EvidenceEntry) -> QIcon:
        if entry.is_link:
            return theme.icon("link", theme.MUTED)
        if entry.stored is not None and entry.stored.sha256:
            media = entry.stored.media_type
            if media.startswith("image/"):
                thumb = self._stored_thumbnail(entry.stored.sha256)
                if thumb is not None:
                    return QIcon(thumb)
        else:
            assert entry.new_file is not None
            if media_type_for(entry.new_file.name).startswith("image/"):
                thumb = thumbnail(QImageReader(str(entry.new_file)))
                if thumb is not None:
                    return QIcon(thumb)
        return theme.icon("file", theme.MUTED)

    def _stored_thumbnail(self, sha256: str) -> QPixmap | None:
        """From the store, where the file may lie inside a pack (at the centre)."""
        try:
            data = QByteArray(self.store.read_bytes(sha256))
        except OSError:
            return None  # missing or unreadable: `check --evidence` says which
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        return thumbnail(QImageReader(buffer))


def thumbnail(reader: QImageReader) -> QPixmap | None:
    """A small image read at reduced size (cheap even for a 20-megapixel photo)."""
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid():
        return None
    reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)
