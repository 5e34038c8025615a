#pragma once
// `zhibiao lint` output: a count line (the problems themselves go to
// standard error), or JSON with every problem.
#include <string>
#include <vector>

#include "render/options.h"
#include "util/diagnostic.h"

namespace zhibiao {

std::string render_lint(const std::vector<std::string>& files, const Diagnostics& problems, const RenderOptions& o);

}  // namespace zhibiao
