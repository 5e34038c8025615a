#pragma once
// The draft data file that `extract` prints (SPEC §2 layout, §9).
#include <string>

#include "parse/extract.h"

namespace zhibiao {

// YAML text: `year`, the indicators with their notes, and what could not be
// placed as `# 未识别: 第12行：…` comments at the end.
std::string render_extract(const ExtractResult& r);

}  // namespace zhibiao
