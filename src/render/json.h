#pragma once
// A small JSON writer: escapes strings (control characters included) and
// prints numbers from exact decimals.
#include <optional>
#include <string>
#include <string_view>

#include "model/decimal.h"
#include "util/diagnostic.h"

namespace zhibiao {

std::string json_string(std::string_view s);

class JsonWriter {
 public:
  explicit JsonWriter(Rounding rounding) : rounding_(rounding) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::optional<std::string>& s);
  JsonWriter& value(const Decimal& d);
  JsonWriter& value(const std::optional<Decimal>& d);
  JsonWriter& value(long long n);
  JsonWriter& value(int n) { return value(static_cast<long long>(n)); }
  JsonWriter& value(bool b);
  JsonWriter& null();
  // key(k).value(v) in one call.
  template <class T>
  JsonWriter& field(std::string_view k, const T& v) {
    return key(k).value(v);
  }

  std::string str() const { return out_ + "\n"; }
  // What was written so far, without the closing newline: a fragment.
  const std::string& fragment() const { return out_; }

 private:
  void separate();
  std::string out_;
  bool first_ = true;
  bool after_key_ = false;
  Rounding rounding_;
};

// {"file", "line", "column", "severity", "message"}; `severity` overrides
// the diagnostic's own ("failure" for a missed target).
void write_problem_json(JsonWriter& w, const Diagnostic& d, const char* severity = nullptr);

}  // namespace zhibiao
