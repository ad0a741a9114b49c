// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ids.h"

#include <uuid/uuid.h>

namespace banthuek::core {

std::string newUuid()
{
    uuid_t id;
    uuid_generate_random(id);
    char text[37];
    uuid_unparse_lower(id, text);
    return text;
}

} // namespace banthuek::core
