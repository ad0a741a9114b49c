// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edits/edits.h"

#include "core/error.h"
#include "core/files/filerefs.h"
#include "core/spelling/wordlist.h"
#include "core/storage/database.h"

#include <algorithm>

namespace banthuek::core {
namespace {

// Runs `write` in one transaction of the notebook and returns what it returns.
template <typename Write> auto inTransaction(Notebook& notebook, Write&& write)
{
    Transaction transaction(notebook.database());
    if constexpr (std::is_void_v<decltype(write())>) {
        write();
        transaction.commit();
    } else {
        auto result = write();
        transaction.commit();
        return result;
    }
}

std::int64_t registerSize(const Notebook& notebook)
{
    return static_cast<std::int64_t>(notebook.people().list().size() +
                                     notebook.organisations().list().size());
}

// The person a name field holds: the loaded one while its name is unchanged, else the first of
// that name in the register (a new name joins it).
std::optional<std::string> personNamed(Notebook& notebook, const TypedName& typed)
{
    if (typed.text.empty()) {
        return std::nullopt;
    }
    if (typed.unchanged() && typed.loadedPersonId) {
        return typed.loadedPersonId;
    }
    return notebook.people().findOrAdd(typed.text).id;
}

// An action item's owner: the loaded one while unchanged; else a person of that name, an
// organisation of that name, or a new person.
void resolveOwner(Notebook& notebook, const TypedName& owner, ActionItem& item)
{
    item.ownerPersonId.reset();
    item.ownerOrganisationId.reset();
    if (owner.text.empty()) {
        return;
    }
    if (owner.unchanged()) {
        item.ownerPersonId = owner.loadedPersonId;
        item.ownerOrganisationId = owner.loadedOrganisationId;
        return;
    }
    if (const auto people = notebook.people().findByName(owner.text); !people.empty()) {
        item.ownerPersonId = people.front().id;
    } else if (const auto organisations = notebook.organisations().find(owner.text); !organisations.empty()) {
        item.ownerOrganisationId = organisations.front().id;
    } else {
        item.ownerPersonId = notebook.people().findOrAdd(owner.text).id;
    }
}

Attendee attendeeFrom(Notebook& notebook, const TypedAttendee& typed)
{
    Person person = typed.person.unchanged() && typed.person.loadedPersonId
                        ? notebook.people().get(*typed.person.loadedPersonId)
                        : notebook.people().findOrAdd(typed.person.text);
    if (!typed.organisation.empty()) {
        const std::string organisationId = notebook.organisations().findOrAdd(typed.organisation).id;
        if (person.organisationId != organisationId) {
            person.organisationId = organisationId;
            person = notebook.people().update(person);
        }
    }
    return Attendee{person.id, typed.attendance, typed.reason};
}

MeetingRecord recordFrom(Notebook& notebook, const std::string& noteId, const MeetingEntry& entry)
{
    MeetingRecord record;
    record.details = entry.details;
    MinutesDetails& details = record.details;
    details.seriesId.reset();
    if (!entry.series.empty()) {
        details.seriesId = notebook.minutes().findOrAddSeries(entry.series).id;
    }
    details.chairId = personNamed(notebook, entry.chair);
    details.recorderId = personNamed(notebook, entry.recorder);
    details.approverId = personNamed(notebook, entry.approver);
    details.attendees.clear();
    for (const TypedAttendee& typed : entry.attendees) {
        details.attendees.push_back(attendeeFrom(notebook, typed));
    }
    for (const TypedAction& typed : entry.actions) {
        ActionItem item = typed.item;
        resolveOwner(notebook, typed.owner, item);
        if (!item.id.empty() && item.noteId != noteId) {
            item.agendaItemId = notebook.actions().get(item.id).agendaItemId; // kept from its own meeting
        }
        record.actions.push_back(std::move(item));
    }
    return record;
}

} // namespace

bool samePlanItem(const PlanItem& a, const PlanItem& b)
{
    return a.title == b.title && a.description == b.description && a.themeId == b.themeId &&
           a.category == b.category && a.responsiblePersonId == b.responsiblePersonId &&
           a.responsibleOrganisationId == b.responsibleOrganisationId && a.partnerIds == b.partnerIds &&
           a.budgetOwn == b.budgetOwn && a.budgetRequested == b.budgetRequested &&
           a.budgetApproved == b.budgetApproved && a.fiscalYear == b.fiscalYear && a.status == b.status &&
           a.progress == b.progress && a.taoReference == b.taoReference;
}

Note Edits::createNote(const NoteDraft& draft)
{
    return m_notebook.notes().create(draft);
}

Edits::NoteAdded Edits::addNote(NoteDraft draft, const NamedTags& tags)
{
    return inTransaction(m_notebook, [&] {
        NoteAdded added;
        for (const std::string& name : tags.themes) {
            const bool known = m_notebook.themes().findByName(name).has_value();
            const Theme theme = m_notebook.themes().findOrAdd(name);
            if (!known) {
                added.newThemes.push_back(theme.nameTh);
            }
            draft.themeIds.push_back(theme.id);
        }
        for (const std::string& name : tags.people) {
            if (m_notebook.people().findByName(name).empty()) {
                const Person person = m_notebook.people().add(name, KmRole::Other);
                added.newPeople.push_back(person.name);
                draft.personIds.push_back(person.id);
            } else {
                draft.personIds.push_back(m_notebook.people().resolve(name).id);
            }
        }
        for (const std::string& name : tags.organisations) {
            draft.organisationIds.push_back(m_notebook.organisations().resolve(name).id);
        }
        added.note = m_notebook.notes().create(draft);
        return added;
    });
}

NoteSaved Edits::saveNote(const std::string& id, const NoteDraft& draft)
{
    return m_notebook.notes().save(id, draft);
}

void Edits::trashNote(const std::string& id)
{
    m_notebook.notes().trash(id);
}

void Edits::restoreNote(const std::string& id)
{
    m_notebook.notes().restore(id);
}

std::int64_t Edits::emptyTrash()
{
    return inTransaction(m_notebook, [&] {
        const std::int64_t removed = m_notebook.notes().emptyTrash();
        m_notebook.files().freeUnused();
        return removed;
    });
}

std::vector<StoredFile> Edits::attachFiles(const std::string& noteId,
                                           const std::vector<Attachment>& attachments, std::int64_t limit)
{
    return inTransaction(m_notebook, [&] {
        const Note note = m_notebook.notes().get(noteId);
        NoteDraft draft = note.content;
        std::vector<StoredFile> stored;
        for (const Attachment& attachment : attachments) {
            StoredFile file = m_notebook.files().add(attachment.path, {}, limit);
            const bool shown = attachment.inlineImage && file.isImage();
            const std::string markdown =
                shown
                    ? imageMarkdown(file.sha256, attachment.caption)
                    : linkMarkdown(file.sha256, attachment.caption.empty() ? file.name : attachment.caption);
            while (!draft.body.empty() && draft.body.back() == '\n') {
                draft.body.pop_back();
            }
            draft.body += (draft.body.empty() ? "" : "\n\n") + markdown + "\n";
            stored.push_back(std::move(file));
        }
        if (!attachments.empty()) {
            (void)m_notebook.notes().save(noteId, draft);
        }
        return stored;
    });
}

StoredFile Edits::addFile(const std::string& path, const std::string& name, std::int64_t limit)
{
    return m_notebook.files().add(path, name, limit);
}

void Edits::keepPicture(const std::string& sha256, int edge, std::string_view bytes)
{
    m_notebook.files().keepPicture(sha256, edge, bytes);
}

StoredFile Edits::addFileBytes(std::string_view bytes, const std::string& name, std::int64_t limit)
{
    return m_notebook.files().addBytes(bytes, name, limit);
}

Note Edits::restoreRevision(std::int64_t revisionId)
{
    return m_notebook.notes().restoreRevision(revisionId);
}

Edits::MeetingSaved Edits::saveMeeting(const std::string& id, const NoteDraft& draft,
                                       const MeetingEntry& entry)
{
    return inTransaction(m_notebook, [&] {
        MeetingSaved result;
        const std::int64_t before = registerSize(m_notebook);
        result.saved = m_notebook.notes().save(id, draft);
        result.record = m_notebook.minutes().saveRecord(id, recordFrom(m_notebook, id, entry));
        result.registered = registerSize(m_notebook) - before;
        return result;
    });
}

Note Edits::startNextMeeting(const std::string& seriesId, const MinutesStore::NextMeeting& next)
{
    return m_notebook.minutes().startNext(seriesId, next);
}

ActionItem Edits::saveAction(const ActionItem& item)
{
    return item.id.empty() ? m_notebook.actions().add(item) : m_notebook.actions().update(item);
}

Comment Edits::addComment(const std::string& noteId, const std::string& author, const std::string& body)
{
    return m_notebook.comments().add(noteId, author, body);
}

Comment Edits::editComment(const std::string& commentId, const std::string& body)
{
    return m_notebook.comments().edit(commentId, body);
}

void Edits::removeComment(const std::string& commentId)
{
    m_notebook.comments().remove(commentId);
}

Theme Edits::findOrAddTheme(const std::string& name)
{
    return m_notebook.themes().findOrAdd(name);
}

Place Edits::addVillage(const std::string& subdistrictCode, int moo, const std::string& nameTh)
{
    return m_notebook.places().addVillage(subdistrictCode, moo, nameTh);
}

Person Edits::addPerson(const Person& person)
{
    return m_notebook.people().add(person);
}

Person Edits::savePerson(const Person& person)
{
    return m_notebook.people().update(person);
}

Organisation Edits::addOrganisation(const Organisation& organisation)
{
    return m_notebook.organisations().add(organisation);
}

Organisation Edits::saveOrganisation(const Organisation& organisation)
{
    return m_notebook.organisations().update(organisation);
}

void Edits::removePeople(const std::vector<std::string>& ids)
{
    inTransaction(m_notebook, [&] {
        for (const std::string& id : ids) {
            m_notebook.people().remove(id);
        }
    });
}

void Edits::removeOrganisations(const std::vector<std::string>& ids)
{
    inTransaction(m_notebook, [&] {
        for (const std::string& id : ids) {
            m_notebook.organisations().remove(id);
        }
    });
}

void Edits::mergePeople(const std::string& kept, const std::string& duplicate)
{
    m_notebook.people().merge(kept, duplicate);
}

void Edits::mergeOrganisations(const std::string& kept, const std::string& duplicate)
{
    m_notebook.organisations().merge(kept, duplicate);
}

Plan Edits::savePlan(const Plan& plan)
{
    return m_notebook.plans().savePlan(plan);
}

void Edits::savePlanEdits(const PlanEdits& edits)
{
    inTransaction(m_notebook, [&] {
        PlanStore& plans = m_notebook.plans();
        if (edits.plan) {
            const std::string planId = plans.savePlan(*edits.plan).id;
            std::vector<std::string> kept;
            for (const TypedPlanItem& typed : edits.items) {
                PlanItem item = typed.item;
                item.planId = planId;
                if (!typed.responsible.empty()) {
                    setResponsible(m_notebook, item, typed.responsible);
                }
                const auto before = std::find_if(edits.shown.begin(), edits.shown.end(),
                                                 [&](const PlanItem& shown) { return shown.id == item.id; });
                // An unchanged item is not written again: its time says when it last moved.
                kept.push_back(before != edits.shown.end() && samePlanItem(*before, item)
                                   ? item.id
                                   : plans.saveItem(item).id);
            }
            for (const PlanItem& shown : edits.shown) {
                if (std::find(kept.begin(), kept.end(), shown.id) == kept.end()) {
                    plans.removeItem(shown.id);
                }
            }
            std::vector<Problem> ranked;
            for (const auto& [text, themeName] : edits.problems) {
                Problem problem;
                problem.rank = static_cast<int>(ranked.size()) + 1;
                problem.text = text;
                if (const auto theme = m_notebook.themes().findByName(themeName)) {
                    problem.themeId = theme->id;
                }
                ranked.push_back(std::move(problem));
            }
            plans.setProblems(planId, ranked);
        }
        if (edits.survey) {
            (void)plans.saveSurvey(*edits.survey);
        }
    });
}

void Edits::linkPlanItems(const std::string& noteId, const std::vector<std::pair<std::string, bool>>& links)
{
    inTransaction(m_notebook, [&] {
        for (const auto& [item, linked] : links) {
            linked ? m_notebook.plans().linkNote(item, noteId) : m_notebook.plans().unlinkNote(item, noteId);
        }
    });
}

PlanImport Edits::importPlanCsv(const std::string& data, bool dryRun)
{
    return core::importPlanCsv(m_notebook, data, dryRun);
}

TeamInfo Edits::team() const
{
    return teamInfo(m_notebook.database());
}

void Edits::setIdentity(const std::string& deviceName, const std::string& userName,
                        const std::string& userRole)
{
    core::setIdentity(m_notebook.database(), deviceName, userName, userRole);
}

void Edits::addDictionaryWord(const std::string& word)
{
    core::addDictionaryWord(m_notebook.database(), word);
}

void Edits::removeDictionaryWord(const std::string& word)
{
    core::removeDictionaryWord(m_notebook.database(), word);
}

void Edits::setTeamName(const std::string& name)
{
    core::setTeamName(m_notebook.database(), name);
}

Joined Edits::createTeam(const std::string& name)
{
    return core::createTeam(m_notebook.database(), name);
}

Joined Edits::joinTeam(const std::string& code)
{
    return core::joinTeam(m_notebook.database(), code);
}

std::string Edits::teamCode() const
{
    return teamSecret(m_notebook.database()).code();
}

ExportedBundle Edits::exportBundle(const std::string& path, bool all)
{
    return core::exportBundle(m_notebook.database(), path, all);
}

GotoKnowImport Edits::importGotoKnow(const std::vector<std::string>& paths,
                                     const GotoKnowImportOptions& options)
{
    return core::importGotoKnow(m_notebook, paths, options);
}

MarkdownImport Edits::importMarkdown(const std::string& folder, const MarkdownImportOptions& options,
                                     const std::function<void(int done, int total)>& progress)
{
    return core::importMarkdown(m_notebook, folder, options, progress);
}

BundleImport Edits::importBundles(const std::vector<std::string>& paths)
{
    return core::importBundles(m_notebook.database(), paths);
}

SyncSummary Edits::syncFolder(const std::string& folder)
{
    return core::syncFolder(m_notebook.database(), folder);
}

std::vector<std::pair<std::int64_t, std::string>> Edits::notesInConflict() const
{
    return core::notesInConflict(m_notebook.database());
}

std::vector<std::string> Edits::unreadNotes() const
{
    return core::unreadNotes(m_notebook.database());
}

bool Edits::markRead(const std::string& noteId)
{
    return core::markRead(m_notebook.database(), noteId);
}

std::vector<HistoryEntry> Edits::history(const std::string& noteId) const
{
    return noteHistory(m_notebook.database(), noteId);
}

void Edits::resolveConflicts(const std::string& noteId)
{
    m_notebook.database()
        .cached("UPDATE note_revisions SET conflict = 2 WHERE note_id = ?1 AND conflict = 1")
        ->bind(1, noteId)
        .run();
}

} // namespace banthuek::core
