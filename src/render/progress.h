#pragma once
// The year in progress (`zhibiao progress`, SPEC §8) in every format.
#include <string>
#include <vector>

#include "compute/progress.h"
#include "render/options.h"

namespace zhibiao {

std::string render_progress(const std::vector<FileProgress>& files, const RenderOptions& o);

// 超序时 / 符合序时 / 慢于序时 / 按年度统计 / 待定 (ahead, on track, behind,
// annual only, pending in English).
std::string pace_word(Pace p, const RenderOptions& o);

// A part-year as people write it: 2024年1-9月 (zh), 2024-09 (en); a whole
// year as 2024.
std::string part_year_label(const PartYear& p, Lang lang);

}  // namespace zhibiao
