#pragma once
// Reads YAML text into a Node tree under strict rules (README, "YAML"; yaml-cpp
// 0.7 accepts bad input silently, so the rules are ours): valid UTF-8 without
// control bytes (C0, C1, bidi overrides and isolates), one
// document, no anchors, aliases or tags, scalar keys only, no duplicate keys,
// bounded nesting and size. Every rule broken is a located Diagnostic.
#include <cstddef>
#include <functional>
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

// A long list read as it is parsed, so that a large file is never whole in
// memory as a tree: when the root is a mapping and the value of its first
// `key` is a list, each item of that list is offered to `take` (with its
// index in the list) as soon as the item is complete. An item `take`
// accepts (returns true) is dropped: the list in the tree holds only the
// items it declined, in their order.
struct ItemStream {
  std::string_view key;
  std::function<bool(std::size_t index, Node& item)> take;
};

// The tree of `text`, or nullopt with the reasons appended to `problems`
// (duplicate keys are reported and the tree is still returned). Every
// problem in the bytes is reported, not just the first; at most `max_errors`
// are kept, the rest counted (add_capped; 0: all).
std::optional<Node> read_yaml(std::string_view text, const std::string& file, Diagnostics& problems,
                              std::size_t max_errors = kDefaultMaxErrors, ItemStream* stream = nullptr);

// read_yaml through yaml-cpp alone, never the plain block-style reader
// (parse/yaml_fast.h): for the tests that hold the two to the same trees.
std::optional<Node> read_yaml_with_yaml_cpp(std::string_view text, const std::string& file, Diagnostics& problems,
                                            std::size_t max_errors = kDefaultMaxErrors, ItemStream* stream = nullptr);

}  // namespace zhibiao
