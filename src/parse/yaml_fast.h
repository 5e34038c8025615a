#pragma once
// The YAML that data files are written in, read without yaml-cpp's scanner.
// yaml_reader.cpp uses it; nothing else should.
#include <cstddef>
#include <string_view>

namespace YAML {
class EventHandler;
}

namespace zhibiao {

// Whether `text` is one document in the plain block style that data files
// use, where this reader gives exactly yaml-cpp 0.7's events: block maps and
// lists indented with spaces, `key: value` lines, `- ` items (a map may start
// on the item's line), one-line flow maps `{actual: 10, growth: 5%}`, plain
// one-line scalars, quotes without escapes ("…" with no backslash, '…' with
// '' for a quote), comments, blank lines. Anything else (tabs, CR, anchors,
// tags, aliases, flow lists, block scalars | >, multi-line scalars, escapes,
// empty values, `---`, directives, a syntax error, …) is left to yaml-cpp,
// which reports what is wrong: the answer is then false, and says nothing
// about the text's validity.
bool is_plain_yaml(std::string_view text);

// The events of a text for which is_plain_yaml is true, handed to `handler`
// as yaml-cpp's YAML::Parser would hand them (the same marks, tags "?" for
// plain scalars and "!" for quoted ones, OnNull for ~ and null).
void plain_yaml_events(std::string_view text, YAML::EventHandler& handler);

}  // namespace zhibiao
