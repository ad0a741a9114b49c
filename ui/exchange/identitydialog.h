// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace banthuek::ui {

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

} // namespace banthuek::ui
