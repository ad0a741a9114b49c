// SPDX-License-Identifier: GPL-3.0-or-later
// Comments, people, themes and places.
#include "core/error.h"
#include "tests/support/freshnotebook.h"

#include <catch2/catch.hpp>

#include <set>

using namespace banthuek::core;
using banthuek::test::FreshNotebook;

TEST_CASE("Comments are added, edited and removed under a note, in time order", "[comments]")
{
    FreshNotebook nb;
    NoteDraft d;
    d.title = "เวทีประชาคม";
    const Note note = nb->notes().create(d);
    const Comment first = nb->comments().add(note.id, "มาลี", "ขอบคุณครับ");
    const Comment second = nb->comments().add(note.id, " สมชาย ", "เห็นด้วยค่ะ");
    CHECK(second.author == "สมชาย");
    const Comment edited = nb->comments().edit(first.id, "ขอบคุณมากครับ");
    CHECK(edited.updatedMs > edited.createdMs);
    nb.reopen();
    auto comments = nb->comments().forNote(note.id);
    REQUIRE(comments.size() == 2);
    CHECK(comments[0].body == "ขอบคุณมากครับ");
    CHECK(comments[1].body == "เห็นด้วยค่ะ");
    nb->comments().remove(second.id);
    CHECK(nb->comments().forNote(note.id).size() == 1);
    CHECK_THROWS_WITH(nb->comments().add(note.id, "x", " \n "), Catch::Contains("empty"));
    CHECK_THROWS_AS(nb->comments().add("no-such-note", "x", "text"), Error);
    CHECK_THROWS_AS(nb->comments().remove(second.id), Error);
}

TEST_CASE("People have KM roles and sort in Thai order", "[people]")
{
    FreshNotebook nb;
    const Person lead = nb->people().add("ไพโรจน์ ทองดี", KmRole::KhunUea);
    (void)nb->people().add("กาญจนา สุวรรณ", KmRole::KhunAmnuay, "081-000-0000");
    (void)nb->people().add("เกษม ศรีสุข", KmRole::KhunLikhit);
    std::vector<std::string> names;
    for (const Person& p : nb->people().list()) {
        names.push_back(p.name);
    }
    CHECK(names == std::vector<std::string>{"กาญจนา สุวรรณ", "เกษม ศรีสุข", "ไพโรจน์ ทองดี"});
    Person changed = lead;
    changed.role = KmRole::KhunKij;
    changed.contact = "บ้านเลขที่ ๑๒";
    CHECK(nb->people().update(changed).role == KmRole::KhunKij);
    CHECK(nb->people().findByName("ไพโรจน์  ทองดี").empty()); // two spaces: a different name
    CHECK(nb->people().findByName("ไพโรจน์ ทองดี").size() == 1);
    CHECK(roleThai(KmRole::KhunAmnuay) == "คุณอำนวย");
    CHECK(parseRole("khun_likhit") == KmRole::KhunLikhit);
    CHECK_THROWS_AS(nb->people().add("  ", KmRole::Other), Error);
    CHECK_THROWS_WITH(nb->people().add("...", KmRole::Other), Catch::Contains("\"...\" is not"));
}

TEST_CASE("A new notebook has a starter theme hierarchy in Thai and English", "[themes]")
{
    FreshNotebook nb;
    const auto themes = nb->themes().list();
    CHECK(themes.size() >= 10);
    const auto welfare = nb->themes().findByName("Community welfare"); // by English name too
    REQUIRE(welfare);
    CHECK(welfare->nameTh == "สวัสดิการชุมชน");
    const auto fund = nb->themes().findByName("กองทุนสวัสดิการชุมชน");
    REQUIRE(fund);
    CHECK(fund->parentId == welfare->id);
    // Depth-first: a child comes right after its parent or its siblings.
    for (std::size_t i = 0; i < themes.size(); ++i) {
        if (themes[i].parentId) {
            bool parentBefore = false;
            for (std::size_t j = 0; j < i; ++j) {
                parentBefore = parentBefore || themes[j].id == *themes[i].parentId;
            }
            CHECK(parentBefore);
        }
    }
}

TEST_CASE("Themes are added, renamed, moved and removed with their rules", "[themes]")
{
    FreshNotebook nb;
    const Theme parent = nb->themes().add("การท่องเที่ยวชุมชน", "Community tourism");
    const Theme child = nb->themes().add("โฮมสเตย์", "Homestay", parent.id);
    CHECK_THROWS_WITH(nb->themes().add("โฮมสเตย์"), Catch::Contains("already exists"));
    CHECK_THROWS_WITH(nb->themes().move(parent.id, child.id), Catch::Contains("under itself"));
    CHECK_THROWS_WITH(nb->themes().remove(parent.id), Catch::Contains("sub-themes"));
    CHECK(nb->themes().rename(child.id, "บ้านพักโฮมสเตย์", "Homestays").nameTh == "บ้านพักโฮมสเตย์");
    CHECK_FALSE(nb->themes().move(child.id, std::nullopt).parentId.has_value());
    NoteDraft d;
    d.title = "tagged";
    d.themeIds = {child.id};
    const Note note = nb->notes().create(d);
    nb->themes().remove(child.id);
    CHECK(nb->notes().get(note.id).content.themeIds.empty()); // the note stays, untagged
    CHECK(nb->themes().findOrAdd("ใหม่เอี่ยม").nameTh == "ใหม่เอี่ยม");
    CHECK(nb->themes().findOrAdd("ใหม่เอี่ยม").id == nb->themes().findByName("ใหม่เอี่ยม")->id);
}

TEST_CASE("The whole gazetteer is loaded with aliases", "[places]")
{
    FreshNotebook nb;
    CHECK(nb->places().count(PlaceLevel::Province) == 77);
    CHECK(nb->places().count(PlaceLevel::District) == 928);
    CHECK(nb->places().count(PlaceLevel::Subdistrict) == 7436);
    const Place thaSala = nb->places().get("800801");
    CHECK(thaSala.nameTh == "ท่าศาลา");
    CHECK(thaSala.parentCode == "8008");
    const auto path = nb->places().path("800801");
    REQUIRE(path.size() == 3);
    CHECK(path[0].nameTh == "นครศรีธรรมราช");
    CHECK(path[1].nameEn == "Tha Sala");
    CHECK(nb->places().children("80").size() == 23);
    const auto match = nb->places().match("800801");
    REQUIRE(match.has_value());
    CHECK(match->districtEn == "Tha Sala");
    CHECK(match->provinceTh == "นครศรีธรรมราช");
    CHECK_FALSE(nb->places().match("999999").has_value());
    CHECK(nb->places().children("").size() == 77);
}

TEST_CASE("Places are found by code, Thai or English prefix, and former names", "[places]")
{
    FreshNotebook nb;
    auto first = [&](const std::string& query) {
        const auto hits = nb->places().search(query, 5);
        REQUIRE_FALSE(hits.empty());
        return hits.front();
    };
    CHECK(first("800801").place.nameTh == "ท่าศาลา");
    // A Thai keyboard's digits, as a facilitator types a code without switching layout.
    CHECK(first("๘๐๐๘๐๑").place.code == "800801");
    CHECK(first("๘๐๐๘").place.code == "8008");
    REQUIRE(nb->places().find("๘๐๐๘๐๑").has_value());
    CHECK(nb->places().get("๘๐").nameTh == "นครศรีธรรมราช");
    // Several subdistricts are called ท่าศาลา: all come before the district of that name,
    // each with a different district or province to tell them apart.
    const auto thaSala = nb->places().search("ท่าศาลา", 20);
    std::size_t subdistricts = 0;
    while (subdistricts < thaSala.size() && thaSala[subdistricts].place.level == PlaceLevel::Subdistrict) {
        ++subdistricts;
    }
    REQUIRE(subdistricts >= 2);
    REQUIRE(subdistricts < thaSala.size());
    CHECK(thaSala[subdistricts].place.level == PlaceLevel::District);
    std::set<std::string> whereabouts;
    bool nakhon = false;
    for (std::size_t i = 0; i < subdistricts; ++i) {
        CHECK(thaSala[i].place.nameTh == "ท่าศาลา");
        whereabouts.insert(thaSala[i].districtTh + "/" + thaSala[i].provinceTh);
        nakhon = nakhon || (thaSala[i].place.code == "800801" && thaSala[i].provinceTh == "นครศรีธรรมราช" &&
                            thaSala[i].districtEn == "Tha Sala");
    }
    CHECK(whereabouts.size() == subdistricts);
    CHECK(nakhon);
    CHECK(first("ต.ท่าศาลา").place.code == thaSala[0].place.code);
    CHECK(first("tha sa").place.nameEn.rfind("Tha Sa", 0) == 0);
    CHECK(first("ท่าศ").place.nameTh.rfind("ท่าศ", 0) == 0);
    // A former spelling from th_admin_aliases.csv finds the unit it now names.
    CHECK(first("จักรวรรดิ์").place.code == "101301");
    // Same-named subdistricts are told apart by district and province.
    const auto same = nb->places().search("ในเมือง", 50);
    REQUIRE(same.size() > 5);
    bool distinct = false;
    for (std::size_t i = 1; i < same.size(); ++i) {
        distinct =
            distinct || same[i].districtTh + same[i].provinceTh != same[0].districtTh + same[0].provinceTh;
    }
    CHECK(distinct);
    CHECK(nb->places().search("   ").empty());
    CHECK(nb->places().search("zzzzqqq").empty());
}

TEST_CASE("Villages are added under a subdistrict with DOPA-style codes", "[places]")
{
    FreshNotebook nb;
    const Place village = nb->places().addVillage("800801", 3, "บ้านหัวถนน");
    CHECK(village.code == "80080103");
    CHECK(village.level == PlaceLevel::Village);
    CHECK(nb->places().path(village.code).size() == 4);
    CHECK(nb->places().search("บ้านหัวถนน").front().place.code == "80080103");
    CHECK_THROWS_WITH(nb->places().addVillage("800801", 3, "ซ้ำ"), Catch::Contains("already exists"));
    CHECK_THROWS_WITH(nb->places().addVillage("8008", 1, "x"), Catch::Contains("not one"));
    CHECK_THROWS_AS(nb->places().addVillage("800801", 100, "x"), Error);
    NoteDraft d;
    d.title = "ในหมู่บ้าน";
    d.placeCodes = {village.code};
    (void)nb->notes().create(d);
    NoteFilter bySubdistrict;
    bySubdistrict.placeCode = "800801";
    CHECK(nb->notes().count(bySubdistrict) == 1);
}
