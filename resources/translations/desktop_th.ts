<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>AddressSection</name>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="31"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="35"/>
        <source>— subdistrict —</source>
        <translation>— ตำบล —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="39"/>
        <source>New village…</source>
        <translation>เพิ่มหมู่บ้าน…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="43"/>
        <source>Moo </source>
        <translation>หมู่ที่ </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="45"/>
        <source>Village name, e.g. บ้านหนองนา</source>
        <translation>ชื่อหมู่บ้าน เช่น บ้านหนองนา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="46"/>
        <source>Add village</source>
        <translation>เพิ่มหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="57"/>
        <source>11 digits, if the house has one</source>
        <translation>11 หลัก (ถ้ามี)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="61"/>
        <source>Holds a state welfare card</source>
        <translation>มีบัตรสวัสดิการแห่งรัฐ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="62"/>
        <source>Registered for the welfare card</source>
        <translation>ลงทะเบียนบัตรสวัสดิการแห่งรัฐ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="80"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="82"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="84"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="86"/>
        <source>House code</source>
        <translation>รหัสบ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="88"/>
        <source>Source list</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="150"/>
        <source>— village —</source>
        <translation>— หมู่บ้าน —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/address_section.py" line="155"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ที่ {moo} {name}</translation>
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
        <source>Hlth</source>
        <translation>สุขภาพ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="34"/>
        <source>Liv</source>
        <translation>อยู่อาศัย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="35"/>
        <source>Edu</source>
        <translation>ศึกษา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="36"/>
        <source>Inc</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_text.py" line="37"/>
        <source>Svc</source>
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
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="31"/>
        <source>Search: Thai name, national ID or house code (Ctrl+F)</source>
        <translation>ค้นหา: ชื่อ เลขประจำตัวประชาชน หรือรหัสบ้าน (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="38"/>
        <source>All subdistricts</source>
        <translation>ทุกตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="41"/>
        <location filename="../../desktop/ui/households/filter_bar.py" line="118"/>
        <source>All villages</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="42"/>
        <source>All stages</source>
        <translation>ทุกระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="45"/>
        <source>No stage yet</source>
        <translation>ยังไม่ประเมินระดับ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="46"/>
        <source>Any dimension</source>
        <translation>ทุกมิติ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="49"/>
        <source>Fails: {}</source>
        <translation>ไม่ผ่านมิติ{}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="51"/>
        <source>Any indicator</source>
        <translation>ทุกตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="54"/>
        <source>Fails no. {number}: {text}</source>
        <translation>ไม่ผ่านข้อ {number}: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="59"/>
        <source>All source lists</source>
        <translation>ทุกแหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="62"/>
        <source>Helped or not</source>
        <translation>ได้รับ/ยังไม่ได้รับความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="63"/>
        <source>Helped</source>
        <translation>ได้รับความช่วยเหลือแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="64"/>
        <source>Not yet helped</source>
        <translation>ยังไม่ได้รับความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="72"/>
        <source>Clear all filters</source>
        <translation>ล้างตัวกรองทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="122"/>
        <source>Moo {moo} {name}</source>
        <translation>หมู่ที่ {moo} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="169"/>
        <source>Search: {text}</source>
        <translation>ค้นหา: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="170"/>
        <source>All target households</source>
        <translation>ครัวเรือนเป้าหมายทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/filter_bar.py" line="195"/>
        <source>Clear this filter</source>
        <translation>ล้างตัวกรองนี้</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="47"/>
        <source>Set up your office</source>
        <translation>ตั้งค่าสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="52"/>
        <source>Welcome. Choose the district office this computer works for and type your name. The data stays on this computer.</source>
        <translation>ยินดีต้อนรับ เลือกสำนักงานพัฒนาชุมชนอำเภอที่เครื่องนี้ใช้งาน แล้วพิมพ์ชื่อของท่าน ข้อมูลทั้งหมดเก็บไว้ในเครื่องนี้เท่านั้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="58"/>
        <source>— choose a province —</source>
        <translation>— เลือกจังหวัด —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="63"/>
        <source>e.g. สมศรี ใจดี</source>
        <translation>เช่น สมศรี ใจดี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="68"/>
        <source>&amp;Province</source>
        <translation>จังหวัด (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="69"/>
        <source>&amp;District</source>
        <translation>อำเภอ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="70"/>
        <source>Your &amp;name</source>
        <translation>ชื่อผู้ใช้งาน (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="71"/>
        <source>Database file</source>
        <translation>แฟ้มฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="73"/>
        <source>&amp;Create office</source>
        <translation>สร้างสำนักงาน (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="75"/>
        <source>Open a &amp;demo office</source>
        <translation>เปิดสำนักงานตัวอย่าง (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="76"/>
        <source>Open another &amp;file…</source>
        <translation>เปิดแฟ้มอื่น… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="77"/>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="107"/>
        <source>— choose a district —</source>
        <translation>— เลือกอำเภอ —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="118"/>
        <location filename="../../desktop/ui/first_start.py" line="122"/>
        <location filename="../../desktop/ui/first_start.py" line="131"/>
        <source>Office</source>
        <translation>สำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="118"/>
        <source>Choose the province and the district.</source>
        <translation>กรุณาเลือกจังหวัดและอำเภอ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="122"/>
        <source>Type your name.</source>
        <translation>กรุณาพิมพ์ชื่อของท่าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="137"/>
        <location filename="../../desktop/ui/first_start.py" line="146"/>
        <source>Open a database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="137"/>
        <source>Office databases (*.sqlite3 *.db)</source>
        <translation>ฐานข้อมูลสำนักงาน (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="157"/>
        <source>Generating a demo office…</source>
        <translation>กำลังสร้างสำนักงานตัวอย่าง…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="157"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="170"/>
        <source>Demo office</source>
        <translation>สำนักงานตัวอย่าง</translation>
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
        <location filename="../../desktop/ui/household_form/history_view.py" line="40"/>
        <source>added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="41"/>
        <source>changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/history_view.py" line="42"/>
        <source>removed</source>
        <translation>ลบ</translation>
    </message>
</context>
<context>
    <name>HouseholdFormDialog</name>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="108"/>
        <source>Household and members</source>
        <translation>ครัวเรือนและสมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="109"/>
        <source>Indicators</source>
        <translation>ตัวชี้วัด จปฐ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="110"/>
        <source>Development stage</source>
        <translation>ระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="111"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="112"/>
        <source>History</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="114"/>
        <source>Delete household…</source>
        <translation>ลบครัวเรือน…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="115"/>
        <source>Close (Esc)</source>
        <translation>ปิด (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="116"/>
        <source>Save and next (Ctrl+N)</source>
        <translation>บันทึกแล้วเพิ่มถัดไป (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="117"/>
        <source>Save (Ctrl+S)</source>
        <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="120"/>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="371"/>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="123"/>
        <source>Print preview… (Ctrl+P)</source>
        <translation>ดูตัวอย่างก่อนพิมพ์… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="124"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="125"/>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="247"/>
        <source>New household</source>
        <translation>ครัวเรือนใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="250"/>
        <source>Household {key}</source>
        <translation>ครัวเรือน {key}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="255"/>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="400"/>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="431"/>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="330"/>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="338"/>
        <source>Not saved: first fix the problems marked in red.</source>
        <translation>ยังไม่ได้บันทึก: กรุณาแก้ไขรายการสีแดงก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="347"/>
        <source>Saved household {key}.</source>
        <translation>บันทึกครัวเรือน {key} แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="359"/>
        <source>Next household in the same village.</source>
        <translation>ครัวเรือนถัดไปในหมู่บ้านเดิม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="372"/>
        <source>Save the household first: sheets show what is saved.</source>
        <translation>กรุณาบันทึกครัวเรือนก่อน แบบสรุปจะแสดงข้อมูลที่บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="392"/>
        <source>Saved {name}.</source>
        <translation>บันทึก {name} แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="401"/>
        <source>This household has changes that are not saved. Close and lose them?</source>
        <translation>ครัวเรือนนี้มีการแก้ไขที่ยังไม่ได้บันทึก ปิดและทิ้งการแก้ไขหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="415"/>
        <source>Delete household</source>
        <translation>ลบครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="417"/>
        <source>Delete household {key} and all its members, answers and history? This cannot be undone.</source>
        <translation>ลบครัวเรือน {key} พร้อมสมาชิก คำตอบตัวชี้วัด และประวัติทั้งหมดหรือไม่ การลบนี้ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="432"/>
        <source>Open the other household and lose the changes made here?</source>
        <translation>เปิดครัวเรือนอื่นและทิ้งการแก้ไขที่ยังไม่ได้บันทึกหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/form_dialog.py" line="440"/>
        <source>New village</source>
        <translation>หมู่บ้านใหม่</translation>
    </message>
</context>
<context>
    <name>HouseholdTable</name>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="34"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="35"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="36"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/households/table_model.py" line="37"/>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
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
        <location filename="../../desktop/ui/households/table_model.py" line="62"/>
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
        <location filename="../../desktop/ui/households/households_page.py" line="161"/>
        <source>{count} households</source>
        <translation>{count} ครัวเรือน</translation>
    </message>
</context>
<context>
    <name>IncomeTable</name>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="198"/>
        <source>Income category</source>
        <translation>ประเภทรายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="198"/>
        <source>Baht per year</source>
        <translation>บาทต่อปี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="198"/>
        <source>Cost, baht</source>
        <translation>ต้นทุน (บาท)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="203"/>
        <source>Add income</source>
        <translation>เพิ่มรายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="204"/>
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
    <name>IndicatorsSection</name>
    <message>
        <location filename="../../desktop/ui/household_form/indicators_section.py" line="43"/>
        <source>Answer the unanswered from the suggestions</source>
        <translation>ตอบข้อที่ยังว่างตามคำแนะนำ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/indicators_section.py" line="62"/>
        <source>Survey year {year} (BE)</source>
        <translation>ปีที่สำรวจ พ.ศ. {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/indicators_section.py" line="84"/>
        <source>{number}. {text}</source>
        <translation>{number}. {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/indicators_section.py" line="141"/>
        <source>verified by {who}, {when}</source>
        <translation>ตรวจสอบโดย {who} เมื่อ {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/indicators_section.py" line="156"/>
        <source>Suggested: {status}</source>
        <translation>แนะนำ: {status}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="49"/>
        <source>District Desk — target households</source>
        <translation>ระบบครัวเรือนเป้าหมาย สำนักงานพัฒนาชุมชนอำเภอ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="65"/>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="66"/>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="67"/>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="68"/>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>Assistance</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="69"/>
        <location filename="../../desktop/ui/main_window.py" line="188"/>
        <source>Exchange</source>
        <translation>รับ-ส่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="70"/>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149"/>
        <source>Office not set up</source>
        <translation>ยังไม่ได้ตั้งค่าสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>{district}, {province}</source>
        <translation>อำเภอ{district} จังหวัด{province}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>(demo)</source>
        <translation>(ข้อมูลตัวอย่าง)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>Households {households} · Members {members} · Projects {projects}</source>
        <translation>ครัวเรือน {households} · สมาชิก {members} คน · โครงการ {projects}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>keep agencies and their projects under the province&apos;s umbrellas</source>
        <translation>บันทึกหน่วยงานและโครงการภายใต้ร่มยุทธศาสตร์ของจังหวัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="173"/>
        <source>record key results with targets and quarterly progress</source>
        <translation>บันทึกตัวชี้วัด ค่าเป้าหมาย และผลการดำเนินงานรายไตรมาส</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181"/>
        <source>record which household got which help from which project</source>
        <translation>บันทึกว่าครัวเรือนใดได้รับความช่วยเหลืออะไรจากโครงการใด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182"/>
        <source>choose many households at once with the register&apos;s filters</source>
        <translation>เลือกหลายครัวเรือนพร้อมกันด้วยตัวกรองของทะเบียนครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <source>export the workbook the province asks for</source>
        <translation>ส่งออกแฟ้ม Excel ตามที่จังหวัดกำหนด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>import the province&apos;s list after a dry run that changes nothing</source>
        <translation>นำเข้ารายชื่อจากจังหวัด หลังตรวจสอบก่อนนำเข้าโดยไม่เปลี่ยนข้อมูล</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="46"/>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="51"/>
        <source>dd/mm/yyyy (Buddhist era)</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="54"/>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="55"/>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="74"/>
        <source>Reads, writes and counts</source>
        <translation>อ่านออก เขียนได้ คิดเลขเป็น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="75"/>
        <source>Cannot read or write</source>
        <translation>อ่านเขียนไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="77"/>
        <source>Disability</source>
        <translation>พิการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="78"/>
        <source>Chronic illness</source>
        <translation>ป่วยเรื้อรัง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="79"/>
        <source>Bedridden</source>
        <translation>ติดเตียง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="80"/>
        <source>Welfare card</source>
        <translation>บัตรสวัสดิการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="81"/>
        <source>Lives here this year</source>
        <translation>อาศัยอยู่ในปีนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="92"/>
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="93"/>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="94"/>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="95"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="96"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="97"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="98"/>
        <source>Relation to head</source>
        <translation>ความสัมพันธ์กับหัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="99"/>
        <source>Education status</source>
        <translation>สถานะการศึกษา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="100"/>
        <source>Education level</source>
        <translation>ระดับการศึกษา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="101"/>
        <source>Literacy</source>
        <translation>การอ่านเขียน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="102"/>
        <source>Main occupation</source>
        <translation>อาชีพหลัก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/member_editor.py" line="103"/>
        <source>Second occupation</source>
        <translation>อาชีพรอง</translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="45"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="53"/>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="54"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="55"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="56"/>
        <source>Relation</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="57"/>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="70"/>
        <source>Add member (Ctrl+M)</source>
        <translation>เพิ่มสมาชิก (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="71"/>
        <source>Remove member</source>
        <translation>ลบสมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="72"/>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="73"/>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/members_section.py" line="142"/>
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
        <source>The file {path} cannot be read: {detail}</source>
        <translation>ไม่สามารถอ่านแฟ้ม {path} ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="30"/>
        <source>The database {path} cannot be written (is the disk full or read-only?): {detail}</source>
        <translation>ไม่สามารถบันทึกฐานข้อมูล {path} ได้ (ดิสก์เต็มหรือเป็นแบบอ่านอย่างเดียวหรือไม่): {detail}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="19"/>
        <source>Target households</source>
        <translation>ครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="20"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="21"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="22"/>
        <source>Assistance records</source>
        <translation>รายการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="25"/>
        <source>Charts by stage, dimension, indicator and subdistrict, and progress toward the province&apos;s goal, arrive with the projects screen.</source>
        <translation>แผนภูมิตามระดับการพัฒนา มิติ ตัวชี้วัด และตำบล รวมทั้งความก้าวหน้าสู่เป้าหมายของจังหวัด จะมาพร้อมกับหน้าจอโครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="39"/>
        <source>Office not set up</source>
        <translation>ยังไม่ได้ตั้งค่าสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="42"/>
        <source>District office of {district}, {province}</source>
        <translation>สำนักงานพัฒนาชุมชนอำเภอ{district} จังหวัด{province}</translation>
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
        <location filename="../../desktop/ui/printing/household_printing.py" line="233"/>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="110"/>
        <source>The PDF could not be written: {}</source>
        <translation>ไม่สามารถบันทึกแฟ้ม PDF ได้: {}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="120"/>
        <source>Save a blank household sheet as PDF</source>
        <translation>บันทึกแบบสรุปเปล่าเป็น PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="142"/>
        <source>Save the households&apos; sheets as PDF</source>
        <translation>บันทึกแบบสรุปของครัวเรือนเป็น PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="201"/>
        <source>Household summary sheets</source>
        <translation>แบบสรุปข้อมูลครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="212"/>
        <source>Printing {count} households…</source>
        <translation>กำลังพิมพ์ {count} ครัวเรือน…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="215"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing/household_printing.py" line="234"/>
        <source>Printing stopped: {}</source>
        <translation>การพิมพ์หยุดลง: {}</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="17"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="18"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="19"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="20"/>
        <source>House code</source>
        <translation>รหัสบ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="21"/>
        <source>Source list</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="22"/>
        <source>Survey year</source>
        <translation>ปีที่สำรวจ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="23"/>
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="24"/>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="25"/>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="26"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="27"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="28"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="29"/>
        <source>Relation to head</source>
        <translation>ความสัมพันธ์กับหัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="30"/>
        <source>Education status</source>
        <translation>สถานะการศึกษา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="31"/>
        <source>Education level</source>
        <translation>ระดับการศึกษา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="32"/>
        <source>Main occupation</source>
        <translation>อาชีพหลัก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="33"/>
        <source>Second occupation</source>
        <translation>อาชีพรอง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="34"/>
        <source>Income amount</source>
        <translation>จำนวนรายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="35"/>
        <source>Production cost</source>
        <translation>ต้นทุนการผลิต</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="36"/>
        <source>Income category</source>
        <translation>ประเภทรายได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="37"/>
        <source>Stage</source>
        <translation>ระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="38"/>
        <source>Assessment date</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="51"/>
        <source>Member {row} {name}</source>
        <translation>สมาชิกคนที่ {row} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="60"/>
        <source>Stage entry {row}, {field}: </source>
        <translation>การประเมินครั้งที่ {row}, {field}: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="70"/>
        <source>must be filled in.</source>
        <translation>ต้องกรอกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="71"/>
        <source>“{value}” is not one of the choices.</source>
        <translation>“{value}” ไม่อยู่ในรายการที่เลือกได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="74"/>
        <source>the survey year must be between {min} and {max}.</source>
        <translation>ปีที่สำรวจต้องอยู่ระหว่าง {min} ถึง {max}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="77"/>
        <source>the village is not in this subdistrict.</source>
        <translation>หมู่บ้านไม่อยู่ในตำบลนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="80"/>
        <source>this village is not in the database.</source>
        <translation>ไม่มีหมู่บ้านนี้ในฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="83"/>
        <source>a house code has 11 digits; {length} were typed.</source>
        <translation>รหัสบ้านมี 11 หลัก แต่พิมพ์ไว้ {length} หลัก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="86"/>
        <source>this house code already belongs to household {household_key} (house no. {house_no}).</source>
        <translation>รหัสบ้านนี้เป็นของครัวเรือน {household_key} (บ้านเลขที่ {house_no}) แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="90"/>
        <source>A household needs at least one member.</source>
        <translation>ครัวเรือนต้องมีสมาชิกอย่างน้อยหนึ่งคน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="93"/>
        <source>Choose the head of household (relation: head of household).</source>
        <translation>กรุณาระบุหัวหน้าครัวเรือน (ความสัมพันธ์: หัวหน้าครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="96"/>
        <source>A household has exactly one head; {count} are marked.</source>
        <translation>ครัวเรือนต้องมีหัวหน้าครัวเรือนเพียงคนเดียว แต่ระบุไว้ {count} คน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="99"/>
        <source>the head&apos;s relation must be “head”.</source>
        <translation>ความสัมพันธ์ของหัวหน้าครัวเรือนต้องเป็น “หัวหน้าครัวเรือน”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="102"/>
        <source>marked as head but not as the head member.</source>
        <translation>ระบุเป็นหัวหน้าแต่ไม่ได้ทำเครื่องหมายเป็นหัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="105"/>
        <source>a national ID has only digits.</source>
        <translation>เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="108"/>
        <source>a national ID has 13 digits; {length} were typed.</source>
        <translation>เลขประจำตัวประชาชนมี 13 หลัก แต่พิมพ์ไว้ {length} หลัก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="111"/>
        <source>a national ID cannot start with {digit}.</source>
        <translation>เลขประจำตัวประชาชนขึ้นต้นด้วย {digit} ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="114"/>
        <source>the check digit does not match: a digit was probably mistyped.</source>
        <translation>หลักตรวจสอบไม่ตรง อาจพิมพ์ตัวเลขผิด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="117"/>
        <source>the same ID is typed for member {other_row}.</source>
        <translation>ซ้ำกับเลขของสมาชิกคนที่ {other_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="120"/>
        <source>this ID already belongs to {person_name} of household {household_key} (house no. {house_no}).</source>
        <translation>เลขนี้เป็นของ {person_name} ครัวเรือน {household_key} (บ้านเลขที่ {house_no}) แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="125"/>
        <source>type the date as dd/mm/yyyy in the Buddhist era.</source>
        <translation>กรุณาพิมพ์วันที่แบบ วว/ดด/ปปปป เป็นปี พ.ศ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="128"/>
        <source>there is no such day.</source>
        <translation>ไม่มีวันที่นี้ในปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="131"/>
        <source>{typed_year} looks like a Christian-era year; in the Buddhist era it is {be_year} ({suggested}).</source>
        <translation>ปี {typed_year} น่าจะเป็นปี ค.ศ. ถ้าเป็น พ.ศ. คือ {be_year} ({suggested})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="136"/>
        <source>type the year in full, e.g. 25{typed_year}.</source>
        <translation>กรุณาพิมพ์ปีให้ครบ 4 หลัก เช่น 25{typed_year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="139"/>
        <source>the year {typed_year} is before BE 2400.</source>
        <translation>ปี {typed_year} อยู่ก่อน พ.ศ. 2400</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="142"/>
        <source>the date is after today ({today}).</source>
        <translation>วันที่เลยวันนี้ ({today})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="145"/>
        <source>the age would be {age}: please check the year.</source>
        <translation>อายุจะเป็น {age} ปี กรุณาตรวจสอบปี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="148"/>
        <source>the head would be {age} years old: is that right?</source>
        <translation>หัวหน้าครัวเรือนจะมีอายุ {age} ปี ถูกต้องหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="151"/>
        <source>a {relation} aged {age} is older than the head ({head_age}): is that right?</source>
        <translation>{relation}อายุ {age} ปี มากกว่าหัวหน้าครัวเรือน ({head_age} ปี) ถูกต้องหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="155"/>
        <source>a {relation} aged {age} is younger than the head ({head_age}): is that right?</source>
        <translation>{relation}อายุ {age} ปี น้อยกว่าหัวหน้าครัวเรือน ({head_age} ปี) ถูกต้องหรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="159"/>
        <source>No member is marked as living here this year.</source>
        <translation>ไม่มีสมาชิกที่อาศัยอยู่ในปีนี้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="162"/>
        <source>type an amount in baht, e.g. 45,000.</source>
        <translation>กรุณาพิมพ์จำนวนเงินเป็นบาท เช่น 45,000</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="165"/>
        <source>at most two decimals (satang).</source>
        <translation>ทศนิยมได้ไม่เกินสองตำแหน่ง (สตางค์)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="168"/>
        <source>the same category is on income line {other_row}.</source>
        <translation>ประเภทซ้ำกับรายได้รายการที่ {other_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="171"/>
        <source>Indicator {number} is not answered yet.</source>
        <translation>ตัวชี้วัดข้อ {number} ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="174"/>
        <source>Indicator {number}: the answer differs from the suggestion ({suggested}).</source>
        <translation>ตัวชี้วัดข้อ {number}: คำตอบต่างจากคำแนะนำ ({suggested})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="178"/>
        <source>this date is before entry {previous_row}.</source>
        <translation>วันที่นี้อยู่ก่อนการประเมินครั้งที่ {previous_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="205"/>
        <source>father</source>
        <translation>บิดา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="206"/>
        <source>mother</source>
        <translation>มารดา</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="207"/>
        <source>child</source>
        <translation>บุตร</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="208"/>
        <source>grandchild</source>
        <translation>หลาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="216"/>
        <source>aged {min_age}–{max_age}</source>
        <translation>อายุ {min_age}–{max_age} ปี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="218"/>
        <source>aged {min_age} and over</source>
        <translation>อายุ {min_age} ปีขึ้นไป</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="221"/>
        <source>All {count} members {ages} meet it.</source>
        <translation>สมาชิก{ages}ทั้ง {count} คนผ่านเกณฑ์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="224"/>
        <source>Members {rows} ({ages}) do not meet it.</source>
        <translation>สมาชิกคนที่ {rows} ({ages}) ไม่ผ่านเกณฑ์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="227"/>
        <source>Not known for members {rows}.</source>
        <translation>ไม่ทราบข้อมูลของสมาชิกคนที่ {rows}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="230"/>
        <source>No member is {ages}.</source>
        <translation>ไม่มีสมาชิก{ages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="233"/>
        <source>Birth dates are missing for members {skipped_rows}.</source>
        <translation>ไม่มีวันเกิดของสมาชิกคนที่ {skipped_rows}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="236"/>
        <source>{per_person} baht per person per year, at or above {threshold}.</source>
        <translation>{per_person} บาทต่อคนต่อปี ไม่ต่ำกว่าเกณฑ์ {threshold} บาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="239"/>
        <source>{per_person} baht per person per year, below {threshold}.</source>
        <translation>{per_person} บาทต่อคนต่อปี ต่ำกว่าเกณฑ์ {threshold} บาท</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="242"/>
        <source>Income of members {rows} cannot be read.</source>
        <translation>อ่านรายได้ของสมาชิกคนที่ {rows} ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="245"/>
        <source>No member lives here.</source>
        <translation>ไม่มีสมาชิกอาศัยอยู่</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="260"/>
        <source>Moo must be a number from 1 to 99.</source>
        <translation>หมู่ที่ต้องเป็นตัวเลข 1 ถึง 99</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="263"/>
        <source>This subdistrict already has a village with that moo.</source>
        <translation>ตำบลนี้มีหมู่บ้านหมู่ที่นี้อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="266"/>
        <source>Type the village name.</source>
        <translation>กรุณาพิมพ์ชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/household_form/problem_text.py" line="269"/>
        <source>Choose a subdistrict of this district first.</source>
        <translation>กรุณาเลือกตำบลในอำเภอนี้ก่อน</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="18"/>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="25"/>
        <source>Hide the middle digits of national IDs (PDPA): 3-6703-XXXXX-XX-4</source>
        <translation>ปิดบังเลขกลางของเลขประจำตัวประชาชน (PDPA): 3-6703-XXXXX-XX-4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="33"/>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="34"/>
        <source>Privacy</source>
        <translation>ความเป็นส่วนตัว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="35"/>
        <source>Office</source>
        <translation>สำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="36"/>
        <source>Clerk</source>
        <translation>ผู้ใช้งาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="37"/>
        <source>Database file</source>
        <translation>แฟ้มฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="40"/>
        <source>Province, district and subdistrict data: geothai (CC BY 4.0). Font: Sarabun (SIL Open Font License 1.1).</source>
        <translation>ข้อมูลจังหวัด อำเภอ ตำบล: geothai (CC BY 4.0) แบบอักษร: Sarabun (SIL Open Font License 1.1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="56"/>
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
</TS>
