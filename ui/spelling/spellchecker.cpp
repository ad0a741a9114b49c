// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/spelling/spellchecker.h"

#include "core/error.h"
#include "core/spelling/speller.h"
#include "core/spelling/wordlist.h"
#include "ui/session/errortext.h"
#include "ui/session/session.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <exception>

namespace banthuek::ui {
namespace {

constexpr int kMostAnswers = 50000; // runs kept; past that the oldest answers go at once
constexpr int kTurnBudget = 3000;   // characters checked on the GUI thread per turn of the loop

QVector<SpellSpan> spansOf(const std::vector<core::Misspelling>& found)
{
    QVector<SpellSpan> spans;
    spans.reserve(static_cast<int>(found.size()));
    for (const core::Misspelling& m : found) {
        spans.append(
            {m.start, m.length, QString::fromStdString(m.word), QString::fromStdString(m.likelyFix)});
    }
    return spans;
}

} // namespace

SpellChecker::SpellChecker(Session& session, QObject* parent)
    : QObject(parent), m_session(session), m_budget(kTurnBudget)
{
    m_pool.setMaxThreadCount(1);
    QPointer<SpellChecker> self(this);
    m_pool.start([self, this] {
        std::shared_ptr<core::Speller> speller;
        QString problem;
        try {
            speller = std::make_shared<core::Speller>(core::findSpellingDictionaries());
        } catch (const core::Error& error) {
            problem = userMessage(error);
        } catch (const std::exception& error) { // a damaged dictionary: no check, never a crash
            problem = QString::fromLocal8Bit(error.what());
        }
        QMetaObject::invokeMethod(this, [self, speller, problem] {
            if (self == nullptr) {
                return;
            }
            self->m_speller = speller;
            self->m_problem = problem;
            self->refreshKnownWords();
        });
    });
    for (auto signal : {&Session::dictionaryChanged, &Session::tagsChanged, &Session::registerChanged,
                        &Session::everythingChanged}) {
        connect(&m_session, signal, this, &SpellChecker::refreshKnownWords);
    }
}

SpellChecker::~SpellChecker()
{
    m_pool.clear();
    m_pool.waitForDone(); // a check under way still uses the speller it was given
}

void SpellChecker::setEnabled(bool enabled)
{
    if (enabled != m_enabled) {
        m_enabled = enabled;
        emit changed();
    }
}

const SpellSpan* spanAt(const QVector<SpellSpan>& spans, int column)
{
    for (const SpellSpan& span : spans) {
        if (column >= span.start && column <= span.start + span.length) {
            return &span;
        }
    }
    return nullptr;
}

QVector<SpellSpan> SpellChecker::answer(const QString& paragraph, bool& complete)
{
    complete = true;
    QVector<SpellSpan> spans;
    if (!active()) {
        return spans;
    }
    // Runs end at white space: no misspelling, address or common misspelling crosses one.
    for (qsizetype start = 0; start < paragraph.size();) {
        while (start < paragraph.size() && paragraph.at(start).isSpace()) {
            ++start;
        }
        qsizetype end = start;
        while (end < paragraph.size() && !paragraph.at(end).isSpace()) {
            ++end;
        }
        if (end > start) {
            const QVector<SpellSpan>* found = runAnswer(paragraph.mid(start, end - start));
            if (found == nullptr) {
                complete = false;
            } else {
                for (SpellSpan span : *found) {
                    span.start += static_cast<int>(start);
                    spans.append(span);
                }
            }
        }
        start = end;
    }
    return spans;
}

const QVector<SpellSpan>* SpellChecker::runAnswer(const QString& run)
{
    const auto found = m_answers.constFind(run);
    if (found != m_answers.constEnd()) {
        return &found.value();
    }
    const auto units = [](const QString& text) {
        return std::u16string_view(reinterpret_cast<const char16_t*>(text.utf16()),
                                   static_cast<std::size_t>(text.size()));
    };
    if (run.size() <= m_budget) {
        m_budget -= static_cast<int>(run.size());
        if (!m_budgetRenewal) {
            m_budgetRenewal = true;
            QTimer::singleShot(0, this, [this] {
                m_budget = kTurnBudget;
                m_budgetRenewal = false;
            });
        }
        keep(run, spansOf(m_speller->check(units(run))));
        return &m_answers.constFind(run).value();
    }
    if (m_asked.contains(run)) {
        return nullptr;
    }
    m_asked.insert(run);
    QPointer<SpellChecker> self(this);
    std::shared_ptr<core::Speller> speller = m_speller;
    const quint64 generation = m_generation;
    m_pool.start([self, this, speller, generation, run, units] {
        const QVector<SpellSpan> spans = spansOf(speller->check(units(run)));
        QMetaObject::invokeMethod(this, [self, generation, run, spans] {
            if (self != nullptr) {
                self->takeAnswer(generation, run, spans);
            }
        });
    });
    return nullptr;
}

void SpellChecker::takeAnswer(quint64 generation, const QString& run, const QVector<SpellSpan>& spans)
{
    m_asked.remove(run);
    if (generation != m_generation || m_answers.contains(run)) {
        return; // checked with old known words, or meanwhile on the GUI thread
    }
    keep(run, spans);
    if (!m_checkedPending) { // the highlighters look again once for a burst of answers
        m_checkedPending = true;
        QTimer::singleShot(0, this, [this] {
            m_checkedPending = false;
            emit checked();
        });
    }
}

void SpellChecker::keep(const QString& run, const QVector<SpellSpan>& spans)
{
    if (m_answers.size() >= kMostAnswers) {
        m_answers.clear();
    }
    m_answers.insert(run, spans);
}

QStringList SpellChecker::suggestions(const SpellSpan& span) const
{
    QStringList out;
    if (m_speller == nullptr) {
        return out;
    }
    if (!span.likelyFix.isEmpty()) {
        out.append(span.likelyFix);
    }
    for (const std::string& suggestion : m_speller->suggest(span.word.toStdString())) {
        const QString text = QString::fromStdString(suggestion);
        if (!out.contains(text)) {
            out.append(text);
        }
    }
    return out;
}

bool SpellChecker::addToDictionary(const QString& word)
{
    return m_session.addDictionaryWord(word); // dictionaryChanged() brings the new known words
}

void SpellChecker::waitForChecks()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

// Known words are read here (a quick read of names) and given to the speller on its thread,
// after the checks already asked for.
void SpellChecker::refreshKnownWords()
{
    if (m_speller == nullptr) {
        emit changed();
        return;
    }
    const auto words = m_session.read([&] { return core::knownWords(m_session.notebook()); });
    ++m_generation;
    m_answers.clear();
    m_asked.clear();
    QPointer<SpellChecker> self(this);
    std::shared_ptr<core::Speller> speller = m_speller;
    m_pool.start([self, this, speller, list = words.value_or(std::vector<std::string>{})] {
        speller->setKnownWords(list);
        QMetaObject::invokeMethod(this, [self] {
            if (self != nullptr) {
                emit self->changed();
            }
        });
    });
}

} // namespace banthuek::ui
