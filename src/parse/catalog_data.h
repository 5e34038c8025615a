#pragma once
// The built-in catalog: indicators/*.yaml, read and checked at build time by
// tools/catalog_gen.cpp and compiled in as plain data, so that no run pays
// for parsing it.
#include "parse/catalog.h"

namespace zhibiao {

// Every built-in entry. Defined only in the generated file, so the generator
// itself (which makes it) links without it.
Catalog builtin_catalog();

}  // namespace zhibiao
