#include "render/json.h"

#include <cstdint>

#include <fmt/format.h>

#include "render/options.h"
#include "util/utf8.h"

namespace zhibiao {

std::string json_string(std::string_view raw) {
  // Only valid UTF-8 goes out (a file name from the command line may not be).
  std::string clean = utf8::first_invalid(raw) ? utf8::sanitize(raw) : std::string();
  std::string_view s = clean.empty() ? raw : std::string_view(clean);
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {  // C1 controls and bidi overrides as \u escapes: the same text, shown safely
      std::size_t at = i;
      char32_t cp = utf8::next(s, at);
      if (utf8::is_unsafe_control(cp)) out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp));
      else out.append(s.substr(i, at - i));
      i = at - 1;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) out += fmt::format("\\u{:04x}", c);
        else out += ch;
    }
  }
  return out + "\"";
}

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_) out_ += ", ";
  first_ = false;
}

JsonWriter& JsonWriter::begin_object() {
  separate();
  out_ += "{";
  first_ = true;
  return *this;
}
JsonWriter& JsonWriter::end_object() {
  out_ += "}";
  first_ = false;
  return *this;
}
JsonWriter& JsonWriter::begin_array() {
  separate();
  out_ += "[";
  first_ = true;
  return *this;
}
JsonWriter& JsonWriter::end_array() {
  out_ += "]";
  first_ = false;
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  separate();
  out_ += json_string(k) + ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  separate();
  out_ += json_string(s);
  return *this;
}
JsonWriter& JsonWriter::value(const std::optional<std::string>& s) { return s ? value(std::string_view(*s)) : null(); }
JsonWriter& JsonWriter::value(const Decimal& d) {
  separate();
  out_ += json_number(d, rounding_);
  return *this;
}
JsonWriter& JsonWriter::value(const std::optional<Decimal>& d) { return d ? value(*d) : null(); }
JsonWriter& JsonWriter::value(long long n) {
  separate();
  out_ += std::to_string(n);
  return *this;
}
JsonWriter& JsonWriter::value(bool b) {
  separate();
  out_ += b ? "true" : "false";
  return *this;
}
JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  return *this;
}

void write_problem_json(JsonWriter& w, const Diagnostic& d, const char* severity) {
  if (!severity) severity = d.severity == Severity::Error ? "error" : "warning";
  w.begin_object()
      .field("file", d.file)
      .field("line", d.at.line)
      .field("column", d.at.column)
      .field("severity", severity)
      .field("message", d.message)
      .end_object();
}

}  // namespace zhibiao
