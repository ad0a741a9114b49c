// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <QVector>

#include <memory>
#include <vector>

namespace banthuek::core {
class Speller;
}

namespace banthuek::ui {

class Session;

// A misspelt word of a paragraph, in QString positions.
struct SpellSpan
{
    int start = 0;
    int length = 0;
    QString word;
    QString likelyFix; // a common misspelling's fix, else empty
};

// The misspelt word at a column of its paragraph (its end included: a right click just after
// a word is on it), or nullptr.
[[nodiscard]] const SpellSpan* spanAt(const QVector<SpellSpan>& spans, int column);

// The window's spelling check (core::Speller): the dictionaries load and paragraphs are
// checked on a thread of its own, so typing never waits for them; answers are kept by the
// paragraph's text, as typing changes one paragraph at a time. The notebook's names and its
// dictionary are known words, and follow the notebook's changes.
class SpellChecker final : public QObject
{
    Q_OBJECT

public:
    explicit SpellChecker(Session& session, QObject* parent = nullptr);
    ~SpellChecker() override;

    void setEnabled(bool enabled);
    [[nodiscard]] bool enabled() const { return m_enabled; }
    // The dictionaries are loaded and the check runs.
    [[nodiscard]] bool active() const { return m_enabled && m_speller != nullptr; }
    // Why there is no check (no Thai dictionary installed), or empty.
    [[nodiscard]] QString problem() const { return m_problem; }

    // The misspelt words of a paragraph, as far as they are known. A paragraph is checked in
    // runs between spaces, each kept by its text: a key press changes one run, which is checked
    // at once (a few thousand characters per turn of the event loop at most, so the underline
    // comes with the key and the paragraph is laid out once); the rest of a long note is checked
    // off the GUI thread, `complete` is false meanwhile, and checked() tells when more is known.
    [[nodiscard]] QVector<SpellSpan> answer(const QString& paragraph, bool& complete);
    // Corrections for a word, the likeliest first (on the GUI thread: a right click).
    [[nodiscard]] QStringList suggestions(const SpellSpan& span) const;
    // Adds the word to the notebook's dictionary (it travels to the team); false when refused.
    bool addToDictionary(const QString& word);
    // Blocks until every check asked for so far is answered (tests, benches).
    void waitForChecks();

signals:
    void checked(); // answers came from the check's thread
    void changed(); // on or off, loaded, or known words changed: every answer is new

private:
    void refreshKnownWords();
    void keep(const QString& run, const QVector<SpellSpan>& spans);
    void takeAnswer(quint64 generation, const QString& run, const QVector<SpellSpan>& spans);
    [[nodiscard]] const QVector<SpellSpan>* runAnswer(const QString& run);

    Session& m_session;
    QThreadPool m_pool; // one thread: checks run in the order they were asked
    std::shared_ptr<core::Speller> m_speller;
    QString m_problem;
    bool m_enabled = true;
    quint64 m_generation = 0;                     // answers of an older generation are dropped
    QHash<QString, QVector<SpellSpan>> m_answers; // by run of text between spaces
    QSet<QString> m_asked;
    int m_budget; // characters still to check on the GUI thread in this turn of the event loop
    bool m_budgetRenewal = false;
    bool m_checkedPending = false; // one checked() for a burst of answers
};

} // namespace banthuek::ui
