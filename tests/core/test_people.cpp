// SPDX-License-Identifier: GPL-3.0-or-later
// Organisations, people's places and organisations, tags on notes, merging, and note links.
#include "core/error.h"
#include "core/text/collation.h"
#include "tests/support/freshnotebook.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace banthuek::core;
using banthuek::test::FreshNotebook;

namespace {

Note addNote(Notebook& nb, const std::string& title, std::vector<std::string> places = {},
             std::vector<std::string> people = {}, std::vector<std::string> organisations = {},
             const std::string& body = {})
{
    NoteDraft draft;
    draft.title = title;
    draft.body = body;
    draft.eventDate = CivilDate{2025, 3, 1};
    draft.placeCodes = std::move(places);
    draft.personIds = std::move(people);
    draft.organisationIds = std::move(organisations);
    return nb.notes().create(draft);
}

const Tally* findTally(const std::vector<Tally>& tallies, const std::string& key)
{
    const auto it =
        std::find_if(tallies.begin(), tallies.end(), [&](const Tally& t) { return t.key == key; });
    return it == tallies.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("A new notebook knows the national bodies of the sample posts by their full names",
          "[organisations]")
{
    FreshNotebook nb;
    const struct
    {
        const char* typed;
        const char* fullName;
        OrganisationType type;
    } expected[] = {
        {"พอช.", "สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)", OrganisationType::CentralAgency},
        {"สสส", "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ", OrganisationType::Funder},
        {"ธ.ก.ส.", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", OrganisationType::Funder},
        {"สกว.", "สำนักงานกองทุนสนับสนุนการวิจัย", OrganisationType::Funder},
        {"พม.", "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", OrganisationType::CentralAgency},
        {"มสช.", "มูลนิธิสาธารณสุขแห่งชาติ", OrganisationType::Ngo},
        {"กศน.", "สำนักงานส่งเสริมการศึกษานอกระบบและการศึกษาตามอัธยาศัย", OrganisationType::CentralAgency},
        {"Walailak University", "มหาวิทยาลัยวลัยลักษณ์", OrganisationType::Academic},
    };
    for (const auto& e : expected) {
        const auto found = nb->organisations().find(e.typed);
        INFO(e.typed);
        REQUIRE(found.size() == 1);
        CHECK(found[0].nameTh == e.fullName);
        CHECK(found[0].type == e.type);
    }
    // The list is in Thai order of the Thai names.
    const auto all = nb->organisations().list();
    REQUIRE(all.size() >= 10);
    for (std::size_t i = 1; i < all.size(); ++i) {
        CHECK(compareThai(all[i - 1].nameTh, all[i].nameTh) <= 0);
    }
    CHECK(nb->organisations().find("พอช.")[0].label() == "พอช. สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)");
    CHECK(parseOrganisationType("local_government") == OrganisationType::LocalGovernment);
    CHECK(organisationTypeThai(OrganisationType::LocalGovernment) == "องค์กรปกครองส่วนท้องถิ่น");
}

TEST_CASE("Organisations are added, edited and removed, people keep their other details", "[organisations]")
{
    FreshNotebook nb;
    const Organisation tambon = nb->organisations().add({{},
                                                         "อบต.ท่าศาลา",
                                                         "องค์การบริหารส่วนตำบลท่าศาลา",
                                                         "Tha Sala SAO",
                                                         OrganisationType::LocalGovernment,
                                                         0,
                                                         0});
    Person person;
    person.name = "สมศรี ใจดี";
    person.organisationId = tambon.id;
    person.placeCodes = {"800801"};
    const Person added = nb->people().add(person);
    CHECK(added.organisationId == tambon.id);
    CHECK(added.placeCodes == std::vector<std::string>{"800801"});
    Organisation renamed = tambon;
    renamed.nameEn = "Tha Sala Subdistrict Administrative Organization";
    CHECK(nb->organisations().update(renamed).nameEn == renamed.nameEn);
    nb->organisations().remove(tambon.id);
    nb.reopen();
    const Person after = nb->people().get(added.id);
    CHECK_FALSE(after.organisationId.has_value());
    CHECK(after.placeCodes == std::vector<std::string>{"800801"});
    CHECK_THROWS_AS(nb->organisations().add({{}, " ", " ", "", OrganisationType::Other, 0, 0}), Error);
    person.organisationId.reset();
    person.placeCodes = {"999999"};
    CHECK_THROWS_WITH(nb->people().add(person), Catch::Contains("999999"));
    person.placeCodes.clear();
    person.organisationId = "no-such-organisation";
    CHECK_THROWS_WITH(nb->people().add(person), Catch::Contains("no-such-organisation"));
}

TEST_CASE("Notes tag people and organisations, their pages add up their notes and places",
          "[people][overview]")
{
    FreshNotebook nb;
    const Person malee = nb->people().add("มาลี ศรีสุข", KmRole::KhunAmnuay);
    const std::string codi = nb->organisations().find("พอช.")[0].id;
    const Note first = addNote(*nb.notebook, "เวทีประชาคม", {"800801"}, {malee.id}, {codi});
    (void)addNote(*nb.notebook, "วงเรียนรู้", {"800801", "800802"}, {malee.id});
    const Note trashed = addNote(*nb.notebook, "ถังขยะ", {"800803"}, {malee.id}, {codi});
    nb->notes().trash(trashed.id);
    nb.reopen();
    CHECK(nb->notes().get(first.id).content.personIds == std::vector<std::string>{malee.id});
    CHECK(nb->notes().get(first.id).content.organisationIds == std::vector<std::string>{codi});

    NoteFilter byPerson;
    byPerson.personId = malee.id;
    CHECK(nb->notes().count(byPerson) == 2);
    NoteFilter byOrganisation;
    byOrganisation.organisationId = codi;
    CHECK(nb->notes().count(byOrganisation) == 1);

    const PlaceActivity person = nb->overview().personActivity(malee.id);
    CHECK(person.fieldNotes == 2);
    CHECK(person.lastFieldNote == CivilDate{2025, 3, 1});
    const auto places = nb->overview().placesOfPerson(malee.id);
    REQUIRE(places.size() == 2); // the trashed note's place is left out
    CHECK(places[0].key == "800801");
    CHECK(places[0].notes == 2);
    CHECK(nb->overview().organisationActivity(codi).fieldNotes == 1);

    // Active at the district: Malee (2 notes) and พอช. (1); at another district: nobody.
    const auto active = nb->overview().activeAt("8008");
    const Tally* maleeThere = findTally(active, malee.id);
    REQUIRE(maleeThere != nullptr);
    CHECK(maleeThere->notes == 2);
    CHECK(maleeThere->kind == Tally::Kind::Person);
    REQUIRE(findTally(active, codi) != nullptr);
    CHECK(findTally(active, codi)->label == "พอช.");
    CHECK(active.front().key == malee.id);
    CHECK(nb->overview().activeAt("8009").empty());

    // A person registered as working in a place is active there without notes.
    Person somchai;
    somchai.name = "สมชาย ทองดี";
    somchai.placeCodes = {"8008"};
    const Person added = nb->people().add(somchai);
    const auto activeInSubdistrict = nb->overview().activeAt("800805"); // kept: findTally points into it
    const Tally* registered = findTally(activeInSubdistrict, added.id);
    REQUIRE(registered != nullptr);
    CHECK(registered->notes == 0);
    // Tagging someone who is not in the register is refused, and nothing is written.
    CHECK_THROWS_WITH(addNote(*nb.notebook, "ผิด", {}, {"nobody"}), Catch::Contains("nobody"));
    CHECK(nb->notes().count({}) == 2);
}

TEST_CASE("A place's page counts its themes and a theme's page its places", "[overview]")
{
    FreshNotebook nb;
    const auto themes = nb->themes().list();
    const auto byName = [&](const std::string& name) {
        return std::find_if(themes.begin(), themes.end(), [&](const Theme& t) { return t.nameTh == name; })
            ->id;
    };
    const std::string welfare = byName("สวัสดิการชุมชน");
    const std::string funds = byName("กองทุนสวัสดิการชุมชน"); // under welfare
    const std::string forests = byName("ป่าชุมชน");
    NoteDraft d;
    d.title = "กองทุน";
    d.placeCodes = {"800801"};
    d.themeIds = {funds};
    (void)nb->notes().create(d);
    d.title = "กองทุนและป่า";
    d.themeIds = {welfare, funds, forests};
    (void)nb->notes().create(d);
    d.title = "ที่อื่น";
    d.placeCodes = {"800802"};
    d.themeIds = {funds};
    (void)nb->notes().create(d);

    const auto atPlace = nb->overview().themesAt("800801");
    REQUIRE(atPlace.size() == 2);
    CHECK(atPlace[0].key == welfare); // both notes, each counted once
    CHECK(atPlace[0].notes == 2);
    CHECK(atPlace[1].notes == 1);
    const auto ofTheme = nb->overview().placesFor(welfare);
    REQUIRE(ofTheme.size() == 2);
    CHECK(ofTheme[0].key == "800801");
    CHECK(ofTheme[0].notes == 2);
    CHECK(ofTheme[1].key == "800802");
}

TEST_CASE("Merging duplicate people or organisations keeps every link", "[people][organisations]")
{
    FreshNotebook nb;
    const Person kept = nb->people().add("สมศรี ใจดี", KmRole::Other);
    Person duplicateDraft;
    duplicateDraft.name = "สมศรี  ใจดี";
    duplicateDraft.role = KmRole::KhunLikhit;
    duplicateDraft.contact = "081-234-5678";
    duplicateDraft.organisationId = nb->organisations().find("สสส.")[0].id;
    duplicateDraft.placeCodes = {"800801"};
    const Person duplicate = nb->people().add(duplicateDraft);
    const Note both = addNote(*nb.notebook, "ทั้งสอง", {}, {kept.id, duplicate.id});
    const Note onlyDuplicate = addNote(*nb.notebook, "คนซ้ำ", {}, {duplicate.id});

    nb->people().merge(kept.id, duplicate.id);
    nb.reopen();
    CHECK_THROWS_AS(nb->people().get(duplicate.id), Error);
    const Person merged = nb->people().get(kept.id);
    CHECK(merged.name == "สมศรี ใจดี");
    CHECK(merged.role == KmRole::KhunLikhit);
    CHECK(merged.contact == "081-234-5678");
    CHECK(merged.organisationId == duplicateDraft.organisationId);
    CHECK(merged.placeCodes == std::vector<std::string>{"800801"});
    CHECK(nb->notes().get(both.id).content.personIds == std::vector<std::string>{kept.id});
    CHECK(nb->notes().get(onlyDuplicate.id).content.personIds == std::vector<std::string>{kept.id});
    CHECK_THROWS_AS(nb->people().merge(kept.id, kept.id), Error);
    CHECK_THROWS_AS(nb->people().merge(kept.id, "nobody"), Error);

    // Organisations: tags and members move to the one kept.
    const std::string codi = nb->organisations().find("พอช.")[0].id;
    const Organisation copy =
        nb->organisations().add({{}, "พอช", "สถาบันพัฒนาองค์กรชุมชน", "", OrganisationType::CentralAgency, 0, 0});
    Person member = nb->people().get(kept.id);
    member.organisationId = copy.id;
    (void)nb->people().update(member);
    const Note tagged = addNote(*nb.notebook, "พอช.", {}, {}, {copy.id, codi});
    nb->organisations().merge(codi, copy.id);
    CHECK(nb->people().get(kept.id).organisationId == codi);
    CHECK(nb->notes().get(tagged.id).content.organisationIds == std::vector<std::string>{codi});
    CHECK(nb->organisations().find("พอช").size() == 1);
    CHECK(nb->check().sound());
}

TEST_CASE("Links between notes are kept by id, through renames, trash and deletion", "[links]")
{
    CHECK(linkedNoteIds("[ก](banthuek:note/a-1) [ข](banthuek:note/b-2) [ก อีกครั้ง](banthuek:note/a-1)") ==
          std::vector<std::string>{"a-1", "b-2"});
    CHECK(linkedNoteIds("[x](banthuek:note/) [y](banthuek:note/a b) (banthuek:note/c-3").empty());
    CHECK(noteIdFromTarget(noteLinkTarget("abc-123")) == "abc-123");
    CHECK(noteIdFromTarget("https://gotoknow.org/posts/73826").empty());

    FreshNotebook nb;
    const Note target = addNote(*nb.notebook, "แผนแม่บทชุมชน");
    const Note source = addNote(*nb.notebook, "บันทึกเวที", {}, {}, {},
                                "ต่อจาก [แผนแม่บทชุมชน](" + noteLinkTarget(target.id) + ")");
    auto backlinks = nb->links().backlinks(target.id);
    REQUIRE(backlinks.size() == 1);
    CHECK(backlinks[0].id == source.id);
    CHECK(backlinks[0].title == "บันทึกเวที");

    // Renaming either side changes nothing stored; the current titles are what is shown.
    NoteDraft renamed = nb->notes().get(source.id).content;
    renamed.title = "บันทึกเวทีประชาคม";
    (void)nb->notes().update(source.id, renamed);
    NoteDraft renamedTarget = nb->notes().get(target.id).content;
    renamedTarget.title = "แผนแม่บทตำบล";
    (void)nb->notes().update(target.id, renamedTarget);
    backlinks = nb->links().backlinks(target.id);
    REQUIRE(backlinks.size() == 1);
    CHECK(backlinks[0].title == "บันทึกเวทีประชาคม");
    CHECK(nb->links().resolve(target.id).title == "แผนแม่บทตำบล");

    // A trashed target is shown as such; a deleted one stays as a broken link.
    nb->notes().trash(target.id);
    auto outgoing = nb->links().outgoing(source.id);
    REQUIRE(outgoing.size() == 1);
    CHECK(outgoing[0].state == LinkedNote::State::Trashed);
    nb->notes().deleteForever(target.id);
    nb.reopen();
    outgoing = nb->links().outgoing(source.id);
    REQUIRE(outgoing.size() == 1);
    CHECK(outgoing[0].id == target.id);
    CHECK(outgoing[0].state == LinkedNote::State::Missing);
    CHECK(nb->links().resolve(target.id).state == LinkedNote::State::Missing);

    // Removing the link from the text removes it; a link to itself is not recorded.
    NoteDraft unlinked = nb->notes().get(source.id).content;
    unlinked.body = "ไม่มีลิงก์ [ตัวเอง](" + noteLinkTarget(source.id) + ")";
    (void)nb->notes().update(source.id, unlinked);
    CHECK(nb->links().outgoing(source.id).empty());
    // A trashed source does not show as a backlink.
    const Note other = addNote(*nb.notebook, "อีกบันทึก", {}, {}, {}, "[x](" + noteLinkTarget(source.id) + ")");
    CHECK(nb->links().backlinks(source.id).size() == 1);
    nb->notes().trash(other.id);
    CHECK(nb->links().backlinks(source.id).empty());
    CHECK(nb->check().sound());
}

TEST_CASE("Every subdistrict under a place, with its notes and last field note, the Trash left out",
          "[overview]")
{
    FreshNotebook nb;
    const Place village = nb->places().addVillage("800801", 3, "บ้านหัวถนน");
    NoteDraft d;
    d.title = "เก่า";
    d.placeCodes = {village.code, "800802"}; // a village (counts for its subdistrict) and a subdistrict
    d.eventDate = CivilDate{2020, 1, 1};
    (void)nb->notes().create(d);
    d.title = "ใหม่กว่า";
    d.placeCodes = {"800801"};
    d.eventDate = CivilDate{2024, 6, 1};
    (void)nb->notes().create(d);
    d.title = "ประชุม";
    d.kind = NoteKind::Minutes;
    d.eventDate = CivilDate{2025, 6, 1};
    (void)nb->notes().create(d);
    d.title = "ในถังขยะ";
    d.kind = NoteKind::FieldNote;
    d.placeCodes = {"800803"};
    const Note trashed = nb->notes().create(d);
    nb->notes().trash(trashed.id);
    d.placeCodes = {"100101"};
    (void)nb->notes().create(d);

    const auto all = nb->overview().subdistricts();
    REQUIRE(all.size() == 3);
    CHECK(all[0].place.code == "100101");
    const auto inDistrict = nb->overview().subdistricts("8008");
    REQUIRE(inDistrict.size() == 2);
    CHECK(inDistrict[0].place.code == "800801");
    CHECK(inDistrict[0].fieldNotes == 2);
    CHECK(inDistrict[0].minutes == 1);
    CHECK(inDistrict[0].lastFieldNote == CivilDate{2024, 6, 1}); // minutes are not visits
    CHECK(inDistrict[1].place.code == "800802");
    CHECK(inDistrict[1].lastFieldNote == CivilDate{2020, 1, 1});
}
