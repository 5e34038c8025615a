#pragma once
// The built-in catalog: indicators/*.yaml, read and checked at build time by
// tools/catalog_gen.cpp and compiled in as plain data, so that no run pays
// for parsing it.
#include "parse/catalog.h"

namespace zhibiao {

// Puts every built-in entry into `catalog`.
void add_builtin_entries(Catalog& catalog);

}  // namespace zhibiao
