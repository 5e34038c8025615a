#pragma once
// The year-over-year table (`zhibiao yoy`) in every format.
#include <string>
#include <vector>

#include "compute/yoy.h"
#include "render/options.h"

namespace zhibiao {

std::string render_yoy(const std::vector<YoySeries>& series, const RenderOptions& o);

// Unicode block sparkline (▁▂▃▄▅▆▇█) of the values; a space where one is missing.
std::string sparkline(const std::vector<std::optional<Decimal>>& values);

}  // namespace zhibiao
