// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/plancsvfiles.h"

#include "core/formats/plancsv.h"
#include "ui/plans/planformat.h"
#include "ui/report/reportwriter.h"
#include "ui/session/errortext.h"
#include "ui/session/session.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

// The messages are the plan page's, translated in its context.
namespace banthuek::ui {
using namespace plans;

namespace {

QString problemLines(const core::PlanImport& import)
{
    QStringList lines;
    for (const core::CsvProblem& problem : import.problems) {
        lines << QCoreApplication::translate("banthuek::ui::PlanDialog", "line %1%2: %3")
                     .arg(problem.line)
                     .arg(problem.column.empty()
                              ? QString()
                              : QCoreApplication::translate("banthuek::ui::PlanDialog", ", column \"%1\"")
                                    .arg(fromStd(problem.column)))
                     .arg(fromStd(problem.reason));
    }
    return lines.join(QStringLiteral("\n"));
}

} // namespace

PlanFileResult importPlanFile(Session& session, const QString& path,
                              const std::function<bool(const QString&)>& confirm)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {false, QCoreApplication::translate("banthuek::ui::PlanDialog", "Cannot read %1.").arg(path)};
    }
    const std::string contents = file.readAll().toStdString();
    const auto preview = session.importPlanCsv(contents, true);
    if (!preview) {
        return {false, {}}; // Session said why
    }
    if (!preview->ok()) {
        return {false,
                QCoreApplication::translate("banthuek::ui::PlanDialog", "Nothing was imported from %1:\n%2")
                    .arg(name, problemLines(*preview))};
    }
    QStringList lines;
    for (const std::string& line : preview->preview) {
        lines << fromStd(line);
    }
    const QString question =
        QCoreApplication::translate("banthuek::ui::PlanDialog", "Add %1 and update %2 from %3?\n\n%4")
            .arg(preview->added)
            .arg(preview->updated)
            .arg(name, lines.mid(0, 30).join(QStringLiteral("\n")));
    if (!confirm(question)) {
        return {false, {}};
    }
    const auto done = session.importPlanCsv(contents, false);
    if (!done || !done->ok()) {
        return {false,
                QCoreApplication::translate("banthuek::ui::PlanDialog", "Nothing was imported from %1.")
                    .arg(name)};
    }
    return {true, QCoreApplication::translate("banthuek::ui::PlanDialog",
                                              "Imported %1 new and %2 updated rows from %3.")
                      .arg(done->added)
                      .arg(done->updated)
                      .arg(name)};
}

PlanFileResult exportPlanFile(Session& session, const QString& community, core::Language language,
                              const QString& path)
{
    const auto csv = session.read([&] {
        return core::exportPlanCsv(session.notebook(), str(community), core::PlanTable::Items, language);
    });
    if (!csv) {
        return {false, {}};
    }
    try {
        writeTextFile(*csv, path);
    } catch (const core::Error& error) {
        return {false, userMessage(error)};
    }
    return {
        true,
        QCoreApplication::translate("banthuek::ui::PlanDialog", "Wrote %1.").arg(QFileInfo(path).fileName())};
}

} // namespace banthuek::ui
