<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/activities_page.py" line="64"/>
        <source>Thêm hoạt động</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="66"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="67"/>
        <source>Nhân bản</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="68"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="69"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="70"/>
        <source>Lưu mẫu Excel…</source>
        <translation>Save Excel template…</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="90"/>
        <source>Tìm theo tên, địa điểm… (gõ không dấu cũng được)</source>
        <translation>Search by title, place… (accents optional)</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="93"/>
        <source>Tất cả hình thức</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="96"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="106"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="128"/>
        <source>Chưa có hoạt động nào. Bấm «Thêm hoạt động» hoặc «Nhập từ Excel…» để bắt đầu.</source>
        <translation>No activities yet. Click “Add activity” or “Import from Excel…” to start.</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="188"/>
        <source>Không đọc được danh sách hoạt động</source>
        <translation>Could not read the activity list</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="262"/>
        <source>Xóa hoạt động</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="264"/>
        <source>Xóa hoạt động «{title}»?

Việc xóa sẽ được gửi tới Trung tâm trong lần xuất gói dữ liệu tiếp theo.</source>
        <translation>Delete the activity “{title}”?

The deletion will reach the IT Centre with the next exported package.</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="274"/>
        <source>Không xóa được hoạt động</source>
        <translation>Could not delete the activity</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="285"/>
        <source>Lưu mẫu Excel</source>
        <translation>Save Excel template</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="287"/>
        <location filename="../../ui/activities_page.py" line="318"/>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="304"/>
        <source>Đã lưu mẫu Excel</source>
        <translation>Excel template saved</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="306"/>
        <source>Đã lưu mẫu vào {path}.

Điền mỗi hoạt động một dòng ở trang «Hoạt động», rồi bấm «Nhập từ Excel…».</source>
        <translation>The template was saved to {path}.

Fill in one activity per row on the “Hoạt động” sheet, then click “Import from Excel…”.</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="310"/>
        <source>Không lưu được mẫu Excel</source>
        <translation>Could not save the Excel template</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="316"/>
        <source>Nhập hoạt động từ Excel</source>
        <translation>Import activities from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="335"/>
        <source>Đang nhập từ Excel…</source>
        <translation>Importing from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="353"/>
        <source>Không nhập được tệp Excel</source>
        <translation>Could not import the Excel file</translation>
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <location filename="../../ui/centre_master_page.py" line="53"/>
        <location filename="../../ui/centre_master_page.py" line="108"/>
        <source>Chọn một hoạt động để xem chi tiết.</source>
        <translation>Select an activity to see its details.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="60"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="61"/>
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="62"/>
        <source>Thời gian:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="63"/>
        <source>Địa điểm:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="64"/>
        <source>Đơn vị tổ chức:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="65"/>
        <source>Người tham gia:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="66"/>
        <source>Lượt tiếp cận:</source>
        <translation>Reach:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="67"/>
        <source>Kênh thực hiện:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="68"/>
        <source>Chủ đề:</source>
        <translation>Topics:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="69"/>
        <source>Đường dẫn:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="70"/>
        <source>Đơn vị phối hợp:</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="71"/>
        <source>Mô tả:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="72"/>
        <source>Phiên bản:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="81"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/activity_editor.py" line="69"/>
        <source>Bắt buộc phải nhập.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="81"/>
        <source>Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.</source>
        <translation>The end date must be on or after the start date.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="70"/>
        <source>Quá dài ({value} ký tự, tối đa {allowed}).</source>
        <translation>Too long ({value} characters, at most {allowed}).</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="73"/>
        <source>«{value}» không phải là ngày; hãy viết dd/mm/yyyy, ví dụ 10/10/2024.</source>
        <translation>“{value}” is not a date; write dd/mm/yyyy, e.g. 10/10/2024.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="77"/>
        <source>Ngày {value} không thuộc năm {allowed} của đợt báo cáo; hãy kiểm tra lại năm.</source>
        <translation>The date {value} is not in the campaign&apos;s years ({allowed}); check the year.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="84"/>
        <source>«{value}» không phải số nguyên không âm (viết 1500, 1.500 hoặc 1 500).</source>
        <translation>“{value}” is not a whole number ≥ 0 (write 1500, 1,500 or 1 500).</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="88"/>
        <source>Số {value} quá lớn (tối đa {allowed}).</source>
        <translation>The number {value} is too large (at most {allowed}).</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="91"/>
        <source>«{value}» không có trong danh mục; chọn một trong: {allowed}.</source>
        <translation>“{value}” is not in the list; choose one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="94"/>
        <source>«{value}» không phải địa chỉ web (phải bắt đầu bằng http:// hoặc https://).</source>
        <translation>“{value}” is not a web address (it must start with http:// or https://).</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="98"/>
        <source>Có ký tự điều khiển không nhìn thấy (thường lẫn vào khi dán từ chương trình khác); hãy xóa nó.</source>
        <translation>Contains an invisible control character (it often comes with text pasted from another program); remove it.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="162"/>
        <source>Sửa hoạt động</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="164"/>
        <source>Nhân bản hoạt động</source>
        <translation>Duplicate activity</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="166"/>
        <source>Thêm hoạt động</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="182"/>
        <source>Mỗi dòng một địa chỉ, ví dụ https://bvhttdl.gov.vn/…</source>
        <translation>One address per line, e.g. https://bvhttdl.gov.vn/…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="188"/>
        <source>Các cơ quan, tổ chức phối hợp</source>
        <translation>Partner agencies and organisations</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="199"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="204"/>
        <source>Lượt tiếp cận (xem, phát hành):</source>
        <translation>Reach (views, copies):</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="208"/>
        <source>Kênh thực hiện</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="209"/>
        <source>Chủ đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="211"/>
        <source>Tên hoạt động: *</source>
        <translation>Title: *</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="212"/>
        <source>Hình thức: *</source>
        <translation>Form: *</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="213"/>
        <source>Thời gian: *</source>
        <translation>Dates: *</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="215"/>
        <source>Địa điểm:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="216"/>
        <source>Đơn vị chủ trì:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="217"/>
        <source>Người tham gia:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="219"/>
        <source>Đường dẫn (URL):</source>
        <translation>Links (URLs):</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="220"/>
        <source>Mô tả, kết quả:</source>
        <translation>Description, results:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="221"/>
        <source>Đơn vị phối hợp:</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="239"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="245"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="246"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="367"/>
        <source>Lưu ý: ngày nằm ngoài thời gian của đợt báo cáo ({start} – {end}). Vẫn lưu được, nhưng hãy kiểm tra lại.</source>
        <translation>Note: the date is outside the campaign period ({start} – {end}). It can still be saved, but please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="419"/>
        <source>Đang lưu hoạt động và minh chứng…</source>
        <translation>Saving the activity and its evidence…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="440"/>
        <source>Không lưu được hoạt động</source>
        <translation>Could not save the activity</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="447"/>
        <source>Chưa lưu thay đổi</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.py" line="448"/>
        <source>Hoạt động có thay đổi chưa lưu. Lưu lại trước khi đóng?</source>
        <translation>The activity has unsaved changes. Save them before closing?</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/activity_model.py" line="60"/>
        <source>Tên hoạt động</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="61"/>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="62"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="63"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="64"/>
        <source>Địa điểm</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="65"/>
        <source>Người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="66"/>
        <source>Lượt tiếp cận</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="67"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="213"/>
        <source>{n} hoạt động</source>
        <translation>{n} activities</translation>
    </message>
    <message>
        <location filename="../../ui/activity_model.py" line="216"/>
        <source>Hiển thị {shown} / {total} hoạt động</source>
        <translation>Showing {shown} of {total} activities</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/backups_box.py" line="33"/>
        <source>tự động hằng ngày</source>
        <translation>automatic, daily</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="34"/>
        <source>trước khi nâng cấp</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="35"/>
        <source>trước khi nhập gói</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="36"/>
        <source>trước khi khôi phục</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="37"/>
        <source>sao lưu thủ công</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="38"/>
        <source>bản bị hỏng (giữ lại)</source>
        <translation>damaged copy (kept)</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../ui/backups_box.py" line="46"/>
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="50"/>
        <source>Chương trình tự sao lưu cơ sở dữ liệu mỗi ngày khi mở, trước khi nâng cấp và trước khi nhập gói (giữ 10 bản tự động gần nhất). Tệp minh chứng không bị xóa nên bản sao lưu cũ vẫn dùng được.</source>
        <translation>The program backs up the database every day when it opens, before an upgrade and before every import (the 10 newest automatic copies are kept). Evidence files are never deleted, so older backups stay usable.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="59"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="61"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="63"/>
        <source>Khôi phục từ tệp…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="65"/>
        <source>Kiểm tra tệp minh chứng</source>
        <translation>Check evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="99"/>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="99"/>
        <source>Đã lưu bản sao: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="101"/>
        <source>Không sao lưu được</source>
        <translation>Could not back up</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="106"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="106"/>
        <source>Hãy chọn một bản sao lưu trong danh sách.</source>
        <translation>Choose a backup in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="113"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="115"/>
        <source>Bản sao lưu CĐS (*.sqlite3);;Mọi tệp (*)</source>
        <translation>CĐS backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="123"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="125"/>
        <source>Thay cơ sở dữ liệu hiện tại bằng bản sao lưu {name}?

Dữ liệu hiện tại được sao lưu trước (lý do «trước khi khôi phục»), nên có thể quay lại.</source>
        <translation>Replace the current database with the backup {name}?

The current data is backed up first (&quot;before a restore&quot;), so you can go back.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="135"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="139"/>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="141"/>
        <source>Đã khôi phục từ {name}. Dữ liệu trước đó được giữ tại {safety}. Chương trình sẽ mở lại dữ liệu.</source>
        <translation>Restored from {name}. The previous data is kept in {safety}. The program will now reopen the data.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="156"/>
        <location filename="../../ui/backups_box.py" line="162"/>
        <source>Kiểm tra minh chứng</source>
        <translation>Evidence check</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="157"/>
        <source>Cả {n} tệp minh chứng đều còn nguyên vẹn.</source>
        <translation>All {n} evidence files are intact.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="164"/>
        <source>{missing} tệp bị mất và {damaged} tệp bị hỏng trong {n} tệp minh chứng. Hãy chép lại thư mục evidence từ bản sao hoặc đính kèm lại các tệp.</source>
        <translation>{missing} missing and {damaged} damaged of {n} evidence files. Copy the evidence folder back from a copy, or attach the files again.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_box.py" line="171"/>
        <source>Đang kiểm tra minh chứng…</source>
        <translation>Checking evidence…</translation>
    </message>
</context>
<context>
    <name>CentreReportsPage</name>
    <message>
        <location filename="../../ui/centre_reports_page.py" line="19"/>
        <source>Báo cáo tổng hợp</source>
        <translation>Master report</translation>
    </message>
    <message>
        <location filename="../../ui/centre_reports_page.py" line="20"/>
        <source>Nhật ký nhập gói</source>
        <translation>Import log</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/app.py" line="70"/>
        <source>Chương trình gặp lỗi không mong muốn. Dữ liệu đã lưu không bị mất.
Hãy bấm «Sao chép chi tiết» và gửi nội dung dưới đây cho bộ phận hỗ trợ; chi tiết cũng đã được ghi vào nhật ký (thư mục logs trong thư mục dữ liệu).</source>
        <translation>The program ran into an unexpected error. Saved data is not lost.
Click &quot;Copy details&quot; and send the text below to support; the details are also in the log (the logs folder in the data folder).</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="79"/>
        <source>Sao chép chi tiết</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="81"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="125"/>
        <source>Tổng quan đợt hưởng ứng</source>
        <translation>Campaign overview</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="130"/>
        <source>đơn vị đã gửi / tổng số</source>
        <translation>units reported / expected</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="131"/>
        <source>hoạt động</source>
        <translation>activities</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="132"/>
        <source>người tham gia</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="133"/>
        <source>lượt tiếp cận</source>
        <translation>reach</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="134"/>
        <source>minh chứng</source>
        <translation>evidence items</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="141"/>
        <source>Hoạt động theo hình thức</source>
        <translation>Activities by form</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="142"/>
        <source>Hoạt động theo đơn vị</source>
        <translation>Activities by unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="143"/>
        <source>Hoạt động theo thời gian</source>
        <translation>Activities over the period</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="145"/>
        <source>Theo ngày</source>
        <translation>By day</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="146"/>
        <source>Theo tuần</source>
        <translation>By week</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="151"/>
        <source>Biểu đồ thời gian:</source>
        <translation>Period chart:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="155"/>
        <source>Chưa có hoạt động nào. Nhập gói dữ liệu của các đơn vị ở trang «Nhập gói».</source>
        <translation>No activities yet. Import the units&apos; packages on the &quot;Import&quot; page.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="201"/>
        <source>Không đọc được số liệu tổng quan</source>
        <translation>Could not read the overview figures</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="228"/>
        <source>{name} · từ {start} đến {end}</source>
        <translation>{name} · from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="236"/>
        <source>{n} hoạt động ngoài thời gian của đợt không có trên biểu đồ.</source>
        <translation>{n} activities outside the campaign period are not on the chart.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_dashboard_page.py" line="269"/>
        <source>Khác</source>
        <translation>Others</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="26"/>
        <source>Ổ đĩa đã đầy, không ghi được dữ liệu.</source>
        <translation>The disk is full; the data could not be written.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="27"/>
        <source>Giải phóng dung lượng ổ đĩa (hoặc chọn ổ đĩa khác) rồi thử lại.</source>
        <translation>Free some disk space (or choose another drive), then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="32"/>
        <source>Không có quyền ghi vào thư mục này.</source>
        <translation>You have no permission to write to this folder.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="33"/>
        <source>Chọn một thư mục của bạn (ví dụ Tài liệu) hoặc nhờ quản trị viên cấp quyền, rồi thử lại.</source>
        <translation>Choose a folder of your own (e.g. Documents) or ask the administrator for access, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="40"/>
        <source>Ổ đĩa hoặc thư mục chỉ cho phép đọc.</source>
        <translation>The drive or folder is read-only.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="41"/>
        <source>Chọn nơi ghi được (ví dụ USB không bị khóa) rồi thử lại.</source>
        <translation>Choose a writable place (e.g. an unlocked USB stick), then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="46"/>
        <source>Cơ sở dữ liệu đang được một cửa sổ CĐS Desktop khác sử dụng.</source>
        <translation>The database is in use by another CĐS Desktop window.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="49"/>
        <source>Đóng cửa sổ CĐS Desktop kia rồi thử lại.</source>
        <translation>Close the other CĐS Desktop window, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="52"/>
        <source>Cơ sở dữ liệu bị hỏng.</source>
        <translation>The database is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="53"/>
        <source>Khôi phục bản sao lưu gần nhất trong Cài đặt → Sao lưu.</source>
        <translation>Restore the newest backup in Settings → Backups.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="58"/>
        <source>Không tìm thấy tệp cần dùng.</source>
        <translation>A file the program needs was not found.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="59"/>
        <source>Kiểm tra tệp (USB còn cắm?) hoặc chọn lại tệp, rồi thử lại.</source>
        <translation>Check the file (is the USB stick still plugged in?) or choose it again, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="74"/>
        <source>Không tìm thấy tệp minh chứng «{name}».</source>
        <translation>The evidence file &quot;{name}&quot; was not found.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="77"/>
        <source>«{name}» không phải là một tệp (có thể là thư mục).</source>
        <translation>&quot;{name}&quot; is not a file (perhaps a folder).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="80"/>
        <source>Không đọc được tệp minh chứng «{name}» (không có quyền hoặc tệp bị khóa).</source>
        <translation>The evidence file &quot;{name}&quot; cannot be read (no permission, or the file is locked).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="83"/>
        <source>Tệp «{name}» có dung lượng {size}, vượt giới hạn {limit} cho mỗi tệp minh chứng. Hãy đăng tệp lên mạng (ví dụ cổng thông tin của đơn vị) rồi thêm liên kết.</source>
        <translation>The file &quot;{name}&quot; is {size}, over the limit of {limit} per evidence file. Publish it online (e.g. on your unit&apos;s portal) and add a link instead.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="88"/>
        <source>Tệp minh chứng «{name}» rỗng (0 byte). Hãy chọn tệp thật (bản sao chép hoặc tải xuống chưa xong thường bị rỗng).</source>
        <translation>The evidence file “{name}” is empty (0 bytes). Choose the real file (a copy or download that did not finish is often empty).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="93"/>
        <source>Minh chứng «{name}» không thuộc hoạt động này.</source>
        <translation>The evidence “{name}” is not part of this activity.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="96"/>
        <source>Có nhiều minh chứng cùng tên «{name}»; hãy chọn theo mã.</source>
        <translation>Several evidence items are named “{name}”; choose one by its id.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="99"/>
        <source>Có nhiều hoạt động có mã bắt đầu bằng «{id}»; hãy nhập thêm ký tự.</source>
        <translation>Several activities have an id starting with “{id}”; type more of it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="102"/>
        <source>Không dùng được thư mục dữ liệu: «{folder}» là một tệp, không phải thư mục. Hãy chọn thư mục khác (hoặc chuyển tệp đó đi nơi khác).</source>
        <translation>The data folder cannot be used: “{folder}” is a file, not a folder. Choose another folder (or move that file away).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="107"/>
        <source>Thư mục dữ liệu «{folder}» chỉ cho phép đọc nên không mở được. Dữ liệu không bị hỏng, đừng khôi phục bản sao lưu: hãy cấp lại quyền ghi cho thư mục (hoặc chép thư mục từ đĩa CD/USB sang Tài liệu) rồi mở lại.</source>
        <translation>The data folder “{folder}” is read-only, so it cannot be opened. Nothing is damaged, do not restore a backup: give the folder back its write access (or copy it from the CD or USB stick to Documents), then open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="113"/>
        <source>«{file}» là sổ Excel báo cáo (xuất từ Báo cáo → Excel): các hoạt động trong đó đã có sẵn, nhập vào sẽ bị trùng. Để thêm hoạt động, hãy điền mẫu nhập Excel (nút «Lưu mẫu Excel…», các trang «Hướng dẫn», «Hoạt động», «Danh mục») rồi nhập tệp đó.</source>
        <translation>“{file}” is a report workbook (from Reports → Excel): its activities are already recorded, and importing it would add them again. To add activities, fill in the Excel entry template (button “Save Excel template…”, sheets “Hướng dẫn”, “Hoạt động”, “Danh mục”) and import that file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="120"/>
        <source>«{folder}» là một tệp, không phải thư mục; hãy chọn thư mục để lưu gói.</source>
        <translation>“{folder}” is a file, not a folder; choose a folder for the package.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="123"/>
        <source>Mã khóa {fingerprint} đã được đăng ký cho đơn vị {unit}; mỗi đơn vị có khóa riêng. Hãy hỏi lại đơn vị mã khóa mà chương trình của họ hiển thị (thư mục dữ liệu sao chép từ máy khác mang khóa của đơn vị kia).</source>
        <translation>The key {fingerprint} is already registered for unit {unit}; each unit has a key of its own. Ask the unit again for the fingerprint its program shows (a data folder copied from another computer carries the other unit&apos;s key).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="129"/>
        <source>Mọi hoạt động trong «{file}» ({rows} dòng) đều đã có, nên không thêm gì. Tệp này có lẽ đã được nhập trước đây.</source>
        <translation>Every activity in “{file}” ({rows} rows) is already recorded, so nothing was added. This file was probably imported before.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="144"/>
        <source>Sửa các ô được đánh dấu rồi thử lại. Chưa có gì được ghi.</source>
        <translation>Correct the marked fields and try again. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="153"/>
        <source>Chưa có gì bị thay đổi. Làm theo hướng dẫn trên rồi thử lại.</source>
        <translation>Nothing was changed. Follow the advice above, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="163"/>
        <source>Đã xảy ra lỗi không mong muốn: {error}</source>
        <translation>An unexpected error happened: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="166"/>
        <source>Chi tiết đã được ghi vào nhật ký (thư mục logs trong thư mục dữ liệu). Hãy gửi tệp nhật ký cho bộ phận hỗ trợ.</source>
        <translation>The details were written to the log (the logs folder in the data folder). Please send the log file to support.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="182"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="117"/>
        <source>Kéo thả tệp (ảnh, bản chụp, PDF…) vào đây, hoặc:</source>
        <translation>Drop files (photos, scans, PDFs…) here, or:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="119"/>
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="120"/>
        <source>Thêm liên kết…</source>
        <translation>Add link…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="121"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="122"/>
        <source>Chú thích…</source>
        <translation>Caption…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="123"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="177"/>
        <source>Chọn tệp minh chứng</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="180"/>
        <source>Minh chứng (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.doc *.docx *.xls *.xlsx *.mp4 *.zip);;Mọi tệp (*)</source>
        <translation>Evidence (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.doc *.docx *.xls *.xlsx *.mp4 *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="193"/>
        <source>Không thêm được tệp minh chứng</source>
        <translation>Could not add the evidence file</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="204"/>
        <source>Thêm liên kết</source>
        <translation>Add link</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="204"/>
        <source>Địa chỉ web (http:// hoặc https://):</source>
        <translation>Web address (http:// or https://):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="221"/>
        <source>Chú thích</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="222"/>
        <source>Chú thích cho «{name}»:</source>
        <translation>Caption for “{name}”:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="270"/>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="274"/>
        <source>liên kết mới</source>
        <translation>new link</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/export_page.py" line="34"/>
        <source>Chưa xuất gói dữ liệu</source>
        <translation>No package exported yet</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="36"/>
        <source>Xuất gói lần cuối: {time} (số {n})</source>
        <translation>Last export: {time} (no. {n})</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="57"/>
        <source>Xuất gói dữ liệu gửi Trung tâm</source>
        <translation>Export the package for the IT Centre</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="61"/>
        <source>Gói dữ liệu (.cdspkg) chứa toàn bộ hoạt động của đơn vị trong đợt báo cáo, kể cả các hoạt động đã xóa, cùng mọi tệp minh chứng, và được ký bằng khóa của đơn vị. Gửi tệp này cho Trung tâm qua USB hoặc thư điện tử.</source>
        <translation>The package (.cdspkg) holds all of the unit&apos;s activities of the campaign, deleted ones included, with every evidence file, signed with the unit&apos;s key. Send this file to the IT Centre on a USB stick or by e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="71"/>
        <source>Nội dung gói</source>
        <translation>Package contents</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="73"/>
        <source>Hoạt động:</source>
        <translation>Activities:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="74"/>
        <source>Hoạt động đã xóa:</source>
        <translation>Deleted activities:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="75"/>
        <source>Tệp minh chứng:</source>
        <translation>Evidence files:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="79"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="81"/>
        <source>Nơi lưu</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="86"/>
        <source>Xuất gói dữ liệu</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="91"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="105"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="106"/>
        <source>Dung lượng:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="107"/>
        <source>Số thứ tự gói:</source>
        <translation>Package number:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="108"/>
        <source>SHA-256 của gói:</source>
        <translation>Package SHA-256:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="109"/>
        <source>Mã nhận dạng khóa:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="110"/>
        <source>Mở thư mục chứa gói</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="111"/>
        <source>Sao chép thông tin</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="156"/>
        <source>{n} tệp, {size}</source>
        <translation>{n} files, {size}</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="162"/>
        <source>(không đếm được: {error})</source>
        <translation>(could not count: {error})</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="167"/>
        <source>Chọn thư mục lưu gói dữ liệu</source>
        <translation>Choose the folder for the package</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="195"/>
        <source>Đang xuất gói dữ liệu…</source>
        <translation>Exporting the package…</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="203"/>
        <source>Không xuất được gói dữ liệu</source>
        <translation>Could not export the package</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="206"/>
        <source>Mã nhận dạng khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="209"/>
        <source>Khóa ký của đơn vị đã được tạo. Hãy gửi mã dưới đây cho Trung tâm tổng hợp (đọc qua điện thoại hoặc gửi phiếu đăng ký) để Trung tâm tin cậy các gói dữ liệu của đơn vị.</source>
        <translation>The unit&apos;s signing key was created. Give the fingerprint below to the IT Centre (read it out over the phone or send the enrolment sheet) so that the centre trusts the unit&apos;s packages.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="219"/>
        <source>Mã gồm 20 ký tự chia 5 nhóm; không có các chữ I, L, O, U để tránh nhầm với số 1 và 0. Không gửi tệp khóa bí mật cho bất kỳ ai.</source>
        <translation>The fingerprint has 20 characters in 5 groups, without the letters I, L, O and U, which look like 1 and 0. Never send the private key file to anyone.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="224"/>
        <source>Sao chép mã</source>
        <translation>Copy fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="225"/>
        <source>Lưu phiếu đăng ký (PDF)…</source>
        <translation>Save enrolment sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="252"/>
        <source>Hồ sơ của Trung tâm tổng hợp đã được tạo, cùng danh mục các đơn vị. Bước tiếp theo: đăng ký mã nhận dạng khóa của từng đơn vị ở trang «Đơn vị» (hoặc xác nhận khi nhập gói đầu tiên), rồi nhập các gói ở trang «Nhập gói». Mã dưới đây là khóa của chính Trung tâm.</source>
        <translation>The IT Centre&apos;s profile has been created, with the unit catalog. Next: register each unit&apos;s key fingerprint on the &quot;Units&quot; page (or confirm it at its first import), then import the packages on the &quot;Import&quot; page. The code below is the Centre&apos;s own key.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="269"/>
        <source>Lưu phiếu đăng ký khóa</source>
        <translation>Save the key enrolment sheet</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="269"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="281"/>
        <source>Đã lưu phiếu đăng ký</source>
        <translation>Enrolment sheet saved</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="283"/>
        <source>Đã lưu phiếu vào {path}. Hãy in, ký và gửi cho Trung tâm tổng hợp.</source>
        <translation>The sheet was saved to {path}. Print it, sign it and send it to the IT Centre.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="286"/>
        <source>Không lưu được phiếu đăng ký</source>
        <translation>Could not save the enrolment sheet</translation>
    </message>
</context>
<context>
    <name>ImportLogModel</name>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="44"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="45"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="46"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="47"/>
        <source>Số gói</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="48"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="49"/>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="50"/>
        <source>Sửa</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="51"/>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="52"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="53"/>
        <source>Khóa ký</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="54"/>
        <source>SHA-256 của tệp</source>
        <translation>File SHA-256</translation>
    </message>
</context>
<context>
    <name>ImportLogPage</name>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="99"/>
        <source>Mọi gói đã được đưa vào chương trình, kể cả gói bị từ chối, mới nhất trước. Nhật ký cũng có trong sổ tính Excel của báo cáo tổng hợp.</source>
        <translation>Every package given to the program, rejected ones included, newest first. The log is also in the master report&apos;s Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="104"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="130"/>
        <source>{n} dòng nhật ký</source>
        <translation>{n} log entries</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_log_page.py" line="136"/>
        <source>Không đọc được nhật ký nhập gói</source>
        <translation>Could not read the import log</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/centre_import_page.py" line="85"/>
        <source>Nhập gói dữ liệu của các đơn vị</source>
        <translation>Import the units&apos; packages</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="89"/>
        <source>Mỗi gói (.cdspkg) được kiểm tra chữ ký và toàn bộ nội dung trước khi nhập; gói lỗi bị từ chối riêng, không ảnh hưởng đến các gói khác.</source>
        <translation>Each package (.cdspkg) has its signature and its whole content checked before it is imported; a bad package is rejected on its own and does not affect the others.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="95"/>
        <source>Kéo thả các tệp .cdspkg hoặc cả thư mục vào cửa sổ này, hoặc:</source>
        <translation>Drop .cdspkg files or whole folders on this window, or:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="97"/>
        <source>Chọn các gói…</source>
        <translation>Choose packages…</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="99"/>
        <source>Chọn thư mục…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="107"/>
        <source>Chưa nhập gói nào trong lần làm việc này.</source>
        <translation>No packages imported in this session yet.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="124"/>
        <source>Lưu kết quả…</source>
        <translation>Save results…</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="148"/>
        <source>Chọn các gói dữ liệu</source>
        <translation>Choose packages</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="150"/>
        <source>Gói dữ liệu CĐS (*.cdspkg);;Mọi tệp (*)</source>
        <translation>CĐS packages (*.cdspkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="158"/>
        <source>Chọn thư mục chứa các gói</source>
        <translation>Choose the folder with the packages</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="184"/>
        <source>Đang nhập gói</source>
        <translation>Import running</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="185"/>
        <source>Hãy chờ lần nhập đang chạy kết thúc (hoặc bấm «Hủy») rồi thử lại.</source>
        <translation>Wait until the running import has finished (or press &quot;Cancel&quot;), then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="206"/>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="212"/>
        <source>Đang kiểm tra và nhập các gói…</source>
        <translation>Checking and importing the packages…</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="253"/>
        <source>Không nhập được.</source>
        <translation>Nothing could be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="256"/>
        <source>Không nhập được gói dữ liệu</source>
        <translation>Could not import the packages</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="261"/>
        <source>{n} đã nhập</source>
        <translation>{n} imported</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="262"/>
        <source>{n} trùng lặp</source>
        <translation>{n} duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="263"/>
        <source>{n} cũ hơn</source>
        <translation>{n} stale</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="264"/>
        <source>{n} bị từ chối</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="266"/>
        <source>{total} gói: {parts}.</source>
        <translation>{total} packages: {parts}.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="271"/>
        <source>Đã hủy: các gói còn lại chưa được nhập; gói đang đọc dở không thay đổi gì.</source>
        <translation>Cancelled: the remaining packages were not imported; the package being read changed nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="279"/>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="280"/>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="283"/>
        <source>Lưu kết quả nhập gói</source>
        <translation>Save the import results</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="304"/>
        <source>Đã lưu kết quả</source>
        <translation>Results saved</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="305"/>
        <source>Đã lưu bảng kết quả vào {path}.</source>
        <translation>The result table was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_page.py" line="307"/>
        <source>Không lưu được kết quả</source>
        <translation>Could not save the results</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../ui/centre_import_model.py" line="37"/>
        <source>Gói không đúng quy cách</source>
        <translation>Package does not follow the format</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="38"/>
        <source>Tệp hỏng hoặc bị sửa đổi sau khi ký</source>
        <translation>File damaged or changed after signing</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="41"/>
        <source>Không phải gói CĐS Desktop</source>
        <translation>Not a CĐS Desktop package</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="42"/>
        <source>Không đọc được tệp</source>
        <translation>File cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="43"/>
        <source>Gói của phiên bản chương trình mới hơn</source>
        <translation>Package from a newer program version</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="46"/>
        <source>Khóa ký chưa được đăng ký</source>
        <translation>Signing key not registered</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="47"/>
        <source>Khóa ký khác khóa đã đăng ký</source>
        <translation>Signing key differs from the registered key</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="48"/>
        <source>Đợt báo cáo chưa có tại Trung tâm</source>
        <translation>Campaign not known at the Centre</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="51"/>
        <source>Trùng mã đơn vị của Trung tâm</source>
        <translation>Same unit code as the Centre</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="52"/>
        <source>Chứa dữ liệu của đơn vị khác</source>
        <translation>Holds another unit&apos;s data</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="55"/>
        <source>Trùng với một lần nhập khác</source>
        <translation>Clashed with another import</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="56"/>
        <source>Không lưu được tệp minh chứng</source>
        <translation>Evidence files could not be stored</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="57"/>
        <source>Gói đã được nhập trước đây</source>
        <translation>Package was imported before</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="58"/>
        <source>Đã nhập gói mới hơn của đơn vị</source>
        <translation>A newer package of the unit was imported</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="66"/>
        <source>Cấu trúc hoặc nội dung của gói vi phạm quy tắc của định dạng (gói do chương trình khác tạo ra, hoặc đã bị chỉnh sửa). Không có gì được nhập. Hãy đề nghị đơn vị xuất lại gói bằng CĐS Desktop.</source>
        <translation>The package&apos;s structure or content breaks a rule of the format (it was made by another program, or edited). Nothing was imported. Ask the unit to export the package again with CĐS Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="72"/>
        <source>Tệp bị cắt cụt hoặc hỏng khi sao chép, tải về, hoặc đã bị sửa đổi sau khi đơn vị ký. Không có gì được nhập. Hãy đề nghị đơn vị gửi lại tệp gói.</source>
        <translation>The file was cut short or damaged when it was copied or downloaded, or changed after the unit signed it. Nothing was imported. Ask the unit to send the package file again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="77"/>
        <source>Tệp này không phải là gói báo cáo (.cdspkg) của CĐS Desktop. Hãy chọn đúng tệp đơn vị đã gửi.</source>
        <translation>This file is not a CĐS Desktop report package (.cdspkg). Choose the file the unit sent.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="82"/>
        <source>Tệp không còn ở đó, là một thư mục, hoặc máy không có quyền đọc. Hãy kiểm tra tệp rồi nhập lại.</source>
        <translation>The file is no longer there, is a folder, or this computer may not read it. Check the file, then import again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="87"/>
        <source>Gói được tạo bằng phiên bản CĐS Desktop mới hơn phiên bản đang dùng. Hãy cập nhật chương trình rồi nhập lại.</source>
        <translation>The package was made by a newer version of CĐS Desktop than this one. Update the program, then import again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="92"/>
        <source>Khóa ký của đơn vị chưa được đăng ký tại Trung tâm. Hãy đối chiếu mã khóa với đơn vị (qua điện thoại hoặc công văn), đăng ký khóa ở trang Đơn vị hoặc chấp nhận khi chương trình hỏi, rồi nhập lại.</source>
        <translation>The unit&apos;s signing key is not registered at the Centre. Compare the key code with the unit (by phone or official letter), register the key on the Units page or accept it when the program asks, then import again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="98"/>
        <source>Gói được ký bằng một khóa khác với khóa đã đăng ký cho đơn vị, nên không được nhập. Hãy liên hệ đơn vị: nếu đơn vị đã tạo khóa mới (ví dụ khi cài lại máy), hãy xác minh rồi đăng ký lại khóa ở trang Đơn vị.</source>
        <translation>The package is signed with another key than the one registered for the unit, so it was not imported. Contact the unit: if it made a new key (for example after reinstalling its computer), verify it, then register the key again on the Units page.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="104"/>
        <source>Gói thuộc một đợt báo cáo mà Trung tâm chưa có. Hãy cập nhật chương trình rồi nhập lại.</source>
        <translation>The package belongs to a campaign the Centre does not have. Update the program, then import again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="109"/>
        <source>Gói mang mã đơn vị của chính Trung tâm. Hãy kiểm tra hồ sơ của máy đã xuất gói.</source>
        <translation>The package carries the Centre&apos;s own unit code. Check the profile of the computer that exported it.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="113"/>
        <source>Gói chứa hoạt động hoặc minh chứng đã thuộc về đơn vị khác trong dữ liệu tổng hợp, nên không được nhập. Hãy liên hệ đơn vị để kiểm tra.</source>
        <translation>The package holds activities or evidence that belong to another unit in the master data, so it was not imported. Contact the unit to check.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="118"/>
        <source>Một lần nhập khác của cùng đơn vị đã chạy cùng lúc. Hãy nhập lại gói.</source>
        <translation>Another import of the same unit ran at the same time. Import the package again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="122"/>
        <source>Không lưu được tệp minh chứng (ổ đĩa đầy hoặc không có quyền ghi). Hãy giải phóng dung lượng hoặc kiểm tra quyền ghi của thư mục dữ liệu, rồi nhập lại.</source>
        <translation>The evidence files could not be stored (disk full or no permission to write). Free some space or check the data folder&apos;s permissions, then import again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="127"/>
        <source>Gói này đã được nhập trước đây; không có gì thay đổi.</source>
        <translation>This package was imported before; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="130"/>
        <source>Trung tâm đã nhập một gói mới hơn của đơn vị này; gói cũ không thay đổi gì.</source>
        <translation>The Centre has imported a newer package of this unit; the older one changed nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="137"/>
        <source>Chi tiết kỹ thuật: {detail}</source>
        <translation>Technical detail: {detail}</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../ui/import_result.py" line="39"/>
        <source>Trùng với dòng {row} của tệp.</source>
        <translation>The same as row {row} of the file.</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="43"/>
        <source>Đã nhập trước đây rồi bị xóa; không khôi phục lại.</source>
        <translation>Imported before and deleted since; not brought back.</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="46"/>
        <source>Đã có trong danh sách hoạt động.</source>
        <translation>Already in the activity list.</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="58"/>
        <source>Kết quả nhập từ Excel</source>
        <translation>Excel import result</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="65"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="65"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="65"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="85"/>
        <source>Đã nhập {n} hoạt động.</source>
        <translation>{n} activities imported.</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="90"/>
        <source>{n} dòng dưới đây đã có từ trước nên không được nhập lại (không bị trùng).</source>
        <translation>{n} rows below were already recorded, so they were not added again (nothing doubled).</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="95"/>
        <source>Tên hoạt động</source>
        <translation>Activity title</translation>
    </message>
    <message>
        <location filename="../../ui/import_result.py" line="111"/>
        <source>Tệp có {n} lỗi nên chưa có hoạt động nào được nhập. Sửa các dòng dưới đây trong tệp Excel rồi nhập lại.</source>
        <translation>The file has {n} errors, so no activity was imported. Correct the rows below in the Excel file and import it again.</translation>
    </message>
</context>
<context>
    <name>ImportResultModel</name>
    <message>
        <location filename="../../ui/centre_import_model.py" line="26"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="27"/>
        <source>Trùng lặp (đã nhập trước)</source>
        <translation>Duplicate (imported before)</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="28"/>
        <source>Cũ hơn (không thay đổi gì)</source>
        <translation>Stale (changed nothing)</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="29"/>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="144"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="145"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="146"/>
        <source>Số gói</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="147"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="148"/>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="149"/>
        <source>Sửa</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="150"/>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/centre_import_model.py" line="151"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../ui/centre_unit_dialogs.py" line="70"/>
        <source>Đăng ký khóa của đơn vị</source>
        <translation>Register the unit&apos;s key</translation>
    </message>
    <message>
        <location filename="../../ui/centre_unit_dialogs.py" line="83"/>
        <source>Nhập mã nhận dạng khóa (20 ký tự) mà đơn vị đọc qua điện thoại hoặc ghi trên phiếu đăng ký có chữ ký. Không phân biệt chữ hoa, chữ thường; dấu gạch và khoảng trắng có thể bỏ qua. Sau khi đăng ký, chỉ các gói ký bằng khóa này mới được nhập.</source>
        <translation>Type the key fingerprint (20 characters) the unit reads out over the phone or wrote on its signed enrolment sheet. Case does not matter; dashes and spaces may be left out. Once registered, only packages signed with this key are imported.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>CĐS Desktop — {unit}</source>
        <translation>CĐS Desktop — {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Xuất gói dữ liệu</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Nhập gói</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Tổng quan</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Dữ liệu tổng hợp</source>
        <translation>Master data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>Lưu mẫu Excel…</source>
        <translation>Save Excel template…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Nhập hoạt động từ Excel…</source>
        <translation>Import activities from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Xuất gói dữ liệu…</source>
        <translation>Export package…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Mở thư mục dữ liệu</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&amp;Hoạt động</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Thêm hoạt động…</source>
        <translation>Add activity…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Nhân bản…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Giới thiệu CĐS Desktop</source>
        <translation>About CĐS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Nhập các gói…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Nhập cả thư mục…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Xuất danh sách đơn vị chưa gửi…</source>
        <translation>Export the units that have not reported…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Đợt {code}: {start} – {end}</source>
        <translation>Campaign {code}: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>đang đọc…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>{n} hoạt động · {e} minh chứng</source>
        <translation>{n} activities · {e} evidence items</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>{r}/{u} đơn vị đã gửi · {n} hoạt động · {e} minh chứng</source>
        <translation>{r}/{u} units reported · {n} activities · {e} evidence items</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>&lt;b&gt;CĐS Desktop {version}&lt;/b&gt;&lt;br&gt;Ghi nhận và báo cáo các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10).&lt;br&gt;Thư mục dữ liệu: {folder}</source>
        <translation>&lt;b&gt;CĐS Desktop {version}&lt;/b&gt;&lt;br&gt;Records and reports the activities for National Digital Transformation Day (10 October).&lt;br&gt;Data folder: {folder}</translation>
    </message>
</context>
<context>
    <name>MasterActivityModel</name>
    <message>
        <location filename="../../ui/centre_master_model.py" line="72"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>MasterPage</name>
    <message>
        <location filename="../../ui/centre_master_page.py" line="155"/>
        <source>Dữ liệu tổng hợp của các đơn vị</source>
        <translation>Master data of all units</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="158"/>
        <source>Chỉ xem: dữ liệu của mỗi đơn vị chỉ thay đổi khi nhập gói mới của đơn vị đó.</source>
        <translation>Read-only: a unit&apos;s data changes only when a new package of that unit is imported.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="162"/>
        <source>Tìm theo tên, địa điểm… (gõ không dấu cũng được)</source>
        <translation>Search title, location… (accents optional)</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="166"/>
        <location filename="../../ui/centre_master_page.py" line="276"/>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="168"/>
        <source>Tất cả hình thức</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../../ui/centre_master_page.py" line="259"/>
        <source>Không đọc được dữ liệu tổng hợp</source>
        <translation>Could not read the master data</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/recovery.py" line="30"/>
        <location filename="../../ui/recovery.py" line="34"/>
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="35"/>
        <source>Cơ sở dữ liệu trong thư mục {folder} bị hỏng và không mở được.

Khôi phục bản sao lưu tốt gần nhất (lúc {when})? Những thay đổi sau thời điểm đó sẽ phải nhập lại. Bản bị hỏng vẫn được giữ lại trong thư mục backups.</source>
        <translation>The database in {folder} is damaged and cannot be opened.

Restore the newest good backup (from {when})? Changes made after that time will have to be entered again. The damaged copy is kept in the backups folder.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="52"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="57"/>
        <source>Không mở được dữ liệu</source>
        <translation>Could not open the data</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.py" line="36"/>
        <source>Báo cáo tổng hợp của Bộ</source>
        <translation>The Ministry&apos;s master report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="38"/>
        <source>Báo cáo của đơn vị</source>
        <translation>The unit&apos;s report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="43"/>
        <source>Báo cáo tổng hợp kết quả của tất cả các đơn vị, theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP) để trình Lãnh đạo Bộ, và sổ tính Excel (kể cả tình hình gửi báo cáo và nhật ký nhập gói). Tiêu đề, số, nơi nhận, người ký được đặt trong «Cài đặt».</source>
        <translation>The results of all units in the administrative format (Decree 30/2020/NĐ-CP) for the Ministry&apos;s leaders, and the Excel workbook (with submission status and the import log). Header, number, recipients and signer are set under &quot;Settings&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="50"/>
        <source>Báo cáo theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP) để thủ trưởng đơn vị ký, và sổ tính Excel. Tiêu đề, số, nơi nhận, người ký được đặt trong «Cài đặt».</source>
        <translation>A report in the administrative layout (Decree 30/2020/NĐ-CP) for the head of the unit to sign, and an Excel workbook. Header, number, recipients and signer are set in “Settings”.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="56"/>
        <source>Tạo báo cáo PDF</source>
        <translation>Create PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="58"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="59"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="60"/>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="78"/>
        <source>Bấm «Tạo báo cáo PDF» để xem trước báo cáo ở đây.</source>
        <translation>Click “Create PDF report” to preview the report here.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="108"/>
        <source>Không tạo được báo cáo PDF</source>
        <translation>Could not create the PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="115"/>
        <source>Đang tạo báo cáo PDF…</source>
        <translation>Creating the PDF report…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="147"/>
        <source>Lưu báo cáo PDF</source>
        <translation>Save PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="147"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="154"/>
        <source>Đã lưu báo cáo</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="155"/>
        <source>Đã lưu báo cáo vào {path}.</source>
        <translation>The report was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="160"/>
        <source>Lưu báo cáo Excel</source>
        <translation>Save Excel report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="162"/>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="179"/>
        <source>Đã lưu báo cáo Excel</source>
        <translation>Excel report saved</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="180"/>
        <source>Đã lưu sổ tính vào {path}.</source>
        <translation>The workbook was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="187"/>
        <source>Đang tạo báo cáo Excel…</source>
        <translation>Creating the Excel report…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="189"/>
        <source>Không tạo được báo cáo Excel</source>
        <translation>Could not create the Excel report</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="43"/>
        <source>Chào mừng đến với CĐS Desktop</source>
        <translation>Welcome to CĐS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="46"/>
        <source>Chương trình ghi nhận các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia và gửi báo cáo về Bộ. Trước hết, hãy cho biết máy này dùng cho ai.</source>
        <translation>This program records the activities for National Digital Transformation Day and reports them to the Ministry. First, tell us who uses this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="50"/>
        <source>Đơn vị báo cáo (cơ quan, đơn vị thuộc Bộ, Sở)</source>
        <translation>A reporting unit (Ministry unit or provincial department)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="52"/>
        <source>Trung tâm tổng hợp của Bộ (tiếp nhận gói dữ liệu của các đơn vị)</source>
        <translation>The Ministry&apos;s IT Centre (receives the units&apos; packages)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="59"/>
        <source>Dữ liệu sẽ được lưu trong thư mục: {folder}</source>
        <translation>The data will be kept in the folder: {folder}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="42"/>
        <source>Giao diện</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="44"/>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="47"/>
        <source>Thông tin trên báo cáo</source>
        <translation>Report header and signature</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="51"/>
        <source>Cơ quan chủ quản:</source>
        <translation>Governing body:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="52"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="53"/>
        <source>Số văn bản:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="54"/>
        <source>Ký hiệu (sau BC-):</source>
        <translation>Symbol (after BC-):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="55"/>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="56"/>
        <source>Trích yếu:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="57"/>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="58"/>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="59"/>
        <source>Chức vụ (dòng 2):</source>
        <translation>Title (second line):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="60"/>
        <source>Họ tên người ký:</source>
        <translation>Signer&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="61"/>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Recipients (one per line):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="62"/>
        <source>Tồn tại, hạn chế:</source>
        <translation>Shortcomings:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="63"/>
        <source>Nhiệm vụ, kiến nghị:</source>
        <translation>Next steps, proposals:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="72"/>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="80"/>
        <source>Lưu thông tin báo cáo</source>
        <translation>Save report settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="88"/>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="93"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="100"/>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="105"/>
        <source>Mã nhận dạng khóa:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="107"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162"/>
        <source>Không lưu được thông tin báo cáo</source>
        <translation>Could not save the report settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="164"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="164"/>
        <source>Đã lưu thông tin báo cáo.</source>
        <translation>The report settings were saved.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="297"/>
        <source>Thiết lập CĐS Desktop</source>
        <translation>CĐS Desktop setup</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/app.py" line="110"/>
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
    <name>TrustPrompt</name>
    <message>
        <location filename="../../ui/centre_trust_prompt.py" line="38"/>
        <source>Khóa ký chưa được đăng ký</source>
        <translation>Signing key not registered</translation>
    </message>
    <message>
        <location filename="../../ui/centre_trust_prompt.py" line="46"/>
        <source>Gói dữ liệu của đơn vị dưới đây được ký bằng một khóa mà Trung tâm chưa đăng ký.</source>
        <translation>The package of the unit below is signed with a key the Centre has not registered.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_trust_prompt.py" line="58"/>
        <source>Đơn vị này chưa có trong danh sách; nếu tin cậy, đơn vị sẽ được thêm vào.</source>
        <translation>This unit is not in the unit list yet; if you trust it, it will be added.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_trust_prompt.py" line="65"/>
        <source>Gọi điện cho cán bộ của đơn vị (theo số điện thoại Trung tâm đã có, không dùng số ghi trong thư gửi kèm gói) và đề nghị đọc mã nhận dạng khóa trong «Cài đặt» của chương trình. Chỉ bấm «Tin cậy khóa này» khi cả 20 ký tự trùng khớp. Nếu khác, bấm «Từ chối»: gói sẽ không được nhập.</source>
        <translation>Phone the unit&apos;s officer (on a number the Centre already has, not one given with the package) and ask them to read out the key fingerprint shown under &quot;Settings&quot; in their program. Press &quot;Trust this key&quot; only if all 20 characters match. If not, press &quot;Reject&quot;: the package is not imported.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_trust_prompt.py" line="72"/>
        <source>Tin cậy khóa này</source>
        <translation>Trust this key</translation>
    </message>
    <message>
        <location filename="../../ui/centre_trust_prompt.py" line="73"/>
        <source>Từ chối</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/centre_unit_dialogs.py" line="29"/>
        <source>Sửa đơn vị</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre_unit_dialogs.py" line="29"/>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre_unit_dialogs.py" line="31"/>
        <source>ví dụ: SO-HNI</source>
        <translation>e.g. SO-HNI</translation>
    </message>
    <message>
        <location filename="../../ui/centre_unit_dialogs.py" line="46"/>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_unit_dialogs.py" line="47"/>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_unit_dialogs.py" line="48"/>
        <source>Nhóm:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_unit_dialogs.py" line="49"/>
        <source>Thứ tự trong báo cáo:</source>
        <translation>Order in reports:</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="80"/>
        <source>Đơn vị của bạn</source>
        <translation>Your unit</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="83"/>
        <source>Tìm đơn vị trong danh mục (gõ không dấu cũng được), hoặc nhập mã và tên nếu đơn vị chưa có trong danh mục.</source>
        <translation>Find your unit in the catalog (accents optional), or type its code and name if it is not listed.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="88"/>
        <source>Tạo khóa và hồ sơ</source>
        <translation>Create key and profile</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="90"/>
        <source>Tìm đơn vị, ví dụ: van hoa ha noi</source>
        <translation>Search units, e.g. van hoa ha noi</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="100"/>
        <source>ví dụ: SO-HNI</source>
        <translation>e.g. SO-HNI</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="102"/>
        <source>ví dụ: Sở Văn hóa và Thể thao Hà Nội</source>
        <translation>e.g. Sở Văn hóa và Thể thao Hà Nội</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="109"/>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="111"/>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="166"/>
        <source>Mã gồm 2–32 chữ cái không dấu, chữ số, &apos;-&apos; hoặc &apos;_&apos;, ví dụ SO-HNI.</source>
        <translation>The code has 2–32 letters A–Z, digits, &apos;-&apos; or &apos;_&apos;, e.g. SO-HNI.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="168"/>
        <source>Hãy nhập tên đơn vị (tối đa 300 ký tự).</source>
        <translation>Enter the unit&apos;s name (at most 300 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="176"/>
        <source>Đang tạo khóa ký và hồ sơ dữ liệu…</source>
        <translation>Creating the signing key and the profile…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="191"/>
        <source>Không tạo được hồ sơ</source>
        <translation>Could not create the profile</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../ui/centre_units_model.py" line="80"/>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_model.py" line="81"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_model.py" line="82"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_model.py" line="83"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_model.py" line="84"/>
        <source>Mã nhận dạng khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_model.py" line="85"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_model.py" line="86"/>
        <source>Gói cuối</source>
        <translation>Last package</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_model.py" line="87"/>
        <source>Nhập lúc</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_model.py" line="88"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_model.py" line="152"/>
        <source>Trung tâm (máy này)</source>
        <translation>Centre (this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_model.py" line="154"/>
        <source>Đã gửi</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_model.py" line="155"/>
        <source>Chưa gửi</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_model.py" line="174"/>
        <source>chưa đăng ký</source>
        <translation>not registered</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../ui/centre_units_page.py" line="57"/>
        <source>Đơn vị và tình hình gửi báo cáo</source>
        <translation>Units and submission status</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="59"/>
        <source>Thêm đơn vị…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="60"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="61"/>
        <source>Đăng ký khóa…</source>
        <translation>Register key…</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="63"/>
        <source>Xuất danh sách chưa gửi (Excel)…</source>
        <translation>Export the not-reported list (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="75"/>
        <source>Tìm theo mã, tên đơn vị… (gõ không dấu cũng được)</source>
        <translation>Search code, unit name… (accents optional)</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="77"/>
        <source>Chỉ hiện đơn vị chưa gửi báo cáo</source>
        <translation>Only units that have not reported</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="131"/>
        <source>Không đọc được danh sách đơn vị</source>
        <translation>Could not read the unit list</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="146"/>
        <source>Đã gửi báo cáo: {reported} / {expected} đơn vị · chưa gửi: {missing}</source>
        <translation>Reported: {reported} of {expected} units · not yet: {missing}</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="149"/>
        <source>đang hiện {n} đơn vị</source>
        <translation>showing {n} units</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="188"/>
        <source>Không thêm được đơn vị</source>
        <translation>Could not add the unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="207"/>
        <source>Không sửa được đơn vị</source>
        <translation>Could not change the unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="223"/>
        <source>Không đăng ký được khóa</source>
        <translation>Could not register the key</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="228"/>
        <source>Đã đăng ký khóa</source>
        <translation>Key registered</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="229"/>
        <source>Đã đăng ký khóa {key} cho đơn vị {unit}.</source>
        <translation>Key {key} registered for unit {unit}.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="239"/>
        <source>Lưu danh sách đơn vị chưa gửi báo cáo</source>
        <translation>Save the list of units that have not reported</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="241"/>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="259"/>
        <source>Đã lưu danh sách</source>
        <translation>List saved</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="260"/>
        <source>Đã lưu {n} đơn vị chưa gửi báo cáo vào {path}.</source>
        <translation>Saved {n} units that have not reported to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_units_page.py" line="262"/>
        <source>Không lưu được danh sách</source>
        <translation>Could not save the list</translation>
    </message>
</context>
</TS>
