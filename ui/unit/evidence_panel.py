"""Evidence of one activity in the editor: files (drag and drop, thumbnails) and links.

The panel only collects what the user wants; the editor hands the additions, removals
and caption changes to `ActivityService` when the activity is saved.

Thumbnails (every image type, HEIC included, turned as EXIF says) and what a new photo
says about itself (time, place) come from `cds_desktop.photos`, computed off the GUI
thread; a photo whose time does not fit the activity (`photos.period_flag`) is marked
and a warning shown, which never stops saving.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import shiboken6
from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
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

from cds_desktop import photos
from cds_desktop.activities import EvidenceView, FileInput, LinkInput
from cds_desktop.errors import CdsError, ValidationError
from cds_desktop.evidence_store import EvidenceStore, check_readable
from cds_desktop.photos import LONG_BEFORE_ACTIVITY, OUTSIDE_CAMPAIGN, PhotoInfo
from cds_desktop.text import format_size
from cds_desktop.validation import validate_link
from ui.common import theme
from ui.common.dialogs import show_error
from ui.common.i18n import current_language
from ui.common.tasks import TaskControl, run_task

THUMB = QSize(72, 72)
PhotoCheck = Callable[[dt.datetime | None], str]
"""`photos.period_flag` for this activity: the photo's time → "" or a flag."""
Loaded = dict[str, tuple[bytes | None, PhotoInfo | None]]


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
    thumbnails_ready = Signal()
    """Every thumbnail asked for so far is shown (tests wait on it)."""

    def __init__(
        self,
        store: EvidenceStore,
        evidence: list[EvidenceView],
        read_only: bool = False,
        photo_check: PhotoCheck | None = None,
    ) -> None:
        """`read_only`: only look and open (the centre's view of a unit's evidence).
        `photo_check`: how the editor judges a photo's time against the activity being
        edited; without it, the flag the core gave each stored photo is shown."""
        super().__init__()
        self.store = store
        self.photo_check = photo_check
        self._thumbs: dict[str, QPixmap | None] = {}
        self._infos: dict[str, PhotoInfo | None] = {}
        self._loading: set[str] = set()
        self.entries: list[EvidenceEntry] = [EvidenceEntry(e.caption, stored=e) for e in evidence]
        self._original_captions = {e.id: e.caption for e in evidence}
        self.removed: list[str] = []
        self.list = EvidenceList()
        self.list.setAccessibleName(self.tr("Danh sách minh chứng"))
        self.list.files_dropped.connect(self.add_files)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(self._update_buttons)
        hint = QLabel(self.tr("Kéo thả tệp (ảnh, bản chụp, PDF…) vào đây, hoặc:"))
        self.photo_warning = QLabel()
        self.photo_warning.setObjectName("photo_warning")
        self.photo_warning.setWordWrap(True)
        self.photo_warning.setStyleSheet(f"color: {theme.WARNING};")
        self.photo_warning.hide()
        self.map_link = QLabel()
        self.map_link.setObjectName("map_link")
        self.map_link.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.map_link.hide()
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
        layout.addWidget(self.photo_warning)
        layout.addWidget(self.map_link)
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
                "Minh chứng (*.jpg *.jpeg *.heic *.heif *.png *.gif *.webp *.pdf *.doc *.docx "
                "*.xls *.xlsx *.mp4 *.zip);;Mọi tệp (*)"
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
    def recheck_photos(self) -> None:
        """The activity's date changed: judge the photos' times again."""
        row = self.list.currentRow()
        self._refresh()
        self.list.setCurrentRow(row)

    def flag_of(self, entry: EvidenceEntry) -> str:
        """The photo's `photos.period_flag` ("" if it fits, is not a photo or has no time)."""
        info = self.info_of(entry)
        taken = info.taken_at if info is not None else None
        if self.photo_check is not None:
            return self.photo_check(taken) if taken is not None else ""
        return entry.stored.period_flag if entry.stored is not None else ""

    def info_of(self, entry: EvidenceEntry) -> PhotoInfo | None:
        stored = entry.stored
        if stored is not None:
            if stored.width is None or stored.height is None:
                return None
            return PhotoInfo(
                stored.width, stored.height, stored.taken_at, stored.gps_lat, stored.gps_lon
            )
        if entry.new_file is not None:
            return self._infos.get(_key(entry))
        return None

    def _refresh(self) -> None:
        self.list.clear()
        language = current_language()
        flagged = 0
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
            lines = self._photo_lines(entry, language)
            flag = self.flag_of(entry)
            if flag:
                flagged += 1
                lines.append("⚠ " + self.flag_text(flag))
            text += "".join("\n" + line for line in lines)
            if entry.caption:
                text += "\n" + entry.caption
            item = QListWidgetItem(self._icon(entry), text)
            item.setToolTip(entry.name)
            if flag:
                item.setForeground(QBrush(QColor(theme.WARNING)))
            self.list.addItem(item)
        if flagged:
            self.photo_warning.setText(
                self.tr(
                    "Có {n} ảnh chụp ngoài thời gian của đợt hoặc quá sớm so với ngày hoạt "
                    "động. Vẫn lưu được, nhưng hãy kiểm tra lại ảnh đúng là của hoạt động này."
                ).format(n=flagged)
            )
        self.photo_warning.setVisible(flagged > 0)
        self._update_buttons()
        self._load_thumbnails()

    def flag_text(self, flag: str) -> str:
        if flag == OUTSIDE_CAMPAIGN:
            return self.tr("Ảnh chụp ngoài thời gian của đợt")
        if flag == LONG_BEFORE_ACTIVITY:
            return self.tr("Ảnh chụp quá sớm so với ngày hoạt động")
        return flag

    def _photo_lines(self, entry: EvidenceEntry, language: str) -> list[str]:
        """Pixel size, when and where the photo was taken, and what it was reduced from."""
        info = self.info_of(entry)
        if info is None:
            return []
        first = f"{info.width}×{info.height}"
        if info.taken_at is not None:
            first += " · " + self.tr("Chụp lúc {time}").format(
                time=f"{info.taken_at:%H:%M %d/%m/%Y}"
            )
        lines = [first]
        if info.gps_lat is not None and info.gps_lon is not None:
            lines.append(
                self.tr("Vị trí: {lat}, {lon}").format(
                    lat=f"{info.gps_lat:.5f}", lon=f"{info.gps_lon:.5f}"
                )
            )
        stored = entry.stored
        if stored is not None and stored.reduced:
            lines.append(
                self.tr("Đã thu nhỏ từ {width}×{height} ({size})").format(
                    width=stored.original_width,
                    height=stored.original_height,
                    size=format_size(stored.original_size or 0, language),
                )
            )
        return lines

    def _update_buttons(self) -> None:
        entry = self.selected()
        has = entry is not None
        for button in (self.open_button, self.caption_button, self.remove_button):
            button.setEnabled(has)
        info = self.info_of(entry) if entry is not None else None
        if info is not None and info.gps_lat is not None and info.gps_lon is not None:
            url = map_url(info.gps_lat, info.gps_lon)
            text = self.tr("Xem bản đồ")
            self.map_link.setText(f'<a href="{url}">{text}</a>')
            self.map_link.setToolTip(url)
            self.map_link.show()
        else:
            self.map_link.hide()

    def _icon(self, entry: EvidenceEntry) -> QIcon:
        if entry.is_link:
            return theme.icon("link", theme.MUTED)
        thumb = self._thumbs.get(_key(entry)) if _is_image(entry) else None
        if thumb is not None:
            return QIcon(thumb)
        return theme.icon("file", theme.MUTED)

    def thumbnails_pending(self) -> bool:
        return bool(self._loading)

    def _load_thumbnails(self) -> None:
        """Thumbnails (and, for new files, time and place) not yet known, read on the
        thread pool; the list is redrawn when they arrive."""
        wanted: list[tuple[str, EvidenceEntry]] = []
        for entry in self.entries:
            key = _key(entry)
            if _is_image(entry) and key not in self._thumbs and key not in self._loading:
                wanted.append((key, entry))
        if not wanted:
            if not self._loading:
                self.thumbnails_ready.emit()
            return
        self._loading.update(key for key, _ in wanted)
        store = self.store
        jobs = [
            (key, e.stored.sha256 if e.stored else None, e.new_file, e.name) for key, e in wanted
        ]

        def work(_ctl: TaskControl) -> Loaded:
            return {key: _read(store, sha256, path, name) for key, sha256, path, name in jobs}

        def done(result: object) -> None:
            if not shiboken6.isValid(self):  # the panel was closed meanwhile
                return
            for key, (png, info) in cast(Loaded, result).items():
                pixmap = QPixmap()
                self._thumbs[key] = pixmap if png and pixmap.loadFromData(png) else None
                self._infos[key] = info
                self._loading.discard(key)
            self.recheck_photos()

        def failed(_exc: BaseException) -> None:
            if shiboken6.isValid(self):
                for key, *_ in jobs:
                    self._thumbs[key] = None
                    self._loading.discard(key)
                self.recheck_photos()

        run_task(None, work, done, on_failure=failed)


def map_url(lat: float, lon: float) -> str:
    """Where the photo was taken on OpenStreetMap (opened in the browser only if clicked)."""
    return (
        f"https://www.openstreetmap.org/?mlat={lat:.6f}&mlon={lon:.6f}#map=17/{lat:.6f}/{lon:.6f}"
    )


def _key(entry: EvidenceEntry) -> str:
    if entry.stored is not None:
        return f"sha256:{entry.stored.sha256}"
    return f"path:{entry.new_file}"


def _is_image(entry: EvidenceEntry) -> bool:
    if entry.is_link:
        return False
    if entry.stored is not None:
        return bool(entry.stored.sha256) and (
            entry.stored.media_type.startswith("image/") or photos.is_image(entry.stored.filename)
        )
    return entry.new_file is not None and photos.is_image(entry.new_file.name)


def _read(
    store: EvidenceStore, sha256: str | None, path: Path | None, name: str
) -> tuple[bytes | None, PhotoInfo | None]:
    """(thumbnail PNG, photo info of a new file); (None, None) for what cannot be read."""
    try:
        if sha256 is not None:  # from the store, where it may lie inside a pack (centre)
            return photos.thumbnail_png(
                io.BytesIO(store.read_bytes(sha256)), THUMB.width(), name
            ), None
        if path is not None:
            return photos.thumbnail_png(path, THUMB.width(), name), photos.read_photo_info(
                path, name
            )
    except (CdsError, OSError):
        pass  # missing, unreadable or not an image: the file icon; `check --evidence` says more
    return None, None
