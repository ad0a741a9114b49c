// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demonotebook.h"

#include "core/notebook/notebook.h"

#include <initializer_list>
#include <map>
#include <tuple>

namespace banthuek::core {
namespace {

struct DemoComment
{
    const char* author;
    const char* body;
};

struct DemoNote
{
    NoteKind kind{};
    const char* title = nullptr;
    const char* author = nullptr;
    CivilDate date;
    std::initializer_list<const char*> places;
    std::initializer_list<const char*> themes;
    bool published = false;
    const char* body = nullptr; // "[[title]]" links to the earlier demo note of that title
    std::initializer_list<DemoComment> comments;
    std::initializer_list<const char*> people = {};
    std::initializer_list<const char*> organisations = {}; // abbreviations
};

struct DemoPerson
{
    const char* name = nullptr;
    KmRole role{};
    const char* organisation = nullptr; // abbreviation, or empty
    std::initializer_list<const char*> places;
};

const std::initializer_list<DemoPerson> kPeople = {
    {"จำนง หนูนิล", KmRole::KhunUea, "พอช.", {"80"}},
    {"ประภาพร ทองคำ", KmRole::KhunAmnuay, "", {"800801", "800807"}},
    {"ชูชาติ ชูแก้ว", KmRole::KhunAmnuay, "", {"800120"}},
    {"มาลี บุญมา", KmRole::KhunLikhit, "", {"800202"}},
};

const std::initializer_list<DemoNote> kNotes = {
    {NoteKind::FieldNote,
     "วงเรียนรู้กลุ่มออมทรัพย์บ้านหัวถนน",
     "ประภาพร ทองคำ",
     {2026, 9, 12},
     {"80080103"},
     {"กลุ่มออมทรัพย์", "วงเรียนรู้"},
     true,
     "## ที่มา\n\nเช้าวันเสาร์ ทีมคุณอำนวยนัดสมาชิก**กลุ่มออมทรัพย์เพื่อการผลิต**บ้านหัวถนน หมู่ที่ 3 "
     "มาล้อมวงคุยกันที่ศาลาหมู่บ้าน เพื่อทบทวนว่าสิบปีที่ผ่านมากลุ่มเดินมาอย่างไร\n\n"
     "## สิ่งที่ได้เรียนรู้\n\n"
     "- กลุ่มเริ่มจากสมาชิก ๒๕ คน ฝากคนละ 50 บาทต่อเดือน วันนี้มีสมาชิก 312 คน เงินออมรวม 4.2 ล้านบาท\n"
     "- กติกาที่ทุกคนร่วมกันเขียนทำให้ไม่มีหนี้เสียเลยในสามปีหลัง\n"
     "- กรรมการรุ่นใหม่อยากใช้โทรศัพท์ทำบัญชี แต่ยังอยากเก็บสมุดไว้ให้ผู้สูงอายุตรวจได้\n\n"
     "> \"เงินไม่ใช่หัวใจของกลุ่ม ความไว้ใจกันต่างหาก\" — ป้าสมศรี กรรมการรุ่นแรก\n\n"
     "## ขั้นต่อไป\n\nนัดถอดบทเรียนต่อเรื่อง*สวัสดิการจากกำไรของกลุ่ม* ในเดือนหน้า",
     {{"จำนง หนูนิล", "ประโยคของป้าสมศรีควรเป็นหัวข้อวงเรียนรู้ครั้งหน้าเลยครับ"},
      {"มาลี บุญมา", "ขออนุญาตนำตัวเลขไปใช้ในรายงานประจำเดือนนะคะ"}},
     {"ประภาพร ทองคำ"}},
    {NoteKind::FieldNote,
     "ธนาคารปูม้าปากพูน: ทะเลที่ชุมชนดูแลเอง",
     "ชูชาติ ชูแก้ว",
     {2026, 10, 3},
     {"800120"},
     {"ประมงพื้นบ้าน", "ทรัพยากรธรรมชาติและสิ่งแวดล้อม"},
     true,
     "## ที่มา\n\nกลุ่มประมงพื้นบ้านตำบลปากพูนตั้ง**ธนาคารปูม้า**มาสองปี ชาวประมงนำแม่ปูไข่นอกกระดองมาฝาก "
     "ให้ปล่อยไข่ในกระชังก่อนนำไปขาย\n\n"
     "## ข้อสังเกต\n\n"
     "1. ชาวประมงบอกว่าจับปูได้มากขึ้นราว 30% เมื่อเทียบกับก่อนมีธนาคาร\n"
     "2. เยาวชนในหมู่บ้านเป็นผู้บันทึกจำนวนแม่ปูทุกวัน\n"
     "3. อบต. สนใจบรรจุโครงการไว้ในแผนพัฒนาสามปี\n\n"
     "ดูข้อมูลเพิ่มเติมของกรมประมงได้ที่ [เว็บไซต์กรมประมง](https://www.fisheries.go.th)",
     {{"ประภาพร ทองคำ", "น่าชวนกลุ่มที่ขนอมมาดูงานค่ะ"}},
     {"ชูชาติ ชูแก้ว"}},
    {NoteKind::FieldNote,
     "สำรวจข้อมูลครัวเรือนเพื่อทำแผนแม่บทชุมชนบ้านเกาะ",
     "มาลี บุญมา",
     {2026, 10, 18},
     {"800202"},
     {"แผนแม่บทชุมชน", "หนี้สินครัวเรือน"},
     true,
     "## ผลการสำรวจเบื้องต้น\n\n"
     "อาสาสมัครเก็บข้อมูลได้ 146 ครัวเรือนจาก 158 ครัวเรือน รายได้เฉลี่ย 9,800 บาทต่อเดือน "
     "ขณะที่หนี้สินเฉลี่ยสูงถึง 186,000 บาทต่อครัวเรือน ส่วนใหญ่เป็นหนี้ ธ.ก.ส. และกองทุนหมู่บ้าน\n\n"
     "## ประเด็นที่คุยกัน\n\n"
     "- ค่าใช้จ่ายด้านการศึกษาบุตรสูงกว่าที่ทุกคนคาดไว้\n"
     "- หลายครัวเรือนอยากเริ่ม*บัญชีครัวเรือน*\n\n"
     "ข้อมูลชุดนี้จะนำเข้าเวทีประชาคมเพื่อจัดลำดับปัญหาในเดือนหน้า",
     {},
     {"มาลี บุญมา"},
     {"ธ.ก.ส."}},
    {NoteKind::FieldNote,
     "กองทุนสวัสดิการชุมชนขนอมครบห้าปี",
     "จำนง หนูนิล",
     {2026, 11, 2},
     {"801501"},
     {"กองทุนสวัสดิการชุมชน", "ผู้สูงอายุ"},
     true,
     "## เรื่องเล่า\n\nห้าปีก่อนสมาชิกวันละบาทมีเพียง 80 คน ปีนี้กองทุนจ่าย**สวัสดิการผู้สูงอายุ** "
     "ครบทุกคนที่เป็นสมาชิก และเริ่มทุนการศึกษาสำหรับเด็กในตำบล\n\n"
     "## บทเรียน\n\n- ความโปร่งใส: ประกาศรายรับรายจ่ายทุกเดือนที่ร้านค้าชุมชน\n"
     "- ภาคีร่วม: เทศบาลสมทบงบประมาณ พอช. หนุนเสริมการจัดการ",
     {{"มาลี บุญมา", "ยินดีด้วยค่ะ เป็นต้นแบบให้ตำบลอื่นได้"}, {"ชูชาติ ชูแก้ว", "ขอบคุณที่บันทึกไว้ครับ"}},
     {"จำนง หนูนิล"},
     {"พอช."}},
    {NoteKind::FieldNote,
     "เตรียมเวทีประชาคมตำบลโมคลาน",
     "ประภาพร ทองคำ",
     {2026, 11, 20},
     {"800807"},
     {"แผนแม่บทชุมชน"},
     false,
     "ร่าง: รายชื่อผู้เข้าร่วม ประเด็นที่จะชวนคุย และอุปกรณ์ที่ต้องเตรียม ใช้บทเรียนจาก "
     "[[สำรวจข้อมูลครัวเรือนเพื่อทำแผนแม่บทชุมชนบ้านเกาะ]]\n\n- [ ] ประสาน อบต.\n- [ ] พิมพ์แบบสำรวจ",
     {},
     {"ประภาพร ทองคำ"}},
    {NoteKind::Minutes,
     "รายงานการประชุมวงคุณเอื้อ ประจำเดือนตุลาคม 2569",
     "มาลี บุญมา",
     {2026, 10, 28},
     {"8001", "8008"},
     {"การจัดการความรู้", "วงเรียนรู้"},
     true,
     "**ครั้งที่ 10/2569** ณ ห้องประชุมศูนย์ประสานงาน เวลา 09.30–12.00 น.\n\n"
     "**ผู้มาประชุม:** จำนง หนูนิล (ประธาน), ประภาพร ทองคำ, ชูชาติ ชูแก้ว, มาลี บุญมา (ผู้บันทึก)\n\n"
     "## วาระที่ 1 เรื่องแจ้งเพื่อทราบ\n\nทีมท่าศาลาและปากพูนรายงานความคืบหน้าของกลุ่มออมทรัพย์และธนาคารปูม้า\n\n"
     "## วาระที่ 2 แผนแม่บทชุมชนบ้านเกาะ\n\nข้อมูลครัวเรือนสำรวจแล้ว 146 ครัวเรือน "
     "(ดู [[สำรวจข้อมูลครัวเรือนเพื่อทำแผนแม่บทชุมชนบ้านเกาะ]])\n\n"
     "**มติ:** ให้จัดเวทีประชาคมภายในเดือนพฤศจิกายน\n\n"
     "## วาระที่ 3 การติดตามงาน\n\n"
     "1. มาลี — สรุปข้อมูลครัวเรือนบ้านเกาะ ภายใน 15 พฤศจิกายน 2569\n"
     "2. ชูชาติ — ประสาน อบต.ปากพูน เรื่องแผนพัฒนาสามปี ภายใน 30 พฤศจิกายน 2569\n\n"
     "ปิดประชุมเวลา 12.00 น.",
     {{"จำนง หนูนิล", "รับรองรายงานการประชุมครับ"}},
     {"จำนง หนูนิล", "ประภาพร ทองคำ", "ชูชาติ ชูแก้ว", "มาลี บุญมา"}},
    {NoteKind::Article,
     "บันทึกคือเครื่องมือ KM ของคนทำงานชุมชน",
     "จำนง หนูนิล",
     {2026, 11, 10},
     {"80"},
     {"การจัดการความรู้"},
     true,
     "การเขียนบันทึกหลังลงพื้นที่ไม่ใช่งานเอกสาร แต่เป็นการ*ถอดความรู้*จากประสบการณ์ "
     "ให้ทีมอื่นได้เรียนรู้ตาม เหมือนที่ชาวบล็อก GotoKnow ทำกันมาตั้งแต่ พ.ศ. 2549\n\n"
     "## สามข้อที่ช่วยให้บันทึกมีพลัง\n\n1. เล่าเรื่องจริง มีชื่อคน มีตัวเลข\n2. บอกว่าเราได้เรียนรู้อะไร\n"
     "3. บอกขั้นต่อไป เพื่อให้คนอ่านติดตามได้",
     {{"ประภาพร ทองคำ", "ข้อ 2 สำคัญที่สุดเลยค่ะ"}},
     {"จำนง หนูนิล"},
     {"มวล."}},
};

// The demo minutes as a note-taker records them: the meeting, who came, the agenda with its
// resolutions, and the two action items it decided.
void addDemoMeeting(Notebook& notebook, const std::string& noteId,
                    const std::map<std::string, std::string>& people)
{
    MinutesDetails details;
    details.seriesId = notebook.minutes().findOrAddSeries("วงคุณเอื้อ ประจำเดือน").id;
    details.number = 10;
    details.startTime = "09:30";
    details.endTime = "12:00";
    details.venue = "ห้องประชุมศูนย์ประสานงาน";
    details.chairId = people.at("จำนง หนูนิล");
    details.recorderId = people.at("มาลี บุญมา");
    for (const char* name : {"จำนง หนูนิล", "ประภาพร ทองคำ", "ชูชาติ ชูแก้ว", "มาลี บุญมา"}) {
        details.attendees.push_back({people.at(name), Attendance::Present, {}});
    }
    details.agenda = {
        {{}, "เรื่องแจ้งเพื่อทราบ", "ทีมท่าศาลาและปากพูนรายงานความคืบหน้าของกลุ่มออมทรัพย์และธนาคารปูม้า", "รับทราบ", {}},
        {{}, "แผนแม่บทชุมชนบ้านเกาะ", "ข้อมูลครัวเรือนสำรวจแล้ว 146 ครัวเรือน", "ให้จัดเวทีประชาคมภายในเดือนพฤศจิกายน", {}},
        {{}, "การติดตามงาน", "", "มอบหมายงานตามรายการติดตาม", {}},
    };
    const MinutesDetails saved = notebook.minutes().saveDetails(noteId, details);
    for (const auto& [text, owner, due] :
         {std::tuple{"สรุปข้อมูลครัวเรือนบ้านเกาะ", "มาลี บุญมา", CivilDate{2026, 11, 15}},
          std::tuple{"ประสาน อบต.ปากพูน เรื่องแผนพัฒนาสามปี", "ชูชาติ ชูแก้ว", CivilDate{2026, 11, 30}}}) {
        ActionItem item;
        item.noteId = noteId;
        item.agendaItemId = saved.agenda.back().id;
        item.text = text;
        item.ownerPersonId = people.at(owner);
        item.due = due;
        (void)notebook.actions().add(item);
    }
}

} // namespace

void addDemoContent(Notebook& notebook)
{
    Transaction transaction(notebook.database());
    if (!notebook.places().find("80080103")) {
        (void)notebook.places().addVillage("800801", 3, "บ้านหัวถนน", "Ban Hua Thanon");
    }
    std::map<std::string, std::string> people; // name -> id
    for (const DemoPerson& demo : kPeople) {
        const auto known = notebook.people().findByName(demo.name);
        if (!known.empty()) {
            people.emplace(demo.name, known.front().id);
            continue;
        }
        Person person;
        person.name = demo.name;
        person.role = demo.role;
        if (*demo.organisation != '\0') {
            person.organisationId = notebook.organisations().resolve(demo.organisation).id;
        }
        person.placeCodes.assign(demo.places.begin(), demo.places.end());
        people.emplace(demo.name, notebook.people().add(person).id);
    }
    std::map<std::string, std::string> created; // title -> id, for the [[title]] links
    for (const DemoNote& demo : kNotes) {
        NoteDraft draft;
        draft.kind = demo.kind;
        draft.title = demo.title;
        draft.author = demo.author;
        draft.eventDate = demo.date;
        draft.placeCodes.assign(demo.places.begin(), demo.places.end());
        for (const char* theme : demo.themes) {
            draft.themeIds.push_back(notebook.themes().findOrAdd(theme).id);
        }
        draft.published = demo.published;
        draft.licence = "CC BY-NC-SA 4.0";
        draft.body = demo.body;
        // [[title]] links to an earlier demo note, as the editor writes links.
        for (std::size_t open; (open = draft.body.find("[[")) != std::string::npos;) {
            const std::size_t close = draft.body.find("]]", open);
            const std::string target = draft.body.substr(open + 2, close - open - 2);
            draft.body.replace(open, close + 2 - open,
                               "[" + target + "](" + noteLinkTarget(created.at(target)) + ")");
        }
        for (const char* name : demo.people) {
            draft.personIds.push_back(people.at(name));
        }
        for (const char* abbreviation : demo.organisations) {
            draft.organisationIds.push_back(notebook.organisations().resolve(abbreviation).id);
        }
        const Note note = notebook.notes().create(draft);
        created.emplace(demo.title, note.id);
        for (const DemoComment& comment : demo.comments) {
            (void)notebook.comments().add(note.id, comment.author, comment.body);
        }
    }
    addDemoMeeting(notebook, created.at("รายงานการประชุมวงคุณเอื้อ ประจำเดือนตุลาคม 2569"), people);
    transaction.commit();
}

} // namespace banthuek::core
