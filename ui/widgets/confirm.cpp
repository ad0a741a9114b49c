// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/confirm.h"

#include <QMessageBox>

namespace banthuek::ui {
namespace {

std::optional<bool>& automaticAnswer()
{
    static std::optional<bool> answer;
    return answer;
}

} // namespace

bool confirm(QWidget* parent, const QString& title, const QString& question, bool yesByDefault)
{
    if (automaticAnswer()) {
        return *automaticAnswer();
    }
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                 yesByDefault ? QMessageBox::Yes : QMessageBox::No) == QMessageBox::Yes;
}

bool answeringAutomatically()
{
    return automaticAnswer().has_value();
}

void setAutomaticConfirmAnswer(std::optional<bool> answer)
{
    automaticAnswer() = answer;
}

} // namespace banthuek::ui
