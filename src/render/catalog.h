#pragma once
// `zhibiao indicators`: the catalog in every format.
#include <string>

#include "parse/catalog.h"
#include "render/options.h"

namespace zhibiao {

std::string render_catalog(const Catalog& catalog, const RenderOptions& o);

}  // namespace zhibiao
