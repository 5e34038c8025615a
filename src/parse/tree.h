#pragma once
// A small YAML tree of our own: scalars keep their text and position, maps
// keep their keys in order. Built from yaml-cpp's events by yaml_reader,
// read by the schema readers; nothing here knows yaml-cpp.
#include <string>
#include <vector>

#include "util/diagnostic.h"

namespace zhibiao {

struct Node {
  enum class Kind { Null, Scalar, Map, Sequence };
  Kind kind = Kind::Null;
  std::string text;  // a scalar's text, exactly as written
  bool quoted = false;
  Mark at;
  // Sequence: the items. Map: keys and values alternating (key, value, ...).
  std::vector<Node> items;

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
