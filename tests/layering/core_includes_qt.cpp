// SPDX-License-Identifier: GPL-3.0-or-later
// Built only by the layering test, which expects this to FAIL: core's targets see no Qt headers.
#include "core/notebook/notebook.h"

#include <QString>

int probe()
{
    return QString().size();
}
