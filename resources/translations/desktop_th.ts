<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desktop/ui/people/add_user_dialog.py" line="38"/>
        <source>Add a user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/add_user_dialog.py" line="42"/>
        <source>Clerk</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/add_user_dialog.py" line="43"/>
        <source>Supervisor</source>
        <translation>ผู้ควบคุม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/add_user_dialog.py" line="47"/>
        <source>Without a password the user logs in by name alone.</source>
        <translation>ถ้าไม่ตั้งรหัสผ่าน ผู้ใช้เข้าระบบด้วยชื่ออย่างเดียว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/add_user_dialog.py" line="49"/>
        <source>&amp;Add user</source>
        <translation>เพิ่มผู้ใช้ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/add_user_dialog.py" line="50"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/add_user_dialog.py" line="53"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/add_user_dialog.py" line="54"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/add_user_dialog.py" line="55"/>
        <source>Password (optional)</source>
        <translation>รหัสผ่าน (ไม่บังคับ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/add_user_dialog.py" line="56"/>
        <source>Password again</source>
        <translation>รหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/add_user_dialog.py" line="71"/>
        <source>The two passwords are not the same.</source>
        <translation>รหัสผ่านสองช่องไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="36"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="41"/>
        <source>— subdistrict —</source>
        <translation>— ตำบล —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="45"/>
        <source>New village…</source>
        <translation>เพิ่มหมู่บ้าน…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="49"/>
        <source>Moo </source>
        <translation>หมู่ที่ </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="51"/>
        <source>Village name, e.g. บ้านหนองนา</source>
        <translation>ชื่อหมู่บ้าน เช่น บ้านหนองนา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="52"/>
        <source>Add village</source>
        <translation>เพิ่มหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="63"/>
        <source>11 digits, if the house has one</source>
        <translation>11 หลัก (ถ้ามี)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="67"/>
        <source>Holds a state welfare card</source>
        <translation>มีบัตรสวัสดิการแห่งรัฐ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="68"/>
        <source>Registered for the welfare card</source>
        <translation>ลงทะเบียนบัตรสวัสดิการแห่งรัฐ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="88"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="90"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="92"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="94"/>
        <source>House code</source>
        <translation>รหัสบ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="96"/>
        <source>Source list</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="159"/>
        <source>— village —</source>
        <translation>— หมู่บ้าน —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="164"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ที่ {moo} {name}</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="49"/>
        <source>Agencies</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="54"/>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="72"/>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="165"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="54"/>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="54"/>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="74"/>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="167"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="54"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="67"/>
        <source>&amp;New agency</source>
        <translation>เพิ่มหน่วยงาน (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="68"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="69"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="70"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="73"/>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="166"/>
        <source>Agency name</source>
        <translation>ชื่อหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="75"/>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="168"/>
        <source>Contact</source>
        <translation>ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="102"/>
        <source>— kind —</source>
        <translation>— ประเภทหน่วยงาน —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="186"/>
        <source>Delete agency</source>
        <translation>ลบหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/agencies_dialog.py" line="187"/>
        <source>Delete agency {name}?</source>
        <translation>ลบหน่วยงาน {name} หรือไม่</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../../desktop/ui/projects/area_picker.py" line="20"/>
        <source>Subdistrict / village</source>
        <translation>ตำบล / หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/area_picker.py" line="25"/>
        <source>Subdistrict {name}</source>
        <translation>ตำบล{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/area_picker.py" line="33"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ที่ {moo} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/area_picker.py" line="43"/>
        <source>Tick a subdistrict for all of it, or open it and tick single villages. Space ticks the current line.</source>
        <translation>ติ๊กตำบลเมื่อทำทั้งตำบล หรือเปิดตำบลแล้วติ๊กเฉพาะหมู่บ้าน กดเว้นวรรคเพื่อติ๊กบรรทัดที่เลือก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/area_picker.py" line="104"/>
        <source>{whole} whole subdistricts and {villages} single villages</source>
        <translation>ทั้งตำบล {whole} ตำบล และรายหมู่บ้าน {villages} หมู่บ้าน</translation>
    </message>
</context>
<context>
    <name>AssistancePage</name>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="52"/>
        <source>Assistance</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="54"/>
        <source>&amp;Record assistance…</source>
        <translation>บันทึกการช่วยเหลือ… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="55"/>
        <source>Correct…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="56"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="66"/>
        <source>Search: household, head&apos;s name, project</source>
        <translation>ค้นหา: รหัสครัวเรือน ชื่อหัวหน้าครัวเรือน หรือโครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="73"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="74"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="75"/>
        <source>Head</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="76"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="77"/>
        <source>Project or agency</source>
        <translation>โครงการหรือหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="78"/>
        <source>Help</source>
        <translation>ความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="79"/>
        <source>Dimension</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="80"/>
        <source>Baht</source>
        <translation>บาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="132"/>
        <source>All fiscal years</source>
        <translation>ทุกปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="134"/>
        <source>Fiscal year {year}</source>
        <translation>ปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="136"/>
        <source>All projects</source>
        <translation>ทุกโครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="140"/>
        <source>All subdistricts</source>
        <translation>ทุกตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="144"/>
        <source>Any type of help</source>
        <translation>ทุกประเภทความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="187"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ที่ {moo} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="201"/>
        <source>{count} records · {households} baht in all</source>
        <translation>{count} รายการ · รวม {households} บาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/assistance_page.py" line="205"/>
        <source>showing the latest {shown}</source>
        <translation>แสดงล่าสุด {shown} รายการ</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../../desktop/ui/audit/audit_export.py" line="52"/>
        <source>Export the change log</source>
        <translation>ส่งออกประวัติการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_export.py" line="65"/>
        <source>Exporting the change log…</source>
        <translation>กำลังส่งออกประวัติการแก้ไข…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_export.py" line="65"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_export.py" line="100"/>
        <source>Exported {rows} changes to {path}</source>
        <translation>ส่งออก {rows} รายการแล้วที่ {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_export.py" line="108"/>
        <source>Export cancelled; no file was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีการเขียนแฟ้ม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_export.py" line="112"/>
        <source>The change log could not be written to {path}: {reason}. Choose another folder or free some disk space.</source>
        <translation>เขียนประวัติการแก้ไขที่ {path} ไม่ได้: {reason} เลือกโฟลเดอร์อื่นหรือเพิ่มพื้นที่ว่างในดิสก์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_export.py" line="116"/>
        <source>The export failed: {reason}</source>
        <translation>ส่งออกไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_export.py" line="118"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="62"/>
        <source>Change log</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="74"/>
        <source>Search: field, old or new value, user</source>
        <translation>ค้นหา: ชื่อข้อมูล ค่าเดิมหรือค่าใหม่ ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="80"/>
        <source>Show all</source>
        <translation>แสดงทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="81"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="86"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="87"/>
        <location filename="../../desktop/ui/audit/audit_page.py" line="112"/>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="88"/>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="89"/>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="90"/>
        <source>Field</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="91"/>
        <source>Old → new</source>
        <translation>ค่าเดิม → ค่าใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="102"/>
        <source>Previous</source>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="103"/>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="114"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="116"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="118"/>
        <source>Kind of record</source>
        <translation>ประเภทรายการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="175"/>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="179"/>
        <source>Every kind</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="275"/>
        <source>{count} changes of this record</source>
        <translation>รายการนี้แก้ไข {count} ครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="279"/>
        <source>No change matches.</source>
        <translation>ไม่พบการแก้ไขที่ตรงเงื่อนไข</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="281"/>
        <source>rows {first}–{last} of {total}</source>
        <translation>แถว {first}–{last} จาก {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="302"/>
        <source>History of {record}</source>
        <translation>ประวัติของ {record}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/audit_page.py" line="319"/>
        <source>Show all to export the filtered list</source>
        <translation>กดแสดงทั้งหมดก่อนเพื่อส่งออกรายการที่กรอง</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="60"/>
        <source>Backups</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="68"/>
        <source>Kept automatically in {folder}: on closing and once a day, the last 10 and one per month.</source>
        <translation>สำรองอัตโนมัติไว้ที่ {folder} เมื่อปิดโปรแกรมและวันละครั้ง เก็บ 10 ชุดล่าสุดและเดือนละหนึ่งชุด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="75"/>
        <source>Taken</source>
        <translation>วันเวลาที่สำรอง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="75"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="75"/>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="75"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="76"/>
        <source>Checked</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="83"/>
        <source>Back up now to a folder…</source>
        <translation>สำรองข้อมูลตอนนี้ไปที่โฟลเดอร์…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="84"/>
        <source>Restore the chosen backup…</source>
        <translation>กู้คืนจากชุดที่เลือก…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="85"/>
        <source>Restore from a file…</source>
        <translation>กู้คืนจากแฟ้ม…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="116"/>
        <source>on closing</source>
        <translation>เมื่อปิดโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="117"/>
        <source>daily</source>
        <translation>รายวัน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="118"/>
        <source>by hand</source>
        <translation>สำรองเอง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="119"/>
        <source>before a restore</source>
        <translation>ก่อนกู้คืน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="127"/>
        <source>readable</source>
        <translation>อ่านได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="127"/>
        <source>damaged</source>
        <translation>เสียหาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="136"/>
        <source>Back up to which folder?</source>
        <translation>สำรองข้อมูลไปที่โฟลเดอร์ใด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="142"/>
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="142"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="163"/>
        <source>Backed up to {path}</source>
        <translation>สำรองข้อมูลแล้วที่ {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="170"/>
        <source>Back up</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="188"/>
        <source>Restore from which backup?</source>
        <translation>กู้คืนจากแฟ้มสำรองใด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="197"/>
        <location filename="../../desktop/ui/backup_panel.py" line="211"/>
        <source>Restore</source>
        <translation>กู้คืนข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_panel.py" line="201"/>
        <source>Restore the backup taken {when}? It holds {households} households, {members} members, {projects} projects and {assistance} assistance records. The current data is backed up first, then replaced; the window opens again.</source>
        <translation>กู้คืนข้อมูลที่สำรองเมื่อ {when} หรือไม่ ชุดนี้มี {households} ครัวเรือน สมาชิก {members} คน {projects} โครงการ และการช่วยเหลือ {assistance} ครั้ง ข้อมูลปัจจุบันจะถูกสำรองไว้ก่อนแล้วจึงแทนที่ จากนั้นหน้าต่างจะเปิดใหม่</translation>
    </message>
</context>
<context>
    <name>CaseFiguresSection</name>
    <message>
        <location filename="../../desktop/ui/dashboard/case_table.py" line="91"/>
        <source>Current plans: {plans} · households in survival with a current plan: {planned} of {survival} ({percent} %)</source>
        <translation>แผนพัฒนาที่ใช้อยู่ {plans} แผน · ครัวเรือนระดับอยู่รอดที่มีแผน {planned} จาก {survival} ครัวเรือน (ร้อยละ {percent})</translation>
    </message>
</context>
<context>
    <name>CaseFiguresTable</name>
    <message>
        <location filename="../../desktop/ui/dashboard/case_table.py" line="28"/>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/case_table.py" line="29"/>
        <source>Visits</source>
        <translation>เยี่ยม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/case_table.py" line="29"/>
        <source>Moved up</source>
        <translation>เลื่อนระดับ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/case_table.py" line="31"/>
        <source>{what} Q{quarter}</source>
        <translation>{what}
ไตรมาส {quarter}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/case_table.py" line="33"/>
        <source>{what}, year</source>
        <translation>{what}
ทั้งปี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/case_table.py" line="42"/>
        <source>FY {year}</source>
        <translation>ปีงบ {year}</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="18"/>
        <source>Planned</source>
        <translation>ตามแผน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="19"/>
        <source>Under way</source>
        <translation>กำลังทำ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="20"/>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="21"/>
        <source>Dropped</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="28"/>
        <source>Plan title</source>
        <translation>ชื่อแผน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="29"/>
        <source>Date made</source>
        <translation>วันที่จัดทำ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="30"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="31"/>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="32"/>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="33"/>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="34"/>
        <source>Goal</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="35"/>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="36"/>
        <source>Responsible agency</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="39"/>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="40"/>
        <source>Due date</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="41"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="42"/>
        <source>Visit date</source>
        <translation>วันที่เยี่ยม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="43"/>
        <source>Visited by</source>
        <translation>ผู้เยี่ยม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="44"/>
        <source>Findings</source>
        <translation>สิ่งที่พบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="45"/>
        <location filename="../../desktop/ui/cases/case_text.py" line="46"/>
        <source>Indicators checked</source>
        <translation>ตัวชี้วัดที่ตรวจ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="47"/>
        <source>New stage</source>
        <translation>ระดับการพัฒนาใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="48"/>
        <source>Reason for the stage</source>
        <translation>เหตุผลของระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="49"/>
        <source>Next visit due</source>
        <translation>เยี่ยมครั้งต่อไป</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="50"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="51"/>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="61"/>
        <source>must be filled in</source>
        <translation>ต้องกรอก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="62"/>
        <source>is not one of the choices</source>
        <translation>ไม่อยู่ในรายการที่เลือกได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="65"/>
        <source>is in the future</source>
        <translation>เป็นวันในอนาคต</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="66"/>
        <source>is before {date}</source>
        <translation>อยู่ก่อนวันที่ {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="69"/>
        <source>is longer than {limit} characters</source>
        <translation>ยาวเกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="72"/>
        <source>a plan needs at least one problem</source>
        <translation>แผนต้องมีปัญหาอย่างน้อยหนึ่งข้อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="75"/>
        <source>belongs to another dimension</source>
        <translation>อยู่คนละมิติกับปัญหา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="78"/>
        <source>is already the problem of row {row}</source>
        <translation>ซ้ำกับปัญหาข้อ {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="81"/>
        <source>is answered twice</source>
        <translation>ตอบซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="84"/>
        <source>no indicator set covers survey year {year} yet — load one in Settings; no answer is saved for that year</source>
        <translation>ยังไม่มีชุดตัวชี้วัดสำหรับปีสำรวจ {year} — โหลดชุดตัวชี้วัดที่ ตั้งค่า จึงบันทึกผลตัวชี้วัดของปีนั้นไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="89"/>
        <source>no longer exists</source>
        <translation>ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="90"/>
        <source>belongs to another household</source>
        <translation>เป็นของครัวเรือนอื่น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="96"/>
        <source>Problem {row}</source>
        <translation>ปัญหาข้อ {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_text.py" line="98"/>
        <source>activity {row}</source>
        <translation>กิจกรรมที่ {row}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="185"/>
        <source>Change my password</source>
        <translation>เปลี่ยนรหัสผ่านของฉัน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="187"/>
        <source>Set the password of {name}</source>
        <translation>ตั้งรหัสผ่านของ {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="194"/>
        <source>Leave the new password empty to log in by name alone.</source>
        <translation>เว้นรหัสผ่านใหม่ว่างไว้ถ้าต้องการเข้าระบบด้วยชื่ออย่างเดียว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="196"/>
        <source>&amp;Save password</source>
        <translation>บันทึกรหัสผ่าน (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="197"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="200"/>
        <source>Current password</source>
        <translation>รหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="201"/>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="202"/>
        <source>New password again</source>
        <translation>รหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="219"/>
        <source>The two new passwords are not the same.</source>
        <translation>รหัสผ่านใหม่สองช่องไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>CodeListsEditor</name>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="46"/>
        <source>Code lists</source>
        <translation>รายการรหัส</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="54"/>
        <source>Umbrellas (OKR strategies)</source>
        <translation>ร่มยุทธศาสตร์ (OKR)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="55"/>
        <source>Types of assistance</source>
        <translation>ประเภทความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="56"/>
        <source>Budget sources</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="57"/>
        <source>Kinds of agency</source>
        <translation>ประเภทหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="63"/>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="86"/>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="225"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="63"/>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="87"/>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="226"/>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="63"/>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="88"/>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="227"/>
        <source>English name</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="63"/>
        <source>In use</source>
        <translation>ใช้อยู่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="78"/>
        <source>New entry</source>
        <translation>เพิ่มรายการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="79"/>
        <source>Save entry</source>
        <translation>บันทึกรายการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="80"/>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="155"/>
        <source>Retire</source>
        <translation>เลิกใช้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="81"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="82"/>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="83"/>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="135"/>
        <source>Retired: not offered for new records</source>
        <translation>เลิกใช้แล้ว: ไม่แสดงให้เลือกในรายการใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="155"/>
        <source>Bring back</source>
        <translation>นำกลับมาใช้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="159"/>
        <source>In use: retire it instead</source>
        <translation>มีการใช้อยู่: ใช้ปุ่มเลิกใช้แทน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="203"/>
        <source>Delete entry</source>
        <translation>ลบรายการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_lists_editor.py" line="204"/>
        <source>Delete {name} from the list?</source>
        <translation>ลบ {name} ออกจากรายการหรือไม่</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="53"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="54"/>
        <source>Welfare card (household)</source>
        <translation>บัตรสวัสดิการ (ครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="55"/>
        <source>Registered for welfare</source>
        <translation>ลงทะเบียนสวัสดิการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="56"/>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="57"/>
        <source>Reads and writes</source>
        <translation>อ่านออกเขียนได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="58"/>
        <source>Disability</source>
        <translation>พิการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="59"/>
        <source>Chronic illness</source>
        <translation>โรคเรื้อรัง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="60"/>
        <source>Bedridden</source>
        <translation>ติดเตียง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="61"/>
        <source>Welfare card</source>
        <translation>บัตรสวัสดิการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="62"/>
        <source>Lives here</source>
        <translation>อาศัยอยู่จริง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="63"/>
        <source>Answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="64"/>
        <source>Verified by</source>
        <translation>ผู้ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="65"/>
        <source>Verified on</source>
        <translation>วันที่ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="66"/>
        <source>Incomes</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="67"/>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="68"/>
        <source>Stage assessment</source>
        <translation>การประเมินระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="69"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="70"/>
        <source>Assessor</source>
        <translation>ผู้ประเมิน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="74"/>
        <source>Indicator {number}: {field}</source>
        <translation>ตัวชี้วัดข้อ {number}: {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="86"/>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="97"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="99"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="99"/>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="101"/>
        <source>(not answered)</source>
        <translation>(ยังไม่ตอบ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="103"/>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="103"/>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="125"/>
        <source>Compare my changes with theirs</source>
        <translation>เปรียบเทียบข้อมูลของฉันกับที่ผู้อื่นบันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="129"/>
        <source>These fields differ between your form and the household as {who} saved it. Tick the rows where your value should stay; the others take theirs.</source>
        <translation>ช่องเหล่านี้ในแบบฟอร์มของคุณต่างจากครัวเรือนที่ {who} บันทึกไว้ ติ๊กแถวที่ต้องการใช้ค่าของคุณ แถวที่ไม่ติ๊กจะใช้ค่าที่เขาบันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="137"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="138"/>
        <source>Mine (tick to keep)</source>
        <translation>ค่าของฉัน (ติ๊กเพื่อใช้)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="139"/>
        <source>Theirs ({who})</source>
        <translation>ค่าที่บันทึกแล้ว ({who})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="166"/>
        <source>Keep &amp;all mine</source>
        <translation>ใช้ค่าของฉันทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="167"/>
        <source>Take all &amp;theirs</source>
        <translation>ใช้ค่าของเขาทั้งหมด (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="168"/>
        <source>&amp;Save with these choices</source>
        <translation>บันทึกตามที่เลือก (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/compare_dialog.py" line="169"/>
        <source>Cancel (keep editing)</source>
        <translation>ยกเลิก (แก้ไขต่อ)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="53"/>
        <source>National IDs found in two districts</source>
        <translation>เลขประจำตัวประชาชนที่พบในสองอำเภอ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="61"/>
        <source>Show the resolved ones too</source>
        <translation>แสดงรายการที่ตัดสินแล้วด้วย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="64"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="65"/>
        <source>Kept the ID</source>
        <translation>ผู้ที่มีเลขนี้อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="66"/>
        <source>Imported without the ID</source>
        <translation>ผู้ที่นำเข้าโดยยังไม่ใส่เลข</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="67"/>
        <source>Found</source>
        <translation>พบเมื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="68"/>
        <source>Decision</source>
        <translation>การตัดสิน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="77"/>
        <source>Note for the decision (who confirmed it)</source>
        <translation>หมายเหตุการตัดสิน (ใครเป็นผู้ยืนยัน)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="78"/>
        <source>Open the household that kept it</source>
        <translation>เปิดครัวเรือนที่มีเลขอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="79"/>
        <source>Open the imported household</source>
        <translation>เปิดครัวเรือนที่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="80"/>
        <source>The ID is the first person&apos;s</source>
        <translation>เป็นเลขของผู้ที่มีอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="81"/>
        <source>The ID is the imported person&apos;s</source>
        <translation>เป็นเลขของผู้ที่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="112"/>
        <source>{count} open. A person named with the same national ID by two districts is never merged: say whose ID it is once the districts have checked.</source>
        <translation>รอตัดสิน {count} รายการ บุคคลที่สองอำเภอระบุเลขประจำตัวประชาชนเดียวกันจะไม่ถูกรวมกันเอง เมื่ออำเภอตรวจสอบแล้ว โปรดเลือกว่าเป็นเลขของผู้ใด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="116"/>
        <source>No open conflicts: every national ID is in one district only.</source>
        <translation>ไม่มีรายการรอตัดสิน เลขประจำตัวประชาชนทุกเลขอยู่ในอำเภอเดียว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="137"/>
        <source>Open</source>
        <translation>รอตัดสิน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="139"/>
        <source>The ID is {name}&apos;s ({by})</source>
        <translation>เป็นเลขของ {name} ({by})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="164"/>
        <source>National ID {id} is {keep}&apos;s (household {keep_key}).

{drop} will be removed from household {drop_key}. This is written in the change log under your name. Go on?</source>
        <translation>เลขประจำตัวประชาชน {id} เป็นของ {keep} (ครัวเรือน {keep_key})

{drop} จะถูกนำออกจากครัวเรือน {drop_key} และบันทึกในประวัติการแก้ไขในชื่อของคุณ ดำเนินการต่อหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="174"/>
        <source>Whose ID is it?</source>
        <translation>เป็นเลขของผู้ใด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/conflicts_panel.py" line="181"/>
        <source>Not changed</source>
        <translation>ไม่ได้เปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="12"/>
        <source>Survival</source>
        <translation>อยู่รอด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="13"/>
        <source>Sufficiency</source>
        <translation>พอเพียง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="14"/>
        <source>Sustainable</source>
        <translation>ยั่งยืน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="21"/>
        <source>Health</source>
        <translation>สุขภาพ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="22"/>
        <source>Living conditions</source>
        <translation>ความเป็นอยู่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="23"/>
        <source>Education</source>
        <translation>การศึกษา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="24"/>
        <source>Income</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="25"/>
        <source>Access to public services</source>
        <translation>การเข้าถึงบริการรัฐ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="33"/>
        <source>Health</source>
        <comment>short</comment>
        <translation>สุขภาพ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="34"/>
        <source>Living</source>
        <comment>short</comment>
        <translation>อยู่อาศัย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="35"/>
        <source>Education</source>
        <comment>short</comment>
        <translation>ศึกษา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="36"/>
        <source>Income</source>
        <comment>short</comment>
        <translation>รายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="37"/>
        <source>Services</source>
        <comment>short</comment>
        <translation>บริการรัฐ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="44"/>
        <source>Passed</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="45"/>
        <source>Failed</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="46"/>
        <source>Not applicable</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="56"/>
        <source>Planned</source>
        <translation>วางแผน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="57"/>
        <source>Running</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="58"/>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="59"/>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>DraftKeeping</name>
    <message>
        <location filename="../../desktop/ui/household_form/draft_keeping.py" line="86"/>
        <source>household {key}</source>
        <translation>ครัวเรือน {key}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/draft_keeping.py" line="88"/>
        <source>a new household</source>
        <translation>ครัวเรือนใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/draft_keeping.py" line="91"/>
        <source>(house no. {number})</source>
        <translation>(บ้านเลขที่ {number})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/draft_keeping.py" line="94"/>
        <source>Restore unsaved household</source>
        <translation>กู้คืนครัวเรือนที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/draft_keeping.py" line="96"/>
        <source>{user} was keying {what} on {date} at {time} and it was not saved (the program was closed unexpectedly). Bring it back to go on keying?</source>
        <translation>{user} กำลังกรอก{what} เมื่อวันที่ {date} เวลา {time} น. แต่ยังไม่ได้บันทึก (โปรแกรมปิดไปโดยไม่คาดคิด) ต้องการกู้คืนเพื่อกรอกต่อหรือไม่</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="49"/>
        <source>Dry run: {name}</source>
        <translation>ตรวจสอบก่อนนำเข้า: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="58"/>
        <source>Would add {added} households, change {changed}; {unchanged} unchanged, {skipped} left out by the merge mode, {rejected} rows rejected.</source>
        <translation>จะเพิ่ม {added} ครัวเรือน แก้ไข {changed} ครัวเรือน ไม่เปลี่ยนแปลง {unchanged} ครัวเรือน ข้ามตามวิธีนำเข้า {skipped} ครัวเรือน และปฏิเสธ {rejected} แถว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="70"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="70"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="70"/>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="95"/>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="121"/>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="251"/>
        <source>Sheet</source>
        <translation>แผ่นงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="70"/>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="95"/>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="122"/>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="252"/>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="83"/>
        <source>Household / record</source>
        <translation>ครัวเรือน / รายการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="83"/>
        <source>Field</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="83"/>
        <source>Now</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="83"/>
        <source>Becomes</source>
        <translation>จะเป็น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="95"/>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="253"/>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="95"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="107"/>
        <source>To add ({count})</source>
        <translation>จะเพิ่ม ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="110"/>
        <source>To change ({count})</source>
        <translation>จะแก้ไข ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="114"/>
        <source>Rejected ({count})</source>
        <translation>ปฏิเสธ ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="118"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="119"/>
        <source>In this workbook</source>
        <translation>ในแฟ้มนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="120"/>
        <source>Already held by</source>
        <translation>มีอยู่แล้วที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="142"/>
        <source>Same ID in another district ({count})</source>
        <translation>เลขซ้ำกับอำเภออื่น ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="148"/>
        <source>{count} people carry a national ID that a household of another district already has: they are imported without it and listed on the Exchange page for you to decide whose it is.</source>
        <translation>มี {count} คนที่ใช้เลขประจำตัวประชาชนซึ่งครัวเรือนในอำเภออื่นมีอยู่แล้ว จะนำเข้าโดยยังไม่ใส่เลขนี้ และแสดงไว้ที่หน้าแลกเปลี่ยนข้อมูลให้คุณตัดสินว่าเป็นเลขของผู้ใด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="157"/>
        <source>Add: {name}</source>
        <translation>เพิ่ม: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="158"/>
        <source>Change: {name}</source>
        <translation>เปลี่ยนแปลง: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="162"/>
        <source>Projects ({count})</source>
        <translation>โครงการ ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="170"/>
        <source>Projects: {added} to add, {changed} to change, {same} unchanged. Assistance: {households} households change ({plus} rows added, {minus} removed).</source>
        <translation>โครงการ: จะเพิ่ม {added} เปลี่ยนแปลง {changed} ไม่เปลี่ยนแปลง {same} การช่วยเหลือ: เปลี่ยนใน {households} ครัวเรือน (เพิ่ม {plus} รายการ ลบ {minus} รายการ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="184"/>
        <source>Plans and visits: {households} households change. Plans: {added} to add, {changed} to change, {removed} to remove, {same} unchanged. Visits: {visits_added} to add, {visits_changed} to change, {visits_removed} to remove, {visits_same} unchanged.</source>
        <translation>แผนและการเยี่ยมติดตาม: เปลี่ยนใน {households} ครัวเรือน แผน: จะเพิ่ม {added} รายการ, จะเปลี่ยน {changed} รายการ, จะลบ {removed} รายการ, ไม่เปลี่ยน {same} รายการ การเยี่ยมติดตาม: จะเพิ่ม {visits_added} ครั้ง, จะเปลี่ยน {visits_changed} ครั้ง, จะลบ {visits_removed} ครั้ง, ไม่เปลี่ยน {visits_same} ครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="207"/>
        <source>{count} people are left out: you already gave their national ID to a household of another district.</source>
        <translation>ไม่นำเข้า {count} คน เพราะคุณตัดสินแล้วว่าเลขประจำตัวประชาชนของเขาเป็นของครัวเรือนในอำเภออื่น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="216"/>
        <source>Rows of the list ({count})</source>
        <translation>แถวในรายชื่อ ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="222"/>
        <source>Save this report as a workbook…</source>
        <translation>บันทึกรายงานนี้เป็นแฟ้ม Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="223"/>
        <source>Apply the changes</source>
        <translation>นำเข้าตามรายการนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="225"/>
        <source>Close without changing anything</source>
        <translation>ปิดโดยไม่เปลี่ยนแปลงข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="245"/>
        <source>The sheets {sheets} are read-only for a district office: {count} edits in them are not imported (listed under Not imported).</source>
        <translation>แผ่นงาน {sheets} เป็นข้อมูลอ่านอย่างเดียวสำหรับสำนักงานอำเภอ: การแก้ไข {count} รายการในแผ่นงานเหล่านี้จะไม่ถูกนำเข้า (ดูที่แท็บ ไม่นำเข้า)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="254"/>
        <source>In the file</source>
        <translation>ในแฟ้ม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="255"/>
        <source>In the office</source>
        <translation>ในสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="262"/>
        <source>(row not in the file)</source>
        <translation>(แถวนี้ไม่มีในแฟ้ม)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="264"/>
        <source>(row added in the file)</source>
        <translation>(แถวที่เพิ่มในแฟ้ม)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dry_run_dialog.py" line="272"/>
        <source>Not imported ({count})</source>
        <translation>ไม่นำเข้า ({count})</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../desktop/ui/household_form/duplicate_panel.py" line="49"/>
        <source>Open that household</source>
        <translation>เปิดครัวเรือนนั้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/duplicate_panel.py" line="62"/>
        <source>house no. {house_no}, {village} (key {key})</source>
        <translation>บ้านเลขที่ {house_no} {village} (รหัส {key})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/duplicate_panel.py" line="66"/>
        <source>This national ID already belongs to {person}, {where}.</source>
        <translation>เลขประจำตัวประชาชนนี้เป็นของ {person} ที่{where}แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/duplicate_panel.py" line="70"/>
        <source>This house code is already used by {where}.</source>
        <translation>รหัสบ้านนี้มีอยู่แล้วที่{where}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/duplicate_panel.py" line="72"/>
        <source>Possibly the same person: {person}, born on the same day, is recorded at {where}.</source>
        <translation>อาจเป็นคนเดียวกัน: {person} เกิดวันเดียวกัน มีชื่ออยู่ที่{where}</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <location filename="../../desktop/ui/entry_fields.py" line="23"/>
        <source>dd/mm/yyyy (BE)</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_fields.py" line="40"/>
        <source>baht</source>
        <translation>บาท</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="70"/>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="207"/>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="273"/>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="84"/>
        <source>what the file shows (optional)</source>
        <translation>ไฟล์นี้แสดงอะไร (ไม่บังคับ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="85"/>
        <source>A&amp;ttach file…</source>
        <translation>แนบไฟล์… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="86"/>
        <source>&amp;Open</source>
        <translation>เปิด (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="87"/>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="287"/>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="292"/>
        <source>Delete file</source>
        <translation>ลบไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="90"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="90"/>
        <source>Attached to</source>
        <translation>แนบกับ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="90"/>
        <source>Date (BE)</source>
        <translation>วันที่ (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="90"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="91"/>
        <source>Added by</source>
        <translation>ผู้แนบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="91"/>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="101"/>
        <source>Caption</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="99"/>
        <source>Attach to</source>
        <translation>แนบกับ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="208"/>
        <source>Save the household first: files are kept with the saved household.</source>
        <translation>บันทึกครัวเรือนก่อน: ไฟล์หลักฐานเก็บไว้กับครัวเรือนที่บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="213"/>
        <source>Attach a photo, scan or PDF</source>
        <translation>แนบรูปถ่าย ภาพสแกน หรือ PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="214"/>
        <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>รูปถ่ายและ PDF (*.jpg *.jpeg *.png *.pdf);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="222"/>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="225"/>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="229"/>
        <source>File not attached</source>
        <translation>ไม่ได้แนบไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="274"/>
        <source>No program on this PC opens {name}. A copy is at {path}.</source>
        <translation>เครื่องนี้ไม่มีโปรแกรมที่เปิด {name} ได้ สำเนาของไฟล์อยู่ที่ {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_panel.py" line="284"/>
        <source>Delete {name} from the evidence? This cannot be undone.</source>
        <translation>ลบ {name} ออกจากหลักฐานหรือไม่? ลบแล้วเรียกคืนไม่ได้</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_text.py" line="15"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_text.py" line="18"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_text.py" line="27"/>
        <source>{name} is empty (0 bytes): there is nothing to attach.</source>
        <translation>ไฟล์ {name} ว่างเปล่า (0 ไบต์): ไม่มีอะไรให้แนบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_text.py" line="30"/>
        <source>{name} is {size}, larger than the {limit} a file may be. Scan it at a lower resolution or save the photo smaller, then attach it again.</source>
        <translation>ไฟล์ {name} มีขนาด {size} เกินขนาดสูงสุด {limit} ต่อไฟล์ สแกนใหม่ด้วยความละเอียดต่ำลงหรือบันทึกรูปให้เล็กลง แล้วแนบอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_text.py" line="35"/>
        <source>{name} would bring this household&apos;s evidence to {size}, past its limit of {limit}. Delete a file it no longer needs first.</source>
        <translation>ถ้าแนบ {name} หลักฐานของครัวเรือนนี้จะรวมเป็น {size} เกินขีดจำกัด {limit} ลบไฟล์ที่ไม่ต้องใช้แล้วออกก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_text.py" line="40"/>
        <source>{name} is not a JPEG or PNG photo or a PDF (judged by what the file holds, not by its name). Save it as one of those and attach it again.</source>
        <translation>ไฟล์ {name} ไม่ใช่รูปถ่าย JPEG หรือ PNG หรือ PDF (ตรวจจากเนื้อไฟล์ ไม่ใช่จากชื่อไฟล์) บันทึกเป็นชนิดใดชนิดหนึ่งนี้แล้วแนบอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_text.py" line="45"/>
        <source>{name} is damaged or cut short and cannot be opened. Copy it again from the camera or the scanner.</source>
        <translation>ไฟล์ {name} เสียหายหรือไม่ครบ เปิดไม่ได้ คัดลอกมาใหม่จากกล้องหรือเครื่องสแกน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_text.py" line="50"/>
        <source>{name} is already attached here, as {existing}.</source>
        <translation>ไฟล์ {name} แนบไว้ที่นี่แล้ว ในชื่อ {existing}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_text.py" line="53"/>
        <source>What {name} was to be attached to has been deleted meanwhile.</source>
        <translation>รายการที่จะแนบ {name} ถูกลบไปแล้วในระหว่างนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_text.py" line="66"/>
        <source>{name} could not be read: {reason}</source>
        <translation>อ่านไฟล์ {name} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_text.py" line="76"/>
        <source>The household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_text.py" line="79"/>
        <source>Visit {date} · {who}</source>
        <translation>การเยี่ยม {date} · {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/evidence_text.py" line="82"/>
        <source>Help {date} · {what}</source>
        <translation>ความช่วยเหลือ {date} · {what}</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../desktop/ui/exchange/exchange_page.py" line="31"/>
        <source>Consolidate the districts&apos; workbooks</source>
        <translation>รวบรวมแฟ้มข้อมูลของอำเภอ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/exchange_page.py" line="33"/>
        <source>Exchange with the province</source>
        <translation>รับ-ส่งข้อมูลกับจังหวัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/exchange_page.py" line="38"/>
        <source>Every column of the workbook has a Thai header and a stable key, so the province can read it in Excel and send it back.</source>
        <translation>ทุกคอลัมน์ของแฟ้มมีหัวตารางภาษาไทยและรหัสคอลัมน์ที่คงที่ จังหวัดเปิดด้วย Excel และส่งกลับมาได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/exchange_page.py" line="43"/>
        <source>Workbook &amp;guide…</source>
        <translation>คู่มือแฟ้มข้อมูล… (&amp;G)</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="67"/>
        <source>Export the workbook for the province</source>
        <translation>ส่งออกแฟ้มข้อมูลให้จังหวัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="81"/>
        <source>Everything</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="82"/>
        <source>One subdistrict</source>
        <translation>เฉพาะตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="83"/>
        <source>One fiscal year (projects and assistance)</source>
        <translation>เฉพาะปีงบประมาณ (โครงการและการช่วยเหลือ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="91"/>
        <source>Hide the middle digits of national IDs</source>
        <translation>ปิดบังเลขกลางของเลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="93"/>
        <source>Aggregates only: counts and projects, no names or IDs</source>
        <translation>เฉพาะข้อมูลสรุป: ตัวเลขและโครงการ ไม่มีชื่อและเลขประจำตัว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="98"/>
        <source>&amp;Working copy for this office, not for sending to the province</source>
        <translation>สำเนาทำงานของสำนักงาน ไม่ส่งจังหวัด (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="101"/>
        <source>&amp;Export…</source>
        <translation>ส่งออก… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="104"/>
        <source>Go to the chec&amp;k before sending</source>
        <translation>ไปที่ ตรวจก่อนส่ง (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="154"/>
        <source>Signed off by {name}: the workbook will say it is ready to send.</source>
        <translation>{name} รับรองแล้ว: แฟ้มจะระบุว่าข้อมูลพร้อมส่ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="158"/>
        <source>Not signed off: the workbook with names and full national IDs cannot be exported for the province until the data is checked and a supervisor signs it off. Masked or aggregates-only workbooks may be exported meanwhile.</source>
        <translation>ยังไม่ได้รับรอง: แฟ้มส่งจังหวัดที่มีชื่อและเลขประจำตัวประชาชนเต็มจะส่งออกได้เมื่อข้อมูลผ่านการตรวจและหัวหน้ารับรองแล้ว ระหว่างนี้ส่งออกแฟ้มที่ปิดเลขบางส่วนหรือเฉพาะตัวเลขสรุปได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="164"/>
        <source>Not signed off: the workbook will say it is not ready to send. Check before sending first.</source>
        <translation>ยังไม่ได้รับรอง: แฟ้มจะระบุว่าข้อมูลยังไม่พร้อมส่ง กรุณาตรวจก่อนส่งก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="177"/>
        <source>Not signed off</source>
        <translation>ยังไม่ได้รับรอง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="216"/>
        <source>The data has not been signed off as ready to send (Check before sending, above): the workbook will say it is not ready.</source>
        <translation>ข้อมูลยังไม่ได้รับรองว่าพร้อมส่ง (ตรวจก่อนส่ง ด้านบน): แฟ้มจะระบุว่าข้อมูลยังไม่พร้อมส่ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="223"/>
        <source>Personal data</source>
        <translation>ข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="228"/>
        <source>Export the workbook</source>
        <translation>ส่งออกแฟ้มข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="240"/>
        <source>national IDs with the middle digits hidden</source>
        <translation>เลขประจำตัวประชาชนที่ปิดบังเลขกลาง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="242"/>
        <source>full national IDs</source>
        <translation>เลขประจำตัวประชาชนครบทุกหลัก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="245"/>
        <source>This workbook carries personal data protected by the PDPA: names, {ids}, birth dates, addresses and household conditions. Send it only to the provincial office, by a channel it approves. Export it?</source>
        <translation>แฟ้มนี้มีข้อมูลส่วนบุคคลตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล: ชื่อ {ids} วันเกิด ที่อยู่ และสภาพครัวเรือน ส่งให้สำนักงานจังหวัดเท่านั้น ผ่านช่องทางที่จังหวัดกำหนด ต้องการส่งออกหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="253"/>
        <source>Exporting the workbook…</source>
        <translation>กำลังส่งออกแฟ้มข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="253"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="290"/>
        <source>{sheet}: {rows} rows</source>
        <translation>{sheet}: {rows} แถว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="296"/>
        <source>Exported to {path}</source>
        <translation>ส่งออกแล้วที่ {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="302"/>
        <source>Export cancelled; no file was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีการเขียนแฟ้ม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="309"/>
        <source>The workbook could not be written to {path}: {reason}. Choose another folder or free some disk space.</source>
        <translation>เขียนแฟ้มที่ {path} ไม่ได้: {reason} เลือกโฟลเดอร์อื่นหรือเพิ่มพื้นที่ว่างในดิสก์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="313"/>
        <source>The export failed: {reason}</source>
        <translation>ส่งออกไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_panel.py" line="315"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="40"/>
        <source>Search: Thai name, national ID or house code (Ctrl+F)</source>
        <translation>ค้นหา: ชื่อ เลขประจำตัวประชาชน หรือรหัสบ้าน (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="47"/>
        <source>All subdistricts</source>
        <translation>ทุกตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="50"/>
        <location filename="../../desktop/ui/households/filter_bar.py" line="138"/>
        <source>All villages</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="51"/>
        <source>All stages</source>
        <translation>ทุกระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="54"/>
        <source>No stage yet</source>
        <translation>ยังไม่ประเมินระดับ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="55"/>
        <source>Any dimension</source>
        <translation>ทุกมิติ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="58"/>
        <source>Fails: {}</source>
        <translation>ไม่ผ่านมิติ{}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="60"/>
        <source>Any indicator</source>
        <translation>ทุกตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="63"/>
        <source>Fails no. {number}: {text}</source>
        <translation>ไม่ผ่านข้อ {number}: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="68"/>
        <source>All source lists</source>
        <translation>ทุกแหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="71"/>
        <source>Helped or not</source>
        <translation>ได้รับ/ยังไม่ได้รับความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="72"/>
        <source>Helped</source>
        <translation>ได้รับความช่วยเหลือแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="73"/>
        <source>Not yet helped</source>
        <translation>ยังไม่ได้รับความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="81"/>
        <source>Clear all filters</source>
        <translation>ล้างตัวกรองทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="142"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ที่ {moo} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="197"/>
        <source>Search: {text}</source>
        <translation>ค้นหา: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="198"/>
        <source>All target households</source>
        <translation>ครัวเรือนเป้าหมายทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="210"/>
        <source>Answered under indicator set {code}</source>
        <translation>ตอบตามชุดตัวชี้วัด {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="236"/>
        <location filename="../../desktop/ui/households/filter_bar.py" line="244"/>
        <location filename="../../desktop/ui/households/filter_bar.py" line="252"/>
        <source>Clear this filter</source>
        <translation>ล้างตัวกรองนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="271"/>
        <source>Has a current plan</source>
        <translation>มีแผนปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="273"/>
        <source>Q{quarter} FY {year}</source>
        <translation>ไตรมาส {quarter} ปีงบ {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="275"/>
        <source>FY {year}</source>
        <translation>ปีงบ {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="278"/>
        <source>Visited in {period}</source>
        <translation>ได้รับการเยี่ยมใน{period}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="279"/>
        <source>Moved up a stage in {period}</source>
        <translation>เลื่อนระดับขึ้นใน{period}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="49"/>
        <source>Set up your office</source>
        <translation>ตั้งค่าสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="54"/>
        <source>Welcome. Choose the district office this computer works for and type your name. The data stays on this computer.</source>
        <translation>ยินดีต้อนรับ เลือกสำนักงานพัฒนาชุมชนอำเภอที่เครื่องนี้ใช้งาน แล้วพิมพ์ชื่อของท่าน ข้อมูลทั้งหมดเก็บไว้ในเครื่องนี้เท่านั้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="60"/>
        <source>— choose a province —</source>
        <translation>— เลือกจังหวัด —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="64"/>
        <source>A district office</source>
        <translation>สำนักงานพัฒนาชุมชนอำเภอ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="66"/>
        <source>A provincial office: consolidates its districts&apos; workbooks</source>
        <translation>สำนักงานพัฒนาชุมชนจังหวัด: รวบรวมแฟ้มข้อมูลของอำเภอในจังหวัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="76"/>
        <source>e.g. สมศรี ใจดี</source>
        <translation>เช่น สมศรี ใจดี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="82"/>
        <source>&amp;Province</source>
        <translation>จังหวัด (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="83"/>
        <source>&amp;District</source>
        <translation>อำเภอ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="84"/>
        <source>Your &amp;name</source>
        <translation>ชื่อผู้ใช้งาน (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="85"/>
        <source>Database file</source>
        <translation>แฟ้มฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="87"/>
        <source>&amp;Create office</source>
        <translation>สร้างสำนักงาน (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="90"/>
        <source>Open another &amp;file…</source>
        <translation>เปิดแฟ้มอื่น… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="122"/>
        <source>— choose a district —</source>
        <translation>— เลือกอำเภอ —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="81"/>
        <location filename="../../desktop/ui/first_start.py" line="141"/>
        <location filename="../../desktop/ui/first_start.py" line="144"/>
        <location filename="../../desktop/ui/first_start.py" line="158"/>
        <source>Office</source>
        <translation>สำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="89"/>
        <source>Open a de&amp;mo office</source>
        <translation>เปิดสำนักงานตัวอย่าง (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="137"/>
        <source>Choose the province.</source>
        <translation>เลือกจังหวัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="139"/>
        <source>Choose the province and the district.</source>
        <translation>กรุณาเลือกจังหวัดและอำเภอ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="144"/>
        <source>Type your name.</source>
        <translation>กรุณาพิมพ์ชื่อของท่าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="164"/>
        <location filename="../../desktop/ui/first_start.py" line="173"/>
        <source>Open a database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="164"/>
        <source>Office databases (*.sqlite3 *.db)</source>
        <translation>ฐานข้อมูลสำนักงาน (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="184"/>
        <source>Generating a demo office…</source>
        <translation>กำลังสร้างสำนักงานตัวอย่าง…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="184"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="197"/>
        <source>Demo office</source>
        <translation>สำนักงานตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>GoalChart</name>
    <message>
        <location filename="../../desktop/ui/dashboard/goal_chart.py" line="33"/>
        <source>Households out of survival (%)</source>
        <translation>ครัวเรือนที่พ้นระดับอยู่รอด (ร้อยละ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/goal_chart.py" line="71"/>
        <source>Goal {percent} %</source>
        <translation>เป้าหมาย ร้อยละ {percent}</translation>
    </message>
</context>
<context>
    <name>HelpFields</name>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="29"/>
        <source>— no project: the agency&apos;s own help —</source>
        <translation>— ไม่มีโครงการ: หน่วยงานช่วยเหลือเอง —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="32"/>
        <source>{year} · {name} ({agency})</source>
        <translation>{year} · {name} ({agency})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="38"/>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="101"/>
        <source>— the project&apos;s agency —</source>
        <translation>— หน่วยงานเจ้าของโครงการ —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="43"/>
        <source>— type of help —</source>
        <translation>— ประเภทความช่วยเหลือ —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="47"/>
        <source>— dimension —</source>
        <translation>— มิติ —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="52"/>
        <source>The whole household</source>
        <translation>ทั้งครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="54"/>
        <source>— not under the household&apos;s plan —</source>
        <translation>— ไม่อยู่ในแผนของครัวเรือน —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="59"/>
        <source>baht per household</source>
        <translation>บาทต่อครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="62"/>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="63"/>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="64"/>
        <source>Date given</source>
        <translation>วันที่ให้ความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="65"/>
        <source>Type of help</source>
        <translation>ประเภทความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="66"/>
        <source>Dimension</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="67"/>
        <source>Value</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="68"/>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="69"/>
        <source>Plan activity</source>
        <translation>กิจกรรมตามแผน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="70"/>
        <source>Outcome</source>
        <translation>ผลที่เกิดขึ้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="71"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="103"/>
        <source>— choose the agency —</source>
        <translation>— เลือกหน่วยงาน —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/help_fields.py" line="130"/>
        <source>An activity of an earlier plan</source>
        <translation>กิจกรรมของแผนเดิม</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="17"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="18"/>
        <source>Who</source>
        <translation>ผู้แก้ไข</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="19"/>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="20"/>
        <source>Field</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="21"/>
        <source>Before</source>
        <translation>ค่าเดิม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="22"/>
        <source>After</source>
        <translation>ค่าใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="33"/>
        <source>household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="34"/>
        <source>member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="35"/>
        <source>income</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="36"/>
        <source>indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="37"/>
        <source>stage</source>
        <translation>ระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="38"/>
        <source>plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="39"/>
        <source>plan problem</source>
        <translation>ปัญหาในแผน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="40"/>
        <source>plan activity</source>
        <translation>กิจกรรมตามแผน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="41"/>
        <source>visit</source>
        <translation>การเยี่ยม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="42"/>
        <source>evidence file</source>
        <translation>ไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="45"/>
        <source>added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="46"/>
        <source>changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="47"/>
        <source>removed</source>
        <translation>ลบ</translation>
    </message>
</context>
<context>
    <name>HouseholdAssistanceSection</name>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="40"/>
        <source>Add assistance…</source>
        <translation>เพิ่มการช่วยเหลือ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="43"/>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="43"/>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="43"/>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="43"/>
        <source>Times</source>
        <translation>ครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="44"/>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="48"/>
        <source>Baht</source>
        <translation>บาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="47"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="47"/>
        <source>Project or agency</source>
        <translation>โครงการหรือหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="47"/>
        <source>Help</source>
        <translation>ความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="48"/>
        <source>Dimension</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="48"/>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="48"/>
        <source>Outcome</source>
        <translation>ผลที่เกิดขึ้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="56"/>
        <source>Projects that reached this household</source>
        <translation>โครงการที่ช่วยเหลือครัวเรือนนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="58"/>
        <source>Every piece of help</source>
        <translation>การช่วยเหลือทุกรายการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="79"/>
        <source>Save the household first.</source>
        <translation>บันทึกครัวเรือนก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/household_assistance.py" line="112"/>
        <source>{count} pieces of help, {baht} baht in all</source>
        <translation>ช่วยเหลือ {count} ครั้ง รวม {baht} บาท</translation>
    </message>
</context>
<context>
    <name>HouseholdCaseSection</name>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="65"/>
        <source>New &amp;plan…</source>
        <translation>แผนใหม่… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="66"/>
        <source>&amp;Edit plan…</source>
        <translation>แก้แผน… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="67"/>
        <source>Record &amp;visit…</source>
        <translation>บันทึกการเยี่ยม… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="69"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="69"/>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="69"/>
        <source>Who</source>
        <translation>ผู้บันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="69"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="107"/>
        <source>Save the household first.</source>
        <translation>บันทึกครัวเรือนก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="117"/>
        <source>Current plan: {title}</source>
        <translation>แผนปัจจุบัน: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="119"/>
        <source>No current plan</source>
        <translation>ยังไม่มีแผนปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="122"/>
        <location filename="../../desktop/ui/cases/case_section.py" line="159"/>
        <source>next visit due {date}</source>
        <translation>เยี่ยมครั้งต่อไป {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="136"/>
        <source>Plan (current)</source>
        <translation>แผน (ปัจจุบัน)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="136"/>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="138"/>
        <source>Visit</source>
        <translation>การเยี่ยมติดตาม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="139"/>
        <source>Stage: {stage}</source>
        <translation>ระดับการพัฒนา: {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="144"/>
        <source>{title} · {problems} problems, {done} of {activities} activities done</source>
        <translation>{title} · ปัญหา {problems} ข้อ กิจกรรมเสร็จ {done} จาก {activities}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="155"/>
        <source>stage reassessed: {stage}</source>
        <translation>ประเมินระดับใหม่: {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="173"/>
        <source>Plan and follow-up</source>
        <translation>แผนและการติดตาม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_section.py" line="175"/>
        <source>Save the household first: plans and visits are kept with the saved household.</source>
        <translation>บันทึกครัวเรือนก่อน: แผนและการเยี่ยมเก็บไว้กับครัวเรือนที่บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>HouseholdConflicts</name>
    <message>
        <location filename="../../desktop/ui/household_form/household_conflicts.py" line="41"/>
        <source>household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/household_conflicts.py" line="51"/>
        <source>Not saved: someone else saved it first.</source>
        <translation>ยังไม่ได้บันทึก: มีผู้อื่นบันทึกไว้ก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/household_conflicts.py" line="63"/>
        <source>Not saved: the household was deleted.</source>
        <translation>ยังไม่ได้บันทึก: ครัวเรือนนี้ถูกลบแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/household_conflicts.py" line="64"/>
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/household_conflicts.py" line="72"/>
        <source>Reloaded: the form shows what they saved.</source>
        <translation>โหลดใหม่แล้ว: แบบฟอร์มแสดงข้อมูลที่ผู้อื่นบันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/household_conflicts.py" line="76"/>
        <source>Not saved: your changes are still in the form.</source>
        <translation>ยังไม่ได้บันทึก: สิ่งที่คุณแก้ไขยังอยู่ในแบบฟอร์ม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/household_conflicts.py" line="114"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ที่ {moo} {name}</translation>
    </message>
</context>
<context>
    <name>HouseholdFormDialog</name>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="118"/>
        <source>&amp;Household and members</source>
        <translation>ครัวเรือนและสมาชิก (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="119"/>
        <source>&amp;Indicators</source>
        <translation>ตัวชี้วัด จปฐ. (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="120"/>
        <source>Development &amp;stage</source>
        <translation>ระดับการพัฒนา (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="121"/>
        <source>&amp;Notes</source>
        <translation>หมายเหตุ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="122"/>
        <source>Histor&amp;y</source>
        <translation>ประวัติการแก้ไข (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="132"/>
        <source>Delete household…</source>
        <translation>ลบครัวเรือน…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="133"/>
        <source>Close (Esc)</source>
        <translation>ปิด (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="134"/>
        <source>Save and next (Ctrl+N)</source>
        <translation>บันทึกแล้วเพิ่มถัดไป (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="135"/>
        <source>Save (Ctrl+S)</source>
        <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="138"/>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="424"/>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="141"/>
        <source>Print preview… (Ctrl+P)</source>
        <translation>ดูตัวอย่างก่อนพิมพ์… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="142"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="143"/>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="337"/>
        <source>New household</source>
        <translation>ครัวเรือนใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="340"/>
        <source>Household {key}</source>
        <translation>ครัวเรือน {key}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="347"/>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="453"/>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="491"/>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="373"/>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="381"/>
        <source>Not saved: first fix the problems marked in red.</source>
        <translation>ยังไม่ได้บันทึก: กรุณาแก้ไขรายการสีแดงก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="384"/>
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="399"/>
        <source>Saved household {key}.</source>
        <translation>บันทึกครัวเรือน {key} แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="411"/>
        <source>Next household in the same village.</source>
        <translation>ครัวเรือนถัดไปในหมู่บ้านเดิม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="425"/>
        <source>Save the household first: sheets show what is saved.</source>
        <translation>กรุณาบันทึกครัวเรือนก่อน แบบสรุปจะแสดงข้อมูลที่บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="445"/>
        <source>Saved {name}.</source>
        <translation>บันทึก {name} แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="454"/>
        <source>This household has changes that are not saved. Close and lose them?</source>
        <translation>ครัวเรือนนี้มีการแก้ไขที่ยังไม่ได้บันทึก ปิดและทิ้งการแก้ไขหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="471"/>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="482"/>
        <source>Delete household</source>
        <translation>ลบครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="473"/>
        <source>Delete household {key} and all its members, answers and history? This cannot be undone.</source>
        <translation>ลบครัวเรือน {key} พร้อมสมาชิก คำตอบตัวชี้วัด และประวัติทั้งหมดหรือไม่ การลบนี้ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="492"/>
        <source>Open the other household and lose the changes made here?</source>
        <translation>เปิดครัวเรือนอื่นและทิ้งการแก้ไขที่ยังไม่ได้บันทึกหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="500"/>
        <source>New village</source>
        <translation>หมู่บ้านใหม่</translation>
    </message>
</context>
<context>
    <name>HouseholdTable</name>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="33"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="34"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="35"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="36"/>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="37"/>
        <source>Matched member</source>
        <translation>ผู้ที่ตรงกับคำค้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="38"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="39"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="40"/>
        <source>Stage</source>
        <translation>ระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="41"/>
        <source>Failed dimensions</source>
        <translation>มิติที่ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="42"/>
        <source>Last verified</source>
        <translation>ตรวจสอบล่าสุด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="64"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ที่ {moo} {name}</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../../desktop/ui/households/households_page.py" line="59"/>
        <source>Target households</source>
        <translation>ครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/households_page.py" line="61"/>
        <source>&amp;New household</source>
        <translation>เพิ่มครัวเรือน (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/households_page.py" line="62"/>
        <source>Key a new household (Ctrl+Shift+N)</source>
        <translation>บันทึกครัวเรือนใหม่ (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/households_page.py" line="63"/>
        <source>&amp;Open</source>
        <translation>เปิด (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/households_page.py" line="65"/>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/households_page.py" line="68"/>
        <source>Sheets of the listed households (PDF)…</source>
        <translation>แบบสรุปของครัวเรือนในรายการ (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/households_page.py" line="70"/>
        <source>Print the listed households&apos; sheets…</source>
        <translation>พิมพ์แบบสรุปของครัวเรือนในรายการ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/households_page.py" line="72"/>
        <source>Blank sheet for the field (PDF)…</source>
        <translation>แบบสรุปเปล่าสำหรับลงพื้นที่ (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/households_page.py" line="166"/>
        <source>{count} households</source>
        <translation>{count} ครัวเรือน</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="62"/>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="116"/>
        <source>Import a workbook</source>
        <translation>นำเข้าแฟ้มข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="75"/>
        <source>Add new households and update existing ones</source>
        <translation>เพิ่มครัวเรือนใหม่และปรับปรุงครัวเรือนที่มีอยู่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="76"/>
        <source>Add new households only</source>
        <translation>เพิ่มเฉพาะครัวเรือนใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="77"/>
        <source>Update existing households only</source>
        <translation>ปรับปรุงเฉพาะครัวเรือนที่มีอยู่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="87"/>
        <source>&amp;Choose a workbook…</source>
        <translation>เลือกแฟ้ม… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="92"/>
        <source>Households are matched on a member&apos;s national ID, then the house code, then the household key. You see every change before anything is written.</source>
        <translation>จับคู่ครัวเรือนด้วยเลขประจำตัวประชาชนของสมาชิก แล้วรหัสบ้าน แล้วรหัสครัวเรือน ท่านจะเห็นทุกการเปลี่ยนแปลงก่อนบันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="116"/>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="235"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>แฟ้ม Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="167"/>
        <source>Checking the workbook…</source>
        <translation>กำลังตรวจสอบแฟ้ม…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="167"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="207"/>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="242"/>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="283"/>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="290"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="208"/>
        <source>The workbook could not be checked: {reason}</source>
        <translation>ตรวจสอบแฟ้มไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="233"/>
        <source>Save the dry-run report</source>
        <translation>บันทึกรายงานการตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="244"/>
        <source>Report saved: {path}</source>
        <translation>บันทึกรายงานแล้ว: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="251"/>
        <source>Apply the import</source>
        <translation>ยืนยันการนำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="253"/>
        <source>Add {added} households and change {changed}? Every change goes into the change log under your name.</source>
        <translation>เพิ่ม {added} ครัวเรือนและแก้ไข {changed} ครัวเรือนหรือไม่ ทุกการเปลี่ยนแปลงจะบันทึกในประวัติการแก้ไขในชื่อของท่าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="262"/>
        <source>Writing…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="271"/>
        <source>Imported: {added} households added, {updated} changed.</source>
        <translation>นำเข้าแล้ว: เพิ่ม {added} ครัวเรือน แก้ไข {updated} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/import_panel.py" line="280"/>
        <source>Nothing was written: {reason}</source>
        <translation>ไม่มีการบันทึกข้อมูล: {reason}</translation>
    </message>
</context>
<context>
    <name>IncomeTable</name>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="197"/>
        <source>Income category</source>
        <translation>ประเภทรายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="197"/>
        <source>Baht per year</source>
        <translation>บาทต่อปี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="197"/>
        <source>Cost, baht</source>
        <translation>ต้นทุน (บาท)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="202"/>
        <source>Add income</source>
        <translation>เพิ่มรายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="203"/>
        <source>Remove income</source>
        <translation>ลบรายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="208"/>
        <source>Income</source>
        <translation>รายได้</translation>
    </message>
</context>
<context>
    <name>IndicatorSetDryRunDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="208"/>
        <source>Indicator set: dry run</source>
        <translation>ชุดตัวชี้วัด: ตรวจก่อนโหลด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="215"/>
        <source>File: {path}</source>
        <translation>แฟ้ม: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="219"/>
        <source>Set {code}: {name}</source>
        <translation>ชุด {code}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="224"/>
        <source>Survey years {first}–{last}</source>
        <translation>ปีสำรวจ {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="233"/>
        <source>{count} indicators ({tpmap} for TPMAP): {per_dimension}</source>
        <translation>ตัวชี้วัด {count} ข้อ (ใช้ใน TPMAP {tpmap} ข้อ): {per_dimension}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="241"/>
        <source>every year</source>
        <translation>ทุกปี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="244"/>
        <source>Threshold of no. {number} ({year}): {value}</source>
        <translation>เกณฑ์ข้อ {number} ({year}): {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="249"/>
        <source>It replaces the office&apos;s unused set of the same code.</source>
        <translation>จะแทนที่ชุดรหัสเดียวกันที่มีอยู่และยังไม่มีผลตัวชี้วัดอ้างถึง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="251"/>
        <source>Refused, nothing will be stored:</source>
        <translation>โหลดไม่ได้ ไม่มีส่วนใดถูกบันทึก:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="253"/>
        <source>Nothing is stored until you load it.</source>
        <translation>ยังไม่มีการบันทึกจนกว่าจะกดโหลด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="257"/>
        <source>Load this set</source>
        <translation>โหลดชุดนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="262"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="262"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>IndicatorSetsPanel</name>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="55"/>
        <source>Indicator sets</source>
        <translation>ชุดตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="66"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="67"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="68"/>
        <source>Survey years (BE)</source>
        <translation>ปีสำรวจ (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="69"/>
        <source>Indicators (TPMAP)</source>
        <translation>ตัวชี้วัด (TPMAP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="70"/>
        <source>Household answers</source>
        <translation>ผลของครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="81"/>
        <source>A survey year uses the set whose years cover it. A province sends a new set as a workbook: load it here after checking what it holds.</source>
        <translation>ปีสำรวจแต่ละปีใช้ชุดตัวชี้วัดที่ครอบคลุมปีนั้น จังหวัดส่งชุดใหม่มาเป็นแฟ้ม Excel: โหลดที่นี่หลังตรวจดูว่ามีอะไรบ้าง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="86"/>
        <source>Load from &amp;file…</source>
        <translation>โหลดจากไฟล์… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="87"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="129"/>
        <source>Load an indicator set</source>
        <translation>โหลดชุดตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="149"/>
        <source>Indicator set not loaded</source>
        <translation>ไม่ได้โหลดชุดตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="158"/>
        <source>Indicator set loaded</source>
        <translation>โหลดชุดตัวชี้วัดแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="159"/>
        <source>Set {code} is loaded: survey years {first}–{last} use it.</source>
        <translation>โหลดชุด {code} แล้ว ปีสำรวจ {first}–{last} ใช้ชุดนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="170"/>
        <source>Export the indicator set</source>
        <translation>ส่งออกชุดตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="181"/>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="182"/>
        <source>{path} could not be written: {reason}</source>
        <translation>เขียน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="189"/>
        <source>Indicator set exported</source>
        <translation>ส่งออกชุดตัวชี้วัดแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_sets_panel.py" line="190"/>
        <source>Set {code} was written to {path}</source>
        <translation>เขียนชุด {code} ลง {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <location filename="../../desktop/ui/household_form/indicators_section.py" line="50"/>
        <source>Answer the unanswered from the suggestions</source>
        <translation>ตอบข้อที่ยังว่างตามคำแนะนำ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/indicators_section.py" line="72"/>
        <source>Survey year {year} (BE)</source>
        <translation>ปีที่สำรวจ พ.ศ. {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/indicators_section.py" line="75"/>
        <source>No indicator set covers survey year {year} yet — load one in Settings</source>
        <translation>ยังไม่มีชุดตัวชี้วัดสำหรับปีสำรวจ {year} — โหลดชุดตัวชี้วัดที่ ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/indicators_section.py" line="114"/>
        <source>{number}. {text}</source>
        <translation>{number}. {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/indicators_section.py" line="154"/>
        <source>No suggestion yet</source>
        <translation>ยังแนะนำไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/indicators_section.py" line="158"/>
        <source>verified by {who}, {when}</source>
        <translation>ตรวจสอบโดย {who} เมื่อ {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/indicators_section.py" line="155"/>
        <source>Suggested: {status}</source>
        <translation>แนะนำ: {status}</translation>
    </message>
</context>
<context>
    <name>KeyResultsSection</name>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="63"/>
        <source>Key result</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="64"/>
        <source>Unit</source>
        <translation>หน่วยนับ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="65"/>
        <source>Baseline</source>
        <translation>ค่าฐาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="66"/>
        <source>Target</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="67"/>
        <source>Latest progress</source>
        <translation>ความก้าวหน้าล่าสุด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="77"/>
        <source>Add key result</source>
        <translation>เพิ่มตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="78"/>
        <source>Remove key result</source>
        <translation>ลบตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="85"/>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="86"/>
        <source>Quarter</source>
        <translation>ไตรมาส</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="87"/>
        <source>Value reached</source>
        <translation>ผลที่ทำได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="88"/>
        <source>% of target</source>
        <translation>ร้อยละของเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="89"/>
        <source>Money spent, baht</source>
        <translation>ใช้จ่ายแล้ว (บาท)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="90"/>
        <source>Result</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="91"/>
        <source>Problems</source>
        <translation>ปัญหาอุปสรรค</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="99"/>
        <source>Add quarterly report</source>
        <translation>เพิ่มรายงานรายไตรมาส</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="100"/>
        <source>Remove report</source>
        <translation>ลบรายงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="101"/>
        <source>Report evidence…</source>
        <translation>หลักฐานของรายงาน…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="240"/>
        <source>Q{quarter}/{year} · {text}</source>
        <translation>ไตรมาส {quarter}/{year} · {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="259"/>
        <source>Quarterly reports of key result {number}: {text}</source>
        <translation>รายงานรายไตรมาสของตัวชี้วัดที่ {number}: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="274"/>
        <source>Choose a key result to see its quarterly reports.</source>
        <translation>เลือกตัวชี้วัดเพื่อดูรายงานรายไตรมาส</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="330"/>
        <source>no report yet</source>
        <translation>ยังไม่มีรายงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/key_results_section.py" line="343"/>
        <source>Type a number, e.g. 120 or 12.5.</source>
        <translation>พิมพ์ตัวเลข เช่น 120 หรือ 12.5</translation>
    </message>
</context>
<context>
    <name>ListRowsPanel</name>
    <message>
        <location filename="../../desktop/ui/exchange/list_rows_panel.py" line="32"/>
        <source>Check the rows to see what becomes of each one.</source>
        <translation>กด “ตรวจแถว” เพื่อดูว่าแต่ละแถวจะเป็นอย่างไร</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/list_rows_panel.py" line="37"/>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/list_rows_panel.py" line="37"/>
        <source>Outcome</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/list_rows_panel.py" line="37"/>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/list_rows_panel.py" line="37"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/list_rows_panel.py" line="49"/>
        <source>Written in the list</source>
        <translation>ที่เขียนในรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/list_rows_panel.py" line="49"/>
        <source>Taken for</source>
        <translation>ถือว่าเป็น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/list_rows_panel.py" line="49"/>
        <source>Rows</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/list_rows_panel.py" line="80"/>
        <source>{count} rows read: {parts}</source>
        <translation>อ่าน {count} แถว: {parts}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/list_rows_panel.py" line="107"/>
        <source>These names were matched although they are not spelt as the office spells them. Untick a name that is not the place it was taken for: its rows are then refused.</source>
        <translation>ชื่อเหล่านี้สะกดไม่ตรงกับที่สำนักงานบันทึกไว้ แต่จับคู่ได้ใกล้เคียง ถ้าชื่อใดไม่ใช่สถานที่ที่จับคู่ไว้ ให้เอาเครื่องหมายออก แถวของชื่อนั้นจะไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/list_rows_panel.py" line="113"/>
        <source>These names were matched although they are not spelt as the office spells them (a name you unticked in the columns dialog is refused).</source>
        <translation>ชื่อเหล่านี้สะกดไม่ตรงกับที่สำนักงานบันทึกไว้ แต่จับคู่ได้ใกล้เคียง (ชื่อที่เอาเครื่องหมายออกในหน้าจับคู่คอลัมน์จะไม่นำเข้า)</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="50"/>
        <source>Lock a submitted period</source>
        <translation>ล็อกช่วงเวลาที่ส่งข้อมูลแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="54"/>
        <source>While the period is locked, nobody can change the households of the area (of any year), their assistance of the fiscal year or the fiscal year&apos;s projects there. A supervisor can unlock it later.</source>
        <translation>ระหว่างที่ล็อก ไม่มีผู้ใดแก้ไขครัวเรือนในพื้นที่นั้นได้ (ทุกปี) รวมถึงการช่วยเหลือในปีงบประมาณนั้นและโครงการของปีงบประมาณนั้นในพื้นที่ ผู้ควบคุมปลดล็อกได้ภายหลัง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="66"/>
        <source>The whole district</source>
        <translation>ทั้งอำเภอ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="70"/>
        <source>e.g. sent to the province on 15/10/2568</source>
        <translation>เช่น ส่งจังหวัดเมื่อ 15/10/2568</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="72"/>
        <source>optional</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="74"/>
        <source>&amp;Lock</source>
        <translation>ล็อก (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="75"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="78"/>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="79"/>
        <source>Area</source>
        <translation>พื้นที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="80"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="81"/>
        <source>Workbook sent</source>
        <translation>แฟ้มที่ส่ง</translation>
    </message>
</context>
<context>
    <name>LocksPanel</name>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="52"/>
        <source>Submitted periods (read-only)</source>
        <translation>ช่วงเวลาที่ส่งข้อมูลแล้ว (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="63"/>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="64"/>
        <source>Area</source>
        <translation>พื้นที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="65"/>
        <source>Locked by</source>
        <translation>ล็อกโดย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="66"/>
        <source>Locked on</source>
        <translation>ล็อกเมื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="67"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="68"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="69"/>
        <source>Unlocked by</source>
        <translation>ปลดล็อกโดย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="70"/>
        <source>Unlocked on</source>
        <translation>ปลดล็อกเมื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="71"/>
        <source>Why unlocked</source>
        <translation>เหตุผลที่ปลดล็อก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="72"/>
        <source>Workbook sent</source>
        <translation>แฟ้มที่ส่ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="84"/>
        <source>Lock a period…</source>
        <translation>ล็อกช่วงเวลา…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="85"/>
        <source>Unlock…</source>
        <translation>ปลดล็อก…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="114"/>
        <source>Locked</source>
        <translation>ล็อกอยู่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="114"/>
        <source>Unlocked</source>
        <translation>ปลดล็อกแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="151"/>
        <source>Only a supervisor may lock and unlock periods.</source>
        <translation>เฉพาะผู้ควบคุมเท่านั้นที่ล็อกและปลดล็อกได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="199"/>
        <source>subdistrict {name}</source>
        <translation>ตำบล{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="201"/>
        <source>the whole district</source>
        <translation>ทั้งอำเภอ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="205"/>
        <location filename="../../desktop/ui/people/locks_panel.py" line="223"/>
        <source>Lock the submitted period</source>
        <translation>ล็อกช่วงเวลาที่ส่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="207"/>
        <source>The workbook has been exported. Lock fiscal year {year} of {area} so that what was sent cannot be changed? A supervisor can unlock it later.</source>
        <translation>ส่งออกแฟ้มแล้ว ต้องการล็อกปีงบประมาณ {year} ของ{area} เพื่อไม่ให้ข้อมูลที่ส่งไปถูกแก้ไขหรือไม่ ผู้ควบคุมปลดล็อกได้ภายหลัง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/locks_panel.py" line="217"/>
        <source>Sent to the province</source>
        <translation>ส่งให้จังหวัดแล้ว</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="73"/>
        <source>Who is working?</source>
        <translation>ใครกำลังใช้งาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="81"/>
        <source>No user has been set up yet. Type your name: you become the first user, a supervisor. A password is optional.</source>
        <translation>ยังไม่มีผู้ใช้ พิมพ์ชื่อของท่าน ท่านจะเป็นผู้ใช้คนแรกในบทบาทผู้ควบคุม รหัสผ่านไม่บังคับ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="89"/>
        <source>Your name</source>
        <translation>ชื่อของท่าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="92"/>
        <source>&amp;Log in</source>
        <translation>เข้าใช้งาน (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="98"/>
        <source>&amp;User</source>
        <translation>ผู้ใช้ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="99"/>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/login_dialog.py" line="139"/>
        <source>No password: just log in</source>
        <translation>ไม่มีรหัสผ่าน: กดเข้าใช้งานได้เลย</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112"/>
        <source>District Desk — target households</source>
        <translation>ระบบครัวเรือนเป้าหมาย สำนักงานพัฒนาชุมชนอำเภอ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="122"/>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="123"/>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125"/>
        <source>Assistance</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126"/>
        <source>Exchange</source>
        <translation>รับ-ส่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128"/>
        <source>Change log</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="129"/>
        <source>Follow-up work</source>
        <translation>งานที่ต้องติดตาม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form_tabs.py" line="54"/>
        <source>&amp;Assistance</source>
        <translation>การช่วยเหลือ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form_tabs.py" line="66"/>
        <source>Plan and fo&amp;llow-up</source>
        <translation>แผนและการติดตาม (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="362"/>
        <source>The figures could not be read: {reason}</source>
        <translation>อ่านตัวเลขไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="406"/>
        <source>Backups: made on the database server</source>
        <translation>การสำรองข้อมูล: ทำที่เครื่องเซิร์ฟเวอร์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="415"/>
        <source>No backup yet</source>
        <translation>ยังไม่มีการสำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="418"/>
        <source>Last backup {date} {time}</source>
        <translation>สำรองข้อมูลล่าสุด {date} {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="423"/>
        <source>back up now: none in the last 7 days</source>
        <translation>ควรสำรองข้อมูลตอนนี้: ไม่มีการสำรองใน 7 วันที่ผ่านมา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="467"/>
        <source>Office not set up</source>
        <translation>ยังไม่ได้ตั้งค่าสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="470"/>
        <source>Provincial office, {province}</source>
        <translation>สำนักงานพัฒนาชุมชนจังหวัด{province}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="472"/>
        <source>{district}, {province}</source>
        <translation>อำเภอ{district} จังหวัด{province}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="477"/>
        <source>(demo)</source>
        <translation>(ข้อมูลตัวอย่าง)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="483"/>
        <source>Households {households} · Members {members} · Projects {projects}</source>
        <translation>ครัวเรือน {households} · สมาชิก {members} คน · โครงการ {projects}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/ui/exchange/mapping_dialog.py" line="54"/>
        <source>Columns of the list</source>
        <translation>คอลัมน์ของรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/mapping_dialog.py" line="58"/>
        <source>Sheet {sheet}: the headers are on row {row}. Check what each column holds; choose “not imported” for columns to leave out.</source>
        <translation>แผ่นงาน {sheet}: หัวตารางอยู่แถวที่ {row} ตรวจสอบว่าแต่ละคอลัมน์คือข้อมูลอะไร เลือก “ไม่นำเข้า” สำหรับคอลัมน์ที่ไม่ใช้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/mapping_dialog.py" line="67"/>
        <source>Field</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/mapping_dialog.py" line="67"/>
        <source>Example</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/mapping_dialog.py" line="72"/>
        <source>— not imported —</source>
        <translation>— ไม่นำเข้า —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/mapping_dialog.py" line="91"/>
        <source>Check the list (dry run)</source>
        <translation>ตรวจสอบรายชื่อ (ยังไม่บันทึก)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/mapping_dialog.py" line="93"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/mapping_dialog.py" line="96"/>
        <source>Check the rows</source>
        <translation>ตรวจแถว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/mapping_dialog.py" line="144"/>
        <source>The rows could not be checked: {error}</source>
        <translation>ตรวจแถวไม่สำเร็จ: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/mapping_dialog.py" line="149"/>
        <source>Checking the rows…</source>
        <translation>กำลังตรวจแถว…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/mapping_dialog.py" line="173"/>
        <source>Chosen for two columns: {fields}</source>
        <translation>เลือกซ้ำสองคอลัมน์: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/mapping_dialog.py" line="178"/>
        <source>Choose at least one column to import.</source>
        <translation>เลือกอย่างน้อยหนึ่งคอลัมน์ที่จะนำเข้า</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="45"/>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="50"/>
        <source>dd/mm/yyyy (Buddhist era)</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="53"/>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="54"/>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="73"/>
        <source>Reads, writes and counts</source>
        <translation>อ่านออก เขียนได้ คิดเลขเป็น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="74"/>
        <source>Cannot read or write</source>
        <translation>อ่านเขียนไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="76"/>
        <source>Disability</source>
        <translation>พิการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="77"/>
        <source>Chronic illness</source>
        <translation>ป่วยเรื้อรัง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="78"/>
        <source>Bedridden</source>
        <translation>ติดเตียง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="79"/>
        <source>Welfare card</source>
        <translation>บัตรสวัสดิการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="80"/>
        <source>Lives here this year</source>
        <translation>อาศัยอยู่ในปีนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="91"/>
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="92"/>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="93"/>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="94"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="95"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="96"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="97"/>
        <source>Relation to head</source>
        <translation>ความสัมพันธ์กับหัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="98"/>
        <source>Education status</source>
        <translation>สถานะการศึกษา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="99"/>
        <source>Education level</source>
        <translation>ระดับการศึกษา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="100"/>
        <source>Literacy</source>
        <translation>การอ่านเขียน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="101"/>
        <source>Main occupation</source>
        <translation>อาชีพหลัก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="102"/>
        <source>Second occupation</source>
        <translation>อาชีพรอง</translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="50"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="58"/>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="59"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="60"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="61"/>
        <source>Relation</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="62"/>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="75"/>
        <source>Add member (Ctrl+M)</source>
        <translation>เพิ่มสมาชิก (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="76"/>
        <source>Remove member</source>
        <translation>ลบสมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="77"/>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="78"/>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="150"/>
        <source>Age {age}</source>
        <translation>อายุ {age} ปี</translation>
    </message>
</context>
<context>
    <name>OpenErrors</name>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="11"/>
        <source>The file {path} is not a database of this program. It was not changed.</source>
        <translation>แฟ้ม {path} ไม่ใช่ฐานข้อมูลของโปรแกรมนี้ แฟ้มไม่ได้ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="14"/>
        <source>The database {path} is damaged (it failed the integrity check) and was not opened. It was not changed. Restore it from a backup.</source>
        <translation>ฐานข้อมูล {path} เสียหาย (ไม่ผ่านการตรวจสอบความสมบูรณ์) จึงไม่ได้เปิด แฟ้มไม่ได้ถูกแก้ไขใด ๆ กรุณากู้คืนจากแฟ้มสำรอง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="19"/>
        <source>The database {path} was written by a newer version of this program. Install the newer version to open it. The file was not changed.</source>
        <translation>ฐานข้อมูล {path} ถูกบันทึกโดยโปรแกรมรุ่นใหม่กว่า กรุณาติดตั้งโปรแกรมรุ่นใหม่เพื่อเปิด แฟ้มไม่ได้ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="24"/>
        <source>The file {path} is a database of another program. It was not changed.</source>
        <translation>แฟ้ม {path} เป็นฐานข้อมูลของโปรแกรมอื่น แฟ้มไม่ได้ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="27"/>
        <source>The server database {path} cannot be reached ({detail}). Check that the server is on, the network works and the user name and password are right, or ask IT.</source>
        <translation>ติดต่อฐานข้อมูลบนเซิร์ฟเวอร์ {path} ไม่ได้ ({detail}) ตรวจว่าเครื่องเซิร์ฟเวอร์เปิดอยู่ เครือข่ายใช้ได้ และชื่อผู้ใช้กับรหัสผ่านถูกต้อง หรือติดต่อเจ้าหน้าที่ไอที</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="32"/>
        <source>The file {path} cannot be read: {detail}</source>
        <translation>ไม่สามารถอ่านแฟ้ม {path} ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="35"/>
        <source>The database {path} cannot be written (is the disk full or read-only?): {detail}</source>
        <translation>ไม่สามารถบันทึกฐานข้อมูล {path} ได้ (ดิสก์เต็มหรือเป็นแบบอ่านอย่างเดียวหรือไม่): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="39"/>
        <source>The database file {path} is read-only, so nothing can be saved to it. Its data is not damaged: do not delete it or restore over it; make the file writable, or copy it into a folder you can write to.</source>
        <translation>ไฟล์ฐานข้อมูล {path} ตั้งไว้ให้อ่านได้อย่างเดียว จึงบันทึกไม่ได้ ข้อมูลในไฟล์ไม่ได้เสียหาย อย่าลบหรือกู้คืนทับ ให้แก้สิทธิ์ของไฟล์ให้เขียนได้ หรือคัดลอกไปไว้ในโฟลเดอร์ที่เขียนได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="45"/>
        <source>The folder of the database {path} is not writable (read-only); the program must create its working files beside the database, so it cannot open it. The data is not damaged: do not delete it or restore over it; copy the database into a folder you can write to, or make the folder writable.</source>
        <translation>โฟลเดอร์ของฐานข้อมูล {path} เขียนไม่ได้ (อ่านได้อย่างเดียว) โปรแกรมต้องสร้างไฟล์ประกอบ ไว้ข้างฐานข้อมูล จึงเปิดไม่ได้ ข้อมูลในไฟล์ไม่ได้เสียหาย อย่าลบหรือกู้คืนทับ ให้คัดลอกฐานข้อมูลไปไว้ในโฟลเดอร์ที่เขียนได้ หรือแก้สิทธิ์ของโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="52"/>
        <source>The disk of the database {path} is full, so nothing could be saved; nothing was half saved. Free some space and try again.</source>
        <translation>พื้นที่ว่างในดิสก์ของฐานข้อมูล {path} ไม่พอ จึงบันทึกไม่ได้ ไม่มีการบันทึกส่วนใดค้างไว้ ลบไฟล์ที่ไม่ใช้แล้วลองใหม่</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="107"/>
        <source>Target households</source>
        <translation>ครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="75"/>
        <location filename="../../desktop/ui/pages/overview_page.py" line="291"/>
        <source>All fiscal years</source>
        <translation>ทุกปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="76"/>
        <source>Fiscal year of the umbrella and goal figures</source>
        <translation>ปีงบประมาณของตัวเลขโครงการและเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="77"/>
        <source>Copy as image</source>
        <translation>คัดลอกเป็นภาพ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="78"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="81"/>
        <source>Projects and goal:</source>
        <translation>โครงการและเป้าหมาย:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="109"/>
        <source>Helped</source>
        <translation>ได้รับการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="110"/>
        <source>Not yet helped</source>
        <translation>ยังไม่ได้รับการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="119"/>
        <source>Households by stage</source>
        <translation>ครัวเรือนตามระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="120"/>
        <source>Households failing each dimension</source>
        <translation>ครัวเรือนที่ไม่ผ่านเกณฑ์รายมิติ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="122"/>
        <source>Households failing each indicator</source>
        <translation>ครัวเรือนที่ไม่ผ่านเกณฑ์รายตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="131"/>
        <source>Indicator set of the chart below</source>
        <translation>ชุดตัวชี้วัดของแผนภูมิด้านล่าง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="146"/>
        <source>Progress toward the province&apos;s goal</source>
        <translation>ความก้าวหน้าสู่เป้าหมายของจังหวัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="159"/>
        <source>By subdistrict</source>
        <translation>รายตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="160"/>
        <source>Projects by umbrella</source>
        <translation>โครงการรายร่มยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="161"/>
        <source>Development plans and follow-up visits</source>
        <translation>แผนพัฒนาครัวเรือนและการเยี่ยมติดตาม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="184"/>
        <source>Office not set up</source>
        <translation>ยังไม่ได้ตั้งค่าสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="187"/>
        <source>Provincial office of {province}: its districts consolidated</source>
        <translation>สำนักงานพัฒนาชุมชนจังหวัด{province}: ข้อมูลรวมของอำเภอ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="193"/>
        <source>District office of {district}, {province}</source>
        <translation>สำนักงานพัฒนาชุมชนอำเภอ{district} จังหวัด{province}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="199"/>
        <source>Members {members} · Projects {projects} · Assistance records {assistance}</source>
        <translation>สมาชิก {members} คน · โครงการ {projects} · การช่วยเหลือ {assistance} ครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="231"/>
        <source>{percent} % of the target households</source>
        <translation>ร้อยละ {percent} ของครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="237"/>
        <source>No stage yet</source>
        <translation>ยังไม่ประเมินระดับ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="249"/>
        <location filename="../../desktop/ui/pages/overview_page.py" line="291"/>
        <location filename="../../desktop/ui/pages/overview_page.py" line="360"/>
        <source>FY {year}</source>
        <translation>ปีงบ {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="305"/>
        <source>{code} (survey years {first}–{last})</source>
        <translation>{code} (ปีสำรวจ {first}–{last})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="336"/>
        <source>No indicator set is loaded.</source>
        <translation>ยังไม่ได้โหลดชุดตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="343"/>
        <source>Indicator set {name} (survey years {first}–{last}): only households whose latest answers are in this set. Households answered under another set are counted under it: choose it on the right.</source>
        <translation>ชุดตัวชี้วัด: {name} (ปีสำรวจ {first}–{last}): นับเฉพาะครัวเรือนที่ตอบครั้งล่าสุดตามชุดนี้ ครัวเรือนที่ตอบตามชุดอื่นนับอยู่ในชุดนั้น เลือกชุดได้ทางขวา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="348"/>
        <source>Indicator set {name} (survey years {first}–{last}).</source>
        <translation>ชุดตัวชี้วัด: {name} (ปีสำรวจ {first}–{last})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="369"/>
        <source>No stage assessments yet. Goal: {target} % out of survival.</source>
        <translation>ยังไม่มีการประเมินระดับการพัฒนา เป้าหมาย: พ้นระดับอยู่รอดร้อยละ {target}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="374"/>
        <source>FY {year}: {out} of {assessed} assessed households out of survival ({percent} %); goal {target} %.</source>
        <translation>ปีงบ {year}: พ้นระดับอยู่รอด {out} จาก {assessed} ครัวเรือนที่ประเมินแล้ว (ร้อยละ {percent}) เป้าหมายร้อยละ {target}</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop/ui/pages/placeholder.py" line="12"/>
        <source>This screen is not built yet. It will let you:</source>
        <translation>หน้าจอนี้ยังไม่พร้อมใช้งาน เมื่อพร้อมแล้วจะใช้สำหรับ:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="97"/>
        <source>&amp;Current plan</source>
        <translation>เป็นแผนปัจจุบัน (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="101"/>
        <source>Problem (indicator or dimension)</source>
        <translation>ปัญหา (ตัวชี้วัดหรือมิติ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="101"/>
        <source>Goal</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="108"/>
        <source>Problem no.</source>
        <translation>ปัญหาข้อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="109"/>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="110"/>
        <source>Responsible agency</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="111"/>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="112"/>
        <source>Due (BE)</source>
        <translation>กำหนดเสร็จ (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="113"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="119"/>
        <source>Add &amp;problem</source>
        <translation>เพิ่มปัญหา (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="120"/>
        <source>&amp;Remove problem</source>
        <translation>ลบปัญหา (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="121"/>
        <source>Add &amp;activity</source>
        <translation>เพิ่มกิจกรรม (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="122"/>
        <source>R&amp;emove activity</source>
        <translation>ลบกิจกรรม (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="123"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="124"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="125"/>
        <source>Delete p&amp;lan…</source>
        <translation>ลบแผน… (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="138"/>
        <source>&amp;Title</source>
        <translation>ชื่อแผน (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="140"/>
        <source>&amp;Date made (BE)</source>
        <translation>วันที่จัดทำ (พ.ศ.) (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="149"/>
        <source>Problems and &amp;goals</source>
        <translation>ปัญหาและเป้าหมาย (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="156"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="160"/>
        <source>&amp;Notes</source>
        <translation>หมายเหตุ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="213"/>
        <source>New plan: {household}</source>
        <translation>แผนใหม่: {household}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="213"/>
        <source>Edit plan: {household}</source>
        <translation>แก้แผน: {household}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="219"/>
        <source>No indicator set covers survey year {year} yet — load one in Settings</source>
        <translation>ยังไม่มีชุดตัวชี้วัดสำหรับปีสำรวจ {year} — โหลดชุดตัวชี้วัดที่ ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="223"/>
        <source>Until then a problem can name only a dimension.</source>
        <translation>ระหว่างนี้ปัญหาระบุได้เฉพาะมิติ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="280"/>
        <source>No indicator: {dimension}</source>
        <translation>ไม่ระบุตัวชี้วัด: ด้าน{dimension}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="314"/>
        <source>— agency —</source>
        <translation>— หน่วยงาน —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="314"/>
        <source>— no project —</source>
        <translation>— ไม่มีโครงการ —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="344"/>
        <source>Problem {row}, activity {activity}</source>
        <translation>ปัญหาข้อ {row}, กิจกรรมที่ {activity}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="365"/>
        <source>Save plan</source>
        <translation>บันทึกแผน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="376"/>
        <source>Delete plan</source>
        <translation>ลบแผน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="378"/>
        <source>Delete the plan &quot;{title}&quot; with its problems and activities?</source>
        <translation>ลบแผน &quot;{title}&quot; พร้อมปัญหาและกิจกรรมทั้งหมดของแผนหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="385"/>
        <source>It is the current plan: after it is deleted the household has no current plan. No earlier plan becomes current by itself; open one from the timeline and tick &quot;Current plan&quot;, or make a new plan.</source>
        <translation>แผนนี้เป็นแผนปัจจุบัน เมื่อลบแล้วครัวเรือนจะไม่มีแผนปัจจุบัน แผนก่อนหน้าจะไม่กลายเป็นแผนปัจจุบันเอง ให้เปิดแผนนั้นจากลำดับเหตุการณ์แล้วเลือก &quot;เป็นแผนปัจจุบัน&quot; หรือจัดทำแผนใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="394"/>
        <source>{count} assistance records served its activities: they stay, still counted for their projects, without the activity.</source>
        <translation>มีการช่วยเหลือ {count} รายการที่ทำตามกิจกรรมของแผนนี้ รายการเหล่านั้นยังอยู่และยังนับให้โครงการของตน แต่จะไม่ผูกกับกิจกรรมอีก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="398"/>
        <source>The change log keeps what was deleted.</source>
        <translation>ประวัติการแก้ไขยังเก็บสิ่งที่ลบไว้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_dialog.py" line="408"/>
        <source>This plan was deleted meanwhile. Close the window.</source>
        <translation>แผนนี้ถูกลบไปแล้วระหว่างนี้ กรุณาปิดหน้าต่าง</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="27"/>
        <source>PDF files (*.pdf)</source>
        <translation>แฟ้ม PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="66"/>
        <source>Print preview</source>
        <translation>ดูตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="92"/>
        <source>Save the household sheet as PDF</source>
        <translation>บันทึกแบบสรุปครัวเรือนเป็น PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="109"/>
        <location filename="../../desktop/ui/printing/household_printing.py" line="138"/>
        <location filename="../../desktop/ui/printing/household_printing.py" line="261"/>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="110"/>
        <location filename="../../desktop/ui/printing/household_printing.py" line="139"/>
        <source>The PDF could not be written: {}</source>
        <translation>ไม่สามารถบันทึกแฟ้ม PDF ได้: {}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="121"/>
        <source>Save the project sheet as PDF</source>
        <translation>บันทึกแบบสรุปโครงการเป็น PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="149"/>
        <source>Save a blank household sheet as PDF</source>
        <translation>บันทึกแบบสรุปเปล่าเป็น PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="171"/>
        <source>Save the households&apos; sheets as PDF</source>
        <translation>บันทึกแบบสรุปของครัวเรือนเป็น PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="230"/>
        <source>Household summary sheets</source>
        <translation>แบบสรุปข้อมูลครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="240"/>
        <source>Printing {count} households…</source>
        <translation>กำลังพิมพ์ {count} ครัวเรือน…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="243"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="262"/>
        <source>Printing stopped: {}</source>
        <translation>การพิมพ์หยุดลง: {}</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="21"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="22"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="23"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="24"/>
        <source>House code</source>
        <translation>รหัสบ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="25"/>
        <source>Source list</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="26"/>
        <source>Survey year</source>
        <translation>ปีที่สำรวจ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="27"/>
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="28"/>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="29"/>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="30"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="31"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="32"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="33"/>
        <source>Relation to head</source>
        <translation>ความสัมพันธ์กับหัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="34"/>
        <source>Education status</source>
        <translation>สถานะการศึกษา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="35"/>
        <source>Education level</source>
        <translation>ระดับการศึกษา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="36"/>
        <source>Main occupation</source>
        <translation>อาชีพหลัก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="37"/>
        <source>Second occupation</source>
        <translation>อาชีพรอง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="38"/>
        <source>Income amount</source>
        <translation>จำนวนรายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="39"/>
        <source>Production cost</source>
        <translation>ต้นทุนการผลิต</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="40"/>
        <source>Income category</source>
        <translation>ประเภทรายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="41"/>
        <source>Stage</source>
        <translation>ระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="42"/>
        <source>Assessment date</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="55"/>
        <source>Member {row} {name}</source>
        <translation>สมาชิกคนที่ {row} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="64"/>
        <source>Stage entry {row}, {field}: </source>
        <translation>การประเมินครั้งที่ {row}, {field}: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="74"/>
        <source>must be filled in.</source>
        <translation>ต้องกรอกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="75"/>
        <source>“{value}” is not one of the choices.</source>
        <translation>“{value}” ไม่อยู่ในรายการที่เลือกได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="78"/>
        <source>the survey year must be between {min} and {max}.</source>
        <translation>ปีที่สำรวจต้องอยู่ระหว่าง {min} ถึง {max}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="81"/>
        <source>the village is not in this subdistrict.</source>
        <translation>หมู่บ้านไม่อยู่ในตำบลนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="84"/>
        <source>this village is not in the database.</source>
        <translation>ไม่มีหมู่บ้านนี้ในฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="87"/>
        <source>a house code has 11 digits; {length} were typed.</source>
        <translation>รหัสบ้านมี 11 หลัก แต่พิมพ์ไว้ {length} หลัก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="90"/>
        <source>this house code already belongs to household {household_key} (house no. {house_no}).</source>
        <translation>รหัสบ้านนี้เป็นของครัวเรือน {household_key} (บ้านเลขที่ {house_no}) แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="94"/>
        <source>A household needs at least one member.</source>
        <translation>ครัวเรือนต้องมีสมาชิกอย่างน้อยหนึ่งคน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="97"/>
        <source>Choose the head of household (relation: head of household).</source>
        <translation>กรุณาระบุหัวหน้าครัวเรือน (ความสัมพันธ์: หัวหน้าครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="100"/>
        <source>A household has exactly one head; {count} are marked.</source>
        <translation>ครัวเรือนต้องมีหัวหน้าครัวเรือนเพียงคนเดียว แต่ระบุไว้ {count} คน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="103"/>
        <source>the head&apos;s relation must be “head”.</source>
        <translation>ความสัมพันธ์ของหัวหน้าครัวเรือนต้องเป็น “หัวหน้าครัวเรือน”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="106"/>
        <source>marked as head but not as the head member.</source>
        <translation>ระบุเป็นหัวหน้าแต่ไม่ได้ทำเครื่องหมายเป็นหัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="109"/>
        <source>a national ID has only digits.</source>
        <translation>เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="112"/>
        <source>a national ID has 13 digits; {length} were typed.</source>
        <translation>เลขประจำตัวประชาชนมี 13 หลัก แต่พิมพ์ไว้ {length} หลัก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="115"/>
        <source>a national ID cannot start with {digit}.</source>
        <translation>เลขประจำตัวประชาชนขึ้นต้นด้วย {digit} ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="118"/>
        <source>the check digit does not match: a digit was probably mistyped.</source>
        <translation>หลักตรวจสอบไม่ตรง อาจพิมพ์ตัวเลขผิด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="121"/>
        <source>the same ID is typed for member {other_row}.</source>
        <translation>ซ้ำกับเลขของสมาชิกคนที่ {other_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="124"/>
        <source>this ID already belongs to {person_name} of household {household_key} (house no. {house_no}).</source>
        <translation>เลขนี้เป็นของ {person_name} ครัวเรือน {household_key} (บ้านเลขที่ {house_no}) แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="129"/>
        <source>type the date as dd/mm/yyyy in the Buddhist era.</source>
        <translation>กรุณาพิมพ์วันที่แบบ วว/ดด/ปปปป เป็นปี พ.ศ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="132"/>
        <source>there is no such day.</source>
        <translation>ไม่มีวันที่นี้ในปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="135"/>
        <source>{typed_year} looks like a Christian-era year; in the Buddhist era it is {be_year} ({suggested}).</source>
        <translation>ปี {typed_year} น่าจะเป็นปี ค.ศ. ถ้าเป็น พ.ศ. คือ {be_year} ({suggested})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="140"/>
        <source>type the year in full, e.g. 25{typed_year}.</source>
        <translation>กรุณาพิมพ์ปีให้ครบ 4 หลัก เช่น 25{typed_year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="143"/>
        <source>the year {typed_year} is before BE 2400.</source>
        <translation>ปี {typed_year} อยู่ก่อน พ.ศ. 2400</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="146"/>
        <source>the date is after today ({today}).</source>
        <translation>วันที่เลยวันนี้ ({today})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="149"/>
        <source>the age would be {age}: please check the year.</source>
        <translation>อายุจะเป็น {age} ปี กรุณาตรวจสอบปี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="152"/>
        <source>the head would be {age} years old: is that right?</source>
        <translation>หัวหน้าครัวเรือนจะมีอายุ {age} ปี ถูกต้องหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="155"/>
        <source>a {relation} aged {age} is older than the head ({head_age}): is that right?</source>
        <translation>{relation}อายุ {age} ปี มากกว่าหัวหน้าครัวเรือน ({head_age} ปี) ถูกต้องหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="159"/>
        <source>a {relation} aged {age} is younger than the head ({head_age}): is that right?</source>
        <translation>{relation}อายุ {age} ปี น้อยกว่าหัวหน้าครัวเรือน ({head_age} ปี) ถูกต้องหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="163"/>
        <source>No member is marked as living here this year.</source>
        <translation>ไม่มีสมาชิกที่อาศัยอยู่ในปีนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="166"/>
        <source>type an amount in baht, e.g. 45,000.</source>
        <translation>กรุณาพิมพ์จำนวนเงินเป็นบาท เช่น 45,000</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="169"/>
        <source>at most two decimals (satang).</source>
        <translation>ทศนิยมได้ไม่เกินสองตำแหน่ง (สตางค์)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="172"/>
        <source>the same category is on income line {other_row}.</source>
        <translation>ประเภทซ้ำกับรายได้รายการที่ {other_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="175"/>
        <source>Indicator {number} is not answered yet.</source>
        <translation>ตัวชี้วัดข้อ {number} ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="178"/>
        <source>Indicator {number}: the answer differs from the suggestion ({suggested}).</source>
        <translation>ตัวชี้วัดข้อ {number}: คำตอบต่างจากคำแนะนำ ({suggested})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="182"/>
        <source>this date is before entry {previous_row}.</source>
        <translation>วันที่นี้อยู่ก่อนการประเมินครั้งที่ {previous_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="209"/>
        <source>father</source>
        <translation>บิดา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="210"/>
        <source>mother</source>
        <translation>มารดา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="211"/>
        <source>child</source>
        <translation>บุตร</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="212"/>
        <source>grandchild</source>
        <translation>หลาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="220"/>
        <source>aged {min_age}–{max_age}</source>
        <translation>อายุ {min_age}–{max_age} ปี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="222"/>
        <source>aged {min_age} and over</source>
        <translation>อายุ {min_age} ปีขึ้นไป</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="225"/>
        <source>All {count} members {ages} meet it.</source>
        <translation>สมาชิก{ages}ทั้ง {count} คนผ่านเกณฑ์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="228"/>
        <source>Members {rows} ({ages}) do not meet it.</source>
        <translation>สมาชิกคนที่ {rows} ({ages}) ไม่ผ่านเกณฑ์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="231"/>
        <source>Not known for members {rows}.</source>
        <translation>ไม่ทราบข้อมูลของสมาชิกคนที่ {rows}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="234"/>
        <source>No member is {ages}.</source>
        <translation>ไม่มีสมาชิก{ages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="237"/>
        <source>Birth dates are missing for members {skipped_rows}.</source>
        <translation>ไม่มีวันเกิดของสมาชิกคนที่ {skipped_rows}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="240"/>
        <source>{per_person} baht per person per year, at or above {threshold}.</source>
        <translation>{per_person} บาทต่อคนต่อปี ไม่ต่ำกว่าเกณฑ์ {threshold} บาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="243"/>
        <source>{per_person} baht per person per year, below {threshold}.</source>
        <translation>{per_person} บาทต่อคนต่อปี ต่ำกว่าเกณฑ์ {threshold} บาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="246"/>
        <source>Income of members {rows} cannot be read.</source>
        <translation>อ่านรายได้ของสมาชิกคนที่ {rows} ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="249"/>
        <source>No member lives here.</source>
        <translation>ไม่มีสมาชิกอาศัยอยู่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="264"/>
        <source>Moo must be a number from 1 to 99.</source>
        <translation>หมู่ที่ต้องเป็นตัวเลข 1 ถึง 99</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="267"/>
        <source>This subdistrict already has a village with that moo.</source>
        <translation>ตำบลนี้มีหมู่บ้านหมู่ที่นี้อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="270"/>
        <source>Type the village name.</source>
        <translation>กรุณาพิมพ์ชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="273"/>
        <source>Choose a subdistrict of this district first.</source>
        <translation>กรุณาเลือกตำบลในอำเภอนี้ก่อน</translation>
    </message>
</context>
<context>
    <name>ProjectDesk</name>
    <message>
        <location filename="../../desktop/ui/projects/project_desk.py" line="170"/>
        <location filename="../../desktop/ui/projects/project_desk.py" line="177"/>
        <location filename="../../desktop/ui/projects/project_desk.py" line="182"/>
        <source>Delete assistance</source>
        <translation>ลบการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_desk.py" line="171"/>
        <source>Delete this record of help? The change log keeps what it was.</source>
        <translation>ลบรายการช่วยเหลือนี้หรือไม่ ประวัติการแก้ไขจะเก็บข้อมูลเดิมไว้</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsSection</name>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="45"/>
        <source>New agency…</source>
        <translation>เพิ่มหน่วยงาน…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="59"/>
        <source>households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="73"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="79"/>
        <source>baht</source>
        <translation>บาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="82"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="90"/>
        <source>Project &amp;name</source>
        <translation>&amp;ชื่อโครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="91"/>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="92"/>
        <source>Fiscal year (BE)</source>
        <translation>ปีงบประมาณ (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="93"/>
        <source>Umbrella</source>
        <translation>ร่มยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="94"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="95"/>
        <source>Rationale</source>
        <translation>หลักการและเหตุผล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="96"/>
        <source>Objectives</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="97"/>
        <source>Target group</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="98"/>
        <source>Target households</source>
        <translation>ครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="99"/>
        <source>Budget source and amount</source>
        <translation>แหล่งงบประมาณและจำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="100"/>
        <source>Period</source>
        <translation>ระยะเวลาดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="101"/>
        <source>Responsible person</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="129"/>
        <source>— choose the agency —</source>
        <translation>— เลือกหน่วยงาน —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="133"/>
        <source>— no umbrella —</source>
        <translation>— ไม่ระบุร่ม —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="137"/>
        <source>— budget source —</source>
        <translation>— แหล่งงบประมาณ —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/details_section.py" line="143"/>
        <source>{name} (retired)</source>
        <translation>{name} (เลิกใช้)</translation>
    </message>
</context>
<context>
    <name>ProjectFormDialog</name>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="93"/>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="104"/>
        <source>Steps and method</source>
        <translation>ขั้นตอนและวิธีดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="105"/>
        <source>Evaluation method</source>
        <translation>วิธีการประเมินผล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="106"/>
        <source>Evaluation tools</source>
        <translation>เครื่องมือประเมินผล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="107"/>
        <source>Evidence</source>
        <translation>หลักฐาน/เอกสารอ้างอิง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="115"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="116"/>
        <location filename="../../desktop/ui/projects/project_form.py" line="394"/>
        <source>Area</source>
        <translation>พื้นที่ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="117"/>
        <source>Method and evaluation</source>
        <translation>วิธีดำเนินการและการประเมินผล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="118"/>
        <source>Key results and progress</source>
        <translation>ตัวชี้วัดและความก้าวหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="119"/>
        <source>Households reached</source>
        <translation>ครัวเรือนที่ได้รับการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="125"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="126"/>
        <source>Save (Ctrl+S)</source>
        <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="127"/>
        <location filename="../../desktop/ui/projects/project_form.py" line="308"/>
        <location filename="../../desktop/ui/projects/project_form.py" line="315"/>
        <location filename="../../desktop/ui/projects/project_form.py" line="320"/>
        <source>Delete project</source>
        <translation>ลบโครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="128"/>
        <source>Project sheet (PDF)…</source>
        <translation>แบบสรุปโครงการ (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="130"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="205"/>
        <source>Project: {name}</source>
        <translation>โครงการ: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="207"/>
        <source>New project</source>
        <translation>โครงการใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="245"/>
        <source>Not saved: someone else saved it first.</source>
        <translation>ยังไม่ได้บันทึก: มีผู้อื่นบันทึกไว้ก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="247"/>
        <location filename="../../desktop/ui/projects/project_form.py" line="291"/>
        <source>project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="283"/>
        <location filename="../../desktop/ui/projects/project_form.py" line="292"/>
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="290"/>
        <source>Not saved: the project was deleted.</source>
        <translation>ยังไม่ได้บันทึก: โครงการนี้ถูกลบแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="299"/>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="309"/>
        <source>Delete this project with its key results and reports?</source>
        <translation>ลบโครงการนี้พร้อมตัวชี้วัดและรายงานหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="321"/>
        <source>This project cannot be deleted: {reason}</source>
        <translation>ลบโครงการนี้ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="348"/>
        <source>Report evidence</source>
        <translation>หลักฐานของรายงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="349"/>
        <source>Save the project first: files are kept with the saved report.</source>
        <translation>บันทึกโครงการก่อน: ไฟล์หลักฐานเก็บไว้กับรายงานที่บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="362"/>
        <source>Save the project first.</source>
        <translation>บันทึกโครงการก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="375"/>
        <source>Note: {text}</source>
        <translation>ข้อสังเกต: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="392"/>
        <source>Key result {number}</source>
        <translation>ตัวชี้วัดที่ {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="429"/>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/project_form.py" line="430"/>
        <source>Close the project without saving the changes?</source>
        <translation>ปิดโครงการโดยไม่บันทึกการแก้ไขหรือไม่</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="57"/>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="58"/>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="59"/>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="60"/>
        <source>Umbrella</source>
        <translation>ร่มยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="61"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="62"/>
        <source>Budget, baht</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="63"/>
        <source>Given, baht</source>
        <translation>ช่วยเหลือแล้ว (บาท)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="64"/>
        <source>Households reached / target</source>
        <translation>ครัวเรือนที่ได้รับ / เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="75"/>
        <source>{attained} of {total} key results attained</source>
        <translation>บรรลุ {attained} จาก {total} ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="87"/>
        <source>No budget set</source>
        <translation>ไม่ได้ตั้งงบประมาณ</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="110"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="112"/>
        <source>&amp;New project</source>
        <translation>เพิ่มโครงการ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="113"/>
        <source>A new project (Ctrl+Shift+N)</source>
        <translation>เพิ่มโครงการใหม่ (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="114"/>
        <source>&amp;Open</source>
        <translation>เปิด (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="115"/>
        <source>Agencies…</source>
        <translation>หน่วยงาน…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="123"/>
        <source>Search a project or agency name</source>
        <translation>ค้นหาชื่อโครงการหรือหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="207"/>
        <source>All fiscal years</source>
        <translation>ทุกปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="209"/>
        <source>Fiscal year {year}</source>
        <translation>ปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="211"/>
        <source>All umbrellas</source>
        <translation>ทุกร่มยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="215"/>
        <source>All agencies</source>
        <translation>ทุกหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="219"/>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="225"/>
        <source>All districts</source>
        <translation>ทุกอำเภอ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="227"/>
        <source>District {name}</source>
        <translation>อ.{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="228"/>
        <source>The province&apos;s own projects</source>
        <translation>โครงการของสำนักงานจังหวัดเอง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/projects_page.py" line="280"/>
        <source>{count} projects · budget {budget} · given {given} baht</source>
        <translation>{count} โครงการ · งบประมาณ {budget} · ช่วยเหลือแล้ว {given} บาท</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="54"/>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="163"/>
        <source>Check before sending</source>
        <translation>ตรวจก่อนส่ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="68"/>
        <source>Before sending, check every household of the office against the household form&apos;s rules and the rules across records. Double-click a problem to open the household. Once nothing is found, a supervisor signs the data off as ready to send.</source>
        <translation>ก่อนส่ง ตรวจทุกครัวเรือนของสำนักงานตามกฎของแบบบันทึกครัวเรือนและกฎที่ตรวจข้ามระเบียน ดับเบิลคลิกปัญหาเพื่อเปิดครัวเรือนนั้น เมื่อไม่พบปัญหาแล้ว หัวหน้าจึงรับรองว่าข้อมูลพร้อมส่ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="75"/>
        <source>Check &amp;before sending</source>
        <translation>ตรวจก่อนส่ง (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="80"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="81"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="82"/>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="83"/>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="84"/>
        <source>What was found</source>
        <translation>สิ่งที่พบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="89"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="89"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="89"/>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="89"/>
        <source>Where</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="93"/>
        <source>&amp;Open the household</source>
        <translation>เปิดครัวเรือน (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="96"/>
        <source>Sign off: &amp;ready to send</source>
        <translation>รับรอง: พร้อมส่ง (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="133"/>
        <source>Checking…</source>
        <translation>กำลังตรวจ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="149"/>
        <source>Checking… {done} of {total} rules</source>
        <translation>กำลังตรวจ… กฎที่ {done} จาก {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="161"/>
        <source>The check failed: {reason}</source>
        <translation>ตรวจไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="171"/>
        <source>No problems in {households} households (survey year {year}).</source>
        <translation>ไม่พบปัญหาใน {households} ครัวเรือน (ปีสำรวจ {year})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="175"/>
        <source>{problems} problems in {villages} villages of {households} households (survey year {year}).</source>
        <translation>พบปัญหา {problems} รายการ ใน {villages} หมู่บ้าน จาก {households} ครัวเรือน (ปีสำรวจ {year})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="208"/>
        <source>Not in the household register</source>
        <translation>ไม่อยู่ในทะเบียนครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="209"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ {moo} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="246"/>
        <source>Sign off</source>
        <translation>รับรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="255"/>
        <source>Ready to send: signed off by {name} on {when}.</source>
        <translation>พร้อมส่ง: {name} รับรองเมื่อ {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="261"/>
        <source>Checked by {name} on {when}: no problems. A supervisor may sign off.</source>
        <translation>{name} ตรวจเมื่อ {when}: ไม่พบปัญหา หัวหน้ารับรองได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="264"/>
        <source>Checked by {name} on {when}: {problems} problems. Correct them, then check again.</source>
        <translation>{name} ตรวจเมื่อ {when}: พบปัญหา {problems} รายการ แก้ไขแล้วตรวจอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="269"/>
        <source>The data changed after the last check: check again before signing off.</source>
        <translation>ข้อมูลมีการแก้ไขหลังการตรวจครั้งล่าสุด: ตรวจอีกครั้งก่อนรับรอง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="271"/>
        <source>Not checked yet.</source>
        <translation>ยังไม่ได้ตรวจ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/quality_panel.py" line="273"/>
        <source>Only a supervisor signs off.</source>
        <translation>เฉพาะหัวหน้าเท่านั้นที่รับรองได้</translation>
    </message>
</context>
<context>
    <name>ReachPanel</name>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="49"/>
        <source>Record assistance to households…</source>
        <translation>บันทึกการช่วยเหลือครัวเรือน…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="51"/>
        <source>Choose households with the register&apos;s search and filters (Ctrl+R)</source>
        <translation>เลือกครัวเรือนด้วยการค้นหาและตัวกรองของทะเบียน (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="57"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="58"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="59"/>
        <source>Head</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="60"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="61"/>
        <source>Help</source>
        <translation>ความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="62"/>
        <source>Baht</source>
        <translation>บาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="71"/>
        <source>Households reached</source>
        <translation>ครัวเรือนที่ได้รับการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="72"/>
        <source>Money given</source>
        <translation>เงินช่วยเหลือที่ให้แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="73"/>
        <source>Money spent (reports)</source>
        <translation>ใช้จ่ายแล้ว (ตามรายงาน)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="88"/>
        <source>save the project first</source>
        <translation>บันทึกโครงการก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="97"/>
        <source>{reached} of {target} households</source>
        <translation>{reached} จาก {target} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="106"/>
        <source>{given} of {budget} baht</source>
        <translation>{given} จาก {budget} บาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="111"/>
        <source>{given} baht given; no budget set</source>
        <translation>ช่วยเหลือแล้ว {given} บาท (ไม่ได้ตั้งงบประมาณ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="116"/>
        <source>{spent} baht</source>
        <translation>{spent} บาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="128"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ที่ {moo} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projects/reach_panel.py" line="136"/>
        <source>Showing the latest {shown} of {total} records.</source>
        <translation>แสดงล่าสุด {shown} จาก {total} รายการ</translation>
    </message>
</context>
<context>
    <name>RecordAssistanceDialog</name>
    <message>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="85"/>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="259"/>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="277"/>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="286"/>
        <source>Record assistance</source>
        <translation>บันทึกการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="104"/>
        <source>&amp;Record</source>
        <translation>บันทึก (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="105"/>
        <source>Record the help for the chosen households (Ctrl+S)</source>
        <translation>บันทึกความช่วยเหลือให้ครัวเรือนที่เลือก (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="106"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="116"/>
        <source>Choose households: Space ticks, Shift+arrows add a run, Ctrl or Shift and click, or tick all listed.</source>
        <translation>เลือกครัวเรือน: กด Space เพื่อติ๊ก Shift+ลูกศรเพื่อเลือกต่อกัน หรือกด Ctrl หรือ Shift แล้วคลิก หรือติ๊กเลือกทั้งหมดที่แสดง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="191"/>
        <source>Indicator {number}</source>
        <translation>ตัวชี้วัด {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="197"/>
        <source>(due {date})</source>
        <translation>(กำหนด {date})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="206"/>
        <source>Correct assistance</source>
        <translation>แก้ไขการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="231"/>
        <source>All {count} listed households</source>
        <translation>ทุกครัวเรือนที่แสดง {count} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="240"/>
        <source>{count} households chosen</source>
        <translation>เลือกแล้ว {count} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="271"/>
        <source>Record this help for {count} households?</source>
        <translation>บันทึกความช่วยเหลือนี้ให้ {count} ครัวเรือนหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assistance/record_dialog.py" line="299"/>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
</context>
<context>
    <name>RecordProblemText</name>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="20"/>
        <source>This is needed.</source>
        <translation>ต้องกรอกช่องนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="23"/>
        <source>At most {limit} characters.</source>
        <translation>ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="26"/>
        <source>Another entry already has this code.</source>
        <translation>มีรายการอื่นใช้รหัสนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="29"/>
        <source>A code is letters, digits, _ or - only, without spaces.</source>
        <translation>รหัสใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข _ หรือ - ไม่มีช่องว่าง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="32"/>
        <source>This choice does not exist (any more).</source>
        <translation>ไม่มีตัวเลือกนี้ (แล้ว)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="35"/>
        <source>This code is retired; choose one in use.</source>
        <translation>รหัสนี้เลิกใช้แล้ว เลือกรหัสที่ยังใช้อยู่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="38"/>
        <source>A fiscal year in the Buddhist era, {min} to {max}.</source>
        <translation>ปีงบประมาณเป็น พ.ศ. ระหว่าง {min} ถึง {max}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="41"/>
        <source>Cannot be below zero.</source>
        <translation>ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="44"/>
        <source>The end comes before the start.</source>
        <translation>วันสิ้นสุดอยู่ก่อนวันเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="47"/>
        <source>The period goes outside the fiscal year.</source>
        <translation>ระยะเวลาอยู่นอกปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="50"/>
        <source>There is already a report for this fiscal year and quarter.</source>
        <translation>มีรายงานของปีงบประมาณและไตรมาสนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="53"/>
        <source>Choose at least one household.</source>
        <translation>เลือกอย่างน้อยหนึ่งครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="56"/>
        <source>This date has not come yet.</source>
        <translation>วันที่นี้ยังมาไม่ถึง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="59"/>
        <source>Choose the project or the agency that helped.</source>
        <translation>เลือกโครงการหรือหน่วยงานที่ให้ความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="62"/>
        <source>Money given would reach {after} baht, over the budget of {budget} baht.</source>
        <translation>เงินช่วยเหลือจะรวมเป็น {after} บาท เกินงบประมาณ {budget} บาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="66"/>
        <source>{count} records use it, so it cannot be deleted.</source>
        <translation>มี {count} รายการใช้อยู่ จึงลบไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="75"/>
        <source>There is no such date.</source>
        <translation>ไม่มีวันที่นี้ในปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="77"/>
        <source>Type the year in the Buddhist era, e.g. 2568.</source>
        <translation>พิมพ์ปีเป็น พ.ศ. เช่น 2568</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="80"/>
        <source>Type a date as day/month/year in the Buddhist era, e.g. 15/3/2568.</source>
        <translation>พิมพ์วันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 15/3/2568</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="87"/>
        <source>At most 2 digits after the point.</source>
        <translation>ทศนิยมไม่เกิน 2 ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_problem_text.py" line="88"/>
        <source>Type an amount in baht, e.g. 45,000.</source>
        <translation>พิมพ์จำนวนเงินเป็นบาท เช่น 45,000</translation>
    </message>
</context>
<context>
    <name>ReportEvidenceDialog</name>
    <message>
        <location filename="../../desktop/ui/evidence/report_evidence_dialog.py" line="27"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence/report_evidence_dialog.py" line="39"/>
        <source>Evidence: {report}</source>
        <translation>หลักฐาน: {report}</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <location filename="../../desktop/ui/save_conflict.py" line="39"/>
        <location filename="../../desktop/ui/save_conflict.py" line="42"/>
        <source>another user</source>
        <translation>ผู้ใช้อื่น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_conflict.py" line="41"/>
        <source>{name} on {date} at {time}</source>
        <translation>{name} เมื่อ {date} เวลา {time} น.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_conflict.py" line="51"/>
        <source>Not saved: this {what} was deleted by another user while you were editing it. Nothing was written.</source>
        <translation>ไม่ได้บันทึก: {what}นี้ถูกผู้ใช้อื่นลบไปแล้วระหว่างที่คุณแก้ไข ไม่มีข้อมูลใดถูกเขียน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_conflict.py" line="56"/>
        <source>Not saved: this {what} was deleted by {who} while you were editing it. Nothing was written.</source>
        <translation>ไม่ได้บันทึก: {what}นี้ถูกลบโดย {who} ระหว่างที่คุณแก้ไข ไม่มีข้อมูลใดถูกเขียน</translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <location filename="../../desktop/ui/save_conflict.py" line="76"/>
        <source>Saved by someone else</source>
        <translation>มีผู้อื่นบันทึกไว้ก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_conflict.py" line="79"/>
        <source>This {what} was saved by {who}, after you opened it. Your changes are not saved yet, and nothing of theirs has been overwritten.</source>
        <translation>{what}นี้ถูกบันทึกโดย {who} หลังจากที่คุณเปิดไว้ สิ่งที่คุณแก้ไขยังไม่ได้บันทึก และข้อมูลของเขายังไม่ถูกเขียนทับ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_conflict.py" line="86"/>
        <source>&amp;Reload theirs (lose my changes)</source>
        <translation>โหลดข้อมูลของเขา ทิ้งที่ฉันแก้ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_conflict.py" line="87"/>
        <source>&amp;Compare and choose…</source>
        <translation>เปรียบเทียบและเลือก… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_conflict.py" line="88"/>
        <source>&amp;Overwrite theirs with mine</source>
        <translation>บันทึกทับของเขาด้วยของฉัน (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_conflict.py" line="89"/>
        <source>Cancel (keep editing)</source>
        <translation>ยกเลิก (แก้ไขต่อ)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="33"/>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="40"/>
        <source>Hide the middle digits of national IDs (PDPA): 3-6703-XXXXX-XX-4</source>
        <translation>ปิดบังเลขกลางของเลขประจำตัวประชาชน (PDPA): 3-6703-XXXXX-XX-4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="50"/>
        <source>The share of target households the province wants out of survival</source>
        <translation>สัดส่วนครัวเรือนเป้าหมายที่จังหวัดต้องการให้พ้นระดับอยู่รอด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="57"/>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="58"/>
        <source>Privacy</source>
        <translation>ความเป็นส่วนตัว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="59"/>
        <source>Province&apos;s goal out of survival</source>
        <translation>เป้าหมายจังหวัด: พ้นระดับอยู่รอด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="60"/>
        <source>Office</source>
        <translation>สำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="61"/>
        <source>Logged in as</source>
        <translation>ผู้ใช้งานขณะนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="62"/>
        <source>Database file</source>
        <translation>แฟ้มฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="65"/>
        <source>Province, district and subdistrict data: geothai (CC BY 4.0). Font: Sarabun (SIL Open Font License 1.1).</source>
        <translation>ข้อมูลจังหวัด อำเภอ ตำบล: geothai (CC BY 4.0) แบบอักษร: Sarabun (SIL Open Font License 1.1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="96"/>
        <source>Provincial office of {province} ({code})</source>
        <translation>สำนักงานพัฒนาชุมชนจังหวัด{province} ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="103"/>
        <source>{district} ({code}), {province}</source>
        <translation>อำเภอ{district} ({code}) จังหวัด{province}</translation>
    </message>
</context>
<context>
    <name>StagesSection</name>
    <message>
        <location filename="../../desktop/ui/household_form/stages_section.py" line="41"/>
        <source>Stage</source>
        <translation>ระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/stages_section.py" line="41"/>
        <source>Date (BE)</source>
        <translation>วันที่ (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/stages_section.py" line="41"/>
        <source>Assessor</source>
        <translation>ผู้ประเมิน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/stages_section.py" line="41"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/stages_section.py" line="46"/>
        <source>Add assessment</source>
        <translation>เพิ่มการประเมิน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/stages_section.py" line="47"/>
        <source>Remove assessment</source>
        <translation>ลบการประเมิน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/stages_section.py" line="96"/>
        <source>dd/mm/yyyy</source>
        <translation>วว/ดด/ปปปป</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/stages_section.py" line="129"/>
        <source>Current stage: {stage}</source>
        <translation>ระดับการพัฒนาปัจจุบัน: {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/stages_section.py" line="130"/>
        <source>not assessed</source>
        <translation>ยังไม่ประเมิน</translation>
    </message>
</context>
<context>
    <name>SubdistrictTable</name>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="98"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="98"/>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="99"/>
        <source>No stage yet</source>
        <translation>ยังไม่ประเมินระดับ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="101"/>
        <source>Helped</source>
        <translation>ได้รับการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="101"/>
        <source>Not yet helped</source>
        <translation>ยังไม่ได้รับการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="107"/>
        <source>Failing: {dimension}</source>
        <translation>ไม่ผ่าน: {dimension}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="116"/>
        <source>Whole district</source>
        <translation>ทั้งอำเภอ</translation>
    </message>
</context>
<context>
    <name>UmbrellaTable</name>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="136"/>
        <source>Umbrella</source>
        <translation>ร่มยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="137"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="138"/>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="139"/>
        <source>Money given (baht)</source>
        <translation>เงินช่วยเหลือ (บาท)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="140"/>
        <source>Money spent (baht)</source>
        <translation>ใช้จ่ายแล้ว (บาท)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="141"/>
        <source>Key results attained</source>
        <translation>ตัวชี้วัดที่บรรลุ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="154"/>
        <source>All projects</source>
        <translation>ทุกโครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="158"/>
        <source>{name} (retired)</source>
        <translation>{name} (เลิกใช้)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/figure_tables.py" line="163"/>
        <source>{attained} of {total} ({percent} %)</source>
        <translation>{attained} จาก {total} (ร้อยละ {percent})</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../desktop/ui/unexpected_error.py" line="39"/>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unexpected_error.py" line="42"/>
        <source>The program met an error it did not expect. What you saved before is kept; check the last thing you did before going on.</source>
        <translation>โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ โปรดตรวจสอบสิ่งที่ทำล่าสุดก่อนทำงานต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unexpected_error.py" line="48"/>
        <source>The details are in the log file: {path}</source>
        <translation>รายละเอียดอยู่ในไฟล์บันทึกการทำงาน: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unexpected_error.py" line="55"/>
        <source>&amp;Copy details</source>
        <translation>&amp;คัดลอกรายละเอียด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unexpected_error.py" line="56"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="134"/>
        <source>Unlock a submitted period</source>
        <translation>ปลดล็อกช่วงเวลาที่ส่งข้อมูลแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="137"/>
        <source>Fiscal year {year}, {area}: locked by {by} on {day}. Reason: {reason}</source>
        <translation>ปีงบประมาณ {year} {area}: ล็อกโดย {by} เมื่อ {day} เหตุผล: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="147"/>
        <source>e.g. the province asked for corrections</source>
        <translation>เช่น จังหวัดขอให้แก้ไขข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="149"/>
        <source>&amp;Unlock</source>
        <translation>ปลดล็อก (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="150"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/lock_dialogs.py" line="152"/>
        <source>Why unlock</source>
        <translation>เหตุผลที่ปลดล็อก</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="51"/>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="62"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="62"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="62"/>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="62"/>
        <source>Added on</source>
        <translation>เพิ่มเมื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="70"/>
        <source>Add &amp;user…</source>
        <translation>เพิ่มผู้ใช้… (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="71"/>
        <source>Set password…</source>
        <translation>ตั้งรหัสผ่าน…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="72"/>
        <source>Make supervisor</source>
        <translation>ให้เป็นผู้ควบคุม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="73"/>
        <source>Make clerk</source>
        <translation>ให้เป็นเจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="74"/>
        <source>Remove…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="75"/>
        <source>Change my password…</source>
        <translation>เปลี่ยนรหัสผ่านของฉัน…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="113"/>
        <source>Supervisor</source>
        <translation>ผู้ควบคุม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="113"/>
        <source>Clerk</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="114"/>
        <source>Yes</source>
        <translation>มี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="114"/>
        <source>No</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="159"/>
        <source>You cannot remove yourself.</source>
        <translation>ลบตัวเองไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="166"/>
        <location filename="../../desktop/ui/people/users_panel.py" line="168"/>
        <source>Only a supervisor may do this.</source>
        <translation>เฉพาะผู้ควบคุมเท่านั้นที่ทำได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="215"/>
        <source>Remove user</source>
        <translation>ลบผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/users_panel.py" line="217"/>
        <source>Remove {name}? They can no longer log in. The change log keeps what they did.</source>
        <translation>ลบ {name} หรือไม่ ผู้ใช้นี้จะเข้าระบบไม่ได้อีก ประวัติการแก้ไขยังเก็บสิ่งที่เขาทำไว้</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="90"/>
        <source>No.</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="90"/>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="90"/>
        <source>Last answer</source>
        <translation>คำตอบล่าสุด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="90"/>
        <source>Found now</source>
        <translation>ผลที่พบครั้งนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="97"/>
        <source>— no change —</source>
        <translation>— ไม่เปลี่ยน —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="102"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="104"/>
        <source>De&amp;lete visit…</source>
        <translation>ลบการเยี่ยม… (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="110"/>
        <source>&amp;Date of visit (BE)</source>
        <translation>วันที่เยี่ยม (พ.ศ.) (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="111"/>
        <source>&amp;Visited by</source>
        <translation>ผู้เยี่ยม (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="112"/>
        <source>&amp;Findings</source>
        <translation>สิ่งที่พบ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="118"/>
        <source>&amp;Indicators checked</source>
        <translation>ตัวชี้วัดที่ตรวจ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="125"/>
        <source>New s&amp;tage</source>
        <translation>ระดับการพัฒนาใหม่ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="126"/>
        <source>&amp;Reason for the stage</source>
        <translation>เหตุผลของระดับ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="127"/>
        <source>&amp;Next visit due (BE)</source>
        <translation>เยี่ยมครั้งต่อไป (พ.ศ.) (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="160"/>
        <source>Visit: {household}</source>
        <translation>เยี่ยมติดตาม: {household}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="162"/>
        <source>Correct visit: {household}</source>
        <translation>แก้ไขการเยี่ยม: {household}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="177"/>
        <source>(the answers become those of survey year {year})</source>
        <translation>(คำตอบบันทึกเป็นผลสำรวจปี {year})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="180"/>
        <source>No indicator set covers survey year {year} yet — load one in Settings</source>
        <translation>ยังไม่มีชุดตัวชี้วัดสำหรับปีสำรวจ {year} — โหลดชุดตัวชี้วัดที่ ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="201"/>
        <source>— not checked —</source>
        <translation>— ไม่ได้ตรวจ —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="228"/>
        <source>Visit date</source>
        <translation>วันที่เยี่ยม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="229"/>
        <source>Next visit due</source>
        <translation>เยี่ยมครั้งต่อไป</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="253"/>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="256"/>
        <source>Record visit</source>
        <translation>บันทึกการเยี่ยม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="267"/>
        <source>Delete visit</source>
        <translation>ลบการเยี่ยม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="269"/>
        <source>Delete the visit of {date} by {visitor}?

The answers it checked go back to what they were before it, the stage it reassessed is taken out of the stage history, and files attached to it are deleted. The change log keeps what was deleted.</source>
        <translation>ลบการเยี่ยมวันที่ {date} โดย {visitor} หรือไม่

คำตอบตัวชี้วัดที่ตรวจในการเยี่ยมนี้จะกลับเป็นค่าก่อนการเยี่ยม ระดับการพัฒนาที่ประเมินในการเยี่ยมนี้จะถูกนำออกจากประวัติระดับ และไฟล์ที่แนบกับการเยี่ยมนี้จะถูกลบ ประวัติการแก้ไขยังเก็บสิ่งที่ลบไว้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/visit_dialog.py" line="289"/>
        <source>This visit was deleted meanwhile. Close the window and look again.</source>
        <translation>การเยี่ยมนี้ถูกลบไปแล้วระหว่างนี้ กรุณาปิดหน้าต่างแล้วเปิดดูใหม่</translation>
    </message>
</context>
<context>
    <name>WorkbookGuideDialog</name>
    <message>
        <location filename="../../desktop/ui/exchange/workbook_guide.py" line="23"/>
        <source>The exchange workbook: guide</source>
        <translation>คู่มือแฟ้มข้อมูลรับ-ส่ง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/workbook_guide.py" line="30"/>
        <source>The guide could not be read: {reason}</source>
        <translation>อ่านคู่มือไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/workbook_guide.py" line="33"/>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="13"/>
        <source>Visit overdue</source>
        <translation>นัดเยี่ยมเลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="14"/>
        <source>Survival, no plan</source>
        <translation>อยู่รอด ยังไม่มีแผน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="15"/>
        <source>Indicator not addressed</source>
        <translation>ตัวชี้วัดที่ยังไม่มีผู้ดูแล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="16"/>
        <source>Not verified in 12 months</source>
        <translation>ไม่ได้ตรวจสอบเกิน 12 เดือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="17"/>
        <source>Stage unchanged 12 months</source>
        <translation>ระดับไม่เปลี่ยนเกิน 12 เดือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="18"/>
        <source>Activity past due</source>
        <translation>กิจกรรมเลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="29"/>
        <source>Visit due {date}</source>
        <translation>ถึงกำหนดเยี่ยม {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="32"/>
        <source>In survival since {date}</source>
        <translation>อยู่รอดตั้งแต่ {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="34"/>
        <source>In survival</source>
        <translation>อยู่รอด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="37"/>
        <source>Indicator {number} fails; plan of {date}</source>
        <translation>ตัวชี้วัดข้อ {number} ไม่ผ่าน ไม่มีกิจกรรมหรือความช่วยเหลือ (แผนวันที่ {date})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="42"/>
        <source>Last verified {date}</source>
        <translation>ตรวจสอบล่าสุด {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="44"/>
        <source>Never verified</source>
        <translation>ยังไม่เคยตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="47"/>
        <source>Same stage since {date}</source>
        <translation>อยู่ระดับเดิมตั้งแต่ {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="50"/>
        <source> (indicator {number})</source>
        <translation> (ตัวชี้วัดข้อ {number})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_text.py" line="56"/>
        <source>{activity}{number}, due {date}</source>
        <translation>{activity}{number} กำหนดเสร็จ {date}</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="78"/>
        <source>Follow-up work</source>
        <translation>งานที่ต้องติดตาม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="80"/>
        <source>&amp;Open household</source>
        <translation>เ&amp;ปิดครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="81"/>
        <source>&amp;Print visit list…</source>
        <translation>&amp;พิมพ์รายการเยี่ยม…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="82"/>
        <source>The listed work as a PDF, one village a page</source>
        <translation>งานในรายการเป็นไฟล์ PDF หมู่บ้านละหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="93"/>
        <source>Area:</source>
        <translation>พื้นที่:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="144"/>
        <source>All subdistricts</source>
        <translation>ทุกตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="172"/>
        <source>Reading…</source>
        <translation>กำลังอ่าน…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="201"/>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="223"/>
        <source>{lines} items · {households} households</source>
        <translation>{lines} รายการ · {households} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="241"/>
        <source>The list could not be read: {reason}</source>
        <translation>อ่านรายการไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="268"/>
        <source>Save the visit list as PDF</source>
        <translation>บันทึกรายการเยี่ยมเป็น PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="280"/>
        <source>Visit list</source>
        <translation>รายการเยี่ยม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="284"/>
        <source>Print visit list</source>
        <translation>พิมพ์รายการเยี่ยม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="285"/>
        <source>The PDF could not be written: {reason}</source>
        <translation>เขียนไฟล์ PDF ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="297"/>
        <source>All villages</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_page.py" line="302"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ {moo} {name}</translation>
    </message>
</context>
<context>
    <name>WorklistTable</name>
    <message>
        <location filename="../../desktop/ui/cases/worklist_model.py" line="24"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_model.py" line="25"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_model.py" line="26"/>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_model.py" line="27"/>
        <source>Work</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_model.py" line="28"/>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_model.py" line="29"/>
        <source>Days</source>
        <translation>วัน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/worklist_model.py" line="110"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ {moo} {name}</translation>
    </message>
</context>
</TS>
