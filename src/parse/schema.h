#pragma once
// Helpers shared by the schema readers: typed access to Node values with
// located errors.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "parse/tree.h"
#include "util/diagnostic.h"

namespace zhibiao {

class SchemaReader {
 public:
  // Keeps at most `max_errors` problems in `problems` (0: all), counting the
  // rest (add_capped).
  SchemaReader(std::string file, Diagnostics& problems, std::size_t max_errors = kDefaultMaxErrors)
      : file_(std::move(file)), problems_(&problems), max_errors_(max_errors) {}

  void error(const Mark& at, std::string message);

  // Reports every key of `map` not in `allowed` (with a did-you-mean).
  void check_keys(const Node& map, std::span<const std::string_view> allowed, std::string_view where);

  // The scalar text of `n`, or an error naming `what`; nullopt for null.
  // Control characters (written as escapes in quotes) are errors; line
  // breaks and tabs only where `multiline` (notes); so are C1 controls and
  // bidi overrides (utf8::is_unsafe_control) and U+2028/U+2029.
  std::optional<std::string> text(const Node& n, std::string_view what, bool multiline = false);

  const std::string& file() const { return file_; }
  Diagnostics& problems() { return *problems_; }
  // Where problems go from now on (one indicator's own list while it is read
  // apart); the previous list.
  Diagnostics* redirect(Diagnostics* to) { return std::exchange(problems_, to); }
  std::size_t max_errors() const { return max_errors_; }

 private:
  std::string file_;
  Diagnostics* problems_;
  std::size_t max_errors_;
};

// The closest of `candidates` to `word` within an edit distance of 2.
std::optional<std::string_view> did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

// A year written as a plain integer 1000..9999.
std::optional<int> parse_year(std::string_view text);

}  // namespace zhibiao
