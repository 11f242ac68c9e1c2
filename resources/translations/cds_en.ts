<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/activities_page.py" line="66"/>
        <source>Thêm hoạt động</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="68"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="69"/>
        <source>Nhân bản</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="70"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="71"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="72"/>
        <source>Lưu mẫu Excel…</source>
        <translation>Save Excel template…</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="92"/>
        <source>Tìm theo tên, địa điểm… (gõ không dấu cũng được)</source>
        <translation>Search by title, place… (accents optional)</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="95"/>
        <source>Tất cả hình thức</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="98"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="108"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="141"/>
        <source>Chưa có hoạt động nào. Bấm «Thêm hoạt động» hoặc «Nhập từ Excel…» để bắt đầu.</source>
        <translation>No activities yet. Click “Add activity” or “Import from Excel…” to start.</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="201"/>
        <source>Không đọc được danh sách hoạt động</source>
        <translation>Could not read the activity list</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="219"/>
        <source>{n} hoạt động</source>
        <translation>{n} activities</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="221"/>
        <source>Hiển thị {shown} / {total} hoạt động</source>
        <translation>Showing {shown} of {total} activities</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="285"/>
        <source>Xóa hoạt động</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="287"/>
        <source>Xóa hoạt động «{title}»?

Việc xóa sẽ được gửi tới Trung tâm trong lần xuất gói dữ liệu tiếp theo.</source>
        <translation>Delete the activity “{title}”?

The deletion will reach the IT Centre with the next exported package.</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="297"/>
        <source>Không xóa được hoạt động</source>
        <translation>Could not delete the activity</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="308"/>
        <source>Lưu mẫu Excel</source>
        <translation>Save Excel template</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="310"/>
        <location filename="../../ui/activities_page.py" line="341"/>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="327"/>
        <source>Đã lưu mẫu Excel</source>
        <translation>Excel template saved</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="329"/>
        <source>Đã lưu mẫu vào {path}.

Điền mỗi hoạt động một dòng ở trang «Hoạt động», rồi bấm «Nhập từ Excel…».</source>
        <translation>The template was saved to {path}.

Fill in one activity per row on the “Hoạt động” sheet, then click “Import from Excel…”.</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="333"/>
        <source>Không lưu được mẫu Excel</source>
        <translation>Could not save the Excel template</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="339"/>
        <source>Nhập hoạt động từ Excel</source>
        <translation>Import activities from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="358"/>
        <source>Đang nhập từ Excel…</source>
        <translation>Importing from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="376"/>
        <source>Không nhập được tệp Excel</source>
        <translation>Could not import the Excel file</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/activity_editor.py" line="59"/>
        <source>Bắt buộc phải nhập.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="60"/>
        <source>Quá dài.</source>
        <translation>Too long.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="61"/>
        <source>Ngày không hợp lệ.</source>
        <translation>Not a valid date.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="62"/>
        <source>Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.</source>
        <translation>The end date must be on or after the start date.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="65"/>
        <source>Phải là số nguyên không âm.</source>
        <translation>Must be a whole number ≥ 0.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="68"/>
        <source>Giá trị không có trong danh mục.</source>
        <translation>Not a value of the list.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="71"/>
        <source>Không phải địa chỉ web (bắt đầu bằng http:// hoặc https://).</source>
        <translation>Not a web address (starting with http:// or https://).</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="131"/>
        <source>Sửa hoạt động</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="133"/>
        <source>Nhân bản hoạt động</source>
        <translation>Duplicate activity</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="135"/>
        <source>Thêm hoạt động</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="151"/>
        <source>Mỗi dòng một địa chỉ, ví dụ https://bvhttdl.gov.vn/…</source>
        <translation>One address per line, e.g. https://bvhttdl.gov.vn/…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="157"/>
        <source>Các cơ quan, tổ chức phối hợp</source>
        <translation>Partner agencies and organisations</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="168"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="173"/>
        <source>Lượt tiếp cận (xem, phát hành):</source>
        <translation>Reach (views, copies):</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="177"/>
        <source>Kênh thực hiện</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="178"/>
        <source>Chủ đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="180"/>
        <source>Tên hoạt động: *</source>
        <translation>Title: *</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="181"/>
        <source>Hình thức: *</source>
        <translation>Form: *</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="182"/>
        <source>Thời gian: *</source>
        <translation>Dates: *</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="184"/>
        <source>Địa điểm:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="185"/>
        <source>Đơn vị chủ trì:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="186"/>
        <source>Người tham gia:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="188"/>
        <source>Đường dẫn (URL):</source>
        <translation>Links (URLs):</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="189"/>
        <source>Mô tả, kết quả:</source>
        <translation>Description, results:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="190"/>
        <source>Đơn vị phối hợp:</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="208"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="214"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="215"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="336"/>
        <source>Lưu ý: ngày nằm ngoài thời gian của đợt báo cáo ({start} – {end}). Vẫn lưu được, nhưng hãy kiểm tra lại.</source>
        <translation>Note: the date is outside the campaign period ({start} – {end}). It can still be saved, but please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="388"/>
        <source>Đang lưu hoạt động và minh chứng…</source>
        <translation>Saving the activity and its evidence…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="409"/>
        <source>Không lưu được hoạt động</source>
        <translation>Could not save the activity</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="416"/>
        <source>Chưa lưu thay đổi</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="417"/>
        <source>Hoạt động có thay đổi chưa lưu. Lưu lại trước khi đóng?</source>
        <translation>The activity has unsaved changes. Save them before closing?</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/activity_model.py" line="62"/>
        <source>Tên hoạt động</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="63"/>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="64"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="65"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="66"/>
        <source>Địa điểm</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="67"/>
        <source>Người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="68"/>
        <source>Lượt tiếp cận</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="69"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/app.py" line="53"/>
        <source>Chương trình gặp lỗi không mong muốn. Dữ liệu đã lưu không bị mất. Chi tiết đã được ghi vào nhật ký; bấm «Chi tiết» để xem và sao chép.</source>
        <translation>The program hit an unexpected error. Saved data is not lost. The details were written to the log; click “Show Details…” to see and copy them.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="25"/>
        <source>Sửa các ô được đánh dấu rồi thử lại. Chưa có gì được ghi.</source>
        <translation>Correct the marked fields and try again. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="33"/>
        <source>Chưa có gì bị thay đổi. Làm theo hướng dẫn trên rồi thử lại.</source>
        <translation>Nothing was changed. Follow the advice above, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="41"/>
        <source>Kiểm tra ổ đĩa hoặc thư mục (còn chỗ trống, có quyền ghi, USB còn cắm) rồi thử lại.</source>
        <translation>Check the drive or folder (free space, write permission, USB stick still plugged in), then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="52"/>
        <source>Cơ sở dữ liệu đang bận (có thể chương trình đang mở ở cửa sổ khác).</source>
        <translation>The database is busy (the program may be open in another window).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="55"/>
        <source>Đóng cửa sổ CĐS Desktop khác rồi thử lại.</source>
        <translation>Close the other CĐS Desktop window and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="60"/>
        <source>Ổ đĩa đã đầy, không ghi được dữ liệu.</source>
        <translation>The disk is full; the data could not be written.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="61"/>
        <source>Giải phóng dung lượng ổ đĩa rồi thử lại.</source>
        <translation>Free some disk space and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="65"/>
        <source>Đã xảy ra lỗi không mong muốn: {error}</source>
        <translation>An unexpected error happened: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="68"/>
        <source>Chi tiết đã được ghi vào nhật ký (thư mục logs trong thư mục dữ liệu). Hãy gửi tệp nhật ký cho bộ phận hỗ trợ.</source>
        <translation>The details were written to the log (the logs folder in the data folder). Please send the log file to support.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="84"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="113"/>
        <source>Kéo thả tệp (ảnh, bản chụp, PDF…) vào đây, hoặc:</source>
        <translation>Drop files (photos, scans, PDFs…) here, or:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="115"/>
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="116"/>
        <source>Thêm liên kết…</source>
        <translation>Add link…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="117"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="118"/>
        <source>Chú thích…</source>
        <translation>Caption…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="119"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="163"/>
        <source>Chọn tệp minh chứng</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="166"/>
        <source>Minh chứng (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.doc *.docx *.xls *.xlsx *.mp4 *.zip);;Mọi tệp (*)</source>
        <translation>Evidence (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.doc *.docx *.xls *.xlsx *.mp4 *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="182"/>
        <source>Thêm liên kết</source>
        <translation>Add link</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="182"/>
        <source>Địa chỉ web (http:// hoặc https://):</source>
        <translation>Web address (http:// or https://):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="199"/>
        <source>Chú thích</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="200"/>
        <source>Chú thích cho «{name}»:</source>
        <translation>Caption for “{name}”:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="248"/>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="252"/>
        <source>liên kết mới</source>
        <translation>new link</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/export_page.py" line="35"/>
        <source>Chưa xuất gói dữ liệu</source>
        <translation>No package exported yet</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="41"/>
        <source>Xuất gói lần cuối: {time} (số {n})</source>
        <translation>Last export: {time} (no. {n})</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="62"/>
        <source>Xuất gói dữ liệu gửi Trung tâm</source>
        <translation>Export the package for the IT Centre</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="66"/>
        <source>Gói dữ liệu (.cdspkg) chứa toàn bộ hoạt động của đơn vị trong đợt báo cáo, kể cả các hoạt động đã xóa, cùng mọi tệp minh chứng, và được ký bằng khóa của đơn vị. Gửi tệp này cho Trung tâm qua USB hoặc thư điện tử.</source>
        <translation>The package (.cdspkg) holds all of the unit&apos;s activities of the campaign, deleted ones included, with every evidence file, signed with the unit&apos;s key. Send this file to the IT Centre on a USB stick or by e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="76"/>
        <source>Nội dung gói</source>
        <translation>Package contents</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="78"/>
        <source>Hoạt động:</source>
        <translation>Activities:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="79"/>
        <source>Hoạt động đã xóa:</source>
        <translation>Deleted activities:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="80"/>
        <source>Tệp minh chứng:</source>
        <translation>Evidence files:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="84"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="86"/>
        <source>Nơi lưu</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="91"/>
        <source>Xuất gói dữ liệu</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="96"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="110"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="111"/>
        <source>Dung lượng:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="112"/>
        <source>Số thứ tự gói:</source>
        <translation>Package number:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="113"/>
        <source>SHA-256 của gói:</source>
        <translation>Package SHA-256:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="114"/>
        <source>Mã nhận dạng khóa:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="115"/>
        <source>Mở thư mục chứa gói</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="116"/>
        <source>Sao chép thông tin</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="161"/>
        <source>{n} tệp, {size}</source>
        <translation>{n} files, {size}</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="167"/>
        <source>(không đếm được: {error})</source>
        <translation>(could not count: {error})</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="172"/>
        <source>Chọn thư mục lưu gói dữ liệu</source>
        <translation>Choose the folder for the package</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="194"/>
        <source>Đang xuất gói dữ liệu…</source>
        <translation>Exporting the package…</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="202"/>
        <source>Không xuất được gói dữ liệu</source>
        <translation>Could not export the package</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="205"/>
        <source>Mã nhận dạng khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="208"/>
        <source>Khóa ký của đơn vị đã được tạo. Hãy gửi mã dưới đây cho Trung tâm tổng hợp (đọc qua điện thoại hoặc gửi phiếu đăng ký) để Trung tâm tin cậy các gói dữ liệu của đơn vị.</source>
        <translation>The unit&apos;s signing key was created. Give the fingerprint below to the IT Centre (read it out over the phone or send the enrolment sheet) so that the centre trusts the unit&apos;s packages.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="228"/>
        <source>Mã gồm 20 ký tự chia 5 nhóm; không có các chữ I, L, O, U để tránh nhầm với số 1 và 0. Không gửi tệp khóa bí mật cho bất kỳ ai.</source>
        <translation>The fingerprint has 20 characters in 5 groups, without the letters I, L, O and U, which look like 1 and 0. Never send the private key file to anyone.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="233"/>
        <source>Sao chép mã</source>
        <translation>Copy fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="234"/>
        <source>Lưu phiếu đăng ký (PDF)…</source>
        <translation>Save enrolment sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="268"/>
        <source>Lưu phiếu đăng ký khóa</source>
        <translation>Save the key enrolment sheet</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="268"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="280"/>
        <source>Đã lưu phiếu đăng ký</source>
        <translation>Enrolment sheet saved</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>Đã lưu phiếu vào {path}. Hãy in, ký và gửi cho Trung tâm tổng hợp.</source>
        <translation>The sheet was saved to {path}. Print it, sign it and send it to the IT Centre.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="285"/>
        <source>Không lưu được phiếu đăng ký</source>
        <translation>Could not save the enrolment sheet</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../ui/import_result.py" line="36"/>
        <source>Kết quả nhập từ Excel</source>
        <translation>Excel import result</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="42"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="42"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="42"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="61"/>
        <source>Đã nhập {n} hoạt động.</source>
        <translation>{n} activities imported.</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="77"/>
        <source>Tệp có {n} lỗi nên chưa có hoạt động nào được nhập. Sửa các dòng dưới đây trong tệp Excel rồi nhập lại.</source>
        <translation>The file has {n} errors, so no activity was imported. Correct the rows below in the Excel file and import it again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>CĐS Desktop — {unit}</source>
        <translation>CĐS Desktop — {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Xuất gói dữ liệu</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Lưu mẫu Excel…</source>
        <translation>Save Excel template…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Nhập hoạt động từ Excel…</source>
        <translation>Import activities from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Xuất gói dữ liệu…</source>
        <translation>Export package…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Mở thư mục dữ liệu</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;Hoạt động</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Thêm hoạt động…</source>
        <translation>Add activity…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Nhân bản…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Giới thiệu CĐS Desktop</source>
        <translation>About CĐS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Đợt {code}: {start} – {end}</source>
        <translation>Campaign {code}: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>đang đọc…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>{n} hoạt động · {e} minh chứng</source>
        <translation>{n} activities · {e} evidence items</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&lt;b&gt;CĐS Desktop {version}&lt;/b&gt;&lt;br&gt;Ghi nhận và báo cáo các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10).&lt;br&gt;Thư mục dữ liệu: {folder}</source>
        <translation>&lt;b&gt;CĐS Desktop {version}&lt;/b&gt;&lt;br&gt;Records and reports the activities for National Digital Transformation Day (10 October).&lt;br&gt;Data folder: {folder}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.py" line="35"/>
        <source>Báo cáo của đơn vị</source>
        <translation>The unit&apos;s report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="39"/>
        <source>Báo cáo theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP) để thủ trưởng đơn vị ký, và sổ tính Excel. Tiêu đề, số, nơi nhận, người ký được đặt trong «Cài đặt».</source>
        <translation>A report in the administrative layout (Decree 30/2020/NĐ-CP) for the head of the unit to sign, and an Excel workbook. Header, number, recipients and signer are set in “Settings”.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="45"/>
        <source>Tạo báo cáo PDF</source>
        <translation>Create PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="47"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="48"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="49"/>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="67"/>
        <source>Bấm «Tạo báo cáo PDF» để xem trước báo cáo ở đây.</source>
        <translation>Click “Create PDF report” to preview the report here.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="97"/>
        <source>Không tạo được báo cáo PDF</source>
        <translation>Could not create the PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="104"/>
        <source>Đang tạo báo cáo PDF…</source>
        <translation>Creating the PDF report…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="134"/>
        <source>Lưu báo cáo PDF</source>
        <translation>Save PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="134"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="141"/>
        <source>Đã lưu báo cáo</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="142"/>
        <source>Đã lưu báo cáo vào {path}.</source>
        <translation>The report was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="147"/>
        <source>Lưu báo cáo Excel</source>
        <translation>Save Excel report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="149"/>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="166"/>
        <source>Đã lưu báo cáo Excel</source>
        <translation>Excel report saved</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="167"/>
        <source>Đã lưu sổ tính vào {path}.</source>
        <translation>The workbook was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="174"/>
        <source>Đang tạo báo cáo Excel…</source>
        <translation>Creating the Excel report…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="176"/>
        <source>Không tạo được báo cáo Excel</source>
        <translation>Could not create the Excel report</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="42"/>
        <source>Chào mừng đến với CĐS Desktop</source>
        <translation>Welcome to CĐS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="45"/>
        <source>Chương trình ghi nhận các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia và gửi báo cáo về Bộ. Trước hết, hãy cho biết máy này dùng cho ai.</source>
        <translation>This program records the activities for National Digital Transformation Day and reports them to the Ministry. First, tell us who uses this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="49"/>
        <source>Đơn vị báo cáo (cơ quan, đơn vị thuộc Bộ, Sở)</source>
        <translation>A reporting unit (Ministry unit or provincial department)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="51"/>
        <source>Trung tâm tổng hợp của Bộ (tiếp nhận gói dữ liệu của các đơn vị)</source>
        <translation>The Ministry&apos;s IT Centre (receives the units&apos; packages)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="58"/>
        <source>Dữ liệu sẽ được lưu trong thư mục: {folder}</source>
        <translation>The data will be kept in the folder: {folder}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="41"/>
        <source>Giao diện</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="43"/>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="46"/>
        <source>Thông tin trên báo cáo</source>
        <translation>Report header and signature</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="50"/>
        <source>Cơ quan chủ quản:</source>
        <translation>Governing body:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="51"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="52"/>
        <source>Số văn bản:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="53"/>
        <source>Ký hiệu (sau BC-):</source>
        <translation>Symbol (after BC-):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="54"/>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="55"/>
        <source>Trích yếu:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="56"/>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="57"/>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="58"/>
        <source>Chức vụ (dòng 2):</source>
        <translation>Title (second line):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="59"/>
        <source>Họ tên người ký:</source>
        <translation>Signer&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="60"/>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Recipients (one per line):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="61"/>
        <source>Tồn tại, hạn chế:</source>
        <translation>Shortcomings:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="62"/>
        <source>Nhiệm vụ, kiến nghị:</source>
        <translation>Next steps, proposals:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="71"/>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="79"/>
        <source>Lưu thông tin báo cáo</source>
        <translation>Save report settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="87"/>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="92"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="99"/>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>Mã nhận dạng khóa:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="106"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="159"/>
        <source>Không lưu được thông tin báo cáo</source>
        <translation>Could not save the report settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="161"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="161"/>
        <source>Đã lưu thông tin báo cáo.</source>
        <translation>The report settings were saved.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="296"/>
        <source>Thiết lập CĐS Desktop</source>
        <translation>CĐS Desktop setup</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/app.py" line="74"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening the data…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="116"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="143"/>
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="79"/>
        <source>Đơn vị của bạn</source>
        <translation>Your unit</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="82"/>
        <source>Tìm đơn vị trong danh mục (gõ không dấu cũng được), hoặc nhập mã và tên nếu đơn vị chưa có trong danh mục.</source>
        <translation>Find your unit in the catalog (accents optional), or type its code and name if it is not listed.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="87"/>
        <source>Tạo khóa và hồ sơ</source>
        <translation>Create key and profile</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="89"/>
        <source>Tìm đơn vị, ví dụ: van hoa ha noi</source>
        <translation>Search units, e.g. van hoa ha noi</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="99"/>
        <source>ví dụ: SO-HNI</source>
        <translation>e.g. SO-HNI</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="101"/>
        <source>ví dụ: Sở Văn hóa và Thể thao Hà Nội</source>
        <translation>e.g. Sở Văn hóa và Thể thao Hà Nội</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="108"/>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="110"/>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="165"/>
        <source>Mã gồm 2–32 chữ cái không dấu, chữ số, &apos;-&apos; hoặc &apos;_&apos;, ví dụ SO-HNI.</source>
        <translation>The code has 2–32 letters A–Z, digits, &apos;-&apos; or &apos;_&apos;, e.g. SO-HNI.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="167"/>
        <source>Hãy nhập tên đơn vị (tối đa 300 ký tự).</source>
        <translation>Enter the unit&apos;s name (at most 300 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="175"/>
        <source>Đang tạo khóa ký và hồ sơ dữ liệu…</source>
        <translation>Creating the signing key and the profile…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="190"/>
        <source>Không tạo được hồ sơ</source>
        <translation>Could not create the profile</translation>
    </message>
</context>
</TS>
