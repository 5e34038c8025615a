#include "parse/words.h"

#include <algorithm>
#include <array>

namespace zhibiao {

namespace {

using namespace std::string_view_literals;

constexpr std::array kDoneTargets = {"完成"sv, "done"sv, "true"sv, "完成任务"sv, "完成目标任务"sv};
constexpr std::array kDoneOutcomes = {"true"sv, "完成"sv, "已完成"sv, "done"sv, "yes"sv};
constexpr std::array kNotDoneOutcomes = {"false"sv, "未完成"sv, "not done"sv, "no"sv};
constexpr std::array kNoTargets = {"合理区间"sv, "视情提出"sv, "保持稳定"sv, "不设具体目标"sv, "不设目标"sv};
constexpr std::array kRiseOnly = {"稳步增长"sv, "持续增长"sv, "保持增长"sv, "继续增长"sv, "稳定增长"sv};
constexpr std::array kFallOnly = {"继续下降"sv, "持续下降"sv, "稳中有降"sv, "逐步下降"sv, "有所下降"sv};

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

template <std::size_t N>
bool any_of(const std::array<std::string_view, N>& words, auto pred) {
  return std::any_of(words.begin(), words.end(), pred);
}

}  // namespace

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_done_target(std::string_view s) {
  if (any_of(kDoneTargets, [&](std::string_view w) { return s == w; })) return true;
  // 完成国家下达的目标任务, 完成省下达目标, 完成上级下达任务
  return s.starts_with("完成") && s.find("下达") != std::string_view::npos && !has_digit(s) &&
         (ends_with(s, "任务") || ends_with(s, "目标"));
}

std::optional<bool> done_outcome(std::string_view s) {
  if (any_of(kDoneOutcomes, [&](std::string_view w) { return s == w; })) return true;
  if (any_of(kNotDoneOutcomes, [&](std::string_view w) { return s == w; })) return false;
  return std::nullopt;
}

bool is_no_target(std::string_view s) {
  return !has_digit(s) && any_of(kNoTargets, [&](std::string_view w) { return s.find(w) != std::string_view::npos; });
}

int direction_word(std::string_view s) {
  if (has_digit(s)) return 0;
  if (any_of(kRiseOnly, [&](std::string_view w) { return ends_with(s, w); })) return 1;
  if (any_of(kFallOnly, [&](std::string_view w) { return ends_with(s, w); })) return -1;
  return 0;
}

}  // namespace zhibiao
