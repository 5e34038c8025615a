#pragma once
// Reads YAML text into a Node tree under strict rules (README, "YAML"; yaml-cpp
// 0.7 accepts bad input silently, so the rules are ours): valid UTF-8 without control bytes, one
// document, no anchors, aliases or tags, scalar keys only, no duplicate keys,
// bounded nesting and size. Every rule broken is a located Diagnostic.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "parse/tree.h"
#include "util/diagnostic.h"

namespace zhibiao {

// A county file is ~40 KB; the model takes up to ~40x the file in memory,
// so 8 MiB keeps any one file within a few hundred MB.
constexpr std::size_t kMaxFileBytes = 8u << 20;  // 8 MiB
constexpr int kMaxDepth = 32;

// The tree of `text`, or nullopt with the reasons appended to `problems`
// (duplicate keys are reported and the tree is still returned).
std::optional<Node> read_yaml(std::string_view text, const std::string& file, Diagnostics& problems);

}  // namespace zhibiao
