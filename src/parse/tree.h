#pragma once
// A small YAML tree of our own: scalars keep their text and position, maps
// keep their keys in order. Built from yaml-cpp's events by yaml_reader,
// read by the schema readers; nothing here knows yaml-cpp.
#include <cstdint>
#include <string>
#include <vector>

#include "util/diagnostic.h"

namespace zhibiao {

// The members are laid out largest first (72 bytes, not 80): a file holds
// about eight nodes for every yearly line of a series.
struct Node {
  enum class Kind : std::uint8_t { Null, Scalar, Map, Sequence };
  std::string text;  // a scalar's text, exactly as written
  // Sequence: the items. Map: keys and values alternating (key, value, ...).
  std::vector<Node> items;
  Mark at;
  Kind kind = Kind::Null;
  bool quoted = false;

  bool is_scalar() const { return kind == Kind::Scalar; }
  bool is_map() const { return kind == Kind::Map; }
  bool is_sequence() const { return kind == Kind::Sequence; }
  bool is_null() const { return kind == Kind::Null; }
  std::size_t map_size() const { return items.size() / 2; }
  const Node& key(std::size_t i) const { return items[2 * i]; }
  const Node& value(std::size_t i) const { return items[2 * i + 1]; }
};

const char* kind_name(const Node& n);

}  // namespace zhibiao
