<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="45" />
        <source>Set up your office</source>
        <translation>ตั้งค่าสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="50" />
        <source>Welcome. Choose the district office this computer works for and type your name. The data stays on this computer.</source>
        <translation>ยินดีต้อนรับ เลือกสำนักงานพัฒนาชุมชนอำเภอที่เครื่องนี้ใช้งาน แล้วพิมพ์ชื่อของท่าน ข้อมูลทั้งหมดเก็บไว้ในเครื่องนี้เท่านั้น</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="56" />
        <source>— choose a province —</source>
        <translation>— เลือกจังหวัด —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="61" />
        <source>e.g. สมศรี ใจดี</source>
        <translation>เช่น สมศรี ใจดี</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="66" />
        <source>&amp;Province</source>
        <translation>จังหวัด (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="67" />
        <source>&amp;District</source>
        <translation>อำเภอ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="68" />
        <source>Your &amp;name</source>
        <translation>ชื่อผู้ใช้งาน (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="69" />
        <source>Database file</source>
        <translation>แฟ้มฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="71" />
        <source>&amp;Create office</source>
        <translation>สร้างสำนักงาน (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="73" />
        <source>Open a &amp;demo office</source>
        <translation>เปิดสำนักงานตัวอย่าง (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="74" />
        <source>Open another &amp;file…</source>
        <translation>เปิดแฟ้มอื่น… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="75" />
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="105" />
        <source>— choose a district —</source>
        <translation>— เลือกอำเภอ —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="115" />
        <location filename="../../desktop/ui/first_start.py" line="118" />
        <location filename="../../desktop/ui/first_start.py" line="127" />
        <source>Office</source>
        <translation>สำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="115" />
        <source>Choose the province and the district.</source>
        <translation>กรุณาเลือกจังหวัดและอำเภอ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="118" />
        <source>Type your name.</source>
        <translation>กรุณาพิมพ์ชื่อของท่าน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="133" />
        <location filename="../../desktop/ui/first_start.py" line="142" />
        <source>Open a database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="133" />
        <source>Office databases (*.sqlite3 *.db)</source>
        <translation>ฐานข้อมูลสำนักงาน (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="151" />
        <source>Generating a demo office…</source>
        <translation>กำลังสร้างสำนักงานตัวอย่าง…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="151" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_start.py" line="164" />
        <source>Demo office</source>
        <translation>สำนักงานตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="34" />
        <source>District Desk — target households</source>
        <translation>ระบบครัวเรือนเป้าหมาย สำนักงานพัฒนาชุมชนอำเภอ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="41" />
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="42" />
        <location filename="../../desktop/ui/main_window.py" line="107" />
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="43" />
        <location filename="../../desktop/ui/main_window.py" line="117" />
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="44" />
        <location filename="../../desktop/ui/main_window.py" line="126" />
        <source>Assistance</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="45" />
        <location filename="../../desktop/ui/main_window.py" line="135" />
        <source>Exchange</source>
        <translation>รับ-ส่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="46" />
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="86" />
        <source>Office not set up</source>
        <translation>ยังไม่ได้ตั้งค่าสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88" />
        <source>{district}, {province}</source>
        <translation>อำเภอ{district} จังหวัด{province}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="92" />
        <source>(demo)</source>
        <translation>(ข้อมูลตัวอย่าง)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="98" />
        <source>Households {households} · Members {members} · Projects {projects}</source>
        <translation>ครัวเรือน {households} · สมาชิก {members} คน · โครงการ {projects}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="109" />
        <source>list every target household, fast even at 100,000</source>
        <translation>ดูรายการครัวเรือนเป้าหมายทั้งหมด รวดเร็วแม้มีถึง 100,000 ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="110" />
        <source>search by Thai name, national ID or house code as you type</source>
        <translation>ค้นหาด้วยชื่อ เลขประจำตัวประชาชน หรือรหัสบ้าน ขณะพิมพ์</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111" />
        <source>key a household from paper with the keyboard only</source>
        <translation>บันทึกข้อมูลครัวเรือนจากแบบสอบถามด้วยแป้นพิมพ์อย่างเดียว</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="119" />
        <source>keep agencies and their projects under the province's umbrellas</source>
        <translation>บันทึกหน่วยงานและโครงการภายใต้ร่มยุทธศาสตร์ของจังหวัด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120" />
        <source>record key results with targets and quarterly progress</source>
        <translation>บันทึกตัวชี้วัด ค่าเป้าหมาย และผลการดำเนินงานรายไตรมาส</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128" />
        <source>record which household got which help from which project</source>
        <translation>บันทึกว่าครัวเรือนใดได้รับความช่วยเหลืออะไรจากโครงการใด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="129" />
        <source>choose many households at once with the register's filters</source>
        <translation>เลือกหลายครัวเรือนพร้อมกันด้วยตัวกรองของทะเบียนครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137" />
        <source>export the workbook the province asks for</source>
        <translation>ส่งออกแฟ้ม Excel ตามที่จังหวัดกำหนด</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138" />
        <source>import the province's list after a dry run that changes nothing</source>
        <translation>นำเข้ารายชื่อจากจังหวัด หลังตรวจสอบก่อนนำเข้าโดยไม่เปลี่ยนข้อมูล</translation>
    </message>
</context>
<context>
    <name>OpenErrors</name>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="11" />
        <source>The file {path} is not a database of this program. It was not changed.</source>
        <translation>แฟ้ม {path} ไม่ใช่ฐานข้อมูลของโปรแกรมนี้ แฟ้มไม่ได้ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="14" />
        <source>The database {path} is damaged (it failed the integrity check) and was not opened. It was not changed. Restore it from a backup.</source>
        <translation>ฐานข้อมูล {path} เสียหาย (ไม่ผ่านการตรวจสอบความสมบูรณ์) จึงไม่ได้เปิด แฟ้มไม่ได้ถูกแก้ไขใด ๆ กรุณากู้คืนจากแฟ้มสำรอง</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="19" />
        <source>The database {path} was written by a newer version of this program. Install the newer version to open it. The file was not changed.</source>
        <translation>ฐานข้อมูล {path} ถูกบันทึกโดยโปรแกรมรุ่นใหม่กว่า กรุณาติดตั้งโปรแกรมรุ่นใหม่เพื่อเปิด แฟ้มไม่ได้ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="24" />
        <source>The file {path} is a database of another program. It was not changed.</source>
        <translation>แฟ้ม {path} เป็นฐานข้อมูลของโปรแกรมอื่น แฟ้มไม่ได้ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="27" />
        <source>The file {path} cannot be read: {detail}</source>
        <translation>ไม่สามารถอ่านแฟ้ม {path} ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="30" />
        <source>The database {path} cannot be written (is the disk full or read-only?): {detail}</source>
        <translation>ไม่สามารถบันทึกฐานข้อมูล {path} ได้ (ดิสก์เต็มหรือเป็นแบบอ่านอย่างเดียวหรือไม่): {detail}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="19" />
        <source>Target households</source>
        <translation>ครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="20" />
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="21" />
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="22" />
        <source>Assistance records</source>
        <translation>รายการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="25" />
        <source>Charts by stage, dimension, indicator and subdistrict, and progress toward the province's goal, arrive with the projects screen.</source>
        <translation>แผนภูมิตามระดับการพัฒนา มิติ ตัวชี้วัด และตำบล รวมทั้งความก้าวหน้าสู่เป้าหมายของจังหวัด จะมาพร้อมกับหน้าจอโครงการ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="39" />
        <source>Office not set up</source>
        <translation>ยังไม่ได้ตั้งค่าสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview_page.py" line="42" />
        <source>District office of {district}, {province}</source>
        <translation>สำนักงานพัฒนาชุมชนอำเภอ{district} จังหวัด{province}</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop/ui/pages/placeholder.py" line="12" />
        <source>This screen is not built yet. It will let you:</source>
        <translation>หน้าจอนี้ยังไม่พร้อมใช้งาน เมื่อพร้อมแล้วจะใช้สำหรับ:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="15" />
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="26" />
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="27" />
        <source>Office</source>
        <translation>สำนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="28" />
        <source>Clerk</source>
        <translation>ผู้ใช้งาน</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="29" />
        <source>Database file</source>
        <translation>แฟ้มฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="32" />
        <source>Province, district and subdistrict data: geothai (CC BY 4.0). Font: Sarabun (SIL Open Font License 1.1).</source>
        <translation>ข้อมูลจังหวัด อำเภอ ตำบล: geothai (CC BY 4.0) แบบอักษร: Sarabun (SIL Open Font License 1.1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="47" />
        <source>{district} ({code}), {province}</source>
        <translation>อำเภอ{district} ({code}) จังหวัด{province}</translation>
    </message>
</context>
</TS>
