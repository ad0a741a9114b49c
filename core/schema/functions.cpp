// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schema/functions.h"

#include "core/files/filerefs.h"
#include "core/schema/exchangeclock.h"
#include "core/search/fts5tokenizer.h"
#include "core/storage/database.h"
#include "core/text/collation.h"

namespace banthuek::core {

void registerSchemaFunctions(Database& db)
{
    registerThaiCollation(db.handle());
    registerSearchExtensions(db.handle());
    registerExchangeFunctions(db.handle());
    registerFileFunctions(db.handle());
}

} // namespace banthuek::core
