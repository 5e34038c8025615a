#pragma once
// Word lists of the grammars, each written once: what reports write for a
// task done, for no numeric target, for a direction only.
#include <optional>
#include <string_view>

namespace zhibiao {

// A qualitative target: 完成, done, true, 完成任务, 完成国家下达的目标任务,
// 完成省下达目标, 完成上级下达任务 …
bool is_done_target(std::string_view s);

// The outcome of a qualitative target: true for 完成/已完成/true/done/yes,
// false for 未完成/false/not done/no; nullopt for anything else.
std::optional<bool> done_outcome(std::string_view s);

// No numeric target: 保持在合理区间, 各年度视情提出, 保持稳定, 不设具体目标.
bool is_no_target(std::string_view s);

// A direction only: +1 for 稳步增长, 持续增长, 保持增长; -1 for 继续下降,
// 持续下降, 稳中有降 (a subject may stand before them: 主要污染物排放量继续下降).
int direction_word(std::string_view s);

// True when `s` holds an ASCII digit.
bool has_digit(std::string_view s);

}  // namespace zhibiao
