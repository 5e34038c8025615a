#pragma once
// `zhibiao plan` (SPEC §7) in every format: table, Markdown, CSV, TSV, JSON.
#include <string>

#include "compute/plan.h"
#include "render/options.h"
#include "util/diagnostic.h"

namespace zhibiao {

std::string render_plan(const PlanReport& report, const RenderOptions& o);

// 提前实现, 快于预期, 基本符合预期, 滞后, 待定, 达标, 未达标, 无目标 (or English).
std::string plan_status_word(PlanStatus s, const RenderOptions& o);

// Each status counted, binding indicators first:
// "约束性 3：提前实现 1 · 滞后 2；预期性 2：快于预期 1 · 待定 1".
std::string plan_summary_line(const PlanSummary& s, const RenderOptions& o);

// A located one-line message for a plan target missed in the end year (for `check`).
Diagnostic plan_failure_of(const PlanRow& r, const RenderOptions& o);

}  // namespace zhibiao
