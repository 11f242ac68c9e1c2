<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="74"/>
        <source>Thêm hoạt động</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="76"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="77"/>
        <source>Nhân bản</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="78"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="79"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="80"/>
        <source>Lưu mẫu Excel…</source>
        <translation>Save Excel template…</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="100"/>
        <source>Tìm theo tên, địa điểm… (gõ không dấu cũng được)</source>
        <translation>Search by title, place… (accents optional)</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="103"/>
        <source>Tất cả hình thức</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="110"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="115"/>
        <source>Tìm hoạt động</source>
        <translation>Search activities</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="116"/>
        <source>Lọc theo hình thức</source>
        <translation>Filter by form</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="117"/>
        <source>Lọc từ ngày</source>
        <translation>Filter from date</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="118"/>
        <source>Lọc đến ngày</source>
        <translation>Filter to date</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="119"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="136"/>
        <source>Danh sách hoạt động</source>
        <translation>Activity list</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="151"/>
        <source>Chưa có hoạt động nào</source>
        <translation>No activities yet</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="152"/>
        <source>Bấm «Thêm hoạt động» hoặc «Nhập từ Excel…» để bắt đầu.</source>
        <translation>Click «Add activity» or «Import from Excel…» to start.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="153"/>
        <source>Thêm hoạt động đầu tiên</source>
        <translation>Add the first activity</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="161"/>
        <source>Hoạt động của đơn vị</source>
        <translation>The unit&apos;s activities</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="265"/>
        <source>Không đọc được danh sách hoạt động</source>
        <translation>Could not read the activity list</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="282"/>
        <source>{n} hoạt động mới nhất · đang đọc các hoạt động khác…</source>
        <translation>the {n} newest activities · reading the others…</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="348"/>
        <source>Xóa hoạt động</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="350"/>
        <source>Xóa hoạt động «{title}»?

Việc xóa sẽ được gửi tới Trung tâm trong lần xuất gói dữ liệu tiếp theo.</source>
        <translation>Delete the activity “{title}”?

The deletion will reach the IT Centre with the next exported package.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="360"/>
        <source>Không xóa được hoạt động</source>
        <translation>Could not delete the activity</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="371"/>
        <source>Lưu mẫu Excel</source>
        <translation>Save Excel template</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="373"/>
        <location filename="../../ui/unit/activities_page.py" line="404"/>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="390"/>
        <source>Đã lưu mẫu Excel</source>
        <translation>Excel template saved</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="392"/>
        <source>Đã lưu mẫu vào {path}.

Điền mỗi hoạt động một dòng ở trang «Hoạt động», rồi bấm «Nhập từ Excel…».</source>
        <translation>The template was saved to {path}.

Fill in one activity per row on the “Hoạt động” sheet, then click “Import from Excel…”.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="396"/>
        <source>Không lưu được mẫu Excel</source>
        <translation>Could not save the Excel template</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="402"/>
        <source>Nhập hoạt động từ Excel</source>
        <translation>Import activities from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="421"/>
        <source>Đang nhập từ Excel…</source>
        <translation>Importing from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activities_page.py" line="439"/>
        <source>Không nhập được tệp Excel</source>
        <translation>Could not import the Excel file</translation>
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <location filename="../../ui/centre/master_page.py" line="68"/>
        <location filename="../../ui/centre/master_page.py" line="126"/>
        <source>Chọn một hoạt động để xem chi tiết.</source>
        <translation>Select an activity to see its details.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="75"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="76"/>
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="77"/>
        <source>Thời gian:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="78"/>
        <source>Địa điểm:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="79"/>
        <source>Đơn vị chủ trì:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="80"/>
        <source>Người tham gia:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="81"/>
        <source>Lượt tiếp cận:</source>
        <translation>Reach:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="82"/>
        <source>Kênh thực hiện:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="83"/>
        <source>Chủ đề:</source>
        <translation>Topics:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="84"/>
        <source>Đường dẫn:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="85"/>
        <source>Đơn vị phối hợp:</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="86"/>
        <source>Mô tả:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="87"/>
        <source>Phiên bản:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="96"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="92"/>
        <source>Bắt buộc phải nhập.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="104"/>
        <source>Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.</source>
        <translation>The end date must be on or after the start date.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="187"/>
        <source>Sửa hoạt động</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="189"/>
        <source>Nhân bản hoạt động</source>
        <translation>Duplicate activity</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="191"/>
        <source>Thêm hoạt động</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="228"/>
        <source>Các cơ quan, tổ chức phối hợp</source>
        <translation>Partner agencies and organisations</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="247"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="266"/>
        <source>Lượt tiếp cận (xem, phát hành):</source>
        <translation>Reach (views, copies):</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="74"/>
        <location filename="../../ui/unit/activity_editor.py" line="240"/>
        <location filename="../../ui/unit/activity_editor.py" line="256"/>
        <source>Kênh thực hiện</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="93"/>
        <source>Quá dài ({value} ký tự, tối đa {allowed}).</source>
        <translation>Too long ({value} characters, at most {allowed}).</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="96"/>
        <source>«{value}» không phải là ngày; hãy viết dd/mm/yyyy, ví dụ 10/10/2024.</source>
        <translation>“{value}” is not a date; write dd/mm/yyyy, e.g. 10/10/2024.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="100"/>
        <source>Ngày {value} không thuộc năm {allowed} của đợt báo cáo; hãy kiểm tra lại năm.</source>
        <translation>The date {value} is not in the campaign&apos;s years ({allowed}); check the year.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="107"/>
        <source>«{value}» không phải số nguyên không âm (viết 1500, 1.500 hoặc 1 500).</source>
        <translation>“{value}” is not a whole number ≥ 0 (write 1500, 1,500 or 1 500).</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="111"/>
        <source>Số {value} quá lớn (tối đa {allowed}).</source>
        <translation>The number {value} is too large (at most {allowed}).</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="114"/>
        <source>«{value}» không có trong danh mục; chọn một trong: {allowed}.</source>
        <translation>“{value}” is not in the list; choose one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="117"/>
        <source>«{value}» không phải địa chỉ web (phải bắt đầu bằng http:// hoặc https://).</source>
        <translation>“{value}” is not a web address (it must start with http:// or https://).</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="121"/>
        <source>Có ký tự điều khiển không nhìn thấy (thường lẫn vào khi dán từ chương trình khác); hãy xóa nó.</source>
        <translation>Contains an invisible control character (it often comes with text pasted from another program); remove it.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="68"/>
        <location filename="../../ui/unit/activity_editor.py" line="238"/>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="66"/>
        <source>Tên hoạt động</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="67"/>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="69"/>
        <location filename="../../ui/unit/activity_editor.py" line="239"/>
        <source>Ngày kết thúc</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="70"/>
        <source>Địa điểm</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="71"/>
        <source>Đơn vị chủ trì</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="72"/>
        <source>Người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="73"/>
        <source>Lượt tiếp cận</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="75"/>
        <location filename="../../ui/unit/activity_editor.py" line="241"/>
        <location filename="../../ui/unit/activity_editor.py" line="257"/>
        <source>Chủ đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="76"/>
        <source>Đường dẫn (URL)</source>
        <translation>Links (URLs)</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="77"/>
        <source>Mô tả, kết quả</source>
        <translation>Description, results</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="78"/>
        <source>Đơn vị phối hợp</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="79"/>
        <source>Liên kết minh chứng</source>
        <translation>Evidence link</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="80"/>
        <source>Chú thích</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="81"/>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="82"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="196"/>
        <source>— Chọn hình thức —</source>
        <translation>— Choose a form —</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="214"/>
        <source>Nơi đã đăng tải hoạt động, mỗi dòng một địa chỉ: https://bvhttdl.gov.vn/…</source>
        <translation>Where the activity was published, one address per line: https://bvhttdl.gov.vn/…</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="219"/>
        <source>Nơi hoạt động đã được đăng tải (bài viết, video, trang tin). Tệp, ảnh và liên kết làm bằng chứng thì thêm ở khung «Minh chứng».</source>
        <translation>Where the activity was published (article, video, news page). Files, photos and links kept as proof go in the «Evidence» box.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="259"/>
        <source>Tên hoạt động: *</source>
        <translation>Title: *</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="260"/>
        <source>Hình thức: *</source>
        <translation>Form: *</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="261"/>
        <source>Thời gian: *</source>
        <translation>Dates: *</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="263"/>
        <source>Địa điểm:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="264"/>
        <source>Đơn vị chủ trì:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="265"/>
        <source>Người tham gia:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="268"/>
        <source>Đường dẫn (URL):</source>
        <translation>Links (URLs):</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="269"/>
        <source>Mô tả, kết quả:</source>
        <translation>Description, results:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="270"/>
        <source>Đơn vị phối hợp:</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="296"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="302"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="303"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="485"/>
        <source>Lưu ý: ngày nằm ngoài thời gian của đợt báo cáo ({start} – {end}). Vẫn lưu được, nhưng hãy kiểm tra lại.</source>
        <translation>Note: the date is outside the campaign period ({start} – {end}). It can still be saved, but please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="537"/>
        <source>Đang lưu hoạt động và minh chứng…</source>
        <translation>Saving the activity and its evidence…</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="558"/>
        <source>Không lưu được hoạt động</source>
        <translation>Could not save the activity</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="565"/>
        <source>Chưa lưu thay đổi</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_editor.py" line="566"/>
        <source>Hoạt động có thay đổi chưa lưu. Lưu lại trước khi đóng?</source>
        <translation>The activity has unsaved changes. Save them before closing?</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/unit/activity_model.py" line="60"/>
        <source>Tên hoạt động</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_model.py" line="61"/>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_model.py" line="62"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_model.py" line="63"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_model.py" line="64"/>
        <source>Địa điểm</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_model.py" line="65"/>
        <source>Người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_model.py" line="66"/>
        <source>Lượt tiếp cận</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_model.py" line="67"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_model.py" line="213"/>
        <source>{n} hoạt động</source>
        <translation>{n} activities</translation>
    </message>
    <message>
        <location filename="../../ui/unit/activity_model.py" line="216"/>
        <source>Hiển thị {shown} / {total} hoạt động</source>
        <translation>Showing {shown} of {total} activities</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/common/backups_box.py" line="36"/>
        <source>tự động hằng ngày</source>
        <translation>automatic, daily</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="37"/>
        <source>trước khi nâng cấp</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="38"/>
        <source>trước khi nhập gói</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="39"/>
        <source>trước khi khôi phục</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="40"/>
        <source>sao lưu thủ công</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="41"/>
        <source>bản bị hỏng (giữ lại)</source>
        <translation>damaged copy (kept)</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../ui/common/backups_box.py" line="49"/>
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="53"/>
        <source>Chương trình tự sao lưu cơ sở dữ liệu mỗi ngày khi mở, trước khi nâng cấp và trước khi nhập gói (giữ 10 bản tự động gần nhất). Tệp minh chứng không bị xóa nên bản sao lưu cũ vẫn dùng được.</source>
        <translation>The program backs up the database every day when it opens, before an upgrade and before every import (the 10 newest automatic copies are kept). Evidence files are never deleted, so older backups stay usable.</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="60"/>
        <source>Các bản sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="65"/>
        <source>Chưa có bản sao lưu nào. Bản tự động đầu tiên có khi mở chương trình lần sau; bấm «Sao lưu ngay» để có một bản ngay bây giờ.</source>
        <translation>No backups yet. The first automatic one is made the next time the program opens; click «Back up now» to make one right away.</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="72"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="74"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="76"/>
        <source>Khôi phục từ tệp…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="78"/>
        <source>Kiểm tra tệp minh chứng</source>
        <translation>Check evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="82"/>
        <source>Bản sao lưu đầy đủ là một tệp chứa cơ sở dữ liệu, mọi tệp minh chứng và khóa ký (được mã hóa bằng mật khẩu), để khôi phục toàn bộ hồ sơ trên máy mới.</source>
        <translation>A full backup is one file holding the database, every evidence file and the signing key (encrypted with a passphrase), to restore the whole profile on a new PC.</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="89"/>
        <source>Sao lưu đầy đủ…</source>
        <translation>Full backup…</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="91"/>
        <source>Nhập dữ liệu do Trung tâm gửi…</source>
        <translation>Import data sent by the Centre…</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="134"/>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="134"/>
        <source>Đã lưu bản sao: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="136"/>
        <source>Không sao lưu được</source>
        <translation>Could not back up</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="150"/>
        <location filename="../../ui/common/backups_box.py" line="168"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="150"/>
        <source>Hãy chọn một bản sao lưu trong danh sách.</source>
        <translation>Choose a backup in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="157"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="159"/>
        <source>Bản sao lưu CĐS (*.sqlite3);;Mọi tệp (*)</source>
        <translation>CĐS backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="170"/>
        <source>{name} là bản sao lưu đầy đủ. Bản này dùng để khôi phục trên máy mới chưa có hồ sơ: cài CĐS Desktop, mở chương trình và chọn «Khôi phục từ bản sao lưu đầy đủ…» ở trang đầu.</source>
        <translation>{name} is a full backup. It is restored on a new computer that has no profile yet: install CĐS Desktop, start it and choose “Restore from a full backup…” on the first page.</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="178"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="180"/>
        <source>Thay cơ sở dữ liệu hiện tại bằng bản sao lưu {name}?

Dữ liệu hiện tại được sao lưu trước (lý do «trước khi khôi phục»), nên có thể quay lại.</source>
        <translation>Replace the current database with the backup {name}?

The current data is backed up first (&quot;before a restore&quot;), so you can go back.</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="190"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="194"/>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="196"/>
        <source>Đã khôi phục từ {name}. Dữ liệu trước đó được giữ tại {safety}. Chương trình sẽ mở lại dữ liệu.</source>
        <translation>Restored from {name}. The previous data is kept in {safety}. The program will now reopen the data.</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="211"/>
        <location filename="../../ui/common/backups_box.py" line="217"/>
        <source>Kiểm tra minh chứng</source>
        <translation>Evidence check</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="212"/>
        <source>Cả {n} tệp minh chứng đều còn nguyên vẹn.</source>
        <translation>All {n} evidence files are intact.</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="219"/>
        <source>{missing} tệp bị mất và {damaged} tệp bị hỏng trong {n} tệp minh chứng. Hãy chép lại thư mục evidence từ bản sao hoặc đính kèm lại các tệp.</source>
        <translation>{missing} missing and {damaged} damaged of {n} evidence files. Copy the evidence folder back from a copy, or attach the files again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/backups_box.py" line="226"/>
        <source>Đang kiểm tra minh chứng…</source>
        <translation>Checking evidence…</translation>
    </message>
</context>
<context>
    <name>CentreReportsPage</name>
    <message>
        <location filename="../../ui/centre/reports_page.py" line="19"/>
        <source>Báo cáo tổng hợp</source>
        <translation>Master report</translation>
    </message>
    <message>
        <location filename="../../ui/centre/reports_page.py" line="20"/>
        <source>Nhật ký nhập gói</source>
        <translation>Import log</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/app.py" line="77"/>
        <source>Chương trình gặp lỗi không mong muốn. Dữ liệu đã lưu không bị mất.
Hãy bấm «Sao chép chi tiết» và gửi nội dung dưới đây cho bộ phận hỗ trợ; chi tiết cũng đã được ghi vào nhật ký (thư mục logs trong thư mục dữ liệu).</source>
        <translation>The program ran into an unexpected error. Saved data is not lost.
Click &quot;Copy details&quot; and send the text below to support; the details are also in the log (the logs folder in the data folder).</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="85"/>
        <source>Chi tiết lỗi</source>
        <translation>Error details</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="87"/>
        <source>Sao chép chi tiết</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="89"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="158"/>
        <source>Tổng quan đợt hưởng ứng</source>
        <translation>Campaign overview</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="160"/>
        <source>Lưu biểu đồ thành ảnh…</source>
        <translation>Save charts as pictures…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="162"/>
        <source>Lưu ba biểu đồ thành ảnh PNG (để đưa vào bài trình chiếu).</source>
        <translation>Save the three charts as PNG pictures (for slides).</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="173"/>
        <source>đơn vị đã gửi / tổng số</source>
        <translation>units reported / expected</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="174"/>
        <source>hoạt động</source>
        <translation>activities</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="175"/>
        <source>người tham gia</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="176"/>
        <source>lượt tiếp cận</source>
        <translation>reach</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="177"/>
        <source>minh chứng</source>
        <translation>evidence items</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="184"/>
        <source>Hoạt động theo hình thức</source>
        <translation>Activities by form</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="185"/>
        <source>Hoạt động theo đơn vị</source>
        <translation>Activities by unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="186"/>
        <source>Hoạt động theo thời gian</source>
        <translation>Activities over the period</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="188"/>
        <source>Lưu biểu đồ này thành ảnh…</source>
        <translation>Save this chart as a picture…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="193"/>
        <source>Biểu đồ thời gian theo ngày hoặc tuần</source>
        <translation>Timeline chart by day or week</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="194"/>
        <source>Theo ngày</source>
        <translation>By day</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="195"/>
        <source>Theo tuần</source>
        <translation>By week</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="197"/>
        <source>Biểu đồ thời gian:</source>
        <translation>Period chart:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="205"/>
        <source>Chưa có hoạt động nào</source>
        <translation>No activities yet</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="207"/>
        <source>Nhập gói dữ liệu của các đơn vị ở trang «Nhập gói»: số liệu và biểu đồ hiện ra ở đây.</source>
        <translation>Import the units&apos; data packages on the “Import” page: the figures and charts appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="301"/>
        <source>Chọn thư mục lưu ảnh biểu đồ</source>
        <translation>Choose a folder for the chart pictures</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="317"/>
        <source>Đã lưu ảnh biểu đồ</source>
        <translation>Chart pictures saved</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="318"/>
        <source>Đã lưu {n} ảnh vào {folder}:
{names}</source>
        <translation>Saved {n} pictures in {folder}:
{names}</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="327"/>
        <source>Lưu biểu đồ thành ảnh</source>
        <translation>Save the chart as a picture</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="327"/>
        <source>Ảnh PNG (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="341"/>
        <source>Không lưu được ảnh biểu đồ</source>
        <translation>Could not save the chart picture</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="342"/>
        <source>Không ghi được tệp {path}. Chọn thư mục khác.</source>
        <translation>Could not write the file {path}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="361"/>
        <source>Không đọc được số liệu tổng quan</source>
        <translation>Could not read the overview figures</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="388"/>
        <source>{name} · từ {start} đến {end}</source>
        <translation>{name} · from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="400"/>
        <source>{n} hoạt động ngoài thời gian của đợt không có trên biểu đồ.</source>
        <translation>{n} activities outside the campaign period are not on the chart.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="437"/>
        <source>Đợt trước ({code}): {activities} hoạt động, {participants} người tham gia, {units} đơn vị có hoạt động.</source>
        <translation>Previous campaign ({code}): {activities} activities, {participants} participants, {units} units with activities.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="453"/>
        <source>Chỉ tiêu: {met} đơn vị đạt, {partly} đạt một phần, {not_met} chưa đạt (trên {total} đơn vị có chỉ tiêu).</source>
        <translation>Targets: {met} units met, {partly} partly met, {not_met} not met (of {total} units with a target).</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="464"/>
        <source>đạt</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="465"/>
        <source>đạt một phần</source>
        <translation>partly met</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="466"/>
        <source>chưa đạt</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="470"/>
        <source>Chỉ tiêu toàn Bộ: {result} ({activities} / {target} hoạt động).</source>
        <translation>Ministry-wide target: {result} ({activities} / {target} activities).</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="477"/>
        <source>Chỉ tiêu toàn Bộ: {result}.</source>
        <translation>Ministry-wide target: {result}.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/dashboard_page.py" line="488"/>
        <source>Khác</source>
        <translation>Others</translation>
    </message>
</context>
<context>
    <name>DeletionPrompt</name>
    <message>
        <location filename="../../ui/centre/deletion_prompt.py" line="35"/>
        <source>Gói sẽ xóa nhiều hoạt động</source>
        <translation>The package would delete many activities</translation>
    </message>
    <message>
        <location filename="../../ui/centre/deletion_prompt.py" line="42"/>
        <source>Gói này sẽ xóa {deleting} trong số {existing} hoạt động của đơn vị.</source>
        <translation>This package would delete {deleting} of the unit&apos;s {existing} activities.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/deletion_prompt.py" line="58"/>
        <source>Mỗi gói là toàn bộ dữ liệu của đơn vị: hoạt động không có trong gói sẽ bị xóa khỏi dữ liệu tổng hợp. Máy tính mới hoặc cài lại mà chưa khôi phục dữ liệu sẽ gửi gói gần như rỗng. Hãy gọi điện hỏi đơn vị trước. Chỉ bấm «Vẫn nhập và xóa» khi đơn vị xác nhận đã xóa các hoạt động này. Nếu bấm «Không nhập», gói bị từ chối và dữ liệu tổng hợp giữ nguyên.</source>
        <translation>Each package holds all of the unit&apos;s data: activities missing from it are deleted from the master data. A new or reinstalled computer whose data was not restored sends an almost empty package. Phone the unit first. Click “Import and delete” only when the unit confirms it deleted these activities. With “Do not import”, the package is rejected and the master data stays as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/deletion_prompt.py" line="67"/>
        <source>Vẫn nhập và xóa</source>
        <translation>Import and delete</translation>
    </message>
    <message>
        <location filename="../../ui/centre/deletion_prompt.py" line="67"/>
        <source>Không nhập</source>
        <translation>Do not import</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/common/dialogs.py" line="26"/>
        <source>Ổ đĩa đã đầy, không ghi được dữ liệu.</source>
        <translation>The disk is full; the data could not be written.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="27"/>
        <source>Giải phóng dung lượng ổ đĩa (hoặc chọn ổ đĩa khác) rồi thử lại.</source>
        <translation>Free some disk space (or choose another drive), then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="32"/>
        <source>Không có quyền ghi vào thư mục này.</source>
        <translation>You have no permission to write to this folder.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="33"/>
        <source>Chọn một thư mục của bạn (ví dụ Tài liệu) hoặc nhờ quản trị viên cấp quyền, rồi thử lại.</source>
        <translation>Choose a folder of your own (e.g. Documents) or ask the administrator for access, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="40"/>
        <source>Ổ đĩa hoặc thư mục chỉ cho phép đọc.</source>
        <translation>The drive or folder is read-only.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="41"/>
        <source>Chọn nơi ghi được (ví dụ USB không bị khóa) rồi thử lại.</source>
        <translation>Choose a writable place (e.g. an unlocked USB stick), then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="46"/>
        <source>Cơ sở dữ liệu đang được một cửa sổ CĐS Desktop khác sử dụng.</source>
        <translation>The database is in use by another CĐS Desktop window.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="49"/>
        <source>Đóng cửa sổ CĐS Desktop kia rồi thử lại.</source>
        <translation>Close the other CĐS Desktop window, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="52"/>
        <source>Cơ sở dữ liệu bị hỏng.</source>
        <translation>The database is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="53"/>
        <source>Khôi phục bản sao lưu gần nhất trong Cài đặt → Sao lưu.</source>
        <translation>Restore the newest backup in Settings → Backups.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="58"/>
        <source>Không tìm thấy tệp cần dùng.</source>
        <translation>A file the program needs was not found.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="59"/>
        <source>Kiểm tra tệp (USB còn cắm?) hoặc chọn lại tệp, rồi thử lại.</source>
        <translation>Check the file (is the USB stick still plugged in?) or choose it again, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="74"/>
        <source>Không tìm thấy tệp minh chứng «{name}».</source>
        <translation>The evidence file &quot;{name}&quot; was not found.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="77"/>
        <source>«{name}» không phải là một tệp (có thể là thư mục).</source>
        <translation>&quot;{name}&quot; is not a file (perhaps a folder).</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="80"/>
        <source>Không đọc được tệp minh chứng «{name}» (không có quyền hoặc tệp bị khóa).</source>
        <translation>The evidence file &quot;{name}&quot; cannot be read (no permission, or the file is locked).</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="83"/>
        <source>Tệp «{name}» có dung lượng {size}, vượt giới hạn {limit} cho mỗi tệp minh chứng. Hãy đăng tệp lên mạng (ví dụ cổng thông tin của đơn vị) rồi thêm liên kết.</source>
        <translation>The file &quot;{name}&quot; is {size}, over the limit of {limit} per evidence file. Publish it online (e.g. on your unit&apos;s portal) and add a link instead.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="88"/>
        <source>Tệp minh chứng «{name}» rỗng (0 byte). Hãy chọn tệp thật (bản sao chép hoặc tải xuống chưa xong thường bị rỗng).</source>
        <translation>The evidence file “{name}” is empty (0 bytes). Choose the real file (a copy or download that did not finish is often empty).</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="93"/>
        <source>Minh chứng «{name}» không thuộc hoạt động này.</source>
        <translation>The evidence “{name}” is not part of this activity.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="96"/>
        <source>Có nhiều minh chứng cùng tên «{name}»; hãy chọn theo mã.</source>
        <translation>Several evidence items are named “{name}”; choose one by its id.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="99"/>
        <source>Có nhiều hoạt động có mã bắt đầu bằng «{id}»; hãy nhập thêm ký tự.</source>
        <translation>Several activities have an id starting with “{id}”; type more of it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="102"/>
        <source>Không dùng được thư mục dữ liệu: «{folder}» là một tệp, không phải thư mục. Hãy chọn thư mục khác (hoặc chuyển tệp đó đi nơi khác).</source>
        <translation>The data folder cannot be used: “{folder}” is a file, not a folder. Choose another folder (or move that file away).</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="107"/>
        <source>Thư mục dữ liệu «{folder}» chỉ cho phép đọc nên không mở được. Dữ liệu không bị hỏng, đừng khôi phục bản sao lưu: hãy cấp lại quyền ghi cho thư mục (hoặc chép thư mục từ đĩa CD/USB sang Tài liệu) rồi mở lại.</source>
        <translation>The data folder “{folder}” is read-only, so it cannot be opened. Nothing is damaged, do not restore a backup: give the folder back its write access (or copy it from the CD or USB stick to Documents), then open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="113"/>
        <source>«{file}» là sổ Excel báo cáo (xuất từ Báo cáo → Excel): các hoạt động trong đó đã có sẵn, nhập vào sẽ bị trùng. Để thêm hoạt động, hãy điền mẫu nhập Excel (nút «Lưu mẫu Excel…», các trang «Hướng dẫn», «Hoạt động», «Danh mục») rồi nhập tệp đó.</source>
        <translation>“{file}” is a report workbook (from Reports → Excel): its activities are already recorded, and importing it would add them again. To add activities, fill in the Excel entry template (button “Save Excel template…”, sheets “Hướng dẫn”, “Hoạt động”, “Danh mục”) and import that file.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="120"/>
        <source>«{folder}» là một tệp, không phải thư mục; hãy chọn thư mục để lưu gói.</source>
        <translation>“{folder}” is a file, not a folder; choose a folder for the package.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="123"/>
        <source>Mã khóa {fingerprint} đã được đăng ký cho đơn vị {unit}; mỗi đơn vị có khóa riêng. Hãy hỏi lại đơn vị mã khóa mà chương trình của họ hiển thị (thư mục dữ liệu sao chép từ máy khác mang khóa của đơn vị kia).</source>
        <translation>The key {fingerprint} is already registered for unit {unit}; each unit has a key of its own. Ask the unit again for the fingerprint its program shows (a data folder copied from another computer carries the other unit&apos;s key).</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="129"/>
        <source>Mọi hoạt động trong «{file}» ({rows} dòng) đều đã có, nên không thêm gì. Tệp này có lẽ đã được nhập trước đây.</source>
        <translation>Every activity in “{file}” ({rows} rows) is already recorded, so nothing was added. This file was probably imported before.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="134"/>
        <source>Không mở được tệp chứng thư số «{file}»: mật khẩu không đúng hoặc tệp không phải tệp .p12/.pfx. Hãy nhập lại mật khẩu.</source>
        <translation>Cannot open the certificate file “{file}”: the passphrase is wrong or the file is not a .p12/.pfx file. Enter the passphrase again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="139"/>
        <source>Tệp «{file}» chỉ có chứng thư số, không có khóa bí mật nên không ký được. Hãy xuất lại chứng thư số kèm khóa bí mật (.p12/.pfx).</source>
        <translation>The file “{file}” holds only a certificate, without its private key, so it cannot sign. Export the certificate again together with its private key (.p12/.pfx).</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="144"/>
        <source>Không tìm thấy tệp chứng thư số «{file}».</source>
        <translation>The certificate file “{file}” was not found.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="147"/>
        <source>«{file}» không có phần chữ ký do chương trình tạo; hãy tạo lại báo cáo PDF rồi ký.</source>
        <translation>“{file}” has no signature block made by this program; create the PDF report again, then sign it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="151"/>
        <source>«{file}» đã có chữ ký số này; mỗi báo cáo chỉ ký một lần.</source>
        <translation>“{file}” already carries this signature; a report is signed once.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="154"/>
        <source>Cần mã PIN của USB token để ký.</source>
        <translation>The USB token’s PIN is needed to sign.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="157"/>
        <source>Mã PIN của USB token «{token}» không đúng. Hãy nhập lại (USB token sẽ bị khóa sau vài lần nhập sai).</source>
        <translation>The PIN of the USB token “{token}” is wrong. Type it again (the token locks after a few wrong PINs).</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="162"/>
        <source>USB token «{token}» đã bị khóa do nhập sai mã PIN quá số lần cho phép; hãy liên hệ nhà cung cấp chứng thư số để mở khóa.</source>
        <translation>The USB token “{token}” is locked after too many wrong PINs; ask the certificate provider to unlock it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="167"/>
        <source>Không thấy USB token «{token}»; hãy cắm USB token rồi thử lại.</source>
        <translation>The USB token “{token}” was not found; plug it in and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="170"/>
        <source>Không tìm thấy thư viện PKCS#11 «{file}» của USB token.</source>
        <translation>The USB token’s PKCS#11 library “{file}” was not found.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="173"/>
        <source>Không dùng được «{file}» làm thư viện PKCS#11; hãy chọn thư viện (.dll) trong bộ cài trình điều khiển của USB token.</source>
        <translation>“{file}” cannot be used as a PKCS#11 library; choose the library (.dll) installed with the USB token’s driver.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="178"/>
        <source>USB token «{token}» có {count} khóa bí mật; hãy nhập mã PIN, bấm «Đọc khóa» rồi chọn khóa dùng để ký.</source>
        <translation>The USB token “{token}” holds {count} private keys; type the PIN, click “Read keys” and choose the key to sign with.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="183"/>
        <source>USB token «{token}» không có khóa và chứng thư số dùng được để ký.</source>
        <translation>The USB token “{token}” holds no key and certificate that can sign.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="186"/>
        <source>Không tìm thấy tệp ảnh «{file}».</source>
        <translation>The image file “{file}” was not found.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="189"/>
        <source>Ảnh «{file}» quá lớn; hãy dùng ảnh PNG chữ ký hoặc con dấu nhỏ hơn (tối đa 5 MB, 16 megapixel).</source>
        <translation>The image “{file}” is too large; use a smaller PNG of the signature or seal (at most 5 MB, 16 megapixels).</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="194"/>
        <source>Không đọc được ảnh «{file}»; hãy chọn ảnh PNG (nền trong suốt) của chữ ký hoặc con dấu.</source>
        <translation>Cannot read the image “{file}”; choose a PNG (transparent background) of the signature or seal.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="211"/>
        <source>Sửa các ô được đánh dấu rồi thử lại. Chưa có gì được ghi.</source>
        <translation>Correct the marked fields and try again. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="220"/>
        <source>Chưa có gì bị thay đổi. Làm theo hướng dẫn trên rồi thử lại.</source>
        <translation>Nothing was changed. Follow the advice above, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="230"/>
        <source>Đã xảy ra lỗi không mong muốn: {error}</source>
        <translation>An unexpected error happened: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="233"/>
        <source>Chi tiết đã được ghi vào nhật ký (thư mục logs trong thư mục dữ liệu). Hãy gửi tệp nhật ký cho bộ phận hỗ trợ.</source>
        <translation>The details were written to the log (the logs folder in the data folder). Please send the log file to support.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="249"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupModel</name>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="43"/>
        <source>Cùng một tệp</source>
        <translation>The same file</translation>
    </message>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="44"/>
        <source>Ảnh gần giống</source>
        <translation>Near-identical photo</translation>
    </message>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="52"/>
        <source>Loại trùng</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="53"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="54"/>
        <source>Số hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="55"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="141"/>
        <source>Ảnh minh chứng được dùng cho nhiều hoạt động, của một hay nhiều đơn vị: cùng một tệp, hoặc bản sao đã thu nhỏ, nén lại hay đổi định dạng.</source>
        <translation>Evidence photos used for more than one activity, of one unit or several: the same file, or a copy that was resized, recompressed or converted.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="146"/>
        <source>Tìm lại</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="154"/>
        <source>Nhóm ảnh trùng lặp</source>
        <translation>Groups of reused photos</translation>
    </message>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="166"/>
        <source>Chọn một nhóm để xem các hoạt động dùng ảnh đó cạnh nhau.</source>
        <translation>Select a group to see the activities that use the photo side by side.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="210"/>
        <source>Đang so sánh các ảnh minh chứng…</source>
        <translation>Comparing the evidence photos…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="237"/>
        <source>Không tìm được ảnh trùng lặp</source>
        <translation>Could not look for reused photos</translation>
    </message>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="245"/>
        <source>Đang nhận dạng các ảnh đã nhập trước đây: {done} / {total}…</source>
        <translation>Recognising the photos imported earlier: {done} / {total}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/centre/duplicates_view.py" line="257"/>
        <source>%n nhóm ảnh dùng lại</source>
        <translation>
            <numerusform>%n group of reused photos</numerusform>
            <numerusform>%n groups of reused photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/centre/duplicates_view.py" line="259"/>
        <source>%n nhóm giữa các đơn vị khác nhau</source>
        <translation>
            <numerusform>%n across different units</numerusform>
            <numerusform>%n across different units</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="263"/>
        <source>Không có ảnh nào được dùng cho nhiều hoạt động.</source>
        <translation>No photo is used for more than one activity.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="144"/>
        <source>Danh sách minh chứng</source>
        <translation>Evidence list</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="148"/>
        <source>Kéo thả tệp (ảnh, bản chụp, PDF…) vào đây, hoặc:</source>
        <translation>Drop files (photos, scans, PDFs…) here, or:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="159"/>
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="160"/>
        <source>Thêm liên kết…</source>
        <translation>Add link…</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="163"/>
        <source>Một liên kết làm minh chứng (ví dụ tài liệu trên mạng). Nơi hoạt động được đăng tải thì ghi ở ô «Đường dẫn (URL)».</source>
        <translation>A link kept as evidence (e.g. a document online). Where the activity was published goes in the «Links (URLs)» field.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="167"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="168"/>
        <source>Chú thích…</source>
        <translation>Caption…</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="169"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="236"/>
        <source>Chọn tệp minh chứng</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="239"/>
        <source>Minh chứng (*.jpg *.jpeg *.heic *.heif *.png *.gif *.webp *.pdf *.doc *.docx *.xls *.xlsx *.mp4 *.zip);;Mọi tệp (*)</source>
        <translation>Evidence (*.jpg *.jpeg *.heic *.heif *.png *.gif *.webp *.pdf *.doc *.docx *.xls *.xlsx *.mp4 *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="383"/>
        <source>Có {n} ảnh chụp ngoài thời gian của đợt hoặc quá sớm so với ngày hoạt động. Vẫn lưu được, nhưng hãy kiểm tra lại ảnh đúng là của hoạt động này.</source>
        <translation>{n} photo(s) taken outside the campaign period or too long before the activity. You can still save, but check that the photos really belong to this activity.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="393"/>
        <source>Ảnh chụp ngoài thời gian của đợt</source>
        <translation>Photo taken outside the campaign period</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="395"/>
        <source>Ảnh chụp quá sớm so với ngày hoạt động</source>
        <translation>Photo taken too long before the activity</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="405"/>
        <source>Chụp lúc {time}</source>
        <translation>Taken at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="411"/>
        <source>Vị trí: {lat}, {lon}</source>
        <translation>Place: {lat}, {lon}</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="418"/>
        <source>Đã thu nhỏ từ {width}×{height} ({size})</source>
        <translation>Reduced from {width}×{height} ({size})</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="434"/>
        <source>Xem bản đồ</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="252"/>
        <source>Không thêm được tệp minh chứng</source>
        <translation>Could not add the evidence file</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="263"/>
        <source>Thêm liên kết</source>
        <translation>Add link</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="263"/>
        <source>Địa chỉ web (http:// hoặc https://):</source>
        <translation>Web address (http:// or https://):</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="269"/>
        <source>Không thêm được liên kết</source>
        <translation>Could not add the link</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="285"/>
        <source>Chú thích</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="286"/>
        <source>Chú thích cho «{name}»:</source>
        <translation>Caption for “{name}”:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="361"/>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/unit/evidence_panel.py" line="365"/>
        <source>liên kết mới</source>
        <translation>new link</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/unit/export_status.py" line="13"/>
        <source>Chưa xuất gói dữ liệu</source>
        <translation>No package exported yet</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_status.py" line="15"/>
        <source>Xuất gói lần cuối: {time} (số {n})</source>
        <translation>Last export: {time} (no. {n})</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="54"/>
        <source>Xuất gói dữ liệu gửi Trung tâm</source>
        <translation>Export the package for the IT Centre</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="58"/>
        <source>Gói dữ liệu (.cdspkg) chứa toàn bộ hoạt động của đơn vị trong đợt báo cáo, kể cả các hoạt động đã xóa, cùng mọi tệp minh chứng, và được ký bằng khóa của đơn vị. Gửi tệp này cho Trung tâm qua USB hoặc thư điện tử.</source>
        <translation>The package (.cdspkg) holds all of the unit&apos;s activities of the campaign, deleted ones included, with every evidence file, signed with the unit&apos;s key. Send this file to the IT Centre on a USB stick or by e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="68"/>
        <source>Nội dung gói</source>
        <translation>Package contents</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="70"/>
        <source>Hoạt động:</source>
        <translation>Activities:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="71"/>
        <source>Hoạt động đã xóa:</source>
        <translation>Deleted activities:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="72"/>
        <source>Tệp minh chứng:</source>
        <translation>Evidence files:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="75"/>
        <source>Thư mục lưu gói</source>
        <translation>Folder for the package</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="77"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="79"/>
        <source>Nơi lưu</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="87"/>
        <source>Xuất gói dữ liệu</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="92"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="107"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="108"/>
        <source>Các phần:</source>
        <translation>Parts:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="109"/>
        <source>Dung lượng:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="110"/>
        <source>Số thứ tự gói:</source>
        <translation>Package no.:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="111"/>
        <source>SHA-256 của gói:</source>
        <translation>Package SHA-256:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="112"/>
        <source>Mã nhận dạng khóa:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="113"/>
        <source>Mở thư mục chứa gói</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="114"/>
        <source>Sao chép thông tin</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="124"/>
        <source>Sao lưu đầy đủ</source>
        <translation>Full backup</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="128"/>
        <source>Sao lưu đầy đủ…</source>
        <translation>Full backup…</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="152"/>
        <source>Chia gói thành nhiều phần để gửi qua thư điện tử</source>
        <translation>Split the package into parts to send by e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="153"/>
        <source>Chia gói thành nhiều phần</source>
        <translation>Split the package into parts</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="156"/>
        <source>Mỗi phần là một tệp .cdspkg có chữ ký riêng, không lớn hơn dung lượng chọn bên cạnh. Gửi tất cả các phần; Trung tâm nhập khi có đủ các phần.</source>
        <translation>Each part is a separately signed .cdspkg file no larger than the size chosen beside. Send all the parts; the Centre imports the package once it has them all.</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="164"/>
        <source>Dung lượng tối đa của mỗi phần (MB)</source>
        <translation>Largest size of each part (MB)</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="171"/>
        <source>mỗi phần tối đa</source>
        <translation>each part at most</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="213"/>
        <source>{n} tệp, {size}</source>
        <translation>{n} files, {size}</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="219"/>
        <source>(không đếm được: {error})</source>
        <translation>(could not count: {error})</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="224"/>
        <source>Chọn thư mục lưu gói dữ liệu</source>
        <translation>Choose the folder for the package</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="243"/>
        <source>Gói không có hoạt động nào</source>
        <translation>The package holds no activities</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="245"/>
        <source>Gói sẽ không có hoạt động nào: Trung tâm chỉ biết đơn vị đã gửi, không có số liệu. Hãy nhập các hoạt động ở trang «Hoạt động» trước.

Vẫn xuất gói rỗng?</source>
        <translation>The package would hold no activities: the Centre would only learn that the unit sent something, with no figures. Enter the activities on the «Activities» page first.

Export an empty package anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="280"/>
        <source>Đang xuất gói dữ liệu…</source>
        <translation>Exporting the package…</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="288"/>
        <source>Không xuất được gói dữ liệu</source>
        <translation>Could not export the package</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="297"/>
        <source>{n} tệp, gửi tất cả (mỗi thư một hoặc vài tệp):
{names}</source>
        <translation>{n} files, send them all (one or a few per e-mail):
{names}</translation>
    </message>
    <message>
        <location filename="../../ui/unit/export_page.py" line="301"/>
        <source>Không chia (một tệp)</source>
        <translation>Not split (one file)</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="220"/>
        <source>Mã nhận dạng khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="223"/>
        <source>Khóa ký của đơn vị đã được tạo. Hãy gửi mã dưới đây cho Trung tâm tổng hợp (đọc qua điện thoại hoặc gửi phiếu đăng ký) để Trung tâm tin cậy các gói dữ liệu của đơn vị.</source>
        <translation>The unit&apos;s signing key was created. Give the fingerprint below to the IT Centre (read it out over the phone or send the enrolment sheet) so that the Centre trusts the unit&apos;s packages.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="233"/>
        <source>Mã gồm 20 ký tự chia 5 nhóm; không có các chữ I, L, O (dễ nhầm với số 1 và 0) và U. Không gửi tệp khóa bí mật cho bất kỳ ai.</source>
        <translation>The fingerprint has 20 characters in 5 groups, without the letters I, L and O (easily confused with 1 and 0) or U. Never send the private key file to anyone.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="241"/>
        <source>Sao chép mã</source>
        <translation>Copy fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="242"/>
        <source>Lưu phiếu đăng ký (PDF)…</source>
        <translation>Save enrolment sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="271"/>
        <source>Hồ sơ của Trung tâm tổng hợp đã được tạo, cùng danh mục các đơn vị. Bước tiếp theo: đăng ký mã nhận dạng khóa của từng đơn vị ở trang «Đơn vị» (hoặc xác nhận khi nhập gói đầu tiên), rồi nhập các gói ở trang «Nhập gói». Mã dưới đây là khóa của chính Trung tâm.</source>
        <translation>The IT Centre&apos;s profile has been created, with the unit catalog. Next: register each unit&apos;s key fingerprint on the &quot;Units&quot; page (or confirm it at its first import), then import the packages on the &quot;Import&quot; page. The code below is the Centre&apos;s own key.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="289"/>
        <source>Lưu phiếu đăng ký khóa</source>
        <translation>Save the key enrolment sheet</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="289"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="301"/>
        <source>Đã lưu phiếu đăng ký</source>
        <translation>Enrolment sheet saved</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="303"/>
        <source>Đã lưu phiếu vào {path}. Hãy in, ký và gửi cho Trung tâm tổng hợp.</source>
        <translation>The sheet was saved to {path}. Print it, sign it and send it to the IT Centre.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="306"/>
        <source>Không lưu được phiếu đăng ký</source>
        <translation>Could not save the enrolment sheet</translation>
    </message>
</context>
<context>
    <name>ImportLogModel</name>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="51"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="52"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="53"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="54"/>
        <source>Số gói</source>
        <translation>Package no.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="55"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="56"/>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="57"/>
        <source>Sửa</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="58"/>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="59"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="60"/>
        <source>Khóa ký</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="61"/>
        <source>SHA-256 của tệp</source>
        <translation>File SHA-256</translation>
    </message>
</context>
<context>
    <name>ImportLogPage</name>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="108"/>
        <source>Mọi gói đã được đưa vào chương trình, kể cả gói bị từ chối, mới nhất trước. Nhật ký cũng có trong sổ tính Excel của báo cáo tổng hợp.</source>
        <translation>Every package given to the program, rejected ones included, newest first. The log is also in the master report&apos;s Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="113"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="120"/>
        <location filename="../../ui/centre/import_log_page.py" line="132"/>
        <source>Nhật ký nhập gói</source>
        <translation>Package import log</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="123"/>
        <source>Chưa nhập gói nào</source>
        <translation>No package imported yet</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="125"/>
        <source>Mỗi gói được đưa vào chương trình, nhập được hay bị từ chối, có một dòng ở đây. Nhập gói dữ liệu của các đơn vị ở trang «Nhập gói».</source>
        <translation>Every package given to the program, imported or rejected, gets a line here. Import the units&apos; data packages on the “Import” page.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="151"/>
        <source>{n} dòng nhật ký</source>
        <translation>{n} log entries</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_log_page.py" line="161"/>
        <source>Không đọc được nhật ký nhập gói</source>
        <translation>Could not read the import log</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/centre/import_page.py" line="92"/>
        <source>Nhập gói dữ liệu của các đơn vị</source>
        <translation>Import the units&apos; packages</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="96"/>
        <source>Mỗi gói (.cdspkg) được kiểm tra chữ ký và toàn bộ nội dung trước khi nhập; gói lỗi bị từ chối riêng, không ảnh hưởng đến các gói khác.</source>
        <translation>Each package (.cdspkg) has its signature and its whole content checked before it is imported; a bad package is rejected on its own and does not affect the others.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="102"/>
        <source>Kéo thả các tệp .cdspkg hoặc cả thư mục vào cửa sổ này, hoặc:</source>
        <translation>Drop .cdspkg files or whole folders on this window, or:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="104"/>
        <source>Chọn các gói…</source>
        <translation>Choose packages…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="106"/>
        <source>Chọn thư mục…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="114"/>
        <source>Chưa nhập gói nào trong lần làm việc này.</source>
        <translation>No packages imported in this session yet.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="120"/>
        <source>Kết quả nhập gói</source>
        <translation>Package import results</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="132"/>
        <source>Lưu kết quả…</source>
        <translation>Save results…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="138"/>
        <source>Lưu biên nhận…</source>
        <translation>Save receipts…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="140"/>
        <source>Biên nhận có chữ ký của Trung tâm cho từng gói trong bảng, gửi lại đơn vị</source>
        <translation>Receipts signed by the Centre for each package in the table, to send back to the units</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="167"/>
        <source>Chọn các gói dữ liệu</source>
        <translation>Choose packages</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="169"/>
        <source>Gói dữ liệu CĐS (*.cdspkg);;Mọi tệp (*)</source>
        <translation>CĐS packages (*.cdspkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="177"/>
        <source>Chọn thư mục chứa các gói</source>
        <translation>Choose the folder with the packages</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="203"/>
        <source>Đang nhập gói</source>
        <translation>Import running</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="204"/>
        <source>Hãy chờ lần nhập đang chạy kết thúc (hoặc bấm «Hủy») rồi thử lại.</source>
        <translation>Wait until the running import has finished (or press &quot;Cancel&quot;), then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="231"/>
        <location filename="../../ui/centre/import_page.py" line="257"/>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="237"/>
        <location filename="../../ui/centre/import_page.py" line="262"/>
        <source>Đang kiểm tra và nhập các gói…</source>
        <translation>Checking and importing the packages…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="255"/>
        <source>Đang chờ một lần nhập khác (của cán bộ khác hoặc máy khác) kết thúc…</source>
        <translation>Waiting for another import (by another officer or PC) to finish…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="302"/>
        <source>Không nhập được.</source>
        <translation>Nothing could be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="305"/>
        <source>Không nhập được gói dữ liệu</source>
        <translation>Could not import the packages</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="310"/>
        <source>{n} đã nhập</source>
        <translation>{n} imported</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="311"/>
        <source>{n} trùng lặp</source>
        <translation>{n} duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="312"/>
        <source>{n} cũ hơn</source>
        <translation>{n} stale</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="313"/>
        <source>{n} bị từ chối</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="315"/>
        <source>{total} gói: {parts}.</source>
        <translation>{total} packages: {parts}.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="320"/>
        <source>Đã hủy: các gói còn lại chưa được nhập; gói đang đọc dở không thay đổi gì.</source>
        <translation>Cancelled: the remaining packages were not imported; the package being read changed nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="328"/>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="329"/>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="332"/>
        <source>Lưu kết quả nhập gói</source>
        <translation>Save the import results</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="353"/>
        <source>Đã lưu kết quả</source>
        <translation>Results saved</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="354"/>
        <source>Đã lưu bảng kết quả vào {path}.</source>
        <translation>The result table was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_page.py" line="356"/>
        <source>Không lưu được kết quả</source>
        <translation>Could not save the results</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../ui/centre/import_model.py" line="39"/>
        <source>Gói không đúng quy cách</source>
        <translation>Package does not follow the format</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="40"/>
        <source>Tệp hỏng hoặc bị sửa đổi sau khi ký</source>
        <translation>File damaged or changed after signing</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="43"/>
        <source>Không phải gói CĐS Desktop</source>
        <translation>Not a CĐS Desktop package</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="44"/>
        <source>Không đọc được tệp</source>
        <translation>File cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="45"/>
        <source>Gói của phiên bản chương trình mới hơn</source>
        <translation>Package from a newer program version</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="48"/>
        <source>Khóa ký chưa được đăng ký</source>
        <translation>Signing key not registered</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="49"/>
        <source>Khóa ký khác khóa đã đăng ký</source>
        <translation>Signing key differs from the registered key</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="50"/>
        <source>Đợt báo cáo chưa có tại Trung tâm</source>
        <translation>Campaign not known at the Centre</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="53"/>
        <source>Trùng mã đơn vị của Trung tâm</source>
        <translation>Same unit code as the Centre</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="54"/>
        <source>Chứa dữ liệu của đơn vị khác</source>
        <translation>Holds another unit&apos;s data</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="57"/>
        <source>Trùng với một lần nhập khác</source>
        <translation>Clashed with another import</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="58"/>
        <source>Không lưu được tệp minh chứng</source>
        <translation>Evidence files could not be stored</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="59"/>
        <source>Khóa ký đã được thay bằng khóa mới</source>
        <translation>Signing key was replaced by a new key</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="62"/>
        <source>Khóa ký đã bị thu hồi</source>
        <translation>Signing key was revoked</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="63"/>
        <source>Gói sẽ xóa phần lớn hoạt động của đơn vị</source>
        <translation>Would delete most of the unit&apos;s activities</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="66"/>
        <source>Gói đã được nhập trước đây</source>
        <translation>Package was imported before</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="67"/>
        <source>Đã nhập gói mới hơn của đơn vị</source>
        <translation>A newer package of the unit was imported</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="68"/>
        <source>Gói gửi thành nhiều phần còn thiếu phần</source>
        <translation>Package sent in parts: parts missing</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="71"/>
        <source>Các phần thuộc những gói khác nhau</source>
        <translation>Parts of different packages</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="89"/>
        <source>Thiếu phần {parts} trong {count}</source>
        <translation>Parts {parts} of {count} missing</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="97"/>
        <source>Cấu trúc hoặc nội dung của gói vi phạm quy tắc của định dạng (gói do chương trình khác tạo ra, hoặc đã bị chỉnh sửa). Không có gì được nhập. Hãy đề nghị đơn vị xuất lại gói bằng CĐS Desktop.</source>
        <translation>The package&apos;s structure or content breaks a rule of the format (it was made by another program, or edited). Nothing was imported. Ask the unit to export the package again with CĐS Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="103"/>
        <source>Tệp bị cắt cụt hoặc hỏng khi sao chép, tải về, hoặc đã bị sửa đổi sau khi đơn vị ký. Không có gì được nhập. Hãy đề nghị đơn vị gửi lại tệp gói.</source>
        <translation>The file was cut short or damaged when it was copied or downloaded, or changed after the unit signed it. Nothing was imported. Ask the unit to send the package file again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="108"/>
        <source>Tệp này không phải là gói báo cáo (.cdspkg) của CĐS Desktop. Hãy chọn đúng tệp đơn vị đã gửi.</source>
        <translation>This file is not a CĐS Desktop report package (.cdspkg). Choose the file the unit sent.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="113"/>
        <source>Tệp không còn ở đó, là một thư mục, hoặc máy không có quyền đọc. Hãy kiểm tra tệp rồi nhập lại.</source>
        <translation>The file is no longer there, is a folder, or this computer may not read it. Check the file, then import again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="118"/>
        <source>Gói được tạo bằng phiên bản CĐS Desktop mới hơn phiên bản đang dùng. Hãy cập nhật chương trình rồi nhập lại.</source>
        <translation>The package was made by a newer version of CĐS Desktop than this one. Update the program, then import again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="123"/>
        <source>Khóa ký của đơn vị chưa được đăng ký tại Trung tâm. Hãy đối chiếu mã khóa với đơn vị (qua điện thoại hoặc công văn), đăng ký khóa ở trang Đơn vị hoặc chấp nhận khi chương trình hỏi, rồi nhập lại.</source>
        <translation>The unit&apos;s signing key is not registered at the Centre. Compare the key code with the unit (by phone or official letter), register the key on the Units page or accept it when the program asks, then import again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="129"/>
        <source>Gói được ký bằng một khóa khác với khóa đã đăng ký cho đơn vị, nên không được nhập. Hãy gọi điện cho đơn vị (theo số Trung tâm đã có) và hỏi: nếu đơn vị dùng máy tính mới hoặc đã cài lại máy, đề nghị cán bộ đọc mã nhận dạng khóa mới trong «Cài đặt», rồi ở trang Đơn vị chọn đơn vị, bấm «Thay khóa…» và nhập lại gói. Nếu đơn vị không đổi máy, đừng thay khóa: gói này không do đơn vị ký.</source>
        <translation>The package is signed with a key other than the one registered for the unit, so it was not imported. Phone the unit (on the number the Centre already has) and ask: if it uses a new or reinstalled computer, ask the officer to read out the new key fingerprint from “Settings”, then on the Units page select the unit, click “Replace key…” and import the package again. If the unit did not change computers, do not replace the key: the unit did not sign this package.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="137"/>
        <source>Gói được ký bằng khóa cũ mà Trung tâm đã thay bằng khóa mới của đơn vị, nên không được nhập. Nếu đơn vị vẫn gửi gói từ máy cũ, hãy đề nghị đơn vị xuất gói từ máy mới. Lịch sử khóa xem ở trang Đơn vị («Lịch sử khóa…»).</source>
        <translation>The package is signed with an old key that the Centre replaced by the unit&apos;s new key, so it was not imported. If the unit still sends packages from its old computer, ask it to export from the new one. The key history is on the Units page (“Key history…”).</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="143"/>
        <source>Gói được ký bằng khóa mà Trung tâm đã thu hồi, nên không được nhập. Khi đơn vị có khóa mới, hãy đối chiếu mã khóa qua điện thoại rồi đăng ký khóa mới ở trang Đơn vị.</source>
        <translation>The package is signed with a key the Centre revoked, so it was not imported. When the unit has a new key, compare its fingerprint by phone and register the new key on the Units page.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="149"/>
        <source>Gói này sẽ xóa tất cả, hoặc quá một nửa, hoạt động của đơn vị trong dữ liệu tổng hợp, và đã không được chấp nhận. Hãy gọi điện hỏi đơn vị: máy tính mới hoặc cài lại máy mà không khôi phục dữ liệu sẽ gửi gói rỗng. Nếu đơn vị thật sự đã xóa các hoạt động đó, hãy nhập lại gói và đồng ý khi chương trình hỏi.</source>
        <translation>This package would delete all, or more than half, of the unit&apos;s activities in the master data, and this was not accepted. Phone the unit: a new or reinstalled computer whose data was not restored sends an empty package. If the unit really deleted those activities, import the package again and agree when the program asks.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="156"/>
        <source>Gói thuộc một đợt báo cáo mà Trung tâm chưa có. Hãy cập nhật chương trình rồi nhập lại.</source>
        <translation>The package belongs to a campaign the Centre does not have. Update the program, then import again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="161"/>
        <source>Gói mang mã đơn vị của chính Trung tâm. Hãy kiểm tra hồ sơ của máy đã xuất gói.</source>
        <translation>The package carries the Centre&apos;s own unit code. Check the profile of the computer that exported it.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="165"/>
        <source>Gói chứa hoạt động hoặc minh chứng đã thuộc về đơn vị khác trong dữ liệu tổng hợp, nên không được nhập. Hãy liên hệ đơn vị để kiểm tra.</source>
        <translation>The package holds activities or evidence that belong to another unit in the master data, so it was not imported. Contact the unit to check.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="170"/>
        <source>Một lần nhập khác của cùng đơn vị đã chạy cùng lúc. Hãy nhập lại gói.</source>
        <translation>Another import of the same unit ran at the same time. Import the package again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="174"/>
        <source>Không lưu được tệp minh chứng (ổ đĩa đầy hoặc không có quyền ghi). Hãy giải phóng dung lượng hoặc kiểm tra quyền ghi của thư mục dữ liệu, rồi nhập lại.</source>
        <translation>The evidence files could not be stored (disk full or no permission to write). Free some space or check the data folder&apos;s permissions, then import again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="179"/>
        <source>Gói được gửi thành nhiều phần (ví dụ qua thư điện tử) nhưng chưa có đủ các phần, nên chưa nhập gì. Hãy lưu tất cả các thư của đơn vị vào cùng một thư mục rồi nhập cả thư mục, hoặc đề nghị đơn vị gửi lại các phần còn thiếu.</source>
        <translation>The package was sent in parts (by e-mail, for example) but not all of its parts are here, so nothing was imported. Save the attachments of all the unit&apos;s e-mails into one folder and import the whole folder, or ask the unit to send the missing parts again.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="185"/>
        <source>Các tệp được chọn là các phần của những gói khác nhau (những lần xuất khác nhau), không ghép được thành một gói, nên không nhập gì. Hãy nhập đủ các phần của cùng một lần xuất; tên các tệp có trong chi tiết bên dưới.</source>
        <translation>The files chosen are parts of different packages (different exports) and cannot be put together into one package, so nothing was imported. Import all the parts of one export; the file names are in the details below.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="191"/>
        <source>Gói này đã được nhập trước đây; không có gì thay đổi.</source>
        <translation>This package was imported before; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="194"/>
        <source>Trung tâm đã nhập một gói mới hơn của đơn vị này; gói cũ không thay đổi gì.</source>
        <translation>The Centre has imported a newer package of this unit; the older one changed nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="201"/>
        <source>Chi tiết kỹ thuật: {detail}</source>
        <translation>Technical detail: {detail}</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../ui/common/import_result.py" line="39"/>
        <source>Trùng với dòng {row} của tệp.</source>
        <translation>The same as row {row} of the file.</translation>
    </message>
    <message>
        <location filename="../../ui/common/import_result.py" line="43"/>
        <source>Đã nhập trước đây rồi bị xóa; không khôi phục lại.</source>
        <translation>Imported before and deleted since; not brought back.</translation>
    </message>
    <message>
        <location filename="../../ui/common/import_result.py" line="46"/>
        <source>Đã có trong danh sách hoạt động.</source>
        <translation>Already in the activity list.</translation>
    </message>
    <message>
        <location filename="../../ui/common/import_result.py" line="58"/>
        <source>Kết quả nhập từ Excel</source>
        <translation>Excel import result</translation>
    </message>
    <message>
        <location filename="../../ui/common/import_result.py" line="65"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/common/import_result.py" line="65"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/common/import_result.py" line="65"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/common/import_result.py" line="75"/>
        <source>Các dòng có lỗi</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <location filename="../../ui/common/import_result.py" line="86"/>
        <source>Đã nhập {n} hoạt động.</source>
        <translation>{n} activities imported.</translation>
    </message>
    <message>
        <location filename="../../ui/common/import_result.py" line="91"/>
        <source>{n} dòng dưới đây đã có từ trước nên không được nhập lại (không bị trùng).</source>
        <translation>{n} rows below were already recorded, so they were not added again (nothing doubled).</translation>
    </message>
    <message>
        <location filename="../../ui/common/import_result.py" line="96"/>
        <source>Tên hoạt động</source>
        <translation>Activity title</translation>
    </message>
    <message>
        <location filename="../../ui/common/import_result.py" line="112"/>
        <source>Tệp có {n} lỗi nên chưa có hoạt động nào được nhập. Sửa các dòng dưới đây trong tệp Excel rồi nhập lại.</source>
        <translation>The file has {n} errors, so no activity was imported. Correct the rows below in the Excel file and import it again.</translation>
    </message>
</context>
<context>
    <name>ImportResultModel</name>
    <message>
        <location filename="../../ui/centre/import_model.py" line="28"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="29"/>
        <source>Trùng lặp (đã nhập trước)</source>
        <translation>Duplicate (imported before)</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="30"/>
        <source>Cũ hơn (không thay đổi gì)</source>
        <translation>Stale (changed nothing)</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="31"/>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="82"/>
        <source>{name} ({given}/{count} phần)</source>
        <translation>{name} ({given}/{count} parts)</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="208"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="209"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="210"/>
        <source>Số gói</source>
        <translation>Package no.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="211"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="212"/>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="213"/>
        <source>Sửa</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="214"/>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/centre/import_model.py" line="215"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../ui/centre/unit_dialogs.py" line="70"/>
        <source>Đăng ký khóa của đơn vị</source>
        <translation>Register the unit&apos;s key</translation>
    </message>
    <message>
        <location filename="../../ui/centre/unit_dialogs.py" line="83"/>
        <source>Nhập mã nhận dạng khóa (20 ký tự) mà đơn vị đọc qua điện thoại hoặc ghi trên phiếu đăng ký có chữ ký. Không phân biệt chữ hoa, chữ thường; dấu gạch và khoảng trắng có thể bỏ qua. Sau khi đăng ký, chỉ các gói ký bằng khóa này mới được nhập.</source>
        <translation>Type the key fingerprint (20 characters) the unit reads out over the phone or wrote on its signed enrolment sheet. Case does not matter; dashes and spaces may be left out. Once registered, only packages signed with this key are imported.</translation>
    </message>
</context>
<context>
    <name>KeyHistory</name>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="206"/>
        <source>Khóa {fingerprint} đã bị thay hoặc thu hồi trước đây; một khóa đã thôi dùng không bao giờ được đăng ký lại. Hãy đề nghị đơn vị đọc mã nhận dạng khóa mới.</source>
        <translation>The key {fingerprint} was replaced or revoked before; a retired key is never registered again. Ask the unit to read out its new key fingerprint.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="211"/>
        <source>Khóa {fingerprint} chính là khóa đang đăng ký của đơn vị.</source>
        <translation>The key {fingerprint} is already the unit&apos;s registered key.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="214"/>
        <source>Hãy ghi lý do.</source>
        <translation>Give the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="215"/>
        <source>Đơn vị {unit} chưa có khóa nào đang đăng ký.</source>
        <translation>Unit {unit} has no registered key.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="225"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="226"/>
        <source>Đã thay</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="227"/>
        <source>Đã thu hồi</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="234"/>
        <source>Đăng ký ở trang Đơn vị</source>
        <translation>Registered on the Units page</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="235"/>
        <source>Tin cậy khi nhập gói</source>
        <translation>Trusted at an import</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="236"/>
        <source>Thay khóa</source>
        <translation>Replace key</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="237"/>
        <source>Có từ trước</source>
        <translation>Registered before</translation>
    </message>
</context>
<context>
    <name>KeyHistoryDialog</name>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="247"/>
        <source>Lịch sử khóa của đơn vị</source>
        <translation>Key history of the unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="250"/>
        <source>Mã nhận dạng khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="251"/>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="252"/>
        <source>Đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="253"/>
        <source>Kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="254"/>
        <source>Số gói cuối</source>
        <translation>Last package no.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="255"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="278"/>
        <source>Đơn vị chưa có khóa nào được đăng ký.</source>
        <translation>No key has been registered for this unit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Các trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Xuất gói dữ liệu</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Nhập gói</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Tổng quan</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Dữ liệu tổng hợp</source>
        <translation>Master data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <location filename="../../ui/main_window.py" line="418"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>Lưu mẫu Excel…</source>
        <translation>Save Excel template…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Nhập hoạt động từ Excel…</source>
        <translation>Import activities from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Xuất gói dữ liệu…</source>
        <translation>Export package…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>Mở thư mục dữ liệu</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>&amp;Hoạt động</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Thêm hoạt động…</source>
        <translation>Add activity…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>Nhân bản…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>Giới thiệu CĐS Desktop</source>
        <translation>About CĐS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>Nhập các gói…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Nhập cả thư mục…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>Xuất danh sách đơn vị chưa gửi…</source>
        <translation>Export the units that have not reported…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Đợt {code}: {start} – {end}</source>
        <translation>Campaign {code}: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <location filename="../../ui/main_window.py" line="504"/>
        <source>đang đọc…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>{n} hoạt động · {e} minh chứng</source>
        <translation>{n} activities · {e} evidence items</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="507"/>
        <source>{r}/{u} đơn vị đã gửi · {n} hoạt động · {e} minh chứng</source>
        <translation>{r}/{u} units reported · {n} activities · {e} evidence items</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="563"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>&lt;b&gt;CĐS Desktop {version}&lt;/b&gt;&lt;br&gt;Ghi nhận và báo cáo các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10).&lt;br&gt;Thư mục dữ liệu: {folder}</source>
        <translation>&lt;b&gt;CĐS Desktop {version}&lt;/b&gt;&lt;br&gt;Records and reports the activities for National Digital Transformation Day (10 October).&lt;br&gt;Data folder: {folder}</translation>
    </message>
</context>
<context>
    <name>MasterActivityModel</name>
    <message>
        <location filename="../../ui/centre/master_model.py" line="84"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>MasterPage</name>
    <message>
        <location filename="../../ui/centre/master_page.py" line="289"/>
        <source>Dữ liệu tổng hợp của các đơn vị</source>
        <translation>Master data of all units</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="292"/>
        <source>Chỉ xem: dữ liệu của mỗi đơn vị chỉ thay đổi khi nhập gói mới của đơn vị đó.</source>
        <translation>Read-only: a unit&apos;s data changes only when a new package of that unit is imported.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="297"/>
        <source>Tìm theo tên, địa điểm… (gõ không dấu cũng được)</source>
        <translation>Search title, location… (accents optional)</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="304"/>
        <location filename="../../ui/centre/master_page.py" line="464"/>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="310"/>
        <source>Lọc theo đơn vị</source>
        <translation>Filter by unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="311"/>
        <source>Lọc theo hình thức</source>
        <translation>Filter by form</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="312"/>
        <source>Tất cả hình thức</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="316"/>
        <source>Ảnh chụp ngoài thời gian của đợt</source>
        <translation>Photos outside the campaign period</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="319"/>
        <source>Chỉ hiện hoạt động có ảnh minh chứng chụp ngoài thời gian của đợt hoặc quá sớm so với ngày hoạt động (theo thời điểm chụp ghi trong ảnh).</source>
        <translation>Show only activities with evidence photos taken outside the campaign period or too long before the activity (by the time recorded in the photo).</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="338"/>
        <source>Dữ liệu tổng hợp</source>
        <translation>Master data</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="371"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="372"/>
        <source>Ảnh dùng lại</source>
        <translation>Reused photos</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="379"/>
        <source>Chưa có dữ liệu của đơn vị nào</source>
        <translation>No unit&apos;s data yet</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="381"/>
        <source>Dữ liệu tổng hợp là các hoạt động trong những gói đã nhập, chỉ để xem. Nhập gói dữ liệu của các đơn vị ở trang «Nhập gói».</source>
        <translation>The master data are the activities of the packages imported, read-only. Import the units&apos; data packages on the “Import” page.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="446"/>
        <source>Không đọc được dữ liệu tổng hợp</source>
        <translation>Could not read the master data</translation>
    </message>
</context>
<context>
    <name>PhotoSettingsBox</name>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="43"/>
        <source>Ảnh chụp</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="47"/>
        <source>Thu nhỏ ảnh khi thêm vào minh chứng</source>
        <translation>Reduce photos when adding them as evidence</translation>
    </message>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="49"/>
        <source> điểm ảnh</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="50"/>
        <source>Cạnh dài nhất</source>
        <translation>Longest side</translation>
    </message>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="52"/>
        <source>Chất lượng JPEG</source>
        <translation>JPEG quality</translation>
    </message>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="53"/>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="54"/>
        <source>Cảnh báo ảnh chụp trước ngày hoạt động quá</source>
        <translation>Warn about photos taken before the activity by more than</translation>
    </message>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="57"/>
        <source>Ảnh điện thoại (JPEG, HEIC) có cạnh dài hơn «Cạnh dài nhất» dưới đây được lưu thành JPEG nhỏ hơn, để gói dữ liệu gửi được qua thư điện tử. Tệp gốc trên máy không bị thay đổi; Trung tâm vẫn biết kích thước gốc. Ảnh chụp ngoài thời gian của đợt hoặc quá sớm so với ngày hoạt động được cảnh báo, vẫn lưu được.</source>
        <translation>Phone photos (JPEG, HEIC) whose longer side is over the “Longest side” below are stored as a smaller JPEG, so that the package can be sent by e-mail. The original file on this computer is not changed; the Centre still learns the original size. Photos taken outside the campaign period or too long before the activity are flagged, and can still be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="68"/>
        <source>Lưu cài đặt ảnh</source>
        <translation>Save photo settings</translation>
    </message>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="78"/>
        <source>Cạnh dài nhất:</source>
        <translation>Longest side:</translation>
    </message>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="79"/>
        <source>Chất lượng JPEG (30–95):</source>
        <translation>JPEG quality (30–95):</translation>
    </message>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="80"/>
        <source>Cảnh báo ảnh chụp trước ngày hoạt động quá:</source>
        <translation>Warn about photos taken before the activity by more than:</translation>
    </message>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="100"/>
        <source>Không lưu được cài đặt ảnh</source>
        <translation>Could not save the photo settings</translation>
    </message>
    <message>
        <location filename="../../ui/common/photo_settings_box.py" line="102"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <location filename="../../ui/common/plan_box.py" line="53"/>
        <source>{n} hoạt động</source>
        <translation>{n} activities</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="59"/>
        <source>{n} người tham gia</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="65"/>
        <source>{n} lượt tiếp cận</source>
        <translation>a reach of {n}</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="69"/>
        <source>Tối thiểu {parts}</source>
        <translation>At least {parts}</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="72"/>
        <source>các hình thức: {forms}</source>
        <translation>forms: {forms}</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="84"/>
        <source>Đợt báo cáo và kế hoạch</source>
        <translation>Campaign and plan</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="93"/>
        <source>Xuất bản kế hoạch…</source>
        <translation>Publish the plan…</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="96"/>
        <source>Sửa đợt và chỉ tiêu…</source>
        <translation>Edit the campaign and targets…</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="100"/>
        <source>Nhập kế hoạch…</source>
        <translation>Import a plan…</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="118"/>
        <source>Đợt báo cáo đang dùng:</source>
        <translation>Current campaign:</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="139"/>
        <source>Không đổi được đợt báo cáo</source>
        <translation>Could not change the campaign</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="166"/>
        <source>Chưa có đợt báo cáo.</source>
        <translation>No campaign yet.</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="170"/>
        <source>Thời gian: {start} – {end}</source>
        <translation>Period: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="176"/>
        <source>Căn cứ: {plan}</source>
        <translation>Basis: {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="180"/>
        <source>Kế hoạch phiên bản: {n}</source>
        <translation>Plan version: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="182"/>
        <source>Chưa có kế hoạch có chữ ký của Trung tâm.</source>
        <translation>No plan signed by the IT Centre yet.</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="190"/>
        <source>Chỉ tiêu: {target}</source>
        <translation>Target: {target}</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="196"/>
        <source>Số chỉ tiêu đã đặt: {n}</source>
        <translation>Targets set: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="207"/>
        <source>Chọn tệp kế hoạch của Trung tâm</source>
        <translation>Choose the IT Centre&apos;s plan file</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="209"/>
        <location filename="../../ui/common/plan_box.py" line="256"/>
        <source>Kế hoạch CĐS (*.cdsplan);;Mọi tệp (*)</source>
        <translation>CĐS plans (*.cdsplan);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="227"/>
        <source>Không nhập được kế hoạch</source>
        <translation>Could not import the plan</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="234"/>
        <source>Đã nhập kế hoạch</source>
        <translation>Plan imported</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="235"/>
        <source>Đã nhập kế hoạch phiên bản {version} của đợt {code}. Từ nay đợt này là đợt báo cáo đang dùng ({start} – {end}).</source>
        <translation>Imported version {version} of the plan of campaign {code}. From now on it is the active campaign ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="254"/>
        <source>Lưu kế hoạch có chữ ký</source>
        <translation>Save the signed plan</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="275"/>
        <source>Đã xuất bản kế hoạch</source>
        <translation>Plan published</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="276"/>
        <source>Đã lưu kế hoạch phiên bản {version} của đợt {code} vào {path}. Gửi tệp cho các đơn vị; lần đầu, đơn vị cần xác nhận mã khóa của Trung tâm.</source>
        <translation>Saved version {version} of the plan of campaign {code} to {path}. Send the file to the units; the first time, a unit must confirm the IT Centre&apos;s key fingerprint.</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="289"/>
        <source>Không xuất bản được kế hoạch</source>
        <translation>Could not publish the plan</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="303"/>
        <source>Đợt báo cáo và chỉ tiêu</source>
        <translation>Campaign and targets</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="338"/>
        <source>Dùng làm đợt báo cáo hiện tại</source>
        <translation>Make it the current campaign</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="344"/>
        <source>Mã đợt:</source>
        <translation>Campaign code:</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="345"/>
        <source>Tên đợt:</source>
        <translation>Campaign name:</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="346"/>
        <source>Chủ đề:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="348"/>
        <source>Số kế hoạch, quyết định:</source>
        <translation>Plan or decision number:</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="350"/>
        <source>Ngày kế hoạch:</source>
        <translation>Date of the plan:</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="351"/>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="352"/>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="354"/>
        <source>Không chọn hình thức nào: mọi hình thức</source>
        <translation>None ticked: every form</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="356"/>
        <source>Hình thức của đợt:</source>
        <translation>Forms of the campaign:</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="358"/>
        <source>Chỉ tiêu mỗi đơn vị:</source>
        <translation>Target for each unit:</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="359"/>
        <source>Chỉ tiêu toàn Bộ:</source>
        <translation>Ministry-wide target:</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="362"/>
        <source>Chỉ tiêu riêng (thay cho chỉ tiêu mỗi đơn vị; chỉ tiêu của đơn vị được ưu tiên hơn chỉ tiêu của nhóm):</source>
        <translation>Targets of their own (instead of the each-unit target; a unit&apos;s target comes before its group&apos;s):</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="371"/>
        <source>Đợt và chỉ tiêu</source>
        <translation>Campaign and targets</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="375"/>
        <source>Đợt báo cáo</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="376"/>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="421"/>
        <source>hoạt động</source>
        <translation>activities</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="422"/>
        <source>người tham gia</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="423"/>
        <source>lượt tiếp cận</source>
        <translation>reach</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="444"/>
        <source>«{text}» không phải là ngày; hãy nhập dạng 15/09/2025.</source>
        <translation>«{text}» is not a date; type it as 15/09/2025.</translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_box.py" line="479"/>
        <source>Không lưu được đợt báo cáo</source>
        <translation>Could not save the campaign</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="50"/>
        <source>Xác nhận khóa của Trung tâm</source>
        <translation>Confirm the IT Centre&apos;s key</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="51"/>
        <source>Đây là tệp đầu tiên đơn vị nhận từ Trung tâm. Hãy gọi điện cho Trung tâm, đề nghị đọc mã khóa của Trung tâm (20 ký tự), rồi nhập mã đó vào đây. Chỉ nhập mã do Trung tâm đọc, không chép từ tệp.</source>
        <translation>This is the first file this unit receives from the IT Centre. Call the Centre, ask them to read out the Centre&apos;s key fingerprint (20 characters) and type it here. Type only what the Centre reads out; do not copy it from the file.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="98"/>
        <source>Chưa xác nhận khóa của Trung tâm. Hãy gọi Trung tâm để được đọc mã khóa, rồi nhập lại tệp và gõ mã đó khi chương trình hỏi.</source>
        <translation>The IT Centre&apos;s key has not been confirmed. Call the Centre to have its fingerprint read out, then import the file again and type the fingerprint when asked.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="103"/>
        <source>Tệp được ký bằng một khóa khác với khóa của Trung tâm mà đơn vị đã xác nhận: tệp không phải do Trung tâm gửi. Không dùng tệp này; hãy gọi Trung tâm.</source>
        <translation>The file is signed with a key other than the IT Centre key this unit confirmed: it does not come from the Centre. Do not use it; call the Centre.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="108"/>
        <source>Tệp này dành cho một đơn vị khác. Hãy chuyển tệp cho đúng đơn vị, hoặc đề nghị Trung tâm gửi tệp của đơn vị mình.</source>
        <translation>This file is meant for another unit. Pass it on to that unit, or ask the Centre for your own unit&apos;s file.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="113"/>
        <source>Biên nhận này là của một gói không do máy này xuất. Hãy nhập biên nhận trên máy đã xuất gói, hoặc hỏi lại Trung tâm.</source>
        <translation>This receipt is for a package this computer did not export. Import it on the computer that exported the package, or ask the Centre.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="118"/>
        <source>Kế hoạch này không mới hơn kế hoạch đơn vị đang dùng, nên không được nhập. Hãy đề nghị Trung tâm gửi kế hoạch mới nhất.</source>
        <translation>This plan is not newer than the plan the unit already uses, so it was not imported. Ask the Centre for its latest plan.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="123"/>
        <source>Tệp bị hỏng hoặc đã bị sửa đổi sau khi Trung tâm ký. Hãy đề nghị Trung tâm gửi lại tệp.</source>
        <translation>The file is damaged or was changed after the Centre signed it. Ask the Centre to send it again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="128"/>
        <source>Đây không phải loại tệp cần nhập ở đây. Hãy chọn đúng tệp.</source>
        <translation>This is not the kind of file imported here. Choose the right file.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="131"/>
        <source>Tệp được tạo bằng phiên bản CĐS Desktop mới hơn. Hãy cập nhật chương trình.</source>
        <translation>The file was made by a newer version of CĐS Desktop. Update the program.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="135"/>
        <source>Tệp không đúng quy cách. Hãy đề nghị Trung tâm gửi lại tệp.</source>
        <translation>The file does not follow the format. Ask the Centre to send it again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="138"/>
        <source>Không đọc được tệp. Hãy kiểm tra tệp rồi thử lại.</source>
        <translation>The file cannot be read. Check the file and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="150"/>
        <source>Chọn thư mục lưu biên nhận</source>
        <translation>Choose the folder for the receipts</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="166"/>
        <source>Đã lưu biên nhận</source>
        <translation>Receipts saved</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="167"/>
        <source>Đã lưu {n} biên nhận vào {path} ({same} biên nhận đã có sẵn). Gửi mỗi tệp .cdsreceipt cho đơn vị có tên trong tên tệp.</source>
        <translation>Saved {n} receipt(s) to {path} ({same} were already there). Send each .cdsreceipt file to the unit named in its file name.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="178"/>
        <source>Không lưu được biên nhận</source>
        <translation>Could not save the receipts</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="193"/>
        <source>Trung tâm đã nhận gói số {n} lúc {time} và đã nhập: {added} hoạt động mới, {updated} sửa đổi, {deleted} xóa.</source>
        <translation>The IT Centre received package no. {n} at {time} and imported it: {added} new activities, {updated} changed, {deleted} deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="199"/>
        <source>Trung tâm đã nhận gói số {n} lúc {time}; dữ liệu của gói này đã có tại Trung tâm.</source>
        <translation>The IT Centre received package no. {n} at {time}; the Centre already had its data.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="204"/>
        <source>Trung tâm đã nhận gói số {n} lúc {time}, nhưng đã có gói mới hơn của đơn vị nên gói này không thay đổi gì. Không cần làm gì thêm.</source>
        <translation>The IT Centre received package no. {n} at {time}, but it already had a newer package of this unit, so this one changed nothing. Nothing else to do.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="212"/>
        <source>Hãy gọi Trung tâm, đọc mã khóa của đơn vị (trang Cài đặt) để Trung tâm đăng ký, rồi gửi lại gói.</source>
        <translation>Call the Centre and read out your unit&apos;s key fingerprint (Settings page) for the Centre to register, then send the package again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="217"/>
        <source>Khóa của máy này khác khóa Trung tâm đã đăng ký cho đơn vị. Hãy gọi Trung tâm để xác minh và đăng ký lại khóa, rồi gửi lại gói.</source>
        <translation>This computer&apos;s key differs from the key the Centre registered for your unit. Call the Centre to verify and register the key again, then send the package again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="222"/>
        <source>Tệp bị hỏng trên đường gửi. Hãy gửi lại tệp gói.</source>
        <translation>The file was damaged on its way. Send the package file again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="225"/>
        <source>Trung tâm cần cập nhật chương trình; hãy liên hệ Trung tâm.</source>
        <translation>The Centre needs to update its program; contact the Centre.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="228"/>
        <source>Trung tâm cần cập nhật đợt báo cáo; hãy liên hệ Trung tâm.</source>
        <translation>The Centre needs to update the campaign; contact the Centre.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="233"/>
        <source>Hãy liên hệ Trung tâm, sửa theo hướng dẫn, rồi xuất và gửi gói mới.</source>
        <translation>Contact the Centre, correct as advised, then export and send a new package.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="237"/>
        <source>Trung tâm đã từ chối gói số {n} lúc {time}: {reason}. {todo}</source>
        <translation>The IT Centre refused package no. {n} at {time}: {reason}. {todo}</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="248"/>
        <source>Biên nhận của Trung tâm</source>
        <translation>Receipts from the IT Centre</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="256"/>
        <source>Nhập biên nhận…</source>
        <translation>Import a receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="290"/>
        <source>{a} / {t} hoạt động</source>
        <translation>{a} / {t} activities</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="295"/>
        <source>{a} / {t} người tham gia</source>
        <translation>{a} / {t} participants</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="300"/>
        <source>{a} / {t} lượt tiếp cận</source>
        <translation>{a} / {t} reach</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="309"/>
        <source>còn thiếu hình thức: {forms}</source>
        <translation>forms still missing: {forms}</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="314"/>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="315"/>
        <source>Đạt một phần</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="316"/>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="319"/>
        <source>Tiến độ so với chỉ tiêu: {parts}. Kết quả: {result}.</source>
        <translation>Progress against the targets: {parts}. Result: {result}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="333"/>
        <source>Chưa có biên nhận nào. Sau khi nhập gói, Trung tâm gửi lại một tệp biên nhận (.cdsreceipt); hãy nhập tệp đó để biết Trung tâm đã nhận gói chưa.</source>
        <translation>No receipt yet. After importing a package the Centre sends back a receipt file (.cdsreceipt); import it to learn whether the Centre received the package.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="345"/>
        <source>Chọn tệp biên nhận</source>
        <translation>Choose a receipt file</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="347"/>
        <source>Biên nhận CĐS (*.cdsreceipt);;Mọi tệp (*)</source>
        <translation>CĐS receipts (*.cdsreceipt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="364"/>
        <source>Không nhập được biên nhận</source>
        <translation>Could not import the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="371"/>
        <source>Lưu ý: mã SHA-256 Trung tâm nhận được khác mã của gói đơn vị đã xuất.</source>
        <translation>Note: the SHA-256 the Centre received differs from that of the package this unit exported.</translation>
    </message>
    <message>
        <location filename="../../ui/common/receipts_box.py" line="374"/>
        <source>Đã nhập biên nhận</source>
        <translation>Receipt imported</translation>
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
        <location filename="../../ui/common/recovery_flows.py" line="337"/>
        <location filename="../../ui/recovery.py" line="52"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="57"/>
        <source>Không mở được dữ liệu</source>
        <translation>Could not open the data</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="44"/>
        <source>Hãy cất bản sao lưu trên USB hoặc ổ đĩa khác (không để trên cùng ổ đĩa với máy này) và ghi mật khẩu ở nơi khác, an toàn. Không có mật khẩu thì không khôi phục được.</source>
        <translation>Keep the backup on a USB stick or another disk (not on this computer&apos;s disk) and write the passphrase down somewhere else, safe. Without the passphrase it cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="55"/>
        <source>Nên tạo bản sao lưu đầy đủ (dữ liệu, tệp minh chứng và khóa ký) sau lần xuất gói đầu tiên và định kỳ: Cài đặt → Sao lưu → «Sao lưu đầy đủ…». Nếu máy hỏng, bản sao lưu này khôi phục toàn bộ hồ sơ trên máy mới. </source>
        <translation>Make a full backup (data, evidence files and signing key) after the first export and regularly: Settings → Backups → “Full backup…”. If this computer fails, it restores the whole profile on a new one. </translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="68"/>
        <source>Mật khẩu không đúng với bản sao lưu này. Chưa có gì được khôi phục; hãy nhập đúng mật khẩu đã dùng khi tạo bản sao lưu.</source>
        <translation>Wrong passphrase for this backup. Nothing was restored; type the passphrase used when the backup was made.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="73"/>
        <source>Bản sao lưu bị hỏng hoặc đã bị sửa đổi. Chưa có gì được khôi phục; hãy dùng một bản sao khác.</source>
        <translation>The backup is damaged or was changed. Nothing was restored; use another copy.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="78"/>
        <source>Tệp này không phải là bản sao lưu đầy đủ của CĐS Desktop.</source>
        <translation>This file is not a CĐS Desktop full backup.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="81"/>
        <source>Bản sao lưu được tạo bằng phiên bản CĐS Desktop mới hơn; hãy cài phiên bản đó trước.</source>
        <translation>The backup was made by a newer version of CĐS Desktop; install that version first.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="85"/>
        <source>Thư mục dữ liệu không trống. Chỉ khôi phục bản sao lưu đầy đủ vào máy chưa có hồ sơ (thư mục dữ liệu trống).</source>
        <translation>The data folder is not empty. A full backup is restored only on a computer without a profile (an empty data folder).</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="90"/>
        <source>Tệp được ký bằng khóa {signer}, không phải khóa của Trung tâm {expected} mà bạn được đọc cho. Chưa có gì thay đổi; hãy gọi lại Trung tâm để đọc lại mã và gửi đúng tệp.</source>
        <translation>The file is signed by the key {signer}, not by the Centre&apos;s key {expected} that was read out to you. Nothing was changed; call the Centre again to check the fingerprint and get the right file.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="96"/>
        <source>Tệp chứa dữ liệu của đơn vị {unit}, không phải của đơn vị này. Chưa có gì thay đổi.</source>
        <translation>The file holds the data of unit {unit}, not of this unit. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="100"/>
        <source>Tệp này không phải là tệp dữ liệu đơn vị do Trung tâm xuất. Chưa có gì thay đổi.</source>
        <translation>This file is not a unit data file exported by the Centre. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="104"/>
        <source>Tệp của Trung tâm bị hỏng hoặc đã bị sửa đổi. Chưa có gì thay đổi; hãy đề nghị Trung tâm gửi lại.</source>
        <translation>The Centre&apos;s file is damaged or was changed. Nothing was changed; ask the Centre to send it again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="111"/>
        <source>Cơ sở dữ liệu nằm trên máy chủ; hãy sao lưu bằng công cụ của máy chủ.</source>
        <translation>The database is on a server; back it up with the server&apos;s own tools.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="115"/>
        <source>Thiếu {n} tệp minh chứng trong kho. Hãy chạy «Kiểm tra tệp minh chứng» và đính kèm lại các tệp bị thiếu, rồi sao lưu lại.</source>
        <translation>{n} evidence files are missing from the store. Run “Check evidence files”, attach the missing files again, then back up again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="120"/>
        <source>Dữ liệu quá lớn cho một tệp sao lưu. Hãy đóng chương trình và chép cả thư mục dữ liệu sang USB hoặc ổ đĩa khác.</source>
        <translation>The data is too large for one backup file. Close the program and copy the whole data folder to a USB stick or another disk.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="125"/>
        <source>Thiếu tệp minh chứng của đơn vị trong kho của Trung tâm. Hãy chạy kiểm tra tệp minh chứng rồi thử lại.</source>
        <translation>Evidence files of the unit are missing from the Centre&apos;s store. Run the evidence check, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="130"/>
        <source>Dữ liệu của đơn vị quá lớn cho một tệp.</source>
        <translation>The unit&apos;s data is too large for one file.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="133"/>
        <source>Tệp «{name}» đã có; hãy chọn tên khác.</source>
        <translation>The file “{name}” already exists; choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="136"/>
        <source>Không đọc được tệp «{name}» (không còn ở đó, là thư mục hoặc không có quyền đọc).</source>
        <translation>The file “{name}” cannot be read (it is gone, is a folder, or may not be read).</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="162"/>
        <source>Mật khẩu bản sao lưu</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="164"/>
        <source>Đặt mật khẩu cho bản sao lưu (ít nhất {n} ký tự; một câu dễ nhớ là tốt nhất). Khóa ký của đơn vị trong bản sao lưu được mã hóa bằng mật khẩu này.</source>
        <translation>Choose a passphrase for the backup (at least {n} characters; a sentence you can remember is best). The unit&apos;s signing key in the backup is encrypted with it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="170"/>
        <source>Nhập mật khẩu đã đặt khi tạo bản sao lưu.</source>
        <translation>Type the passphrase chosen when the backup was made.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="181"/>
        <source>Mật khẩu:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="183"/>
        <source>Nhập lại:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="209"/>
        <source>Mật khẩu cần ít nhất {n} ký tự.</source>
        <translation>The passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="213"/>
        <source>Hai lần nhập không giống nhau.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="258"/>
        <source>Lưu bản sao lưu đầy đủ (nên lưu vào USB)</source>
        <translation>Save the full backup (preferably on a USB stick)</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="260"/>
        <source>Bản sao lưu đầy đủ CĐS (*{suffix})</source>
        <translation>CĐS full backup (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="279"/>
        <source>Đã tạo bản sao lưu đầy đủ</source>
        <translation>Full backup made</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="280"/>
        <source>Đã lưu bản sao lưu đầy đủ vào {path}.</source>
        <translation>The full backup was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="293"/>
        <source>Không tạo được bản sao lưu</source>
        <translation>The backup could not be made</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="292"/>
        <source>Đang tạo bản sao lưu đầy đủ…</source>
        <translation>Making the full backup…</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="304"/>
        <source>Chọn bản sao lưu đầy đủ</source>
        <translation>Choose the full backup</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="306"/>
        <source>Bản sao lưu đầy đủ CĐS (*{suffix});;Mọi tệp (*)</source>
        <translation>CĐS full backup (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="323"/>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="324"/>
        <source>Đã khôi phục hồ sơ của {unit} cùng dữ liệu, tệp minh chứng và khóa ký. Gói dữ liệu tiếp theo sẽ nối tiếp số thứ tự cũ.</source>
        <translation>The profile of {unit} was restored with its data, evidence files and signing key. The next package continues the old numbering.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="336"/>
        <source>Đang khôi phục bản sao lưu đầy đủ…</source>
        <translation>Restoring the full backup…</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="349"/>
        <source>Chọn tệp dữ liệu do Trung tâm gửi</source>
        <translation>Choose the data file sent by the Centre</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="351"/>
        <source>Dữ liệu đơn vị (*{suffix});;Mọi tệp (*)</source>
        <translation>Unit data (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="359"/>
        <source>Mã nhận dạng khóa của Trung tâm</source>
        <translation>The Centre&apos;s key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="360"/>
        <source>Gọi điện cho Trung tâm và nhập mã nhận dạng khóa của Trung tâm do cán bộ Trung tâm đọc (20 ký tự, ví dụ 7K2Q-M9XH-4TRB-ZP3D-W8NC):</source>
        <translation>Call the Centre and type the Centre&apos;s key fingerprint as its officer reads it out (20 characters, e.g. 7K2Q-M9XH-4TRB-ZP3D-W8NC):</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="375"/>
        <source>Đã nạp dữ liệu từ Trung tâm</source>
        <translation>Data loaded from the Centre</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="376"/>
        <source>Đã nạp {n} hoạt động của đơn vị như Trung tâm đang lưu. Gói tiếp theo mang số {seq} và chỉ thay đổi những gì đơn vị sửa từ nay.</source>
        <translation>{n} activities of the unit were loaded as the Centre holds them. The next package is number {seq} and changes only what the unit changes from now on.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="389"/>
        <source>Không nạp được dữ liệu</source>
        <translation>The data could not be loaded</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="388"/>
        <source>Đang nạp dữ liệu từ Trung tâm…</source>
        <translation>Loading the data from the Centre…</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="398"/>
        <source>Đã xuất dữ liệu đơn vị</source>
        <translation>Unit data exported</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="400"/>
        <source>Đã lưu dữ liệu của {unit} vào {path}. Gửi tệp cho đơn vị, rồi gọi điện và đọc cho đơn vị mã nhận dạng khóa của Trung tâm dưới đây; đơn vị nhập mã này khi nạp tệp để chắc chắn tệp do Trung tâm gửi.</source>
        <translation>The data of {unit} was saved to {path}. Send the file to the unit, then call and read out the Centre&apos;s key fingerprint below; the unit types it when loading the file, to be sure the file comes from the Centre.</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="425"/>
        <source>Lưu dữ liệu của đơn vị {unit}</source>
        <translation>Save the data of unit {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="429"/>
        <source>Dữ liệu đơn vị (*{suffix})</source>
        <translation>Unit data (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="450"/>
        <source>Không xuất được dữ liệu</source>
        <translation>The data could not be exported</translation>
    </message>
    <message>
        <location filename="../../ui/common/recovery_flows.py" line="449"/>
        <source>Đang xuất dữ liệu của đơn vị…</source>
        <translation>Exporting the unit&apos;s data…</translation>
    </message>
</context>
<context>
    <name>ReplaceKeyDialog</name>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="62"/>
        <source>Thay khóa của đơn vị</source>
        <translation>Replace the unit&apos;s key</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="68"/>
        <source>Khi đơn vị chuyển sang máy tính mới hoặc cài lại máy, chương trình của đơn vị có một khóa mới. Sau khi thay, Trung tâm chỉ nhận các gói ký bằng khóa mới (số gói của khóa mới bắt đầu lại từ 1); mọi gói ký bằng khóa cũ sẽ bị từ chối.</source>
        <translation>When a unit moves to a new computer or reinstalls it, its program has a new key. Once replaced, the Centre accepts only packages signed with the new key (its package numbers start again at 1); every package signed with the old key is rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="85"/>
        <source>Khóa đang đăng ký (cũ):</source>
        <translation>Registered key (old):</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="87"/>
        <source>Khóa mới:</source>
        <translation>New key:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="94"/>
        <source>Mã nhận dạng khóa mới</source>
        <translation>New key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="97"/>
        <source>ví dụ: máy hỏng, đã cài lại Windows</source>
        <translation>e.g. computer broken, Windows reinstalled</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="98"/>
        <source>Lý do thay khóa</source>
        <translation>Reason for the replacement</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="100"/>
        <source>Mã nhận dạng khóa mới:</source>
        <translation>New key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="101"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="104"/>
        <source>Tôi đã gọi điện cho đơn vị (theo số Trung tâm đã có) và đối chiếu đủ 20 ký tự của khóa mới</source>
        <translation>I phoned the unit (on the number the Centre already has) and compared all 20 characters of the new key</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="112"/>
        <source>Thay khóa</source>
        <translation>Replace key</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="142"/>
        <source>Mã nhận dạng khóa có 20 ký tự (chữ và số), chia thành 5 nhóm.</source>
        <translation>A key fingerprint has 20 characters (letters and digits) in 5 groups.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="144"/>
        <source>Đây chính là khóa đang đăng ký của đơn vị.</source>
        <translation>This is the key already registered for the unit.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/common/reports_page.py" line="45"/>
        <source>Báo cáo tổng hợp của Bộ</source>
        <translation>The Ministry&apos;s master report</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="47"/>
        <source>Báo cáo của đơn vị</source>
        <translation>The unit&apos;s report</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="52"/>
        <source>Báo cáo tổng hợp kết quả của tất cả các đơn vị, theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP) để trình Lãnh đạo Bộ, và sổ tính Excel (kể cả tình hình gửi báo cáo và nhật ký nhập gói). Tiêu đề, số, nơi nhận, người ký được đặt trong «Cài đặt».</source>
        <translation>The results of all units in the administrative format (Decree 30/2020/NĐ-CP) for the Ministry&apos;s leaders, and the Excel workbook (with submission status and the import log). Header, number, recipients and signer are set under &quot;Settings&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="59"/>
        <source>Báo cáo theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP) để thủ trưởng đơn vị ký, và sổ tính Excel. Tiêu đề, số, nơi nhận, người ký được đặt trong «Cài đặt».</source>
        <translation>A report in the administrative layout (Decree 30/2020/NĐ-CP) for the head of the unit to sign, and an Excel workbook. Header, number, recipients and signer are set in “Settings”.</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="65"/>
        <source>Tạo báo cáo PDF</source>
        <translation>Create PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="67"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="68"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="69"/>
        <source>Xuất Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="71"/>
        <source>Báo cáo dạng Word (.docx) để văn thư sửa, cấp số và in.</source>
        <translation>The report as a Word document (.docx), for the clerk to edit, number and print.</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="73"/>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="74"/>
        <source>Ký số…</source>
        <translation>Sign digitally…</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="89"/>
        <source>Đợt báo cáo</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="102"/>
        <source>Đợt:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="116"/>
        <source>Bấm «Tạo báo cáo PDF» để xem trước báo cáo ở đây.</source>
        <translation>Click “Create PDF report” to preview the report here.</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="177"/>
        <source>Đợt báo cáo mà báo cáo này tổng hợp: {name}</source>
        <translation>The campaign this report covers: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="221"/>
        <source>Không tạo được báo cáo PDF</source>
        <translation>Could not create the PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="228"/>
        <source>Đang tạo báo cáo PDF…</source>
        <translation>Creating the PDF report…</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="261"/>
        <source>Lưu báo cáo PDF</source>
        <translation>Save PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="261"/>
        <location filename="../../ui/common/reports_page.py" line="283"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="268"/>
        <source>Đã lưu báo cáo</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="269"/>
        <location filename="../../ui/common/reports_page.py" line="326"/>
        <source>Đã lưu báo cáo vào {path}.</source>
        <translation>The report was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="307"/>
        <source>Không ký số được báo cáo</source>
        <translation>The report could not be signed</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="281"/>
        <source>Lưu báo cáo đã ký</source>
        <translation>Save the signed report</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="298"/>
        <source>Đã ký số báo cáo</source>
        <translation>Report signed</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="299"/>
        <source>Đã lưu báo cáo đã ký số vào {path}.</source>
        <translation>The signed report was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="306"/>
        <source>Đang ký số báo cáo…</source>
        <translation>Signing the report…</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="320"/>
        <source>Lưu báo cáo Word</source>
        <translation>Save the Word report</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="322"/>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="325"/>
        <source>Đã lưu báo cáo Word</source>
        <translation>Word report saved</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="323"/>
        <source>Đang tạo báo cáo Word…</source>
        <translation>Creating the Word report…</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="76"/>
        <source>Ký số báo cáo PDF bằng tệp chứng thư số (.p12/.pfx) hoặc USB token rồi lưu.</source>
        <translation>Digitally sign the PDF report with a certificate file (.p12/.pfx) or a USB token, then save it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="324"/>
        <source>Không tạo được báo cáo Word</source>
        <translation>Could not create the Word report</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="337"/>
        <source>Lưu báo cáo Excel</source>
        <translation>Save Excel report</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="339"/>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="342"/>
        <source>Đã lưu báo cáo Excel</source>
        <translation>Excel report saved</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="343"/>
        <source>Đã lưu sổ tính vào {path}.</source>
        <translation>The workbook was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="340"/>
        <source>Đang tạo báo cáo Excel…</source>
        <translation>Creating the Excel report…</translation>
    </message>
    <message>
        <location filename="../../ui/common/reports_page.py" line="341"/>
        <source>Không tạo được báo cáo Excel</source>
        <translation>Could not create the Excel report</translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="164"/>
        <source>Thu hồi khóa của đơn vị</source>
        <translation>Revoke the unit&apos;s key</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="170"/>
        <source>Sau khi thu hồi, mọi gói ký bằng khóa này đều bị từ chối cho đến khi Trung tâm đăng ký khóa mới của đơn vị. Dùng khi máy tính của đơn vị bị mất, bị đánh cắp hoặc khóa có thể đã lộ.</source>
        <translation>Once revoked, every package signed with this key is rejected until the Centre registers the unit&apos;s new key. Use this when the unit&apos;s computer was lost or stolen, or the key may have leaked.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="178"/>
        <source>Lý do thu hồi</source>
        <translation>Reason for the revocation</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="180"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/key_dialogs.py" line="182"/>
        <source>Thu hồi khóa</source>
        <translation>Revoke key</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="44"/>
        <source>Chào mừng đến với CĐS Desktop</source>
        <translation>Welcome to CĐS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="47"/>
        <source>Chương trình ghi nhận các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia và gửi báo cáo về Bộ. Trước hết, hãy cho biết máy này dùng cho ai.</source>
        <translation>This program records the activities for National Digital Transformation Day and reports them to the Ministry. First, tell us who uses this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="51"/>
        <source>Đơn vị báo cáo (cơ quan, đơn vị thuộc Bộ, Sở)</source>
        <translation>A reporting unit (Ministry unit or provincial department)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="53"/>
        <source>Trung tâm tổng hợp của Bộ (tiếp nhận gói dữ liệu của các đơn vị)</source>
        <translation>The Ministry&apos;s IT Centre (receives the units&apos; packages)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="60"/>
        <source>Dữ liệu sẽ được lưu trong thư mục: {folder}</source>
        <translation>The data will be kept in the folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="66"/>
        <source>Máy mới thay cho máy cũ bị hỏng? Nếu đơn vị có bản sao lưu đầy đủ (tệp .cdsbackup, thường trên USB), hãy khôi phục từ đó: dữ liệu, tệp minh chứng và khóa ký đều trở lại.</source>
        <translation>A new computer replacing a broken one? If the unit has a full backup (a .cdsbackup file, usually on a USB stick), restore from it: the data, evidence files and signing key all come back.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="72"/>
        <source>Khôi phục từ bản sao lưu đầy đủ…</source>
        <translation>Restore from a full backup…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/common/settings_page.py" line="50"/>
        <source>Giao diện</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="52"/>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="55"/>
        <source>Thông tin trên báo cáo</source>
        <translation>Report header and signature</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="59"/>
        <source>Cơ quan chủ quản:</source>
        <translation>Governing body:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="60"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="61"/>
        <source>Số văn bản:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="62"/>
        <source>Ký hiệu (sau BC-):</source>
        <translation>Symbol (after BC-):</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="63"/>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="64"/>
        <source>Trích yếu:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="65"/>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="66"/>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="67"/>
        <source>Chức vụ (dòng 2):</source>
        <translation>Title (second line):</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="68"/>
        <source>Họ tên người ký:</source>
        <translation>Signer&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="69"/>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Recipients (one per line):</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="70"/>
        <source>Đơn vị soạn thảo (sau «Lưu: VT,»):</source>
        <translation>Drafting unit (after «Lưu: VT,»):</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="71"/>
        <source>Tồn tại, hạn chế:</source>
        <translation>Shortcomings:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="72"/>
        <source>Nhiệm vụ, kiến nghị:</source>
        <translation>Next steps, proposals:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="81"/>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="89"/>
        <source>Lưu thông tin báo cáo</source>
        <translation>Save report settings</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="97"/>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="103"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="102"/>
        <location filename="../../ui/common/settings_page.py" line="110"/>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="115"/>
        <source>Mã nhận dạng khóa:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="119"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="124"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="150"/>
        <source>Khóa của Trung tâm</source>
        <translation>IT Centre key</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="159"/>
        <source>Mã khóa:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="166"/>
        <source>Trung tâm ký biên nhận và kế hoạch gửi các đơn vị bằng khóa này. Hãy đọc mã khóa cho các đơn vị qua điện thoại hoặc gửi phiếu mã khóa: lần đầu nhập tệp của Trung tâm, đơn vị phải xác nhận đúng mã này.</source>
        <translation>The Centre signs the receipts and plans it sends to units with this key. Read the fingerprint out to the units by phone or send them the key sheet: the first time a unit imports a file from the Centre, it must confirm exactly this fingerprint.</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="171"/>
        <source>Lưu phiếu mã khóa (PDF)…</source>
        <translation>Save the key sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="181"/>
        <source>Mã khóa của Trung tâm mà đơn vị đã xác nhận (qua điện thoại) khi nhập tệp đầu tiên của Trung tâm. Mọi biên nhận và kế hoạch sau đó phải được ký bằng đúng khóa này.</source>
        <translation>The IT Centre&apos;s key fingerprint this unit confirmed (by phone) when it imported the Centre&apos;s first file. Every later receipt and plan must be signed with exactly this key.</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="199"/>
        <source>(chưa xác nhận)</source>
        <translation>(not confirmed yet)</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="218"/>
        <source>Lưu phiếu mã khóa</source>
        <translation>Save the key sheet</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="218"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="231"/>
        <source>Đã lưu phiếu mã khóa</source>
        <translation>Key sheet saved</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="232"/>
        <source>Đã lưu phiếu vào {path}.</source>
        <translation>The sheet was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="234"/>
        <source>Không lưu được phiếu mã khóa</source>
        <translation>Could not save the key sheet</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="274"/>
        <source>Không lưu được thông tin báo cáo</source>
        <translation>Could not save the report settings</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="276"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_page.py" line="276"/>
        <source>Đã lưu thông tin báo cáo.</source>
        <translation>The report settings were saved.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="317"/>
        <source>Thiết lập ban đầu</source>
        <translation>First-time setup</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="64"/>
        <source>Ký số báo cáo</source>
        <translation>Sign the report</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="67"/>
        <source>Ký với tư cách</source>
        <translation>Sign as</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="69"/>
        <source>Người ký: chữ ký số của người có thẩm quyền, tại vị trí ký</source>
        <translation>Signer: the competent person&apos;s digital signature, at the signer&apos;s place</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="72"/>
        <source>Cơ quan ban hành: chữ ký số của cơ quan, trên vị trí đóng dấu</source>
        <translation>Issuing body: the body&apos;s digital signature, over the seal&apos;s place</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="83"/>
        <source>(báo cáo đang xem trước)</source>
        <translation>(the previewed report)</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="84"/>
        <source>Tệp báo cáo PDF cần ký</source>
        <translation>Report PDF to sign</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="87"/>
        <source>Để trống để ký báo cáo đang xem trước. Văn thư đóng dấu số chọn ở đây báo cáo lãnh đạo đã ký.</source>
        <translation>Leave empty to sign the previewed report. To add the body&apos;s signature, the clerk chooses here the report the head has signed.</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="91"/>
        <source>Chọn báo cáo…</source>
        <translation>Choose report…</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="95"/>
        <source>Tệp chứng thư số (.p12/.pfx)</source>
        <translation>Certificate file (.p12/.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="96"/>
        <source>USB token (PKCS#11)</source>
        <translation>USB token (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="97"/>
        <source>Ký bằng</source>
        <translation>Sign with</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="100"/>
        <source>Tệp chứng thư số</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="101"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="105"/>
        <source>Mật khẩu chứng thư số</source>
        <translation>Certificate passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="107"/>
        <source>Thư viện PKCS#11 của USB token</source>
        <translation>The USB token&apos;s PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="109"/>
        <source>Tệp .dll trong bộ cài trình điều khiển của USB token (thường ở System32)</source>
        <translation>The .dll installed with the USB token&apos;s driver (usually in System32)</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="111"/>
        <source>Chọn thư viện…</source>
        <translation>Choose library…</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="114"/>
        <source>USB token</source>
        <translation>USB token</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="115"/>
        <source>Tìm USB token</source>
        <translation>Find USB tokens</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="119"/>
        <source>Mã PIN của USB token</source>
        <translation>USB token PIN</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="121"/>
        <source>Khóa trên USB token</source>
        <translation>Key on the USB token</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="122"/>
        <source>Đọc khóa</source>
        <translation>Read keys</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="123"/>
        <source>Liệt kê các khóa và chứng thư số trên USB token</source>
        <translation>List the keys and certificates on the USB token</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="126"/>
        <source>Ảnh chữ ký hoặc con dấu</source>
        <translation>Signature or seal image</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="127"/>
        <source>Chọn ảnh PNG…</source>
        <translation>Choose PNG image…</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="132"/>
        <source>Báo cáo:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="133"/>
        <source>Ký bằng:</source>
        <translation>Sign with:</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="138"/>
        <source>Tệp chứng thư số:</source>
        <translation>Certificate file:</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="139"/>
        <source>Mật khẩu:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="146"/>
        <source>Thư viện PKCS#11:</source>
        <translation>PKCS#11 library:</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="147"/>
        <source>USB token:</source>
        <translation>USB token:</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="148"/>
        <source>Mã PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="149"/>
        <source>Khóa:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="153"/>
        <location filename="../../ui/common/sign_dialog.py" line="208"/>
        <source>Ảnh chữ ký (PNG):</source>
        <translation>Signature image (PNG):</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="153"/>
        <location filename="../../ui/common/sign_dialog.py" line="208"/>
        <source>Ảnh con dấu (PNG):</source>
        <translation>Seal image (PNG):</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="161"/>
        <source>Ký số</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="211"/>
        <source>(không bắt buộc; không có ảnh thì ghi tên cơ quan và thời gian ký)</source>
        <translation>(optional; without an image the body&apos;s name and the signing time are written)</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="213"/>
        <source>(không bắt buộc; không có ảnh thì ghi họ tên, cơ quan, thời gian ký)</source>
        <translation>(optional; without an image the name, organisation and signing time are written)</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="230"/>
        <source>Chọn báo cáo PDF cần ký</source>
        <translation>Choose the report PDF to sign</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="230"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="237"/>
        <source>Chọn tệp chứng thư số</source>
        <translation>Choose the certificate file</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="239"/>
        <source>Chứng thư số (*.p12 *.pfx);;Mọi tệp (*)</source>
        <translation>Certificates (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="247"/>
        <source>Chọn thư viện PKCS#11 của USB token (trong bộ cài trình điều khiển)</source>
        <translation>Choose the USB token’s PKCS#11 library (installed with its driver)</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="249"/>
        <source>Thư viện PKCS#11 (*.dll *.so *.dylib);;Mọi tệp (*)</source>
        <translation>PKCS#11 libraries (*.dll *.so *.dylib);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="258"/>
        <source>Chọn ảnh con dấu</source>
        <translation>Choose the seal image</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="258"/>
        <source>Chọn ảnh chữ ký</source>
        <translation>Choose the signature image</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="260"/>
        <source>Ảnh PNG (*.png);;Ảnh (*.png *.jpg *.jpeg);;Mọi tệp (*)</source>
        <translation>PNG images (*.png);;Images (*.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="294"/>
        <source>Không thấy USB token nào; hãy cắm USB token rồi bấm «Tìm USB token».</source>
        <translation>No USB token found; plug in the USB token and click “Find USB tokens”.</translation>
    </message>
    <message>
        <location filename="../../ui/common/sign_dialog.py" line="317"/>
        <source>USB token không có khóa nào có tên để ký.</source>
        <translation>The USB token holds no named key to sign with.</translation>
    </message>
</context>
<context>
    <name>SignatureMarks</name>
    <message>
        <location filename="../../ui/centre/master_page.py" line="225"/>
        <source>Chữ ký số: đang kiểm tra…</source>
        <translation>Digital signature: checking…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="227"/>
        <source>Chữ ký số: chưa ký số</source>
        <translation>Digital signature: not signed</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="230"/>
        <source>tệp không có trong kho minh chứng</source>
        <translation>the file is not in the evidence store</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="231"/>
        <source>tệp quá lớn, không kiểm tra</source>
        <translation>file too large, not checked</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="232"/>
        <source>không phải tệp PDF</source>
        <translation>not a PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="233"/>
        <source>kiểm tra quá lâu, đã dừng</source>
        <translation>checking took too long and was stopped</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="235"/>
        <source>tệp PDF bị hỏng</source>
        <translation>damaged PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="236"/>
        <source>Chữ ký số: không đọc được ({reason})</source>
        <translation>Digital signature: unreadable ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="239"/>
        <source>✘ Có chữ ký số của {signers} nhưng tệp đã bị sửa sau khi ký</source>
        <translation>✘ Signed by {signers}, but the file was changed after signing</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="243"/>
        <source>✔ Đã ký số bởi {signers}; nguyên vẹn; chứng thư số tin cậy</source>
        <translation>✔ Digitally signed by {signers}; intact; certificate trusted</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="247"/>
        <source>✔ Đã ký số bởi {signers}; nguyên vẹn; chứng thư số chưa được tin cậy (không dẫn tới chứng thư gốc nào trong thư mục trust-roots)</source>
        <translation>✔ Digitally signed by {signers}; intact; certificate not trusted (it leads to no root certificate in the trust-roots folder)</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="252"/>
        <source>(không rõ tên)</source>
        <translation>(name unknown)</translation>
    </message>
    <message>
        <location filename="../../ui/centre/master_page.py" line="257"/>
        <source>lúc {time}</source>
        <translation>at {time}</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/app.py" line="141"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening the data…</translation>
    </message>
</context>
<context>
    <name>TargetTable</name>
    <message>
        <location filename="../../ui/common/target_table.py" line="54"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="55"/>
        <source>Nhóm đơn vị</source>
        <translation>Unit group</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="56"/>
        <source>Chỉ tiêu cho</source>
        <translation>Target for</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="59"/>
        <source>Đơn vị hoặc nhóm</source>
        <translation>Unit or group</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="65"/>
        <source>Số hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="65"/>
        <source>Số người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="65"/>
        <location filename="../../ui/common/target_table.py" line="86"/>
        <source>Lượt tiếp cận</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="72"/>
        <source>Đặt chỉ tiêu</source>
        <translation>Set target</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="74"/>
        <source>Bỏ chỉ tiêu</source>
        <translation>Remove target</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="79"/>
        <source>Chỉ tiêu riêng của đơn vị, nhóm đơn vị</source>
        <translation>Targets of units and unit groups</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="82"/>
        <source>Phạm vi</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="83"/>
        <source>Đơn vị, nhóm</source>
        <translation>Unit, group</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="84"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="85"/>
        <source>Người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="104"/>
        <source>hoạt động</source>
        <translation>activities</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="104"/>
        <source>người</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../ui/common/target_table.py" line="104"/>
        <source>lượt</source>
        <translation>reach</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/common/tasks.py" line="182"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/common/tasks.py" line="211"/>
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TrustPrompt</name>
    <message>
        <location filename="../../ui/centre/trust_prompt.py" line="48"/>
        <source>Khóa ký chưa được đăng ký</source>
        <translation>Signing key not registered</translation>
    </message>
    <message>
        <location filename="../../ui/centre/trust_prompt.py" line="54"/>
        <source>Gói dữ liệu của đơn vị dưới đây được ký bằng một khóa mà Trung tâm chưa đăng ký.</source>
        <translation>The package of the unit below is signed with a key the Centre has not registered.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/trust_prompt.py" line="64"/>
        <source>Đơn vị này chưa có trong danh sách; nếu tin cậy, đơn vị sẽ được thêm vào.</source>
        <translation>This unit is not in the unit list yet; if you trust it, it will be added.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/trust_prompt.py" line="71"/>
        <source>Gọi điện cho cán bộ của đơn vị (theo số điện thoại Trung tâm đã có, không dùng số ghi trong thư gửi kèm gói) và đề nghị đọc mã nhận dạng khóa trong «Cài đặt» của chương trình. Chỉ bấm «Tin cậy khóa này» khi cả 20 ký tự trùng khớp. Nếu khác, bấm «Từ chối»: gói sẽ không được nhập.</source>
        <translation>Phone the unit&apos;s officer (on a number the Centre already has, not one given with the package) and ask them to read out the key fingerprint shown under &quot;Settings&quot; in their program. Press &quot;Trust this key&quot; only if all 20 characters match. If not, press &quot;Reject&quot;: the package is not imported.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/trust_prompt.py" line="79"/>
        <source>Tin cậy khóa này</source>
        <translation>Trust this key</translation>
    </message>
    <message>
        <location filename="../../ui/centre/trust_prompt.py" line="79"/>
        <source>Từ chối</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/centre/unit_dialogs.py" line="29"/>
        <source>Sửa đơn vị</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre/unit_dialogs.py" line="29"/>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre/unit_dialogs.py" line="31"/>
        <source>ví dụ: SO-HNI</source>
        <translation>e.g. SO-HNI</translation>
    </message>
    <message>
        <location filename="../../ui/centre/unit_dialogs.py" line="46"/>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/unit_dialogs.py" line="47"/>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/unit_dialogs.py" line="48"/>
        <source>Nhóm:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../ui/centre/unit_dialogs.py" line="49"/>
        <source>Thứ tự trong báo cáo:</source>
        <translation>Order in reports:</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="93"/>
        <source>Đơn vị của bạn</source>
        <translation>Your unit</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="96"/>
        <source>Tìm đơn vị trong danh mục (gõ không dấu cũng được), hoặc nhập mã và tên nếu đơn vị chưa có trong danh mục.</source>
        <translation>Find your unit in the catalog (accents optional), or type its code and name if it is not listed.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="101"/>
        <source>Tạo khóa và hồ sơ</source>
        <translation>Create key and profile</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="103"/>
        <source>Tìm đơn vị, ví dụ: van hoa ha noi</source>
        <translation>Search units, e.g. van hoa ha noi</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="106"/>
        <source>Danh mục đơn vị</source>
        <translation>Unit catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="114"/>
        <source>ví dụ: SO-HNI</source>
        <translation>e.g. SO-HNI</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="116"/>
        <source>ví dụ: Sở Văn hóa và Thể thao Hà Nội</source>
        <translation>e.g. Sở Văn hóa và Thể thao Hà Nội</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="123"/>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="125"/>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="180"/>
        <source>Mã gồm 2–32 chữ cái không dấu, chữ số, &apos;-&apos; hoặc &apos;_&apos;, ví dụ SO-HNI.</source>
        <translation>The code has 2–32 letters A–Z, digits, &apos;-&apos; or &apos;_&apos;, e.g. SO-HNI.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="182"/>
        <source>Hãy nhập tên đơn vị (tối đa 300 ký tự).</source>
        <translation>Enter the unit&apos;s name (at most 300 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="190"/>
        <source>Đang tạo khóa ký và hồ sơ dữ liệu…</source>
        <translation>Creating the signing key and the profile…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="205"/>
        <source>Không tạo được hồ sơ</source>
        <translation>Could not create the profile</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../ui/centre/units_model.py" line="81"/>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_model.py" line="82"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_model.py" line="83"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_model.py" line="84"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_model.py" line="85"/>
        <source>Mã nhận dạng khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_model.py" line="86"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_model.py" line="87"/>
        <source>Gói cuối</source>
        <translation>Last package no.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_model.py" line="88"/>
        <source>Nhập lúc</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_model.py" line="89"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_model.py" line="153"/>
        <source>Trung tâm (máy này)</source>
        <translation>Centre (this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_model.py" line="155"/>
        <source>Đã gửi</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_model.py" line="156"/>
        <source>Chưa gửi</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_model.py" line="175"/>
        <source>chưa đăng ký</source>
        <translation>not registered</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../ui/centre/units_page.py" line="66"/>
        <source>Đơn vị và tình hình gửi báo cáo</source>
        <translation>Units and submission status</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="68"/>
        <source>Thêm đơn vị…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="69"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="70"/>
        <source>Đăng ký khóa…</source>
        <translation>Register key…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="72"/>
        <source>Thay khóa…</source>
        <translation>Replace key…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="74"/>
        <source>Đơn vị dùng máy tính mới hoặc đã cài lại máy: đăng ký khóa mới thay khóa cũ</source>
        <translation>The unit uses a new or reinstalled computer: register its new key in place of the old one</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="76"/>
        <source>Thu hồi khóa…</source>
        <translation>Revoke key…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="77"/>
        <source>Lịch sử khóa…</source>
        <translation>Key history…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="78"/>
        <source>Xuất danh sách chưa gửi (Excel)…</source>
        <translation>Export the not-reported list (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="96"/>
        <source>Xuất dữ liệu cho đơn vị…</source>
        <translation>Export data for the unit…</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="98"/>
        <source>Dữ liệu của đơn vị như Trung tâm đang lưu, để đơn vị mất máy nạp lại</source>
        <translation>The unit&apos;s data as the Centre holds it, for a unit that lost its computer to load</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="105"/>
        <source>Tìm theo mã, tên đơn vị… (gõ không dấu cũng được)</source>
        <translation>Search code, unit name… (accents optional)</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="107"/>
        <source>Chỉ hiện đơn vị chưa gửi báo cáo</source>
        <translation>Only units that have not reported</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="116"/>
        <source>Danh sách đơn vị</source>
        <translation>Unit list</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="162"/>
        <source>Không đọc được danh sách đơn vị</source>
        <translation>Could not read the unit list</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="177"/>
        <source>Đã gửi báo cáo: {reported} / {expected} đơn vị · chưa gửi: {missing}</source>
        <translation>Reported: {reported} of {expected} units · not yet: {missing}</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="180"/>
        <source>đang hiện {n} đơn vị</source>
        <translation>showing {n} units</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="225"/>
        <source>Không thêm được đơn vị</source>
        <translation>Could not add the unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="244"/>
        <source>Không sửa được đơn vị</source>
        <translation>Could not change the unit</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="260"/>
        <source>Không đăng ký được khóa</source>
        <translation>Could not register the key</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="265"/>
        <source>Đã đăng ký khóa</source>
        <translation>Key registered</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="266"/>
        <source>Đã đăng ký khóa {key} cho đơn vị {unit}.</source>
        <translation>Key {key} registered for unit {unit}.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="286"/>
        <source>Không thay được khóa</source>
        <translation>Could not replace the key</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="291"/>
        <source>Đã thay khóa</source>
        <translation>Key replaced</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="293"/>
        <source>Từ nay Trung tâm chỉ nhận các gói của đơn vị {unit} ký bằng khóa {key}; các gói ký bằng khóa cũ sẽ bị từ chối.</source>
        <translation>From now on the Centre accepts only packages of unit {unit} signed with the key {key}; packages signed with the old key are rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="310"/>
        <source>Không thu hồi được khóa</source>
        <translation>Could not revoke the key</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="315"/>
        <source>Đã thu hồi khóa</source>
        <translation>Key revoked</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="317"/>
        <source>Khóa {key} của đơn vị {unit} đã bị thu hồi. Khi đơn vị có khóa mới, hãy đối chiếu qua điện thoại rồi bấm «Đăng ký khóa…».</source>
        <translation>The key {key} of unit {unit} is revoked. When the unit has a new key, compare it by phone, then click “Register key…”.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="327"/>
        <source>Chưa có gì bị thay đổi.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="338"/>
        <source>Không đọc được lịch sử khóa</source>
        <translation>Could not read the key history</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="352"/>
        <source>Lưu danh sách đơn vị chưa gửi báo cáo</source>
        <translation>Save the list of units that have not reported</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="354"/>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="372"/>
        <source>Đã lưu danh sách</source>
        <translation>List saved</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="373"/>
        <source>Đã lưu {n} đơn vị chưa gửi báo cáo vào {path}.</source>
        <translation>Saved {n} units that have not reported to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/centre/units_page.py" line="375"/>
        <source>Không lưu được danh sách</source>
        <translation>Could not save the list</translation>
    </message>
</context>
<context>
    <name>UseCard</name>
    <message numerus="yes">
        <location filename="../../ui/centre/duplicates_view.py" line="101"/>
        <source>Khác %n bit so với ảnh đầu</source>
        <translation>
            <numerusform>%n bit away from the first photo</numerusform>
            <numerusform>%n bits away from the first photo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/centre/duplicates_view.py" line="117"/>
        <source>Không có ảnh xem trước</source>
        <translation>No preview</translation>
    </message>
</context>
</TS>
