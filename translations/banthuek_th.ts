<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>PageSummary</name>
    <message>
        <source>code %1</source>
        <translation>รหัส %1</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>อำเภอ %1</translation>
    </message>
    <message>
        <source>province %1</source>
        <translation>จังหวัด %1</translation>
    </message>
    <message>
        <source>postal code %1</source>
        <translation>รหัสไปรษณีย์ %1</translation>
    </message>
    <message>
        <source>%1 field notes · %2 minutes · %3 articles</source>
        <translation>บันทึกภาคสนาม %1 · รายงานการประชุม %2 · บทความ %3</translation>
    </message>
    <message>
        <source>today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>เมื่อวาน</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 วันก่อน</translation>
    </message>
    <message>
        <source>last field note %1 (%2)</source>
        <translation>ลงพื้นที่ล่าสุด %1 (%2)</translation>
    </message>
    <message>
        <source>no field note yet</source>
        <translation>ยังไม่มีบันทึกภาคสนาม</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>ติดต่อ %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>ประเด็น: %1</translation>
    </message>
    <message>
        <source>People and organisations: %1</source>
        <translation>บุคคลและองค์กร: %1</translation>
    </message>
    <message>
        <source>Subdistricts: %1</source>
        <translation>ตำบล: %1</translation>
    </message>
    <message>
        <source>Works in: %1</source>
        <translation>ทำงานใน: %1</translation>
    </message>
    <message>
        <source>Open action items: %1 (%2 overdue) — View → Action items</source>
        <translation>งานที่ยังไม่เสร็จ %1 รายการ (เลยกำหนด %2) — มุมมอง → รายการติดตามงาน</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>กำหนด %1</translation>
    </message>
    <message>
        <source>Master plans: %1 plan(s), %2 item(s) (%3); budget in baht: %4</source>
        <translation>แผนแม่บทชุมชน: %1 แผน %2 โครงการ (%3); งบประมาณ (บาท): %4</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>อีก %1 วัน</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;เลิกทำ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ทำซ้ำ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;ตัด</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;คัดลอก</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;วาง</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>province · %1</source>
        <translation>จังหวัด · %1</translation>
    </message>
    <message>
        <source>district · %1 · %2</source>
        <translation>อำเภอ · %1 · %2</translation>
    </message>
    <message>
        <source>%1, %2 · %3 · %4</source>
        <translation>อ.%1 จ.%2 · %3 · %4</translation>
    </message>
    <message>
        <source>village · %1, %2</source>
        <translation>หมู่บ้าน · อ.%1 จ.%2</translation>
    </message>
    <message>
        <source>Field note</source>
        <translation>บันทึกภาคสนาม</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>บทความ</translation>
    </message>
    <message>
        <source>All rights reserved</source>
        <translation>สงวนลิขสิทธิ์</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>ผู้เขียน</translation>
    </message>
    <message>
        <source>Type a theme; Enter creates a new one…</source>
        <translation>พิมพ์ประเด็น กด Enter เพื่อสร้างใหม่…</translation>
    </message>
    <message>
        <source>Type a subdistrict, district or code; หมู่ N name adds a village…</source>
        <translation>พิมพ์ชื่อตำบล อำเภอ หรือรหัส; พิมพ์ หมู่ N ชื่อ เพื่อเพิ่มหมู่บ้าน…</translation>
    </message>
    <message>
        <source>village added under %1</source>
        <translation>เพิ่มหมู่บ้านในตำบล%1แล้ว</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>เพิ่มบุคคล</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>แก้ไขข้อมูลบุคคล</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>Telephone, LINE, e-mail (optional)</source>
        <translation>โทรศัพท์ ไลน์ อีเมล (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>KM role:</source>
        <translation>บทบาท KM:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>องค์กร:</translation>
    </message>
    <message>
        <source>Works in:</source>
        <translation>ทำงานใน:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>ติดต่อ:</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>เพิ่มองค์กร</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>แก้ไขข้อมูลองค์กร</translation>
    </message>
    <message>
        <source>e.g. อบต.ท่าศาลา</source>
        <translation>เช่น อบต.ท่าศาลา</translation>
    </message>
    <message>
        <source>Abbreviation:</source>
        <translation>ชื่อย่อ:</translation>
    </message>
    <message>
        <source>Thai name:</source>
        <translation>ชื่อภาษาไทย:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>ชื่อภาษาอังกฤษ:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source>Type a person or organisation; Enter adds a new person…</source>
        <translation>พิมพ์ชื่อบุคคลหรือองค์กร กด Enter เพื่อเพิ่มบุคคลใหม่…</translation>
    </message>
    <message>
        <source>Type an author&apos;s name…</source>
        <translation>พิมพ์ชื่อผู้เขียน…</translation>
    </message>
    <message>
        <source>Who writes in this notebook?</source>
        <translation>ใครเขียนในสมุดบันทึกนี้</translation>
    </message>
    <message>
        <source>Your teammates see your name on your notes, and this laptop&apos;s name on what it sends them.</source>
        <translation>เพื่อนร่วมทีมจะเห็นชื่อของคุณบนบันทึก และเห็นชื่อเครื่องนี้บนข้อมูลที่ส่งไปให้</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>ชื่อของคุณ:</translation>
    </message>
    <message>
        <source>Your KM role:</source>
        <translation>บทบาท KM ของคุณ:</translation>
    </message>
    <message>
        <source>Laptop&apos;s name:</source>
        <translation>ชื่อเครื่อง:</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>ไว้ทีหลัง</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>ไม่ได้สำรองข้อมูล: %1</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>พิมพ์: %1</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ตั้งค่าใหม่</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;ใช่</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไ&amp;ม่</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;เลิกทำ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ทำซ้ำ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;ตัด</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;คัดลอก</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;วาง</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอก&amp;ที่อยู่ลิงก์</translation>
    </message>
</context>
<context>
    <name>banthuek::core::Error</name>
    <message>
        <source>No person or organisation is named &quot;%1&quot;.</source>
        <translation>ไม่มีบุคคลหรือองค์กรชื่อ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use open, done or dropped.</source>
        <translation>ไม่รู้จักสถานะ &quot;%1&quot; ใช้ open, done หรือ dropped</translation>
    </message>
    <message>
        <source>There is no note with record number %1.</source>
        <translation>ไม่มีบันทึกหมายเลข %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use pdf or odt.</source>
        <translation>ไม่รู้จักรูปแบบ &quot;%1&quot; ใช้ pdf หรือ odt</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use field_note, minutes or article.</source>
        <translation>ไม่รู้จักประเภท &quot;%1&quot; ใช้ field_note, minutes หรือ article</translation>
    </message>
    <message>
        <source>There is no theme named &quot;%1&quot;.</source>
        <translation>ไม่มีประเด็นชื่อ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>อ่านไฟล์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>There is no place with code %1.</source>
        <translation>ไม่มีพื้นที่รหัส %1</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) อยู่ก่อน --from (%2)</translation>
    </message>
    <message>
        <source>Give --community CODE, or --search WORDS.</source>
        <translation>ระบุ --community รหัสพื้นที่ หรือ --search คำค้น</translation>
    </message>
    <message>
        <source>Unknown table &quot;%1&quot;; use items or surveys.</source>
        <translation>ไม่รู้จักตาราง &quot;%1&quot; ใช้ items หรือ surveys</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use th or en.</source>
        <translation>ไม่รู้จักภาษา &quot;%1&quot; ใช้ th หรือ en</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;; use %3.</source>
        <translation>ไม่รู้จัก%1 &quot;%2&quot; ใช้ %3</translation>
    </message>
    <message>
        <source>No theme is named &quot;%1&quot;.</source>
        <translation>ไม่มีประเด็นชื่อ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use pdf, odt, html, md or csv.</source>
        <translation>ไม่รู้จักรูปแบบ &quot;%1&quot; ใช้ pdf, odt, html, md หรือ csv</translation>
    </message>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>ความเห็นว่างเปล่าไม่ได้</translation>
    </message>
    <message>
        <source>The comment is too long (at most 1 MB).</source>
        <translation>ความเห็นยาวเกินไป (ไม่เกิน 1 MB)</translation>
    </message>
    <message>
        <source>Cannot comment: the note %1 does not exist.</source>
        <translation>แสดงความเห็นไม่ได้: ไม่มีบันทึก %1</translation>
    </message>
    <message>
        <source>The comment %1 does not exist.</source>
        <translation>ไม่มีความเห็น %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>&quot;%1&quot; ต้องเป็นรายการข้อความ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain only strings</source>
        <translation>&quot;%1&quot; ต้องมีแต่ข้อความ</translation>
    </message>
    <message>
        <source>&quot;comments&quot; must be a list of {&quot;author&quot;, &quot;body&quot;} objects</source>
        <translation>&quot;comments&quot; ต้องเป็นรายการของออบเจกต์ {&quot;author&quot;, &quot;body&quot;}</translation>
    </message>
    <message>
        <source>each comment must be an object with &quot;author&quot; and &quot;body&quot;</source>
        <translation>ความเห็นแต่ละรายการต้องเป็นออบเจกต์ที่มี &quot;author&quot; และ &quot;body&quot;</translation>
    </message>
    <message>
        <source>a comment has no &quot;body&quot;</source>
        <translation>มีความเห็นที่ไม่มี &quot;body&quot;</translation>
    </message>
    <message>
        <source>each line must be a JSON object</source>
        <translation>แต่ละบรรทัดต้องเป็นออบเจกต์ JSON</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>ไม่รู้จักช่อง &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing or empty</source>
        <translation>ไม่มี &quot;title&quot; หรือว่างเปล่า</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be field_note, minutes or article, not &quot;%1&quot;</source>
        <translation>&quot;kind&quot; ต้องเป็น field_note, minutes หรือ article ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown place code &quot;%1&quot;</source>
        <translation>ไม่รู้จักรหัสพื้นที่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no organisation &quot;%1&quot;</source>
        <translation>ไม่มีองค์กร &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The notebook has no gazetteer or themes to generate notes from.</source>
        <translation>สมุดบันทึกไม่มีทะเบียนพื้นที่หรือประเด็นให้สร้างบันทึก</translation>
    </message>
    <message>
        <source>The number of notes to generate cannot be negative.</source>
        <translation>จำนวนบันทึกที่จะสร้างติดลบไม่ได้</translation>
    </message>
    <message>
        <source>An action item needs a text: what is to be done.</source>
        <translation>งานที่ต้องทำต้องมีข้อความ: ทำอะไร</translation>
    </message>
    <message>
        <source>An action item needs the meeting it came from; the note %1 does not exist.</source>
        <translation>งานที่ต้องทำต้องมาจากการประชุม แต่ไม่มีบันทึก %1</translation>
    </message>
    <message>
        <source>Action items come from minutes; the note %1 is not minutes.</source>
        <translation>งานที่ต้องทำมาจากรายงานการประชุม แต่บันทึก %1 ไม่ใช่รายงานการประชุม</translation>
    </message>
    <message>
        <source>The agenda item %1 is not part of that meeting.</source>
        <translation>วาระ %1 ไม่ได้อยู่ในการประชุมนั้น</translation>
    </message>
    <message>
        <source>There is no person with the id &quot;%1&quot;.</source>
        <translation>ไม่มีบุคคลรหัส &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no organisation with the id &quot;%1&quot;.</source>
        <translation>ไม่มีองค์กรรหัส &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The follow-up note %1 does not exist.</source>
        <translation>ไม่มีบันทึกติดตามผล %1</translation>
    </message>
    <message>
        <source>There is already an action item %1.</source>
        <translation>มีงานที่ต้องทำ %1 อยู่แล้ว</translation>
    </message>
    <message>
        <source>The action item %1 belongs to another meeting.</source>
        <translation>งานที่ต้องทำ %1 เป็นของการประชุมอื่น</translation>
    </message>
    <message>
        <source>The action item %1 does not exist.</source>
        <translation>ไม่มีงานที่ต้องทำ %1</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a time of day; write it as 09:30.</source>
        <translation>%1 &quot;%2&quot; ไม่ใช่เวลา เขียนแบบ 09:30</translation>
    </message>
    <message>
        <source>A meeting series needs a name.</source>
        <translation>ชุดการประชุมต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The note %1 is not minutes of a meeting.</source>
        <translation>บันทึก %1 ไม่ใช่รายงานการประชุม</translation>
    </message>
    <message>
        <source>A meeting number starts at 1.</source>
        <translation>ครั้งที่ของการประชุมเริ่มที่ 1</translation>
    </message>
    <message>
        <source>Agenda item %1 needs a title.</source>
        <translation>วาระที่ %1 ต้องมีหัวข้อ</translation>
    </message>
    <message>
        <source>The agenda item %1 is part of another meeting.</source>
        <translation>วาระ %1 เป็นของการประชุมอื่น</translation>
    </message>
    <message>
        <source>There is no notebook at %1.</source>
        <translation>ไม่มีสมุดบันทึกที่ %1</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Banthuek notebook. The file was not changed.</source>
        <translation>%1 เป็นไฟล์ว่าง ไม่ใช่สมุดบันทึกของบันทึก ไฟล์ไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>%1 is not a Banthuek notebook (it is not an SQLite database). The file was not changed.</source>
        <translation>%1 ไม่ใช่สมุดบันทึกของบันทึก (ไม่ใช่ฐานข้อมูล SQLite) ไฟล์ไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>%1 is a damaged notebook: the file is truncated (%2 bytes). Restore it from a backup. The file was not changed.</source>
        <translation>%1 เป็นสมุดบันทึกที่เสียหาย: ไฟล์ขาดหาย (%2 ไบต์) กู้คืนจากสำเนาสำรอง ไฟล์ไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>The notebook %1 is read-only (no permission to write it). Make it writable, or open it read-only. The file was not changed.</source>
        <translation>สมุดบันทึก %1 อ่านได้อย่างเดียว (ไม่มีสิทธิ์เขียน) ให้สิทธิ์เขียน หรือเปิดแบบอ่านอย่างเดียว ไฟล์ไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>%1 is a damaged notebook: %2 The file was not changed.</source>
        <translation>%1 เป็นสมุดบันทึกที่เสียหาย: %2 ไฟล์ไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Banthuek notebook. The file was not changed.</source>
        <translation>%1 เป็นฐานข้อมูล SQLite ของโปรแกรมอื่น ไม่ใช่สมุดบันทึกของบันทึก ไฟล์ไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>%1 was written by a newer Banthuek (notebook format %2; this Banthuek reads up to %3). Update Banthuek to open it. The file was not changed.</source>
        <translation>%1 เขียนด้วยบันทึกรุ่นใหม่กว่า (รูปแบบสมุด %2 รุ่นนี้อ่านได้ถึง %3) ปรับรุ่นบันทึกก่อนเปิด ไฟล์ไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>%1 is an unfinished notebook (it has no schema). The file was not changed.</source>
        <translation>%1 เป็นสมุดบันทึกที่สร้างไม่เสร็จ (ไม่มีโครงสร้าง) ไฟล์ไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>A file already exists at %1; choose another name.</source>
        <translation>มีไฟล์ที่ %1 อยู่แล้ว เลือกชื่ออื่น</translation>
    </message>
    <message>
        <source>The notebook %1 uses an older format (%2) and is read-only, so it cannot be upgraded to be read.</source>
        <translation>สมุดบันทึก %1 ใช้รูปแบบเก่า (%2) และอ่านได้อย่างเดียว จึงปรับรุ่นเพื่อเปิดอ่านไม่ได้</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>A note needs a title.</source>
        <translation>บันทึกต้องมีชื่อเรื่อง</translation>
    </message>
    <message>
        <source>The note title is too long (%1 bytes; at most %2).</source>
        <translation>ชื่อเรื่องยาวเกินไป (%1 ไบต์ ไม่เกิน %2)</translation>
    </message>
    <message>
        <source>The note body is too large (%1 MB; at most 16 MB). Attach big documents instead.</source>
        <translation>เนื้อหาบันทึกใหญ่เกินไป (%1 MB ไม่เกิน 16 MB) ให้แนบเอกสารใหญ่แทน</translation>
    </message>
    <message>
        <source>There is no place with the code &quot;%1&quot;.</source>
        <translation>ไม่มีพื้นที่รหัส &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no theme with the id &quot;%1&quot;.</source>
        <translation>ไม่มีประเด็นรหัส &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The note %1 does not exist (it may have been deleted).</source>
        <translation>ไม่มีบันทึก %1 (อาจถูกลบไปแล้ว)</translation>
    </message>
    <message>
        <source>Only notes in the Trash can be deleted for good; move &quot;%1&quot; to the Trash first.</source>
        <translation>ลบถาวรได้เฉพาะบันทึกในถังขยะ ย้าย &quot;%1&quot; ไปถังขยะก่อน</translation>
    </message>
    <message>
        <source>Revision %1 does not exist.</source>
        <translation>ไม่มีฉบับแก้ไข %1</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>องค์กรต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The organisation %1 does not exist.</source>
        <translation>ไม่มีองค์กร %1</translation>
    </message>
    <message>
        <source>There is no organisation &quot;%1&quot; in the register.</source>
        <translation>ไม่มีองค์กร &quot;%1&quot; ในทะเบียน</translation>
    </message>
    <message>
        <source>%1 organisations match &quot;%2&quot;; give the id of the one you mean (%3, %4).</source>
        <translation>มีองค์กร %1 แห่งที่ตรงกับ &quot;%2&quot; ระบุรหัสขององค์กรที่ต้องการ (%3, %4)</translation>
    </message>
    <message>
        <source>An organisation cannot be merged with itself.</source>
        <translation>รวมองค์กรเข้ากับตัวเองไม่ได้</translation>
    </message>
    <message>
        <source>A person needs a name (&quot;%1&quot; is not one).</source>
        <translation>บุคคลต้องมีชื่อ (&quot;%1&quot; ไม่ใช่ชื่อ)</translation>
    </message>
    <message>
        <source>The person %1 does not exist.</source>
        <translation>ไม่มีบุคคล %1</translation>
    </message>
    <message>
        <source>There is no person named &quot;%1&quot; in the register.</source>
        <translation>ไม่มีบุคคลชื่อ &quot;%1&quot; ในทะเบียน</translation>
    </message>
    <message>
        <source>%1 people are named &quot;%2&quot;; give the id of the one you mean (%3, %4).</source>
        <translation>มีบุคคล %1 คนชื่อ &quot;%2&quot; ระบุรหัสของคนที่ต้องการ (%3, %4)</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>รวมบุคคลเข้ากับตัวเองไม่ได้</translation>
    </message>
    <message>
        <source>The built-in gazetteer is empty.</source>
        <translation>ทะเบียนพื้นที่ในตัวโปรแกรมว่างเปล่า</translation>
    </message>
    <message>
        <source>The built-in gazetteer is malformed at line %1.</source>
        <translation>ทะเบียนพื้นที่ในตัวโปรแกรมผิดรูปแบบที่บรรทัด %1</translation>
    </message>
    <message>
        <source>Villages belong under a subdistrict; %1 (%2) is not one.</source>
        <translation>หมู่บ้านต้องอยู่ใต้ตำบล แต่ %1 (%2) ไม่ใช่ตำบล</translation>
    </message>
    <message>
        <source>A village number (หมู่ที่) runs from 1 to 99, not %1.</source>
        <translation>หมู่ที่ต้องอยู่ระหว่าง 1 ถึง 99 ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>หมู่ที่ %1 of %2 already exists (%3).</source>
        <translation>หมู่ที่ %1 ของ %2 มีอยู่แล้ว (%3)</translation>
    </message>
    <message>
        <source>There is no place with code &quot;%1&quot;.</source>
        <translation>ไม่มีพื้นที่รหัส &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The community %1 is a province or district; a plan&apos;s community is a village or a subdistrict.</source>
        <translation>ชุมชน %1 เป็นจังหวัดหรืออำเภอ ชุมชนของแผนต้องเป็นหมู่บ้านหรือตำบล</translation>
    </message>
    <message>
        <source>The survey year %1 is out of range.</source>
        <translation>ปีที่สำรวจ %1 อยู่นอกช่วงที่รับได้</translation>
    </message>
    <message>
        <source>A plan needs a title.</source>
        <translation>แผนต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; ends before it starts.</source>
        <translation>แผน &quot;%1&quot; สิ้นสุดก่อนเริ่ม</translation>
    </message>
    <message>
        <source>The community already has a plan named &quot;%1&quot;.</source>
        <translation>ชุมชนนี้มีแผนชื่อ &quot;%1&quot; อยู่แล้ว</translation>
    </message>
    <message>
        <source>There is no plan &quot;%1&quot;.</source>
        <translation>ไม่มีแผน &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A plan item needs a title.</source>
        <translation>โครงการในแผนต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The progress of &quot;%1&quot; is %2%; give 0 to 100.</source>
        <translation>ความก้าวหน้าของ &quot;%1&quot; คือ %2% ต้องอยู่ระหว่าง 0 ถึง 100</translation>
    </message>
    <message>
        <source>The budget of &quot;%1&quot; is negative.</source>
        <translation>งบประมาณของ &quot;%1&quot; ติดลบ</translation>
    </message>
    <message>
        <source>The plan already has an item named &quot;%1&quot;.</source>
        <translation>แผนนี้มีโครงการชื่อ &quot;%1&quot; อยู่แล้ว</translation>
    </message>
    <message>
        <source>There is no plan item &quot;%1&quot;.</source>
        <translation>ไม่มีโครงการ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This SQLite has no FTS5; Banthuek&apos;s search needs it.</source>
        <translation>SQLite ที่ติดตั้งไม่มี FTS5 ซึ่งการค้นหาของบันทึกต้องใช้</translation>
    </message>
    <message>
        <source>Could not register the search tokenizers.</source>
        <translation>ลงทะเบียนตัวตัดคำสำหรับค้นหาไม่ได้</translation>
    </message>
    <message>
        <source>ICU normaliser unavailable for search.</source>
        <translation>ใช้ตัวปรับข้อความของ ICU สำหรับค้นหาไม่ได้</translation>
    </message>
    <message>
        <source>ICU text breaking unavailable: %1</source>
        <translation>ใช้การแบ่งข้อความของ ICU ไม่ได้: %1</translation>
    </message>
    <message>
        <source>ICU word breaking unavailable: %1</source>
        <translation>ใช้การตัดคำของ ICU ไม่ได้: %1</translation>
    </message>
    <message>
        <source>The notebook %1 is open read-only.</source>
        <translation>สมุดบันทึก %1 เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2. Is the folder writable?</source>
        <translation>สร้างไฟล์ล็อก %1 ไม่ได้: %2 โฟลเดอร์เขียนได้หรือไม่</translation>
    </message>
    <message>
        <source>The notebook %1 is already open in another Banthuek%2. Close it there first; the notebook was not changed.</source>
        <translation>สมุดบันทึก %1 เปิดอยู่ในบันทึกอีกโปรแกรมหนึ่ง%2 ปิดที่นั่นก่อน สมุดบันทึกไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>Could not lock %1: it keeps being replaced.</source>
        <translation>ล็อก %1 ไม่ได้: ไฟล์ถูกแทนที่อยู่เรื่อย ๆ</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot;.</source>
        <translation>ไม่มี%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The notebook file is damaged %1</source>
        <translation>ไฟล์สมุดบันทึกเสียหาย %1</translation>
    </message>
    <message>
        <source>The notebook cannot be written %1</source>
        <translation>เขียนสมุดบันทึกไม่ได้ %1</translation>
    </message>
    <message>
        <source>The notebook is busy in another program %1</source>
        <translation>สมุดบันทึกกำลังถูกใช้ในโปรแกรมอื่น %1</translation>
    </message>
    <message>
        <source>The disk is full %1</source>
        <translation>ดิสก์เต็ม %1</translation>
    </message>
    <message>
        <source>The notebook file could not be read or written %1</source>
        <translation>อ่านหรือเขียนไฟล์สมุดบันทึกไม่ได้ %1</translation>
    </message>
    <message>
        <source>The disk that holds the notebook did not answer (a memory card or USB stick taken out, or a failing disk) %1</source>
        <translation>ดิสก์ที่เก็บสมุดบันทึกไม่ตอบสนอง (อาจถอดเมมโมรีการ์ดหรือแฟลชไดรฟ์ออก หรือดิสก์เสีย) %1</translation>
    </message>
    <message>
        <source>The change was refused %1</source>
        <translation>การแก้ไขถูกปฏิเสธ %1</translation>
    </message>
    <message>
        <source>Database error %1</source>
        <translation>ฐานข้อมูลผิดพลาด %1</translation>
    </message>
    <message>
        <source>Record %1 (%2) is not meeting minutes.</source>
        <translation>บันทึกหมายเลข %1 (%2) ไม่ใช่รายงานการประชุม</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a period; %3.</source>
        <translation>%1 &quot;%2&quot; ไม่ใช่ช่วงเวลา %3</translation>
    </message>
    <message>
        <source>ICU Thai collation unavailable: %1</source>
        <translation>ใช้การเรียงลำดับภาษาไทยของ ICU ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Could not register the Thai collation.</source>
        <translation>ลงทะเบียนการเรียงลำดับภาษาไทยไม่ได้</translation>
    </message>
    <message>
        <source>CSV line %1: a quoted field is never closed.</source>
        <translation>CSV บรรทัด %1: ช่องที่เปิดเครื่องหมายคำพูดไม่ได้ปิด</translation>
    </message>
    <message>
        <source>CSV line %1: unexpected text after a closing quote.</source>
        <translation>CSV บรรทัด %1: มีข้อความหลังเครื่องหมายคำพูดปิด</translation>
    </message>
    <message>
        <source>ICU date formatting unavailable: %1</source>
        <translation>ใช้การจัดรูปแบบวันที่ของ ICU ไม่ได้: %1</translation>
    </message>
    <message>
        <source>The date %1 cannot be shown.</source>
        <translation>แสดงวันที่ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date; write it as YYYY-MM-DD (e.g. 2007-01-22 or 2550-01-22).</source>
        <translation>%1 &quot;%2&quot; ไม่ใช่วันที่ เขียนแบบ ปปปป-ดด-วว (เช่น 2550-01-22 หรือ 2007-01-22)</translation>
    </message>
    <message>
        <source>ICU normaliser unavailable: %1</source>
        <translation>ใช้ตัวปรับข้อความของ ICU ไม่ได้: %1</translation>
    </message>
    <message>
        <source>The %1 is not valid UTF-8 text.</source>
        <translation>%1 ไม่ใช่ข้อความ UTF-8 ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>The %1 could not be normalised.</source>
        <translation>ปรับรูปแบบ%1ไม่ได้</translation>
    </message>
    <message>
        <source>A theme needs a Thai name.</source>
        <translation>ประเด็นต้องมีชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>A theme named &quot;%1&quot; already exists.</source>
        <translation>มีประเด็นชื่อ &quot;%1&quot; อยู่แล้ว</translation>
    </message>
    <message>
        <source>A theme cannot be placed under itself or its own sub-theme.</source>
        <translation>ย้ายประเด็นไปไว้ใต้ตัวเองหรือประเด็นย่อยของตัวเองไม่ได้</translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; has sub-themes; move or remove them first.</source>
        <translation>ประเด็น &quot;%1&quot; มีประเด็นย่อย ย้ายหรือลบประเด็นย่อยก่อน</translation>
    </message>
    <message>
        <source>The theme %1 does not exist.</source>
        <translation>ไม่มีประเด็น %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>ความสมบูรณ์ของไฟล์: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: ok</source>
        <translation>ตรวจความสมบูรณ์ของ SQLite: เรียบร้อย</translation>
    </message>
    <message>
        <source>Broken link: a row of %1 (row %2) refers to a missing row of %3.</source>
        <translation>การเชื่อมโยงขาด: แถวหนึ่งของ %1 (แถว %2) อ้างถึงแถวของ %3 ที่ไม่มีอยู่</translation>
    </message>
    <message>
        <source>... and %1 more broken links.</source>
        <translation>... และการเชื่อมโยงที่ขาดอีก %1 รายการ</translation>
    </message>
    <message>
        <source>Links between notes, places, themes and comments: ok</source>
        <translation>การเชื่อมโยงระหว่างบันทึก พื้นที่ ประเด็น และความเห็น: เรียบร้อย</translation>
    </message>
    <message>
        <source>Counts of notes by place and theme: %1 rows disagree with the notes (`banthuek reindex` counts them again).</source>
        <translation>จำนวนบันทึกตามพื้นที่และประเด็น: %1 แถวไม่ตรงกับบันทึก (คำสั่ง `banthuek reindex` นับใหม่ให้)</translation>
    </message>
    <message>
        <source>Counts of notes by place and theme: ok</source>
        <translation>จำนวนบันทึกตามพื้นที่และประเด็น: เรียบร้อย</translation>
    </message>
    <message>
        <source>Search index %1: %2 of %3 texts are missing from it and %4 entries are left from texts that are gone (`banthuek reindex` builds the search indexes again).</source>
        <translation>ดัชนีค้นหา %1: ข้อความ %2 จาก %3 รายการไม่อยู่ในดัชนี และมี %4 รายการค้างจากข้อความที่ไม่มีแล้ว (คำสั่ง `banthuek reindex` สร้างดัชนีค้นหาใหม่ให้)</translation>
    </message>
    <message>
        <source>Search indexes: every note and comment is in them</source>
        <translation>ดัชนีค้นหา: บันทึกและความเห็นทุกรายการอยู่ในดัชนีครบ</translation>
    </message>
    <message>
        <source>The backup was stopped before it was finished; nothing was kept.</source>
        <translation>การสำรองข้อมูลถูกหยุดก่อนเสร็จ จึงไม่ได้เก็บสำเนาใดไว้</translation>
    </message>
    <message>
        <source>Damaged: the index %1 of the table %2 (%3 problems). It is made from the table&apos;s rows: a salvaged copy has it whole.</source>
        <translation>เสียหาย: ดัชนี %1 ของตาราง %2 (พบปัญหา %3 จุด) ดัชนีนี้สร้างจากแถวของตาราง สำเนาที่กู้ข้อมูลออกมาจะมีดัชนีนี้ครบ</translation>
    </message>
    <message>
        <source>Damaged: %1, which Banthuek makes from the notes (%2 problems). A salvaged copy makes it again.</source>
        <translation>เสียหาย: %1 ซึ่งโปรแกรมบันทึกสร้างจากบันทึกต่าง ๆ (พบปัญหา %2 จุด) สำเนาที่กู้ข้อมูลออกมาจะสร้างส่วนนี้ใหม่</translation>
    </message>
    <message>
        <source>Damaged: rows of the table %1 (%2 problems). `banthuek salvage` copies every row that can still be read into a new notebook.</source>
        <translation>เสียหาย: แถวของตาราง %1 (พบปัญหา %2 จุด) คำสั่ง `banthuek salvage` คัดลอกทุกแถวที่ยังอ่านได้ไปไว้ในสมุดบันทึกเล่มใหม่</translation>
    </message>
    <message>
        <source>... and %1 more integrity problems.</source>
        <translation>... และปัญหาความสมบูรณ์อีก %1 รายการ</translation>
    </message>
    <message>
        <source>Gazetteer incomplete: %1 provinces, %2 districts, %3 subdistricts (expected 77, 928, 7436).</source>
        <translation>ทะเบียนพื้นที่ไม่ครบ: %1 จังหวัด %2 อำเภอ %3 ตำบล (ควรเป็น 77, 928, 7436)</translation>
    </message>
    <message>
        <source>Gazetteer: %1 provinces, %2 districts, %3 subdistricts</source>
        <translation>ทะเบียนพื้นที่: %1 จังหวัด %2 อำเภอ %3 ตำบล</translation>
    </message>
    <message>
        <source>Notes: %1 (%2 not in the Trash)</source>
        <translation>บันทึก: %1 เรื่อง (ไม่อยู่ในถังขยะ %2 เรื่อง)</translation>
    </message>
    <message>
        <source>The file does not carry Banthuek&apos;s application id.</source>
        <translation>ไฟล์ไม่มีรหัสโปรแกรมของบันทึก</translation>
    </message>
    <message>
        <source>Notebook format: %1 (current %2)</source>
        <translation>รูปแบบสมุดบันทึก: %1 (ปัจจุบัน %2)</translation>
    </message>
    <message>
        <source>There is no note number %1.</source>
        <translation>ไม่มีบันทึกหมายเลข %1</translation>
    </message>
    <message>
        <source>%1 is a damaged bundle: it was changed or broken after it was made. Ask the sender for it again. Nothing was imported.</source>
        <translation>%1 เป็นชุดข้อมูลที่เสียหาย: ถูกแก้ไขหรือชำรุดหลังจากสร้าง ขอให้ผู้ส่งส่งมาใหม่ ยังไม่ได้นำเข้าอะไรเลย</translation>
    </message>
    <message>
        <source>%1 is an incomplete bundle: the file ends before its last part (it may still be copying). Nothing was imported.</source>
        <translation>%1 เป็นชุดข้อมูลที่ไม่ครบ: ไฟล์จบก่อนถึงส่วนสุดท้าย (อาจยังคัดลอกไม่เสร็จ) ยังไม่ได้นำเข้าอะไรเลย</translation>
    </message>
    <message>
        <source>%1 was made by a newer Banthuek (bundle format %2; this Banthuek reads up to %3). Update Banthuek to import it. Nothing was imported.</source>
        <translation>%1 สร้างจากบันทึกรุ่นใหม่กว่า (รูปแบบชุดข้อมูล %2 แต่รุ่นนี้อ่านได้ถึง %3) ปรับรุ่นบันทึกก่อนจึงจะนำเข้าได้ ยังไม่ได้นำเข้าอะไรเลย</translation>
    </message>
    <message>
        <source>%1 is not a Banthuek bundle (it does not begin as one). Nothing was imported.</source>
        <translation>%1 ไม่ใช่ชุดข้อมูลของบันทึก (ต้นไฟล์ไม่ใช่แบบชุดข้อมูล) ยังไม่ได้นำเข้าอะไรเลย</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>เริ่มใช้คลังการเข้ารหัสไม่ได้</translation>
    </message>
    <message>
        <source>The bundle could not be compressed: %1.</source>
        <translation>บีบอัดชุดข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <source>%1 comes from another team (&quot;%2&quot;), not this notebook&apos;s. Nothing was imported.</source>
        <translation>%1 มาจากทีมอื่น (&quot;%2&quot;) ไม่ใช่ทีมของสมุดบันทึกนี้ ยังไม่ได้นำเข้าอะไรเลย</translation>
    </message>
    <message>
        <source>%1 is a damaged bundle: its changes cannot be read. Ask the sender for it again. Nothing was imported.</source>
        <translation>%1 เป็นชุดข้อมูลที่เสียหาย: อ่านการเปลี่ยนแปลงในนั้นไม่ได้ ขอให้ผู้ส่งส่งมาใหม่ ยังไม่ได้นำเข้าอะไรเลย</translation>
    </message>
    <message>
        <source>%1 holds a kind of data this Banthuek does not know (%2): it was made by a newer Banthuek. Update Banthuek to import it. Nothing was imported.</source>
        <translation>%1 มีข้อมูลชนิดที่บันทึกรุ่นนี้ไม่รู้จัก (%2) เพราะสร้างจากรุ่นใหม่กว่า ปรับรุ่นบันทึกก่อนจึงจะนำเข้าได้ ยังไม่ได้นำเข้าอะไรเลย</translation>
    </message>
    <message>
        <source>Cannot read the bundle %1: %2.</source>
        <translation>อ่านชุดข้อมูล %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a bundle (%2 bytes). Nothing was imported.</source>
        <translation>%1 ใหญ่เกินกว่าจะเป็นชุดข้อมูล (%2 ไบต์) ยังไม่ได้นำเข้าอะไรเลย</translation>
    </message>
    <message>
        <source>Cannot read the bundle %1.</source>
        <translation>อ่านชุดข้อมูล %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Cannot write the bundle %1 (is the disk full or read-only?).</source>
        <translation>เขียนชุดข้อมูล %1 ไม่ได้ (ดิสก์เต็มหรือเขียนไม่ได้หรือไม่)</translation>
    </message>
    <message>
        <source>Cannot write the bundle %1: %2.</source>
        <translation>เขียนชุดข้อมูล %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>There is no folder %1 to sync with.</source>
        <translation>ไม่มีโฟลเดอร์ %1 ให้ซิงก์ด้วย</translation>
    </message>
    <message>
        <source>This notebook is already in the team &quot;%1&quot;; a notebook belongs to one team.</source>
        <translation>สมุดบันทึกนี้อยู่ในทีม &quot;%1&quot; แล้ว สมุดบันทึกหนึ่งเล่มอยู่ได้ทีมเดียว</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team code: it has a character (%2) that team codes never have.</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสทีม: มีอักขระ (%2) ที่รหัสทีมไม่มี</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team code: a team code has 28 letters and digits, this has %2.</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสทีม: รหัสทีมมีตัวอักษรและตัวเลข 28 ตัว แต่นี่มี %2 ตัว</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team code: a letter or digit in it is wrong (its check does not match). Type it again from the team sheet.</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสทีม: มีตัวอักษรหรือตัวเลขผิด (ตัวตรวจสอบไม่ตรง) พิมพ์ใหม่อีกครั้งจากใบรหัสทีม</translation>
    </message>
    <message>
        <source>This notebook is not in a team. Create a team (banthuek team PATH --create NAME) or join one with its team code (--join CODE) first.</source>
        <translation>สมุดบันทึกนี้ยังไม่อยู่ในทีม สร้างทีม (banthuek team PATH --create NAME) หรือเข้าร่วมทีมด้วยรหัสทีม (--join CODE) ก่อน</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>ทีมต้องมีชื่อ</translation>
    </message>
    <message>
        <source>Unknown KM role &quot;%1&quot;; use khun_uea, khun_amnuay, khun_likhit, khun_kij or other.</source>
        <translation>ไม่รู้จักบทบาท KM &quot;%1&quot; ใช้ khun_uea, khun_amnuay, khun_likhit, khun_kij หรือ other</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1.</source>
        <translation>เขียนลงโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>%1 is a damaged bundle: its files do not match what it says of them. Ask the sender for it again. Nothing was imported.</source>
        <translation>%1 เป็นชุดข้อมูลที่เสียหาย: ไฟล์ในนั้นไม่ตรงกับที่ระบุไว้ ขอให้ผู้ส่งส่งมาใหม่ ยังไม่ได้นำเข้าอะไรเลย</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the limit of %3 for one file (Preferences). It was not attached.</source>
        <translation>%1 มีขนาด %2 เกินขนาดสูงสุด %3 ต่อไฟล์ (ตั้งได้ในการตั้งค่า) จึงไม่ได้แนบ</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. It was not attached.</source>
        <translation>%1 เป็นโฟลเดอร์ ไม่ใช่ไฟล์ จึงไม่ได้แนบ</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. It was not attached.</source>
        <translation>อ่าน %1 ไม่ได้: %2 จึงไม่ได้แนบ</translation>
    </message>
    <message>
        <source>Cannot read %1: the disk refused part of it. It was not attached.</source>
        <translation>อ่าน %1 ไม่ได้: ดิสก์อ่านบางส่วนไม่ได้ จึงไม่ได้แนบ</translation>
    </message>
    <message>
        <source>%1 changed while it was being read. It was not attached; try again.</source>
        <translation>%1 เปลี่ยนไประหว่างที่กำลังอ่าน จึงไม่ได้แนบ ลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>%1 is empty. It was not attached.</source>
        <translation>%1 เป็นไฟล์ว่าง จึงไม่ได้แนบ</translation>
    </message>
    <message>
        <source>There is no file %1 in this notebook.</source>
        <translation>ไม่มีไฟล์ %1 ในสมุดบันทึกนี้</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>ไม่มีบันทึก %1</translation>
    </message>
    <message>
        <source>The file %1 (%2) cannot be read from this notebook.</source>
        <translation>อ่านไฟล์ %1 (%2) จากสมุดบันทึกนี้ไม่ได้</translation>
    </message>
    <message>
        <source>The file %1 (%2) is incomplete in this notebook.</source>
        <translation>ไฟล์ %1 (%2) ในสมุดบันทึกนี้ไม่ครบ</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>เขียน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk may be full.</source>
        <translation>เขียน %1 ไม่ได้: ดิสก์อาจเต็ม</translation>
    </message>
    <message>
        <source>The file %1 (%2) is damaged: its bytes no longer match its SHA-256.</source>
        <translation>ไฟล์ %1 (%2) เสียหาย: ข้อมูลไม่ตรงกับค่า SHA-256 ของไฟล์แล้ว</translation>
    </message>
    <message>
        <source>%1 files named in notes are not in this notebook (a teammate&apos;s bundle will bring them).</source>
        <translation>มีไฟล์ %1 ไฟล์ที่บันทึกอ้างถึงแต่ไม่อยู่ในสมุดบันทึกนี้ (ชุดข้อมูลจากเพื่อนร่วมทีมจะนำมาให้)</translation>
    </message>
    <message>
        <source>Files: %1 (%2 bytes), every one matches its SHA-256</source>
        <translation>ไฟล์: %1 ไฟล์ (%2 ไบต์) ตรงกับค่า SHA-256 ทุกไฟล์</translation>
    </message>
    <message>
        <source>It cannot be read: %1.</source>
        <translation>อ่านไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>It is %1 MB: larger than any GotoKnow page (at most %2 MB).</source>
        <translation>ไฟล์มีขนาด %1 MB ใหญ่เกินกว่าหน้าบันทึก GotoKnow ใด ๆ (ไม่เกิน %2 MB)</translation>
    </message>
    <message>
        <source>It is not text: it is neither UTF-8 nor Thai Windows text.</source>
        <translation>ไม่ใช่ไฟล์ข้อความ: ไม่ใช่ทั้ง UTF-8 และข้อความภาษาไทยแบบ Windows</translation>
    </message>
    <message>
        <source>It is not a GotoKnow post: it has no record number (หมายเลขบันทึก: …).</source>
        <translation>ไม่ใช่บันทึก GotoKnow: ไม่พบหมายเลขบันทึก (หมายเลขบันทึก: …)</translation>
    </message>
    <message>
        <source>It has no title: the first line of a post is its title.</source>
        <translation>ไม่มีชื่อบันทึก: บรรทัดแรกของบันทึกคือชื่อเรื่อง</translation>
    </message>
    <message>
        <source>It is not text: it holds binary data.</source>
        <translation>ไม่ใช่ไฟล์ข้อความ: มีข้อมูลไบนารีอยู่ภายใน</translation>
    </message>
    <message>
        <source>A note&apos;s source needs a site and a name.</source>
        <translation>แหล่งที่มาของบันทึกต้องระบุทั้งเว็บไซต์และชื่อ</translation>
    </message>
    <message>
        <source>line %1: the front matter is not YAML: %2.</source>
        <translation>บรรทัด %1: ส่วนหัว (front matter) ไม่ใช่ YAML: %2</translation>
    </message>
    <message>
        <source>line %1: the front matter is not a list of fields.</source>
        <translation>บรรทัด %1: ส่วนหัว (front matter) ไม่ใช่รายการช่องข้อมูล</translation>
    </message>
    <message>
        <source>It is %1 MB: larger than a note can be (at most %2 MB).</source>
        <translation>ไฟล์ใหญ่ %1 MB เกินกว่าบันทึกหนึ่งจะรับได้ (ไม่เกิน %2 MB)</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: %2.</source>
        <translation>อ่านโฟลเดอร์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The folder %1 holds more than %2 files: choose a smaller one.</source>
        <translation>โฟลเดอร์ %1 มีไฟล์มากกว่า %2 ไฟล์ กรุณาเลือกโฟลเดอร์ที่เล็กกว่านี้</translation>
    </message>
    <message>
        <source>It is not UTF-8 text.</source>
        <translation>ไม่ใช่ข้อความแบบ UTF-8</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 เป็นไฟล์ ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose an empty folder, or allow writing over what is in it (--force).</source>
        <translation>โฟลเดอร์ %1 มีไฟล์อยู่แล้ว กรุณาเลือกโฟลเดอร์ว่าง หรืออนุญาตให้เขียนทับสิ่งที่อยู่ในนั้น (--force)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>line %1: the link &quot;%2&quot; leads out of the folder; only files inside it are read.</source>
        <translation>บรรทัด %1: ลิงก์ &quot;%2&quot; ชี้ออกนอกโฟลเดอร์ โปรแกรมอ่านเฉพาะไฟล์ที่อยู่ในโฟลเดอร์เท่านั้น</translation>
    </message>
    <message>
        <source>line %1: %2 should be one text, not a list.</source>
        <translation>บรรทัด %1: %2 ต้องเป็นข้อความเดียว ไม่ใช่รายการ</translation>
    </message>
    <message>
        <source>line %1: %2 should be a list of texts.</source>
        <translation>บรรทัด %1: %2 ต้องเป็นรายการข้อความ</translation>
    </message>
    <message>
        <source>line %1: %2 should be true or false, not &quot;%3&quot;.</source>
        <translation>บรรทัด %1: %2 ต้องเป็น true หรือ false ไม่ใช่ &quot;%3&quot;</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not a date and time (like 2026-03-01T10:00:00+07:00).</source>
        <translation>บรรทัด %1: %2 &quot;%3&quot; ไม่ใช่วันและเวลา (เช่น 2026-03-01T10:00:00+07:00)</translation>
    </message>
    <message>
        <source>line %1: date &quot;%2&quot; is not a day (like 2026-03-01).</source>
        <translation>บรรทัด %1: วันที่ &quot;%2&quot; ไม่ใช่วันที่มีจริง (เช่น 2026-03-01)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a kind of note (field_note, minutes or article).</source>
        <translation>บรรทัด %1: &quot;%2&quot; ไม่ใช่ประเภทบันทึก (field_note, minutes หรือ article)</translation>
    </message>
    <message>
        <source>The copy of %1 failed its check (%2), so it was not kept.</source>
        <translation>สำเนาของ %1 ไม่ผ่านการตรวจ (%2) จึงไม่ได้เก็บไว้</translation>
    </message>
    <message>
        <source>%1 already exists: a backup is restored as a new file, never over another.</source>
        <translation>มี %1 อยู่แล้ว: การกู้คืนสำรองจะเขียนเป็นแฟ้มใหม่เสมอ ไม่เขียนทับแฟ้มอื่น</translation>
    </message>
    <message>
        <source>%1 already exists: a copy of a notebook is saved as a new file, never over another.</source>
        <translation>มีไฟล์ %1 อยู่แล้ว: สำเนาของสมุดบันทึกจะบันทึกเป็นไฟล์ใหม่เสมอ ไม่เขียนทับไฟล์อื่น</translation>
    </message>
    <message>
        <source>The notebook %1 is on a disk that cannot be written (read-only media, such as a locked memory card). Copy it to this computer to change it, or open it read-only. The file was not changed.</source>
        <translation>สมุดบันทึก %1 อยู่บนดิสก์ที่เขียนไม่ได้ (สื่อแบบอ่านอย่างเดียว เช่น การ์ดหน่วยความจำที่ล็อกไว้) คัดลอกมาไว้ในเครื่องนี้เพื่อแก้ไข หรือเปิดแบบอ่านอย่างเดียว ไฟล์ไม่ได้ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The list of tables in %1 is itself damaged (%2), so its rows cannot be found. Restore the notebook from a backup. The file was not changed.</source>
        <translation>รายการตารางใน %1 เสียหายเอง (%2) จึงหาแถวข้อมูลไม่ได้ ให้กู้สมุดบันทึกคืนจากข้อมูลสำรอง ไฟล์ไม่ได้ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>%1 already exists: a salvaged notebook is written as a new file, never over another.</source>
        <translation>มีไฟล์ %1 อยู่แล้ว: สมุดบันทึกที่กู้ข้อมูลออกมาจะเขียนเป็นไฟล์ใหม่เสมอ ไม่เขียนทับไฟล์อื่น</translation>
    </message>
    <message>
        <source>%1 is not a Banthuek notebook (it is not an SQLite database), so nothing can be salvaged from it.</source>
        <translation>%1 ไม่ใช่สมุดบันทึกของบันทึก (ไม่ใช่ฐานข้อมูล SQLite) จึงกู้ข้อมูลใดออกมาไม่ได้</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Banthuek notebook, so nothing is salvaged from it.</source>
        <translation>%1 เป็นฐานข้อมูล SQLite ของโปรแกรมอื่น ไม่ใช่สมุดบันทึกของบันทึก จึงไม่กู้ข้อมูลใดออกมา</translation>
    </message>
    <message>
        <source>The Thai spelling dictionary is not installed (Debian package hunspell-th).</source>
        <translation>ยังไม่ได้ติดตั้งพจนานุกรมตรวจตัวสะกดภาษาไทย (แพ็กเกจ Debian ชื่อ hunspell-th)</translation>
    </message>
    <message>
        <source>ICU word boundaries unavailable: %1</source>
        <translation>ใช้การตัดคำของ ICU ไม่ได้: %1</translation>
    </message>
    <message>
        <source>An empty word cannot be added to the notebook&apos;s dictionary.</source>
        <translation>เพิ่มคำว่างลงในพจนานุกรมของสมุดบันทึกไม่ได้</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has spaces: the notebook&apos;s dictionary takes one word at a time.</source>
        <translation>&quot;%1&quot; มีช่องว่าง: พจนานุกรมของสมุดบันทึกรับทีละหนึ่งคำ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 64 characters, too long for the notebook&apos;s dictionary.</source>
        <translation>&quot;%1&quot; ยาวเกิน 64 ตัวอักษร ยาวเกินไปสำหรับพจนานุกรมของสมุดบันทึก</translation>
    </message>
</context>
<context>
    <name>banthuek::core::Term</name>
    <message>
        <source>comment</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>comment author</source>
        <translation>ผู้แสดงความเห็น</translation>
    </message>
    <message>
        <source>&quot;date&quot;</source>
        <translation>&quot;วันที่&quot;</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>ช่อง</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>งานที่ต้องทำ</translation>
    </message>
    <message>
        <source>meeting series</source>
        <translation>ชุดการประชุม</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>สถานที่ประชุม</translation>
    </message>
    <message>
        <source>BAR goal</source>
        <translation>เป้าหมาย (BAR)</translation>
    </message>
    <message>
        <source>BAR expected results</source>
        <translation>ผลที่คาดหวัง (BAR)</translation>
    </message>
    <message>
        <source>BAR risks</source>
        <translation>ความเสี่ยง (BAR)</translation>
    </message>
    <message>
        <source>AAR expectations</source>
        <translation>สิ่งที่คาดไว้ (AAR)</translation>
    </message>
    <message>
        <source>AAR what happened</source>
        <translation>สิ่งที่เกิดขึ้นจริง (AAR)</translation>
    </message>
    <message>
        <source>AAR why</source>
        <translation>เหตุที่ต่างกัน (AAR)</translation>
    </message>
    <message>
        <source>AAR next steps</source>
        <translation>สิ่งที่จะทำต่อ (AAR)</translation>
    </message>
    <message>
        <source>reason for absence</source>
        <translation>เหตุที่ไม่มา</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>วาระ</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>การอภิปราย</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>มติ</translation>
    </message>
    <message>
        <source>note title</source>
        <translation>ชื่อเรื่องบันทึก</translation>
    </message>
    <message>
        <source>note body</source>
        <translation>เนื้อหาบันทึก</translation>
    </message>
    <message>
        <source>author</source>
        <translation>ผู้เขียน</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>สัญญาอนุญาต</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <source>organisation&apos;s Thai name</source>
        <translation>ชื่อองค์กรภาษาไทย</translation>
    </message>
    <message>
        <source>organisation&apos;s English name</source>
        <translation>ชื่อองค์กรภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>person&apos;s name</source>
        <translation>ชื่อบุคคล</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>ช่องทางติดต่อ</translation>
    </message>
    <message>
        <source>place search</source>
        <translation>คำค้นพื้นที่</translation>
    </message>
    <message>
        <source>village name</source>
        <translation>ชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <source>English village name</source>
        <translation>ชื่อหมู่บ้านภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>survey notes</source>
        <translation>หมายเหตุการสำรวจ</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>อาชีพ</translation>
    </message>
    <message>
        <source>plan title</source>
        <translation>ชื่อแผน</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>เวทีที่อนุมัติ</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>plan item title</source>
        <translation>ชื่อโครงการ</translation>
    </message>
    <message>
        <source>plan item description</source>
        <translation>รายละเอียดโครงการ</translation>
    </message>
    <message>
        <source>reference in the TAO plan</source>
        <translation>เลขอ้างอิงในแผนของ อบต.</translation>
    </message>
    <message>
        <source>theme name</source>
        <translation>ชื่อประเด็น</translation>
    </message>
    <message>
        <source>English theme name</source>
        <translation>ชื่อประเด็นภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>team name</source>
        <translation>ชื่อทีม</translation>
    </message>
    <message>
        <source>device name</source>
        <translation>ชื่อเครื่อง</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>address</source>
        <translation>ที่อยู่เว็บ</translation>
    </message>
    <message>
        <source>word</source>
        <translation>คำ</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::AboutDialog</name>
    <message>
        <source>About Banthuek</source>
        <translation>เกี่ยวกับบันทึก</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Banthuek (บันทึก) %1&lt;/h2&gt;&lt;p&gt;An offline notebook for Thai community-development teams: field notes, minutes and community master plans.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;บันทึก (Banthuek) %1&lt;/h2&gt;&lt;p&gt;สมุดบันทึกแบบออฟไลน์สำหรับทีมพัฒนาชุมชน: บันทึกภาคสนาม รายงานการประชุม และแผนแม่บทชุมชน&lt;/p&gt;</translation>
    </message>
    <message>
        <source>## Data sources and licences

</source>
        <translation>## แหล่งข้อมูลและสัญญาอนุญาต

</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::ActionsDialog</name>
    <message>
        <source>Overdue only</source>
        <translation>เฉพาะที่เลยกำหนด</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>รายการติดตามงาน</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation>ชุดการประชุม</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ยังไม่เสร็จ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>งานที่ต้องทำ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>ชุดการประชุม</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>ทุกชุดการประชุม</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>เสร็จเมื่อ %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (เลขที่ %2)</translation>
    </message>
    <message>
        <source>%1 action items · %2 overdue. Tick Done to mark one done today; double-click to open its meeting.</source>
        <translation>งานที่ต้องติดตาม %1 รายการ · เลยกำหนด %2 รายการ ติ๊ก &quot;เสร็จแล้ว&quot; เพื่อบันทึกว่าเสร็จวันนี้ ดับเบิลคลิกเพื่อเปิดรายงานการประชุม</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>พื้นที่</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>ทุกพื้นที่</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>ทุกประเด็น</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::AutoBackup</name>
    <message>
        <source>Backing up the notebook before closing…</source>
        <translation>กำลังสำรองสมุดบันทึกก่อนปิด…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>สำรองข้อมูล</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::AutoSync</name>
    <message>
        <source>Synced with the team: %1 new notes, %2 changed, %3 new comments.</source>
        <translation>ซิงก์กับทีมแล้ว: บันทึกใหม่ %1 รายการ แก้ไข %2 รายการ ความเห็นใหม่ %3 รายการ</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::BackupsDialog</name>
    <message>
        <source>Back up automatically: once a day when the notebook opens, and when the window closes after changes</source>
        <translation>สำรองข้อมูลอัตโนมัติ: วันละครั้งเมื่อเปิดสมุดบันทึก และเมื่อปิดหน้าต่างหลังมีการแก้ไข</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;สำรองเดี๋ยวนี้</translation>
    </message>
    <message>
        <source>&amp;Restore as a new notebook…</source>
        <translation>&amp;กู้คืนเป็นสมุดบันทึกใหม่…</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>ข้อมูลสำรองของ %1</translation>
    </message>
    <message>
        <source>&amp;Change folder…</source>
        <translation>&amp;เปลี่ยนโฟลเดอร์…</translation>
    </message>
    <message>
        <source>Use the &amp;default folder</source>
        <translation>ใช้โฟลเดอร์&amp;ตั้งต้น</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;เปิดโฟลเดอร์</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>เวลาที่สำรอง</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Backing up: copying the notebook and checking the copy…</source>
        <translation>กำลังสำรอง: คัดลอกสมุดบันทึกและตรวจสำเนา…</translation>
    </message>
    <message>
        <source>Backed up and checked: %1</source>
        <translation>สำรองและตรวจแล้ว: %1</translation>
    </message>
    <message>
        <source>Backups of this notebook are kept in %1</source>
        <translation>ข้อมูลสำรองของสมุดบันทึกนี้เก็บไว้ที่ %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>อ่านไม่ได้</translation>
    </message>
    <message>
        <source>No backups yet in this folder.</source>
        <translation>ยังไม่มีข้อมูลสำรองในโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>Keep the backups in</source>
        <translation>เก็บข้อมูลสำรองไว้ที่</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Choose another folder than the notebook&apos;s own: a backup beside the notebook is lost with it.</source>
        <translation>โปรดเลือกโฟลเดอร์อื่นที่ไม่ใช่โฟลเดอร์ของสมุดบันทึก: ข้อมูลสำรองที่อยู่ข้างสมุดบันทึกจะหายไปพร้อมกัน</translation>
    </message>
    <message>
        <source>%1 (restored from %2)</source>
        <translation>%1 (กู้คืนจาก %2)</translation>
    </message>
    <message>
        <source>Restore as a new notebook</source>
        <translation>กู้คืนเป็นสมุดบันทึกใหม่</translation>
    </message>
    <message>
        <source>Banthuek notebooks (*.banthuek)</source>
        <translation>สมุดบันทึก (*.banthuek)</translation>
    </message>
    <message>
        <source>The backup was restored as %1. Open it now?</source>
        <translation>กู้คืนข้อมูลสำรองเป็น %1 แล้ว เปิดเลยไหม?</translation>
    </message>
    <message>
        <source>Restored as %1</source>
        <translation>กู้คืนเป็น %1 แล้ว</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>ไม่ได้กู้คืนข้อมูลสำรอง: %1</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::BodyEditor</name>
    <message>
        <source>Write the story of the visit: what happened, what you learned, what comes next.</source>
        <translation>เล่าเรื่องการลงพื้นที่: เกิดอะไรขึ้น ได้เรียนรู้อะไร และจะทำอะไรต่อ</translation>
    </message>
    <message>
        <source>B</source>
        <translation>ห</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>ตัวหนา</translation>
    </message>
    <message>
        <source>I</source>
        <translation>อ</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>ตัวเอียง</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>H1</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>หัวข้อระดับ 1</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>H2</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>หัวข้อระดับ 2</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>H3</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>หัวข้อระดับ 3</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>ข้อความปกติ</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• รายการ</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>รายการแบบสัญลักษณ์</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. ลำดับ</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>รายการแบบตัวเลข</translation>
    </message>
    <message>
        <source>❝ Quote</source>
        <translation>❝ อ้างอิง</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>ข้อความอ้างอิง</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ลิงก์</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>แทรกลิงก์</translation>
    </message>
    <message>
        <source>Address (https://...):</source>
        <translation>ที่อยู่ (https://...):</translation>
    </message>
    <message>
        <source>%1
Ctrl+click to open</source>
        <translation>%1
กด Ctrl ค้างแล้วคลิกเพื่อเปิด</translation>
    </message>
    <message>
        <source>Note: %1
Ctrl+click to open</source>
        <translation>บันทึก: %1
กด Ctrl ค้างแล้วคลิกเพื่อเปิด</translation>
    </message>
    <message>
        <source>Note in the Trash: %1
Ctrl+click to open</source>
        <translation>บันทึกในถังขยะ: %1
กด Ctrl ค้างแล้วคลิกเพื่อเปิด</translation>
    </message>
    <message>
        <source>Broken link: the note it pointed to was deleted.</source>
        <translation>ลิงก์เสีย: บันทึกที่ลิงก์ไปถูกลบแล้ว</translation>
    </message>
    <message>
        <source>Insert photos or files</source>
        <translation>แทรกรูปภาพหรือไฟล์</translation>
    </message>
    <message>
        <source>Photos and files (*);;Photos (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</source>
        <translation>รูปภาพและไฟล์ (*);;รูปภาพ (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>คำบรรยายภาพ</translation>
    </message>
    <message>
        <source>Caption of the photo:</source>
        <translation>คำบรรยายภาพ:</translation>
    </message>
    <message>
        <source>+ Photo or file</source>
        <translation>+ รูปภาพหรือไฟล์</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::ChipsField</name>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Click to remove</source>
        <translation>คลิกเพื่อนำออก</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::CommentsPanel</name>
    <message>
        <source>Add comment</source>
        <translation>แสดงความเห็น</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ชื่อของคุณ</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>เขียนความเห็น…</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>ความเห็น (%1)</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (แก้ไขแล้ว)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>ไม่ระบุชื่อ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>แก้ไขความเห็น</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>ลบความเห็น</translation>
    </message>
    <message>
        <source>Delete this comment? This cannot be undone.</source>
        <translation>ลบความเห็นนี้หรือไม่? ลบแล้วเรียกคืนไม่ได้</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::ConflictBanner</name>
    <message>
        <source>Compare…</source>
        <translation>เปรียบเทียบ…</translation>
    </message>
    <message>
        <source>This note was edited on two laptops at once. This text is current; the other, written %1, is kept. Compare them to keep one or combine them.</source>
        <translation>บันทึกนี้ถูกแก้ไขบนสองเครื่องในเวลาเดียวกัน ข้อความนี้เป็นฉบับปัจจุบัน ส่วนอีกฉบับ (เขียนเมื่อ %1) เก็บไว้แล้ว เปรียบเทียบเพื่อเลือกฉบับใดฉบับหนึ่งหรือรวมกัน</translation>
    </message>
    <message>
        <source>Two versions of this note</source>
        <translation>บันทึกนี้มีสองฉบับ</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>ข้อความปัจจุบัน</translation>
    </message>
    <message>
        <source>The other laptop&apos;s text</source>
        <translation>ข้อความจากอีกเครื่อง</translation>
    </message>
    <message>
        <source>Keep the current text</source>
        <translation>ใช้ข้อความปัจจุบัน</translation>
    </message>
    <message>
        <source>Use the other text</source>
        <translation>ใช้ข้อความจากอีกเครื่อง</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::CoverageDialog</name>
    <message>
        <source>Coverage: places × themes</source>
        <translation>ความครอบคลุม: พื้นที่ × ประเด็น</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>Double-click a number to list its notes.</source>
        <translation>ดับเบิลคลิกที่ตัวเลขเพื่อดูรายการบันทึก</translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation>ส่งออกตารางความครอบคลุม</translation>
    </message>
    <message>
        <source>coverage.csv</source>
        <translation>coverage.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>เขียนไฟล์ %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::DateField</name>
    <message>
        <source>e.g. 2569-11-24</source>
        <translation>เช่น 2569-11-24</translation>
    </message>
    <message>
        <source>e.g. 2026-11-24</source>
        <translation>เช่น 2026-11-24</translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD, Buddhist or Gregorian year; leave empty for none.</source>
        <translation>พิมพ์วันที่แบบ ปปปป-ดด-วว ใช้ปี พ.ศ. หรือ ค.ศ. ก็ได้ เว้นว่างถ้าไม่ระบุวันที่</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>เลือกจากปฏิทิน</translation>
    </message>
    <message>
        <source>Not a date. Type YYYY-MM-DD, e.g. 2550-01-22 or 2007-01-22.</source>
        <translation>ไม่ใช่วันที่ พิมพ์แบบ ปปปป-ดด-วว เช่น 2550-01-22 หรือ 2007-01-22</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::DetailsFold</name>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Show or hide the kind, date, author, places, themes, people and licence</source>
        <translation>แสดงหรือซ่อนประเภท วันที่ ผู้เขียน สถานที่ ประเด็น บุคคล และสัญญาอนุญาต</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::ExchangeDialog</name>
    <message>
        <source>Create a team…</source>
        <translation>สร้างทีม…</translation>
    </message>
    <message>
        <source>Join a team…</source>
        <translation>เข้าร่วมทีม…</translation>
    </message>
    <message>
        <source>Show the team code…</source>
        <translation>แสดงรหัสทีม…</translation>
    </message>
    <message>
        <source>Export a bundle…</source>
        <translation>ส่งออกชุดข้อมูล…</translation>
    </message>
    <message>
        <source>Everything (for a new teammate)</source>
        <translation>ทั้งหมด (สำหรับสมาชิกใหม่)</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>นำเข้าชุดข้อมูล…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ซิงก์ตอนนี้</translation>
    </message>
    <message>
        <source>Exchange with the team</source>
        <translation>แลกเปลี่ยนกับทีม</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <source>e.g. โน้ตบุ๊กของสมศรี</source>
        <translation>เช่น โน้ตบุ๊กของสมศรี</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Laptop&apos;s name:</source>
        <translation>ชื่อเครื่อง:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>ชื่อของคุณ:</translation>
    </message>
    <message>
        <source>Your KM role:</source>
        <translation>บทบาท KM ของคุณ:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>ชุดข้อมูล</translation>
    </message>
    <message>
        <source>or drop bundle files here</source>
        <translation>หรือลากไฟล์ชุดข้อมูลมาวางที่นี่</translation>
    </message>
    <message>
        <source>Shared folder…</source>
        <translation>โฟลเดอร์ที่ใช้ร่วมกัน…</translation>
    </message>
    <message>
        <source>What comes in from the team is reported here.</source>
        <translation>สิ่งที่ได้รับจากทีมจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>Team: %1. This laptop numbers its notes from slot %2.</source>
        <translation>ทีม: %1 เครื่องนี้ให้หมายเลขบันทึกจากช่องที่ %2</translation>
    </message>
    <message>
        <source>This notebook works alone. Create a team here, or join your team with the code from the team sheet.</source>
        <translation>สมุดบันทึกนี้ใช้งานเดี่ยว สร้างทีมที่นี่ หรือเข้าร่วมทีมด้วยรหัสจากใบรหัสทีม</translation>
    </message>
    <message>
        <source> (last heard %1)</source>
        <translation> (ได้รับล่าสุด %1)</translation>
    </message>
    <message>
        <source>Teammates heard from: %1</source>
        <translation>สมาชิกที่เคยได้รับข้อมูล: %1</translation>
    </message>
    <message>
        <source>No shared folder chosen yet.</source>
        <translation>ยังไม่ได้เลือกโฟลเดอร์ที่ใช้ร่วมกัน</translation>
    </message>
    <message>
        <source>Saved this laptop&apos;s name.</source>
        <translation>บันทึกชื่อเครื่องแล้ว</translation>
    </message>
    <message>
        <source>Create a team</source>
        <translation>สร้างทีม</translation>
    </message>
    <message>
        <source>The team&apos;s name:</source>
        <translation>ชื่อทีม:</translation>
    </message>
    <message>
        <source>Join a team</source>
        <translation>เข้าร่วมทีม</translation>
    </message>
    <message>
        <source>The team code, from the team sheet or the team lead:</source>
        <translation>รหัสทีม จากใบรหัสทีมหรือจากหัวหน้าทีม:</translation>
    </message>
    <message numerus="yes">
        <source>Joined the team. %n note(s) written here before took this laptop&apos;s team numbers.</source>
        <translation>
            <numerusform>เข้าร่วมทีมแล้ว บันทึก %n รายการที่เขียนไว้ก่อนหน้าได้หมายเลขทีมของเครื่องนี้</numerusform>
        </translation>
    </message>
    <message>
        <source>Joined the team.</source>
        <translation>เข้าร่วมทีมแล้ว</translation>
    </message>
    <message>
        <source>Team code</source>
        <translation>รหัสทีม</translation>
    </message>
    <message>
        <source>Give this code to each teammate (print it, or read it out). It lets a notebook join the team and read the team&apos;s bundles, so keep it like a key.

%1</source>
        <translation>มอบรหัสนี้ให้สมาชิกแต่ละคน (พิมพ์ออกมาหรืออ่านให้ฟัง) รหัสนี้ใช้เข้าร่วมทีมและเปิดอ่านชุดข้อมูลของทีม จึงควรเก็บรักษาเหมือนกุญแจ

%1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>ส่งออกชุดข้อมูล</translation>
    </message>
    <message>
        <source>Banthuek bundles (*.banthuek-bundle)</source>
        <translation>ชุดข้อมูลบันทึก (*.banthuek-bundle)</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>นำเข้าชุดข้อมูล</translation>
    </message>
    <message>
        <source>The team&apos;s shared folder</source>
        <translation>โฟลเดอร์ที่ทีมใช้ร่วมกัน</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n change(s), %2.</source>
        <translation>
            <numerusform>เขียน %1 แล้ว: %n การเปลี่ยนแปลง ขนาด %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote this laptop&apos;s bundle: %n change(s).</source>
        <translation>
            <numerusform>เขียนชุดข้อมูลของเครื่องนี้แล้ว: %n การเปลี่ยนแปลง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n bundle(s):</source>
        <translation>
            <numerusform>จากชุดข้อมูล %n ชุด:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new notes, %2 changed, %3 new comments, %4 conflicts, %5 changes already here.</source>
        <translation>บันทึกใหม่ %1 รายการ แก้ไข %2 รายการ ความเห็นใหม่ %3 รายการ ขัดแย้ง %4 รายการ มีอยู่แล้ว %5 รายการ</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n note(s)</source>
        <translation>
            <numerusform>  %1: %n บันทึก</numerusform>
        </translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(ไม่ระบุผู้เขียน)</translation>
    </message>
    <message>
        <source>  Notes edited on two laptops at once keep the other text as a revision: look for the conflict banner.</source>
        <translation>  บันทึกที่ถูกแก้ไขบนสองเครื่องพร้อมกันเก็บอีกข้อความไว้เป็นฉบับย้อนหลัง ดูแถบแจ้งความขัดแย้งบนบันทึก</translation>
    </message>
    <message>
        <source>  Not merged: %1</source>
        <translation>  ไม่ได้รวม: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n change(s) wait for what they belong to; they come with a later bundle.</source>
        <translation>
            <numerusform>  %n การเปลี่ยนแปลงรอส่วนที่เกี่ยวข้อง จะเข้ามากับชุดข้อมูลครั้งถัดไป</numerusform>
        </translation>
    </message>
    <message>
        <source>  Skipped for now: %1</source>
        <translation>  ข้ามไว้ก่อน: %1</translation>
    </message>
    <message>
        <source>Sync with this folder when Banthuek starts and every 15 minutes</source>
        <translation>ซิงก์กับโฟลเดอร์นี้เมื่อเปิดบันทึกและทุก 15 นาที</translation>
    </message>
    <message numerus="yes">
        <source>  %n note(s) edited on two laptops at once, in different paragraphs: both edits kept.</source>
        <translation>
            <numerusform>  บันทึก %n รายการถูกแก้ไขบนสองเครื่องพร้อมกันคนละย่อหน้า เก็บการแก้ไขไว้ทั้งสองแห่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes edited on two laptops at once, to compare: %1</source>
        <translation>บันทึกที่ถูกแก้ไขบนสองเครื่องพร้อมกัน รอเปรียบเทียบ: %1</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::GotoKnowDialog</name>
    <message>
        <source>New note</source>
        <translation>บันทึกใหม่</translation>
    </message>
    <message>
        <source>Updates its note</source>
        <translation>ปรับปรุงบันทึกเดิม</translation>
    </message>
    <message>
        <source>&amp;Skip the files that are not posts</source>
        <translation>&amp;ข้ามไฟล์ที่ไม่ใช่บันทึก</translation>
    </message>
    <message>
        <source>Import GotoKnow posts</source>
        <translation>นำเข้าบันทึกจาก GotoKnow</translation>
    </message>
    <message>
        <source>Posts saved from GotoKnow as text or as web pages come in with their dates, keywords and comments. A post imported before is updated, not added again.</source>
        <translation>บันทึกที่บันทึกไว้จาก GotoKnow เป็นไฟล์ข้อความหรือหน้าเว็บ จะเข้ามาพร้อมวันที่ คำสำคัญ และความเห็น บันทึกที่เคยนำเข้าแล้วจะถูกปรับปรุง ไม่เพิ่มซ้ำ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>หมายเลข</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Who wrote the posts (a saved page does not say)</source>
        <translation>ผู้เขียนบันทึก (หน้าที่บันทึกไว้ไม่ได้ระบุ)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;เพิ่มไฟล์…</translation>
    </message>
    <message>
        <source>Saved posts (*.txt *.html *.htm);;All files (*)</source>
        <translation>บันทึกที่บันทึกไว้ (*.txt *.html *.htm);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Not a post</source>
        <translation>ไม่ใช่บันทึก</translation>
    </message>
    <message>
        <source>Choose the posts to import with Add files.</source>
        <translation>เลือกบันทึกที่จะนำเข้าด้วยปุ่ม เพิ่มไฟล์</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) ready to import.</source>
        <translation>
            <numerusform>พร้อมนำเข้า %n บันทึก</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these files is a GotoKnow post.</source>
        <translation>ไม่มีไฟล์ใดเป็นบันทึก GotoKnow</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not GotoKnow posts: nothing is imported unless you skip them.</source>
        <translation>
            <numerusform>มี %n ไฟล์ที่ไม่ใช่บันทึก GotoKnow: จะไม่นำเข้าสิ่งใดจนกว่าจะเลือกข้ามไฟล์เหล่านั้น</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banthuek::ui::Gui</name>
    <message>
        <source>Cannot open the notebook</source>
        <translation>เปิดสมุดบันทึกไม่ได้</translation>
    </message>
    <message>
        <source>Welcome to Banthuek</source>
        <translation>ยินดีต้อนรับสู่บันทึก</translation>
    </message>
    <message>
        <source>Your notebook is ready at %1.

Fill it with a demo team&apos;s notebook (field notes, minutes and comments from Nakhon Si Thammarat) to see how Banthuek works? You can move the demo notes to the Trash at any time.</source>
        <translation>สมุดบันทึกของคุณพร้อมแล้วที่ %1

ต้องการใส่บันทึกตัวอย่างของทีมหนึ่ง (บันทึกภาคสนาม รายงานการประชุม และความเห็น จากนครศรีธรรมราช) เพื่อดูว่าบันทึกทำงานอย่างไรหรือไม่? ย้ายบันทึกตัวอย่างไปถังขยะได้ทุกเมื่อ</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>ฉบับก่อนหน้า</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>นำฉบับนี้กลับมาใช้</translation>
    </message>
    <message>
        <source>This note has no earlier versions yet.</source>
        <translation>บันทึกนี้ยังไม่มีฉบับก่อนหน้า</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;นำเข้า</translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation>&amp;ผู้เขียน:</translation>
    </message>
    <message>
        <source>&amp;About places:</source>
        <translation>&amp;เกี่ยวกับพื้นที่:</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::LinksPanel</name>
    <message>
        <source>&lt;b&gt;Links in this note&lt;/b&gt;</source>
        <translation>&lt;b&gt;ลิงก์ในบันทึกนี้&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Linked from&lt;/b&gt; (notes that link here)</source>
        <translation>&lt;b&gt;ลิงก์มาจาก&lt;/b&gt; (บันทึกที่ลิงก์มาที่นี่)</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (เลขที่ %2)</translation>
    </message>
    <message>
        <source>No note links here yet. Type [[ in a note to link to another.</source>
        <translation>ยังไม่มีบันทึกใดลิงก์มาที่นี่ พิมพ์ [[ ในบันทึกเพื่อลิงก์ไปยังบันทึกอื่น</translation>
    </message>
    <message>
        <source>%1 (no. %2, in the Trash)</source>
        <translation>%1 (เลขที่ %2 อยู่ในถังขยะ)</translation>
    </message>
    <message>
        <source>Broken link: the note was deleted</source>
        <translation>ลิงก์เสีย: บันทึกถูกลบแล้ว</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;แฟ้ม</translation>
    </message>
    <message>
        <source>New &amp;field note</source>
        <translation>&amp;บันทึกภาคสนามใหม่</translation>
    </message>
    <message>
        <source>New &amp;minutes</source>
        <translation>รายงานการ&amp;ประชุมใหม่</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;บันทึกทันที</translation>
    </message>
    <message>
        <source>New &amp;notebook…</source>
        <translation>สมุดบันทึก&amp;ใหม่…</translation>
    </message>
    <message>
        <source>&amp;Open notebook…</source>
        <translation>&amp;เปิดสมุดบันทึก…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>เปิด&amp;ล่าสุด</translation>
    </message>
    <message>
        <source>Notebook &amp;properties…</source>
        <translation>&amp;คุณสมบัติสมุดบันทึก…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;ปิดหน้าต่าง</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;แก้ไข</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;เลิกทำ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ทำซ้ำ</translation>
    </message>
    <message>
        <source>&amp;Filter notes</source>
        <translation>&amp;กรองบันทึก</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;ตั้งค่า…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;บันทึก</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;เปลี่ยนชื่อเรื่อง</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;ประวัติการแก้ไข…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>ย้ายไป&amp;ถังขยะ</translation>
    </message>
    <message>
        <source>R&amp;estore from Trash</source>
        <translation>&amp;กู้คืนจากถังขยะ</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;ล้างถังขยะ…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;ช่วยเหลือ</translation>
    </message>
    <message>
        <source>&amp;About Banthuek</source>
        <translation>&amp;เกี่ยวกับบันทึก</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>Banthuek notebooks (*.banthuek)</source>
        <translation>สมุดบันทึก (*.banthuek)</translation>
    </message>
    <message>
        <source>New notebook</source>
        <translation>สมุดบันทึกใหม่</translation>
    </message>
    <message>
        <source>Open notebook</source>
        <translation>เปิดสมุดบันทึก</translation>
    </message>
    <message>
        <source>Moved to Trash. Edit → Undo brings it back.</source>
        <translation>ย้ายไปถังขยะแล้ว เลือก แก้ไข → เลิกทำ เพื่อนำกลับมา</translation>
    </message>
    <message>
        <source>Restored from Trash.</source>
        <translation>กู้คืนจากถังขยะแล้ว</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>ถังขยะว่างอยู่</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>ล้างถังขยะ</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s) in the Trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>ลบบันทึก %n เรื่องในถังขยะอย่างถาวรหรือไม่? ลบแล้วเรียกคืนไม่ได้</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>มีการเปลี่ยนแปลงที่ยังไม่บันทึก…</translation>
    </message>
    <message>
        <source>%1 — Banthuek</source>
        <translation>%1 — บันทึก</translation>
    </message>
    <message>
        <source>%1 — %2 — Banthuek</source>
        <translation>%1 — %2 — บันทึก</translation>
    </message>
    <message>
        <source>Untitled minutes</source>
        <translation>รายงานการประชุมไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Untitled field note</source>
        <translation>บันทึกภาคสนามไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>&amp;Search notes</source>
        <translation>&amp;ค้นหาบันทึก</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <source>&amp;Coverage: places × themes…</source>
        <translation>&amp;ความครอบคลุม: พื้นที่ × ประเด็น…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Coverage › %1</source>
        <translation>ความครอบคลุม › %1</translation>
    </message>
    <message>
        <source>&amp;People and organisations…</source>
        <translation>&amp;บุคคลและองค์กร…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Related notes</source>
        <translation>บันทึกที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Linked from</source>
        <translation>ลิงก์มาจาก</translation>
    </message>
    <message>
        <source>Linked from (%1)</source>
        <translation>ลิงก์มาจาก (%1)</translation>
    </message>
    <message>
        <source>Places &amp;not visited lately…</source>
        <translation>พื้นที่ที่&amp;ไม่ได้ลงไปนาน…</translation>
    </message>
    <message>
        <source>Start the &amp;next meeting of this series</source>
        <translation>เริ่มการประชุม&amp;ครั้งถัดไปของชุดนี้</translation>
    </message>
    <message>
        <source>&amp;Action items…</source>
        <translation>รายการ&amp;ติดตามงาน…</translation>
    </message>
    <message>
        <source>Open the minutes of a meeting series first: the next meeting starts from them.</source>
        <translation>เปิดรายงานการประชุมของชุดการประชุมก่อน การประชุมครั้งถัดไปจะเริ่มจากรายงานนั้น</translation>
    </message>
    <message>
        <source>Follow-up from the last meeting</source>
        <translation>ติดตามผลจากการประชุมครั้งที่แล้ว</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>กำหนด %1</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 ครั้งที่ %2</translation>
    </message>
    <message>
        <source>Open a meeting&apos;s minutes first: they are what is exported.</source>
        <translation>เปิดรายงานการประชุมก่อน แล้วจึงส่งออก</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>ส่งออกรายงานการประชุม</translation>
    </message>
    <message>
        <source>OpenDocument Text (*.odt)</source>
        <translation>เอกสาร OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Minutes exported to %1</source>
        <translation>ส่งออกรายงานการประชุมไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>E&amp;xport minutes (PDF, ODT)…</source>
        <translation>ส่ง&amp;ออกรายงานการประชุม (PDF, ODT)…</translation>
    </message>
    <message>
        <source>&amp;Summary for the team leads&apos; meeting…</source>
        <translation>&amp;สรุปผลสำหรับวงคุณเอื้อ…</translation>
    </message>
    <message>
        <source>Community &amp;master plan…</source>
        <translation>แผน&amp;แม่บทชุมชน…</translation>
    </message>
    <message>
        <source>Link to &amp;plan items…</source>
        <translation>เชื่อมกับ&amp;โครงการในแผน…</translation>
    </message>
    <message>
        <source>E&amp;xchange with the team…</source>
        <translation>แ&amp;ลกเปลี่ยนกับทีม…</translation>
    </message>
    <message>
        <source>Insert p&amp;hoto or file…</source>
        <translation>แทรก&amp;รูปภาพหรือไฟล์…</translation>
    </message>
    <message>
        <source>Import GotoKnow posts</source>
        <translation>นำเข้าบันทึกจาก GotoKnow</translation>
    </message>
    <message>
        <source>Saved posts (*.txt *.html *.htm);;All files (*)</source>
        <translation>บันทึกที่บันทึกไว้ (*.txt *.html *.htm);;ทุกไฟล์ (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n GotoKnow post(s): %1 new, %2 updated, %3 new comments.</source>
        <translation>
            <numerusform>นำเข้าบันทึก GotoKnow %n บันทึก: ใหม่ %1 ปรับปรุง %2 ความเห็นใหม่ %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;นำเข้า</translation>
    </message>
    <message>
        <source>&amp;GotoKnow posts…</source>
        <translation>บันทึกจาก &amp;GotoKnow…</translation>
    </message>
    <message>
        <source>Import a folder of Markdown notes</source>
        <translation>นำเข้าโฟลเดอร์บันทึก Markdown</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n Markdown note(s): %1 new, %2 files, %3 new themes.</source>
        <translation>
            <numerusform>นำเข้าบันทึก Markdown %n เรื่อง: ใหม่ %1 เรื่อง ไฟล์ %2 ไฟล์ ประเด็นใหม่ %3 ประเด็น</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>ส่งออกเป็น Markdown</translation>
    </message>
    <message>
        <source>Which notes should be exported?</source>
        <translation>ต้องการส่งออกบันทึกใดบ้าง</translation>
    </message>
    <message numerus="yes">
        <source>The %n note(s) in the list</source>
        <translation>
            <numerusform>บันทึก %n เรื่องในรายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n note(s)</source>
        <translation>
            <numerusform>บันทึกทั้งหมด %n เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as Markdown: choose or make an empty folder</source>
        <translation>ส่งออกเป็น Markdown: เลือกหรือสร้างโฟลเดอร์ว่าง</translation>
    </message>
    <message>
        <source>%1 is not empty. Write the notes into it anyway? Files of the same name are replaced.</source>
        <translation>%1 มีไฟล์อยู่แล้ว ต้องการเขียนบันทึกลงไปหรือไม่ ไฟล์ที่ชื่อซ้ำจะถูกแทนที่</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s), %1 files and %2 comments to %3.</source>
        <translation>
            <numerusform>ส่งออกบันทึก %n เรื่อง ไฟล์ %1 ไฟล์ และความเห็น %2 รายการ ไปที่ %3 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Markdown folder (Banthuek, Obsidian, Joplin)…</source>
        <translation>โฟลเดอร์ &amp;Markdown (บันทึก, Obsidian, Joplin)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;ส่งออก</translation>
    </message>
    <message>
        <source>&amp;Markdown folder…</source>
        <translation>โฟลเดอร์ &amp;Markdown…</translation>
    </message>
    <message>
        <source>Open a note to copy it.</source>
        <translation>เปิดบันทึกก่อนจึงจะคัดลอกได้</translation>
    </message>
    <message>
        <source>Copied “%1” as HTML: paste it into a blog, Facebook or a Word file.</source>
        <translation>คัดลอก “%1” เป็น HTML แล้ว นำไปวางในบล็อก Facebook หรือไฟล์ Word ได้เลย</translation>
    </message>
    <message>
        <source>&amp;Copy as HTML (for a blog, Facebook or Word)</source>
        <translation>&amp;คัดลอกเป็น HTML (สำหรับบล็อก Facebook หรือ Word)</translation>
    </message>
    <message numerus="yes">
        <source>Published %n note(s) with %1 place pages and %2 theme pages.</source>
        <translation>
            <numerusform>เผยแพร่บันทึก %n เรื่อง พร้อมหน้าพื้นที่ %1 หน้า และหน้าประเด็น %2 หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish as a website</source>
        <translation>เผยแพร่เป็นเว็บไซต์</translation>
    </message>
    <message>
        <source>The website is ready. Open it in the browser?</source>
        <translation>เว็บไซต์พร้อมแล้ว ต้องการเปิดดูในเบราว์เซอร์หรือไม่</translation>
    </message>
    <message>
        <source>&amp;Publish as a website…</source>
        <translation>&amp;เผยแพร่เป็นเว็บไซต์…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ข้อมูล&amp;สำรอง…</translation>
    </message>
    <message>
        <source>Backed up and checked: %1</source>
        <translation>สำรองและตรวจแล้ว: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>อ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>This notebook is open read-only: it is on a disk that cannot be written (such as a locked memory card) or the file is marked read-only. You can read, search, print and export it. To write in it, save a copy on this computer.</source>
        <translation>สมุดบันทึกนี้เปิดแบบอ่านอย่างเดียว: อยู่บนดิสก์ที่เขียนไม่ได้ (เช่น การ์ดหน่วยความจำที่ล็อกไว้) หรือไฟล์ถูกตั้งเป็นอ่านอย่างเดียว คุณอ่าน ค้นหา พิมพ์ และส่งออกได้ หากจะเขียนเพิ่ม ให้บันทึกสำเนาไว้ในเครื่องนี้</translation>
    </message>
    <message>
        <source>Save a copy and open it…</source>
        <translation>บันทึกสำเนาแล้วเปิด…</translation>
    </message>
    <message>
        <source>Save a copy of the notebook</source>
        <translation>บันทึกสำเนาของสมุดบันทึก</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>บันทึกสำเนาไม่ได้</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>The note could not be saved: %1

Save its text to a file somewhere else before closing, or keep the window open until the note can be saved.</source>
        <translation>บันทึกนี้บันทึกลงสมุดไม่ได้: %1

บันทึกข้อความลงไฟล์ในที่อื่นก่อนปิด หรือเปิดหน้าต่างไว้จนกว่าจะบันทึกได้</translation>
    </message>
    <message>
        <source>Save the text to a file…</source>
        <translation>บันทึกข้อความลงไฟล์…</translation>
    </message>
    <message>
        <source>Open a note first: it is what is printed.</source>
        <translation>เปิดบันทึกก่อน: บันทึกที่เปิดอยู่คือสิ่งที่จะพิมพ์</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;พิมพ์…</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::MarkdownImportDialog</name>
    <message>
        <source>New note</source>
        <translation>บันทึกใหม่</translation>
    </message>
    <message>
        <source>Updates its note</source>
        <translation>ปรับปรุงบันทึกเดิม</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Import a Markdown folder</source>
        <translation>นำเข้าโฟลเดอร์ Markdown</translation>
    </message>
    <message>
        <source>Notes in %1 come in with their front matter, comments, pictures and links, from a Banthuek export, an Obsidian vault or a Joplin export. A note imported before is updated, not added again.</source>
        <translation>บันทึกใน %1 จะเข้ามาพร้อมส่วนหัว ความเห็น รูปภาพ และลิงก์ ทั้งจากไฟล์ที่บันทึกส่งออก คลัง Obsidian หรือไฟล์ที่ Joplin ส่งออก บันทึกที่เคยนำเข้าแล้วจะถูกปรับปรุง ไม่เพิ่มซ้ำ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>&amp;Skip the files that have problems</source>
        <translation>&amp;ข้ามไฟล์ที่มีปัญหา</translation>
    </message>
    <message>
        <source>For notes that do not say who wrote them</source>
        <translation>สำหรับบันทึกที่ไม่ได้ระบุผู้เขียน</translation>
    </message>
    <message>
        <source>Notes that do not say are:</source>
        <translation>บันทึกที่ไม่ได้ระบุประเภทเป็น:</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>นำเข้าไม่ได้</translation>
    </message>
    <message>
        <source>There are no Markdown notes (.md) in this folder.</source>
        <translation>โฟลเดอร์นี้ไม่มีบันทึก Markdown (.md)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) ready to import.</source>
        <translation>
            <numerusform>บันทึก %n เรื่องพร้อมนำเข้า</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these files can be imported.</source>
        <translation>ไม่มีไฟล์ใดนำเข้าได้</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have problems: nothing is imported unless you skip them.</source>
        <translation>
            <numerusform>มี %n ไฟล์ที่มีปัญหา จะไม่นำเข้าสิ่งใดจนกว่าจะเลือกข้ามไฟล์เหล่านั้น</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banthuek::ui::MinutesPanel</name>
    <message>
        <source>Enter: next row · Ctrl+Delete: remove row</source>
        <translation>Enter: แถวถัดไป · Ctrl+Delete: ลบแถว</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>การเข้าประชุม</translation>
    </message>
    <message>
        <source>Reason if absent</source>
        <translation>เหตุที่ไม่มา</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>มาประชุม</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>ไม่มาประชุม</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>สาระการประชุม</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>มติที่ประชุม</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>งานที่ต้องทำ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>เสร็จเมื่อ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ยังไม่เสร็จ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>ครั้งนี้</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>ผู้เข้าประชุม</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>Shift+Enter: new line in a cell</source>
        <translation>Shift+Enter: ขึ้นบรรทัดใหม่ในช่อง</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>งานที่ต้องติดตาม</translation>
    </message>
    <message>
        <source>Due dates: 2569-11-30 (B.E.) or 2026-11-30</source>
        <translation>กำหนดเสร็จ: 2569-11-30 (พ.ศ.) หรือ 2026-11-30</translation>
    </message>
    <message>
        <source>e.g. วงคุณเอื้อ ประจำเดือน</source>
        <translation>เช่น วงคุณเอื้อ ประจำเดือน</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <source>Meeting series:</source>
        <translation>ชุดการประชุม:</translation>
    </message>
    <message>
        <source>09:30</source>
        <translation>09:30</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>เวลา:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>สถานที่:</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ประธาน</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>ผู้จดรายงาน</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>ผู้ตรวจรายงาน</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>บุคคล:</translation>
    </message>
    <message>
        <source>Before Action Review (BAR)</source>
        <translation>ทบทวนก่อนทำ (BAR)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>ผลที่คาดหวัง</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>ความเสี่ยง</translation>
    </message>
    <message>
        <source>After Action Review (AAR)</source>
        <translation>ทบทวนหลังทำ (AAR)</translation>
    </message>
    <message>
        <source>What we expected</source>
        <translation>สิ่งที่คาดหวังไว้</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>สิ่งที่เกิดขึ้นจริง</translation>
    </message>
    <message>
        <source>Why they differ</source>
        <translation>ทำไมจึงต่างกัน</translation>
    </message>
    <message>
        <source>What we will do next</source>
        <translation>ครั้งต่อไปจะทำอะไร</translation>
    </message>
    <message>
        <source>(no place)</source>
        <translation>(ไม่ระบุพื้นที่)</translation>
    </message>
    <message>
        <source>Attendees, row %1: the name is missing.</source>
        <translation>ผู้เข้าประชุม แถวที่ %1: ยังไม่ได้ใส่ชื่อ</translation>
    </message>
    <message>
        <source>Agenda, row %1: the agenda item needs a title.</source>
        <translation>ระเบียบวาระ แถวที่ %1: ต้องมีชื่อวาระ</translation>
    </message>
    <message>
        <source>Action items, row %1: say what is to be done.</source>
        <translation>งานที่ต้องติดตาม แถวที่ %1: ระบุว่าต้องทำอะไร</translation>
    </message>
    <message>
        <source>Action items, row %1: &quot;%2&quot; is not a date; write it as 2569-11-30 (B.E.) or 2026-11-30.</source>
        <translation>งานที่ต้องติดตาม แถวที่ %1: &quot;%2&quot; ไม่ใช่วันที่ พิมพ์แบบ 2569-11-30 (พ.ศ.) หรือ 2026-11-30</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::NoteEditor</name>
    <message>
        <source>Select a note, or press Ctrl+N to write a new field note.</source>
        <translation>เลือกบันทึก หรือกด Ctrl+N เพื่อเขียนบันทึกภาคสนามใหม่</translation>
    </message>
    <message>
        <source>This note is in the Trash. Restore it to edit it.</source>
        <translation>บันทึกนี้อยู่ในถังขยะ กู้คืนก่อนจึงจะแก้ไขได้</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Published (unticked: draft)</source>
        <translation>เผยแพร่ (ไม่เลือก = ฉบับร่าง)</translation>
    </message>
    <message>
        <source>Kind, date, author:</source>
        <translation>ประเภท วันที่ ผู้เขียน:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>พื้นที่:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>ประเด็น:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>สัญญาอนุญาต:</translation>
    </message>
    <message>
        <source>Record no. %1 · written %2 · last edited %3</source>
        <translation>หมายเลขบันทึก %1 · เขียนเมื่อ %2 · แก้ไขล่าสุด %3</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>บันทึกไม่มีชื่อ</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>บุคคล/องค์กร:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>เนื้อหา</translation>
    </message>
    <message>
        <source>Meeting record</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <source>A file not in this notebook yet</source>
        <translation>ไฟล์ที่ยังไม่อยู่ในสมุดบันทึกนี้</translation>
    </message>
    <message>
        <source>GotoKnow post %1</source>
        <translation>บันทึก GotoKnow หมายเลข %1</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>นำเข้าจาก %1</translation>
    </message>
    <message>
        <source>Not saved: the text is kept in the window</source>
        <translation>ยังไม่ได้บันทึก: ข้อความยังอยู่ในหน้าต่าง</translation>
    </message>
    <message>
        <source>Cannot save the text</source>
        <translation>บันทึกข้อความไม่ได้</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Save the text to a file</source>
        <translation>บันทึกข้อความลงไฟล์</translation>
    </message>
    <message>
        <source>Markdown text (*.md);;All files (*)</source>
        <translation>ข้อความ Markdown (*.md);;ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::NoteLinkCompleter</name>
    <message>
        <source>%1  (no. %2)</source>
        <translation>%1  (เลขที่ %2)</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::NoteListModel</name>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>พื้นที่</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>บรรทัดแรก</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>เลขที่</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::NoteListPane</name>
    <message>
        <source>Filter by title or author (Ctrl+F)</source>
        <translation>กรองตามชื่อเรื่องหรือผู้เขียน (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Search the full text of every note, its comments included (Ctrl+K)</source>
        <translation>ค้นหาในเนื้อความของทุกบันทึก รวมทั้งความเห็น (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search titles, text and comments (Ctrl+K)</source>
        <translation>ค้นหาชื่อเรื่อง เนื้อความ และความเห็น (Ctrl+K)</translation>
    </message>
    <message>
        <source>Type words to find; &quot;quoted phrase&quot;, -word to leave out, a OR b, place:, theme:, author:, before:, after:.</source>
        <translation>พิมพ์คำที่ต้องการหา; &quot;วลีในเครื่องหมายคำพูด&quot;, -คำ เพื่อไม่เอาคำนั้น, ก OR ข, place:, theme:, author:, before:, after:</translation>
    </message>
    <message>
        <source>No note contains “%1”.</source>
        <translation>ไม่มีบันทึกที่มี “%1”</translation>
    </message>
    <message>
        <source>More than %1 notes found; scroll for more.</source>
        <translation>พบมากกว่า %1 บันทึก เลื่อนลงเพื่อดูเพิ่ม</translation>
    </message>
    <message>
        <source>One note found.</source>
        <translation>พบ 1 บันทึก</translation>
    </message>
    <message>
        <source>%1 notes found.</source>
        <translation>พบ %1 บันทึก</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>ภาพถ่าย</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::NoteTextEdit</name>
    <message>
        <source>Photo not in this notebook yet</source>
        <translation>รูปภาพยังไม่อยู่ในสมุดบันทึกนี้</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::PhotoViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ ก่อนหน้า</translation>
    </message>
    <message>
        <source>The previous photo (←)</source>
        <translation>ภาพก่อนหน้า (←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>ถัดไป ▶</translation>
    </message>
    <message>
        <source>The next photo (→)</source>
        <translation>ภาพถัดไป (→)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>ภาพถ่าย</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>ย่อ (−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>พอดีหน้าต่าง</translation>
    </message>
    <message>
        <source>Fit to the window (0)</source>
        <translation>ย่อให้พอดีหน้าต่าง (0)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual pixels (1)</source>
        <translation>ขนาดจริง (1)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>ขยาย (+)</translation>
    </message>
    <message>
        <source>This photo cannot be shown (%1). %2</source>
        <translation>แสดงภาพนี้ไม่ได้ (%1) %2</translation>
    </message>
    <message>
        <source>it is not in the notebook</source>
        <translation>ไม่มีภาพนี้ในสมุดบันทึก</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::PhotosModel</name>
    <message>
        <source>taken %1</source>
        <translation>ถ่ายเมื่อ %1</translation>
    </message>
    <message>
        <source>in “%1” (%2)</source>
        <translation>ในบันทึก “%1” (%2)</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::PhotosView</name>
    <message>
        <source>The notes here show no photos yet. Add them with Note → Insert photo or file…</source>
        <translation>บันทึกในหน้านี้ยังไม่มีภาพถ่าย เพิ่มได้ที่เมนู บันทึก → แทรกรูปภาพหรือไฟล์…</translation>
    </message>
    <message>
        <source>View photo</source>
        <translation>ดูภาพ</translation>
    </message>
    <message>
        <source>Open note</source>
        <translation>เปิดบันทึก</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::PlanCharts</name>
    <message>
        <source>Do ourselves</source>
        <translation>ชุมชนทำเอง</translation>
    </message>
    <message>
        <source>With partners</source>
        <translation>ทำร่วมกับภาคี</translation>
    </message>
    <message>
        <source>Ask agencies</source>
        <translation>ขอรับการสนับสนุน</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>เสนอ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Budget by category (baht)</source>
        <translation>งบประมาณตามประเภท (บาท)</translation>
    </message>
    <message>
        <source>Items by status</source>
        <translation>จำนวนโครงการตามสถานะ</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::PlanDetails</name>
    <message>
        <source>B.E. </source>
        <translation>พ.ศ. </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>Approved at the forum</source>
        <translation>ผ่านเวทีประชาคมแล้ว</translation>
    </message>
    <message>
        <source>Being carried out</source>
        <translation>กำลังดำเนินการตามแผน</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ดำเนินการครบแล้ว</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>เก็บเข้าแฟ้ม</translation>
    </message>
    <message>
        <source>Where it was approved, e.g. เวทีประชาคมหมู่บ้าน</source>
        <translation>เวทีที่รับรองแผน เช่น เวทีประชาคมหมู่บ้าน</translation>
    </message>
    <message>
        <source>approved on</source>
        <translation>รับรองเมื่อ</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::PlanDialog</name>
    <message>
        <source>Theme</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Problem (most pressing first)</source>
        <translation>ปัญหา (เรียงจากเร่งด่วนที่สุด)</translation>
    </message>
    <message>
        <source>Community master plan</source>
        <translation>แผนแม่บทชุมชน</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>แผนใหม่…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <source>Period, status, forum</source>
        <translation>ช่วงแผน สถานะ เวที</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>โครงการในแผน</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Household survey</source>
        <translation>ข้อมูลครัวเรือน</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>นำเข้า CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>แผนใหม่</translation>
    </message>
    <message>
        <source>Title of the plan:</source>
        <translation>ชื่อแผน:</translation>
    </message>
    <message>
        <source>Import plan items or surveys</source>
        <translation>นำเข้าโครงการหรือข้อมูลครัวเรือน</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>นำเข้า CSV</translation>
    </message>
    <message>
        <source>Export plan items</source>
        <translation>ส่งออกโครงการในแผน</translation>
    </message>
    <message>
        <source>plan-%1.csv</source>
        <translation>แผน-%1.csv</translation>
    </message>
    <message>
        <source>Choose a village or subdistrict.</source>
        <translation>เลือกหมู่บ้านหรือตำบล</translation>
    </message>
    <message>
        <source>This community has no plan yet: New plan… or Import CSV…</source>
        <translation>ชุมชนนี้ยังไม่มีแผน: กด แผนใหม่… หรือ นำเข้า CSV…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ยังไม่ได้บันทึก: %1</translation>
    </message>
    <message>
        <source>Not saved: the notebook refused the change (see the message).</source>
        <translation>ยังไม่ได้บันทึก: สมุดบันทึกไม่รับการเปลี่ยนแปลง (ดูข้อความ)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>อ่านไฟล์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>line %1%2: %3</source>
        <translation>บรรทัด %1%2: %3</translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation>, คอลัมน์ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>ไม่ได้นำเข้าข้อมูลใดจาก %1:
%2</translation>
    </message>
    <message>
        <source>Add %1 and update %2 from %3?

%4</source>
        <translation>เพิ่ม %1 และปรับปรุง %2 รายการจาก %3 หรือไม่?

%4</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>ไม่ได้นำเข้าข้อมูลใดจาก %1</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated rows from %3.</source>
        <translation>นำเข้าใหม่ %1 แถว ปรับปรุง %2 แถว จาก %3</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>บันทึกไฟล์ %1 แล้ว</translation>
    </message>
    <message>
        <source>Find a plan item in any community…</source>
        <translation>ค้นหาโครงการในแผนของทุกชุมชน…</translation>
    </message>
    <message>
        <source>No plan item holds &quot;%1&quot;.</source>
        <translation>ไม่พบโครงการที่มีคำว่า &quot;%1&quot;</translation>
    </message>
    <message>
        <source>What you typed could not be saved (%1). Close and lose it?</source>
        <translation>บันทึกสิ่งที่พิมพ์ไว้ไม่ได้ (%1) ปิดและทิ้งข้อมูลนั้นหรือไม่?</translation>
    </message>
    <message>
        <source>What you typed could not be saved (%1). Go on and lose it?</source>
        <translation>บันทึกสิ่งที่พิมพ์ไว้ไม่ได้ (%1) ไปต่อและทิ้งข้อมูลนั้นหรือไม่?</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::PlanItemsTable</name>
    <message>
        <source>Item</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>ความก้าวหน้า %</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>งบชุมชน</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>งบที่ขอ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติ</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>ภาคี</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>TAO plan reference</source>
        <translation>อ้างอิงแผนพัฒนา อบต.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>บันทึก %n เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open a note; link notes from the note (Note → Link to plan items)</source>
        <translation>ดับเบิลคลิกเพื่อเปิดบันทึก; เชื่อมบันทึกได้จากตัวบันทึก (บันทึก → เชื่อมกับโครงการในแผน)</translation>
    </message>
    <message>
        <source>Stalled: no change for 90 days or more</source>
        <translation>ค้าง: ไม่มีความเคลื่อนไหว 90 วันขึ้นไป</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>แถว %1, %2: %3</translation>
    </message>
    <message>
        <source>an item needs a title</source>
        <translation>ต้องมีชื่อโครงการ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100</source>
        <translation>&quot;%1&quot; ไม่ใช่ร้อยละ 0 ถึง 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in baht</source>
        <translation>&quot;%1&quot; ไม่ใช่จำนวนเงินบาท</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation>&quot;%1&quot; ไม่ใช่ปี</translation>
    </message>
    <message>
        <source>name registered organisations, separated by ;</source>
        <translation>ระบุองค์กรที่มีในทะเบียน คั่นด้วย ;</translation>
    </message>
    <message>
        <source>there is no theme &quot;%1&quot;</source>
        <translation>ไม่มีประเด็น &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n โครงการ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 baht)</source>
        <translation>%1: %2 (%3 บาท)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Stalled (approved or under way, no change for 90 days): %1</source>
        <translation>โครงการค้าง (อนุมัติหรือกำลังทำ แต่ไม่มีความเคลื่อนไหว 90 วัน): %1</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::PlanLinkDialog</name>
    <message>
        <source>Link the note to plan items</source>
        <translation>เชื่อมบันทึกกับโครงการในแผน</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
    <message>
        <source>No plan of this note&apos;s places has items yet (View → Community master plan).</source>
        <translation>แผนของพื้นที่ในบันทึกนี้ยังไม่มีโครงการ (มุมมอง → แผนแม่บทชุมชน)</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Buddhist era (พ.ศ. 2569)</source>
        <translation>พุทธศักราช (พ.ศ. 2569)</translation>
    </message>
    <message>
        <source>Gregorian (ค.ศ. 2026)</source>
        <translation>คริสต์ศักราช (ค.ศ. 2026)</translation>
    </message>
    <message>
        <source>Arabic digits (2569)</source>
        <translation>เลขอารบิก (2569)</translation>
    </message>
    <message>
        <source>Thai digits (๒๕๖๙)</source>
        <translation>เลขไทย (๒๕๖๙)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> พอยต์</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>ภาษาที่ใช้แสดง:</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>ปีศักราช:</translation>
    </message>
    <message>
        <source>Digits in dates:</source>
        <translation>ตัวเลขในวันที่:</translation>
    </message>
    <message>
        <source>Default author:</source>
        <translation>ผู้เขียนตั้งต้น:</translation>
    </message>
    <message>
        <source>Editor font size:</source>
        <translation>ขนาดตัวอักษรในการเขียน:</translation>
    </message>
    <message>
        <source>Restart Banthuek</source>
        <translation>เริ่มบันทึกใหม่</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Your work is saved. Restart now?</source>
        <translation>ภาษาใหม่จะใช้เมื่อเปิดโปรแกรมครั้งต่อไป งานของคุณบันทึกไว้แล้ว เริ่มโปรแกรมใหม่ตอนนี้หรือไม่?</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>A photo, recording or document larger than this is refused, with its name</source>
        <translation>รูปภาพ เสียงบันทึก หรือเอกสารที่ใหญ่กว่านี้จะไม่ถูกแนบ และจะแจ้งชื่อไฟล์ให้ทราบ</translation>
    </message>
    <message>
        <source>Largest file to attach:</source>
        <translation>ขนาดไฟล์แนบสูงสุด:</translation>
    </message>
    <message>
        <source>Underline misspelt words as I type (Thai and English)</source>
        <translation>ขีดเส้นใต้คำที่สะกดผิดขณะพิมพ์ (ภาษาไทยและภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translation>ตัวสะกด:</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::PropertiesDialog</name>
    <message>
        <source>Notebook properties</source>
        <translation>คุณสมบัติสมุดบันทึก</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>แฟ้ม:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>ขนาด:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>บันทึก:</translation>
    </message>
    <message>
        <source>%1 (and %2 in the Trash)</source>
        <translation>%1 (และในถังขยะ %2)</translation>
    </message>
    <message>
        <source>Format version:</source>
        <translation>รุ่นรูปแบบแฟ้ม:</translation>
    </message>
    <message>
        <source>%1 (this Banthuek writes %2)</source>
        <translation>%1 (โปรแกรมนี้เขียนรุ่น %2)</translation>
    </message>
    <message>
        <source>Press “Check integrity” to read the whole file and verify it.</source>
        <translation>กด “ตรวจความสมบูรณ์” เพื่ออ่านทั้งแฟ้มและตรวจสอบ</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>ตรวจความสมบูรณ์</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ผ่าน: %1</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>ปัญหา: %1</translation>
    </message>
    <message>
        <source>The notebook is sound.</source>
        <translation>สมุดบันทึกสมบูรณ์ดี</translation>
    </message>
    <message>
        <source>The notebook has problems (see above).</source>
        <translation>สมุดบันทึกมีปัญหา (ดูด้านบน)</translation>
    </message>
    <message>
        <source>The check could not finish: %1</source>
        <translation>ตรวจไม่เสร็จ: %1</translation>
    </message>
    <message>
        <source>Checking: reading the whole notebook...</source>
        <translation>กำลังตรวจ: อ่านสมุดบันทึกทั้งเล่ม...</translation>
    </message>
    <message>
        <source>Shown in the window&apos;s title and at the head of summaries instead of the file&apos;s name, e.g. ทีมคุณอำนวยอำเภอท่าศาลา</source>
        <translation>แสดงในชื่อหน้าต่างและหัวรายงานสรุปแทนชื่อไฟล์ เช่น ทีมคุณอำนวยอำเภอท่าศาลา</translation>
    </message>
    <message>
        <source>Team&apos;s name:</source>
        <translation>ชื่อทีม:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>(no words added yet)</source>
        <translation>(ยังไม่ได้เพิ่มคำ)</translation>
    </message>
    <message>
        <source>Dictionary:</source>
        <translation>พจนานุกรม:</translation>
    </message>
    <message>
        <source>Rebuilding was stopped before the end. No note was changed; rebuild again to finish.</source>
        <translation>หยุดสร้างดัชนีใหม่ก่อนเสร็จ ไม่มีบันทึกใดถูกเปลี่ยน กดสร้างใหม่อีกครั้งเพื่อให้เสร็จ</translation>
    </message>
    <message>
        <source>Rebuild search indexes</source>
        <translation>สร้างดัชนีค้นหาใหม่</translation>
    </message>
    <message>
        <source>Makes the search indexes and the counts of notes by place and theme again from the notes, as “banthuek reindex” does: for a search that misses notes it should find, or counts that look wrong. Notes are not changed.</source>
        <translation>สร้างดัชนีค้นหาและจำนวนบันทึกตามพื้นที่และประเด็นขึ้นใหม่จากตัวบันทึก เหมือนคำสั่ง “banthuek reindex” ใช้เมื่อค้นหาแล้วไม่พบบันทึกที่ควรพบ หรือจำนวนดูไม่ถูกต้อง ตัวบันทึกไม่ถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>The search indexes could not be rebuilt: %1
No note was changed.</source>
        <translation>สร้างดัชนีค้นหาใหม่ไม่สำเร็จ: %1
ไม่มีบันทึกใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>Problems in the search indexes or in the counts by place and theme are mended by “Rebuild search indexes”.</source>
        <translation>ปัญหาในดัชนีค้นหา หรือในจำนวนบันทึกตามพื้นที่และประเด็น แก้ได้ด้วยปุ่ม “สร้างดัชนีค้นหาใหม่”</translation>
    </message>
    <message>
        <source>Rebuilding the search indexes and the counts by place and theme from the notes... The window answers meanwhile; changes to notes wait until it is done.</source>
        <translation>กำลังสร้างดัชนีค้นหาและจำนวนบันทึกตามพื้นที่และประเด็นขึ้นใหม่จากตัวบันทึก... ระหว่างนี้หน้าต่างยังใช้งานได้ การแก้ไขบันทึกต้องรอจนเสร็จ</translation>
    </message>
    <message>
        <source>The search indexes were made again from %1 of text in %2 s, and the notes were counted by place and theme again in %3 s.</source>
        <translation>สร้างดัชนีค้นหาใหม่จากข้อความ %1 ใน %2 วินาที และนับบันทึกตามพื้นที่และประเด็นใหม่ใน %3 วินาที</translation>
    </message>
    <message>
        <source>Stop rebuilding</source>
        <translation>หยุดสร้างใหม่</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::PublishDialog</name>
    <message>
        <source>Show people as their KM role, not their &amp;names (PDPA)</source>
        <translation>แสดงบุคคลเป็นบทบาท KM แทน&amp;ชื่อจริง (PDPA)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;เผยแพร่</translation>
    </message>
    <message>
        <source>Publish as a website</source>
        <translation>เผยแพร่เป็นเว็บไซต์</translation>
    </message>
    <message>
        <source>The published notes (not drafts) become a website of plain pages: an index by district and subdistrict, a page for each place, theme and note with its photos and comments, a feed, and a search that works without the internet. Copy the folder to a USB stick or any web host.</source>
        <translation>บันทึกที่เผยแพร่แล้ว (ไม่รวมฉบับร่าง) จะกลายเป็นเว็บไซต์แบบหน้าธรรมดา: สารบัญตามอำเภอและตำบล หน้าของแต่ละพื้นที่ ประเด็น และบันทึกพร้อมรูปภาพและความเห็น ฟีดข่าว และการค้นหาที่ใช้ได้โดยไม่ต้องต่ออินเทอร์เน็ต คัดลอกโฟลเดอร์ไปไว้ในแฟลชไดรฟ์หรือเว็บโฮสต์ใดก็ได้</translation>
    </message>
    <message>
        <source>Only notes &amp;about:</source>
        <translation>เฉพาะบันทึก&amp;เกี่ยวกับ:</translation>
    </message>
    <message>
        <source>Pages in:</source>
        <translation>ภาษาของหน้าเว็บ:</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>&amp;ชื่อเว็บไซต์:</translation>
    </message>
    <message>
        <source>An empty folder, or a new one</source>
        <translation>โฟลเดอร์ว่าง หรือโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;เลือก…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;โฟลเดอร์:</translation>
    </message>
    <message>
        <source>Publish as a website: choose or make an empty folder</source>
        <translation>เผยแพร่เป็นเว็บไซต์: เลือกหรือสร้างโฟลเดอร์ว่าง</translation>
    </message>
    <message>
        <source>%1 is not empty. Publish into it anyway? Pages of the same name are replaced.</source>
        <translation>%1 มีไฟล์อยู่แล้ว ต้องการเผยแพร่ลงไปหรือไม่ หน้าที่ชื่อซ้ำจะถูกแทนที่</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::RegisterDialog</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>KM role</source>
        <translation>บทบาท KM</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Works in</source>
        <translation>ทำงานใน</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates…</source>
        <translation>&amp;รวมรายการซ้ำ…</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>บุคคลและองค์กร</translation>
    </message>
    <message>
        <source>Type to narrow: name, abbreviation, role, organisation…</source>
        <translation>พิมพ์เพื่อกรอง: ชื่อ ชื่อย่อ บทบาท องค์กร…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Select two rows and choose Merge to join duplicates: every tag moves to the one kept.</source>
        <translation>เลือกสองแถวแล้วกดรวม เพื่อรวมรายการที่ซ้ำกัน แท็กทั้งหมดจะย้ายไปยังรายการที่เก็บไว้</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;เพิ่ม…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แ&amp;ก้ไข…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ลบ</translation>
    </message>
    <message>
        <source>&amp;Open page</source>
        <translation>เปิด&amp;หน้า</translation>
    </message>
    <message>
        <source>Select the two rows that are the same person or organisation.</source>
        <translation>เลือกสองแถวที่เป็นบุคคลหรือองค์กรเดียวกัน</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Delete %1 from the register? Notes keep their text but lose these tags.</source>
        <translation>ลบ %1 ออกจากทะเบียนหรือไม่? บันทึกยังคงเนื้อหาไว้ แต่แท็กนี้จะหายไป</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 รายการ</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>รวมรายการซ้ำ</translation>
    </message>
    <message>
        <source>Keep which one? The other&apos;s tags move to it.</source>
        <translation>เก็บรายการใดไว้? แท็กของอีกรายการจะย้ายมาที่รายการนี้</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Another entry has this name: a likely duplicate. Select both and choose Merge duplicates to join them.</source>
        <translation>มีอีกรายการที่ชื่อเดียวกัน น่าจะซ้ำกัน เลือกทั้งสองแล้วกด รวมรายการซ้ำ เพื่อรวมเข้าด้วยกัน</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::RelatedNotesPanel</name>
    <message>
        <source>&lt;b&gt;Related notes&lt;/b&gt; (same places or themes)</source>
        <translation>&lt;b&gt;บันทึกที่เกี่ยวข้อง&lt;/b&gt; (พื้นที่หรือประเด็นเดียวกัน)</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>พื้นที่ %1</translation>
    </message>
    <message>
        <source>%1 themes</source>
        <translation>ประเด็น %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 in common)</source>
        <translation>%1 — %2 (ร่วมกัน: %3)</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>พื้นที่ 1</translation>
    </message>
    <message>
        <source>1 theme</source>
        <translation>ประเด็น 1</translation>
    </message>
    <message>
        <source>No other note shares its places or themes.</source>
        <translation>ไม่มีบันทึกอื่นที่มีพื้นที่หรือประเด็นเดียวกัน</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::SaveFailedBanner</name>
    <message>
        <source>Try again now</source>
        <translation>ลองอีกครั้งเดี๋ยวนี้</translation>
    </message>
    <message>
        <source>Save the text to a file…</source>
        <translation>บันทึกข้อความลงไฟล์…</translation>
    </message>
    <message>
        <source>This note is not saved. %1
Your text stays in this window and is saved by itself as soon as the disk has room or is back; do not close the window.</source>
        <translation>บันทึกนี้ยังไม่ได้บันทึก %1
ข้อความของคุณยังอยู่ในหน้าต่างนี้ และจะบันทึกเองทันทีที่ดิสก์มีที่ว่างหรือกลับมา อย่าเพิ่งปิดหน้าต่าง</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::SearchResultsModel</name>
    <message>
        <source>Record %1</source>
        <translation>บันทึกเลขที่ %1</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::Session</name>
    <message>
        <source>Moo %1 %2</source>
        <translation>หมู่ที่ %1 %2</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด: %1</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::SidebarModel</name>
    <message>
        <source>All notes</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Field notes</source>
        <translation>บันทึกภาคสนาม</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>บทความ</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ถังขยะ</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>พื้นที่</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>องค์กร</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::SpellChecker</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(ไม่มีคำแนะนำ)</translation>
    </message>
    <message>
        <source>Add “%1” to the notebook&apos;s dictionary</source>
        <translation>เพิ่ม “%1” ลงในพจนานุกรมของสมุดบันทึก</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::StalePlacesDialog</name>
    <message>
        <source>Places not visited lately</source>
        <translation>พื้นที่ที่ไม่ได้ลงไปนาน</translation>
    </message>
    <message>
        <source>Subdistricts in</source>
        <translation>ตำบลใน</translation>
    </message>
    <message>
        <source>every province</source>
        <translation>ทุกจังหวัด</translation>
    </message>
    <message>
        <source>with no field note in the last</source>
        <translation>ที่ไม่มีบันทึกภาคสนามในช่วง</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Last field note</source>
        <translation>บันทึกภาคสนามล่าสุด</translation>
    </message>
    <message>
        <source>Days ago</source>
        <translation>กี่วันมาแล้ว</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>1 subdistrict. Double-click one to open its page.</source>
        <translation>1 ตำบล ดับเบิลคลิกเพื่อเปิดหน้าของตำบล</translation>
    </message>
    <message>
        <source>%1 subdistricts. Double-click one to open its page.</source>
        <translation>%1 ตำบล ดับเบิลคลิกเพื่อเปิดหน้าของตำบล</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::SummaryDialog</name>
    <message>
        <source>Summary</source>
        <translation>สรุปผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>รายเดือน</translation>
    </message>
    <message>
        <source>Quarter (January–March, …)</source>
        <translation>รายไตรมาส (มกราคม–มีนาคม, …)</translation>
    </message>
    <message>
        <source>Fiscal-year quarter (October–December, …)</source>
        <translation>ไตรมาสปีงบประมาณ (ตุลาคม–ธันวาคม, …)</translation>
    </message>
    <message>
        <source>Fiscal year (October–September)</source>
        <translation>ปีงบประมาณ (ตุลาคม–กันยายน)</translation>
    </message>
    <message>
        <source>B.E. </source>
        <translation>พ.ศ. </translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>English</source>
        <translation>อังกฤษ</translation>
    </message>
    <message>
        <source>Buddhist era (พ.ศ.)</source>
        <translation>พุทธศักราช (พ.ศ.)</translation>
    </message>
    <message>
        <source>Gregorian (ค.ศ.)</source>
        <translation>คริสต์ศักราช (ค.ศ.)</translation>
    </message>
    <message>
        <source>Arabic digits (0–9)</source>
        <translation>เลขอารบิก (0–9)</translation>
    </message>
    <message>
        <source>Thai digits (๐–๙)</source>
        <translation>เลขไทย (๐–๙)</translation>
    </message>
    <message>
        <source>PDF (A4, for printing)</source>
        <translation>PDF (A4 สำหรับพิมพ์)</translation>
    </message>
    <message>
        <source>ODT (LibreOffice, Word)</source>
        <translation>ODT (LibreOffice, Word)</translation>
    </message>
    <message>
        <source>HTML (one file)</source>
        <translation>HTML (ไฟล์เดียว)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV (tables for a spreadsheet)</source>
        <translation>CSV (ตารางสำหรับโปรแกรมตารางคำนวณ)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>พื้นที่</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>ผู้เขียน</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>ภาษาของรายงาน</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>รูปแบบไฟล์</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;ส่งออก…</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>ไตรมาสที่ %1</translation>
    </message>
    <message>
        <source>The summary could not be made.</source>
        <translation>สร้างสรุปผลไม่สำเร็จ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n note(s).</source>
        <translation>
            <numerusform>%1: บันทึก %n เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>ส่งออกสรุปผล</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>บันทึกไฟล์ %1 แล้ว</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>สรุปผล</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>ไฟล์ %1 (*.%2)</translation>
    </message>
    <message>
        <source>The summary could not be made: %1</source>
        <translation>ทำสรุปไม่ได้: %1</translation>
    </message>
    <message>
        <source>Making the preview...</source>
        <translation>กำลังทำตัวอย่าง...</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;พิมพ์…</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::SurveyPanel</name>
    <message>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>ประชากร</translation>
    </message>
    <message>
        <source>Income per household (baht a year)</source>
        <translation>รายได้เฉลี่ยต่อครัวเรือน (บาทต่อปี)</translation>
    </message>
    <message>
        <source>Expenses per household</source>
        <translation>รายจ่ายเฉลี่ยต่อครัวเรือน</translation>
    </message>
    <message>
        <source>Debt per household</source>
        <translation>หนี้สินเฉลี่ยต่อครัวเรือน</translation>
    </message>
    <message>
        <source>Savings per household</source>
        <translation>เงินออมเฉลี่ยต่อครัวเรือน</translation>
    </message>
    <message>
        <source>Owed to banks</source>
        <translation>หนี้ธนาคารพาณิชย์</translation>
    </message>
    <message>
        <source>Owed to BAAC (ธ.ก.ส.)</source>
        <translation>หนี้ ธ.ก.ส.</translation>
    </message>
    <message>
        <source>Owed to the village fund</source>
        <translation>หนี้กองทุนหมู่บ้าน</translation>
    </message>
    <message>
        <source>Owed to savings groups</source>
        <translation>หนี้กลุ่มออมทรัพย์</translation>
    </message>
    <message>
        <source>Owed to cooperatives</source>
        <translation>หนี้สหกรณ์</translation>
    </message>
    <message>
        <source>Owed to informal lenders</source>
        <translation>หนี้นอกระบบ</translation>
    </message>
    <message>
        <source>Owed to others</source>
        <translation>หนี้อื่น ๆ</translation>
    </message>
    <message>
        <source>Main occupation</source>
        <translation>อาชีพหลัก</translation>
    </message>
    <message>
        <source>B.E. </source>
        <translation>พ.ศ. </translation>
    </message>
    <message>
        <source>Survey year</source>
        <translation>ปีที่สำรวจ</translation>
    </message>
    <message>
        <source>Main occupations</source>
        <translation>อาชีพหลัก</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Survey, %1: &quot;%2&quot; is not a number</source>
        <translation>ข้อมูลครัวเรือน, %1: &quot;%2&quot; ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>Survey, occupation row %1: give an occupation and its households</source>
        <translation>ข้อมูลครัวเรือน อาชีพแถว %1: ระบุอาชีพและจำนวนครัวเรือน</translation>
    </message>
</context>
<context>
    <name>banthuek::ui::TrashCommand</name>
    <message>
        <source>Move “%1” to Trash</source>
        <translation>ย้าย “%1” ไปถังขยะ</translation>
    </message>
</context>
</TS>
