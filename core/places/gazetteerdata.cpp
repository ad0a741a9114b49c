// SPDX-License-Identifier: GPL-3.0-or-later
// Embeds the gazetteer CSV files with the assembler's .incbin: no generated sources, no copy at
// run time, and the build re-runs when a CSV changes (OBJECT_DEPENDS in core/CMakeLists.txt).
#include "core/places/gazetteer.h"

#define BANTHUEK_EMBED(symbol, file)                                                                         \
    __asm__(".section .rodata\n"                                                                             \
            ".balign 16\n"                                                                                   \
            ".global " #symbol "\n" #symbol ":\n"                                                            \
            ".incbin \"" file "\"\n"                                                                         \
            ".global " #symbol "_end\n" #symbol "_end:\n"                                                    \
            ".byte 0\n"                                                                                      \
            ".previous\n")

BANTHUEK_EMBED(banthuek_th_admin_csv, BANTHUEK_TH_ADMIN_CSV);
BANTHUEK_EMBED(banthuek_th_admin_aliases_csv, BANTHUEK_TH_ADMIN_ALIASES_CSV);

extern "C" const char banthuek_th_admin_csv[];
extern "C" const char banthuek_th_admin_csv_end[];
extern "C" const char banthuek_th_admin_aliases_csv[];
extern "C" const char banthuek_th_admin_aliases_csv_end[];

namespace banthuek::core {

std::string_view gazetteerCsv()
{
    return {banthuek_th_admin_csv,
            static_cast<std::size_t>(banthuek_th_admin_csv_end - banthuek_th_admin_csv)};
}

std::string_view gazetteerAliasesCsv()
{
    return {banthuek_th_admin_aliases_csv,
            static_cast<std::size_t>(banthuek_th_admin_aliases_csv_end - banthuek_th_admin_aliases_csv)};
}

} // namespace banthuek::core
