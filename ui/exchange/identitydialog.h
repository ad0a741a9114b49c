// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace banthuek::core {
class Notebook;
}

namespace banthuek::ui {

struct Preferences;

struct Identity
{
    QString userName;
    QString role; // khun_uea, khun_amnuay, khun_likhit, khun_kij, other or empty
    QString deviceName;
};

// Asked at first start: who writes in this notebook, and what this laptop is called in the
// team (offered as "โน้ตบุ๊กของ <name>"). Nothing when the user skips it; the exchange dialog
// changes it later.
[[nodiscard]] std::optional<Identity> askIdentity(QWidget* parent);

// The user's name and KM role are asked once, not once per notebook: a writable notebook that
// does not know who writes in it takes the user's name from Preferences (the default author, and
// the role kept beside it), and only when neither knows is `ask` called (askIdentity in the
// window). A name given becomes the default author of notes and comments. True when the
// notebook knows its writer afterwards.
bool settleIdentity(core::Notebook& notebook, Preferences& preferences,
                    const std::function<std::optional<Identity>()>& ask);

} // namespace banthuek::ui
