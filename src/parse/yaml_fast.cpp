#include "parse/yaml_fast.h"

#include <cstring>
#include <string>

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

namespace zhibiao {

namespace {

// One scanner for both passes: kEmit false only checks that the text is in
// the subset (so that no event is handed over for a text yaml-cpp must read
// after all), kEmit true hands the events over. The same code makes both
// decisions, so they cannot disagree.
template <bool kEmit>
class PlainYaml {
 public:
  PlainYaml(std::string_view text, YAML::EventHandler* handler) : t_(text), h_(handler) {}

  bool run() {
    if (t_.find_first_of("\t\r") != std::string_view::npos) return false;
    if (!next_line() || indent_ != 0 || !starts_entry(c_)) return false;
    if constexpr (kEmit) h_->OnDocumentStart(mark(c_));
    if (!block_map(0, c_)) return false;  // it ends only at the end of the text: nothing is less indented
    if constexpr (kEmit) h_->OnDocumentEnd();
    return true;
  }

 private:
  // ---- lines ----
  // Moves to the next line with content (not blank, not only a comment),
  // from next_; false at the end of the text (at_end_) or at a line this
  // reader leaves to yaml-cpp (bad_). Sets line_no_, line_start_, c_ (first
  // non-space), e_ (end of the line), indent_.
  bool next_line() {
    while (next_ < t_.size()) {
      const std::size_t start = next_;
      const std::size_t nl = t_.find('\n', start);
      const std::size_t end = nl == std::string_view::npos ? t_.size() : nl;
      next_ = nl == std::string_view::npos ? t_.size() : nl + 1;
      ++line_no_;
      std::size_t c = start;
      while (c < end && t_[c] == ' ') ++c;
      if (c == end || t_[c] == '#') continue;
      line_start_ = start;
      c_ = c;
      e_ = end;
      indent_ = static_cast<int>(c - start);
      if (indent_ == 0 && (t_.compare(c, 3, "---") == 0 || t_.compare(c, 3, "...") == 0 || t_[c] == '%'))
        return fail_line();
      return true;
    }
    at_end_ = true;
    return false;
  }
  bool fail_line() {
    bad_ = true;
    return false;
  }
  int column(std::size_t at) const { return static_cast<int>(at - line_start_); }
  YAML::Mark mark(std::size_t at) const {
    YAML::Mark m;
    m.pos = static_cast<int>(at);
    m.line = line_no_ - 1;
    m.column = column(at);
    return m;
  }
  // "- " or "-" at the end of the line at `at`: a list item.
  bool is_item(std::size_t at) const { return t_[at] == '-' && (at + 1 == e_ || t_[at + 1] == ' '); }

  // ---- scalars ----
  static bool plain_start(char c) {
    // YAML's indicators; '-' is taken apart by the callers.
    return !std::strchr("-?:,[]{}#&*!|>'\"%@`", c);
  }
  // The end of a key starting at `at` on this line (the ':' after it), or
  // npos when the line is no `key: …` or `key:` entry in the subset.
  std::size_t key_end(std::size_t at) const {
    if (at >= e_ || !plain_start(t_[at])) return std::string_view::npos;
    for (std::size_t i = at; i < e_; ++i) {
      const char ch = t_[i];
      if (ch == ':' && (i + 1 == e_ || t_[i + 1] == ' ')) {
        if (t_[i - 1] == ' ' || i - at > 1000) return std::string_view::npos;
        return i;
      }
      if (ch == '#' && t_[i - 1] == ' ') return std::string_view::npos;
      if (std::strchr(",[]{}\"'", ch)) return std::string_view::npos;
    }
    return std::string_view::npos;
  }
  bool starts_entry(std::size_t at) const { return key_end(at) != std::string_view::npos; }

  static bool is_null_word(std::string_view s) { return s == "~" || s == "null" || s == "Null" || s == "NULL"; }

  void plain(std::size_t at, std::size_t end) {
    if constexpr (kEmit) {
      std::string_view s = t_.substr(at, end - at);
      if (is_null_word(s)) {
        h_->OnNull(mark(at), YAML::NullAnchor);
      } else {
        text_.assign(s);
        h_->OnScalar(mark(at), "?", YAML::NullAnchor, text_);
      }
    } else {
      (void)at, (void)end;
    }
  }

  // A quoted scalar at `at` (a quote), closed on this line and without
  // escapes; the position after its closing quote, or npos.
  std::size_t quoted(std::size_t at) {
    const char q = t_[at];
    if constexpr (kEmit) text_.clear();
    for (std::size_t i = at + 1; i < e_; ++i) {
      const char ch = t_[i];
      if (q == '"' && ch == '\\') return std::string_view::npos;
      if (ch == q) {
        if (q == '\'' && i + 1 < e_ && t_[i + 1] == '\'') {
          if constexpr (kEmit) text_ += '\'';
          ++i;
          continue;
        }
        if constexpr (kEmit) h_->OnScalar(mark(at), "!", YAML::NullAnchor, text_);
        return i + 1;
      }
      if constexpr (kEmit) text_ += ch;
    }
    return std::string_view::npos;
  }

  // After a value: only blanks, then the end of the line or a comment.
  bool rest_is_empty(std::size_t at) const {
    if (at == e_) return true;
    if (t_[at] != ' ') return false;
    while (at < e_ && t_[at] == ' ') ++at;
    return at == e_ || t_[at] == '#';
  }

  // A value written on the key's (or the item's) line, at `at`: a plain or
  // quoted scalar, or a one-line flow map. False when not in the subset.
  bool inline_value(std::size_t at) {
    const char ch = t_[at];
    std::size_t after;
    if (ch == '{') {
      after = flow_map(at);
    } else if (ch == '"' || ch == '\'') {
      after = quoted(at);
    } else {
      if (!plain_start(ch) && !(ch == '-' && !is_item(at))) return false;
      std::size_t end = at;
      for (std::size_t i = at; i < e_; ++i) {
        const char c = t_[i];
        if (c == ' ' && i + 1 < e_ && t_[i + 1] == '#') break;
        if (c == ':' && (i + 1 == e_ || t_[i + 1] == ' ')) return false;  // a: b: c
        if (c != ' ') end = i + 1;
      }
      plain(at, end);
      after = end;
    }
    return after != std::string_view::npos && rest_is_empty(after);
  }

  // A plain scalar in a flow map, from `i`: moves `i` to the first of
  // : , ? [ ] { } # or a quote (or the end of the line), and returns the end
  // of the scalar without its trailing blanks.
  std::size_t flow_plain_end(std::size_t& i) const {
    std::size_t end = i;
    for (; i < e_ && !std::strchr(":,?[]{}#\"'", t_[i]); ++i)
      if (t_[i] != ' ') end = i + 1;
    return end;
  }

  // A flow map on one line, from its '{': the position after its '}', or npos.
  // yaml-cpp ends a plain scalar in a flow at any of , ? [ ] { } and at a ':'
  // before a blank; this reader takes only ", " and "}" after a value, ": "
  // after a key, and leaves a text with any other of them to yaml-cpp.
  std::size_t flow_map(std::size_t at) {
    if constexpr (kEmit) h_->OnMapStart(mark(at), "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
    std::size_t i = at + 1;
    auto blanks = [&] {
      while (i < e_ && t_[i] == ' ') ++i;
    };
    blanks();
    if (i < e_ && t_[i] == '}') {
      if constexpr (kEmit) h_->OnMapEnd();
      return i + 1;
    }
    for (;;) {
      // key
      if (i >= e_ || !plain_start(t_[i])) return std::string_view::npos;
      const std::size_t key = i, key_end = flow_plain_end(i);
      if (i + 1 >= e_ || t_[i] != ':' || t_[i + 1] != ' ' || key_end != i) return std::string_view::npos;
      plain(key, key_end);
      i += 2;
      blanks();
      // value
      if (i >= e_) return std::string_view::npos;
      if (t_[i] == '"' || t_[i] == '\'') {
        i = quoted(i);
        if (i == std::string_view::npos) return i;
      } else {
        if (!plain_start(t_[i]) && !(t_[i] == '-' && i + 1 < e_ && t_[i + 1] != ' ')) return std::string_view::npos;
        const std::size_t value = i, end = flow_plain_end(i);
        if (i < e_ && !std::strchr(",}", t_[i])) return std::string_view::npos;
        plain(value, end);
      }
      blanks();
      if (i >= e_) return std::string_view::npos;
      if (t_[i] == '}') {
        if constexpr (kEmit) h_->OnMapEnd();
        return i + 1;
      }
      if (t_[i] != ',') return std::string_view::npos;
      ++i;
      blanks();
      if (i >= e_ || t_[i] == '}') return std::string_view::npos;  // {a: 1,}
    }
  }

  // ---- blocks ----
  // A block map whose keys stand at column `indent`, the first at `first`
  // on the current line. Returns at the first line (or the end) after it.
  bool block_map(int indent, std::size_t first) {
    if (++depth_ > kMaxDepth) return false;
    if constexpr (kEmit) h_->OnMapStart(mark(first), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
    std::size_t key = first;
    for (;;) {
      const std::size_t colon = key_end(key);
      if (colon == std::string_view::npos) return false;
      plain(key, colon);
      std::size_t v = colon + 1;
      while (v < e_ && t_[v] == ' ') ++v;
      if (v == e_ || t_[v] == '#') {
        // The value is the block on the next lines: deeper, or a list at
        // the key's own column. Anything else would be an empty value.
        if (!next_line()) return false;
        if (indent_ > indent) {
          if (is_item(c_) ? !block_seq(indent_) : !block_map(indent_, c_)) return false;
        } else if (indent_ == indent && is_item(c_)) {
          if (!block_seq(indent_)) return false;
        } else {
          return false;
        }
      } else {
        if (!inline_value(v)) return false;
        next_line();
      }
      if (bad_) return false;
      if (at_end_ || indent_ < indent) break;
      if (indent_ > indent || is_item(c_)) return false;
      key = c_;
    }
    if constexpr (kEmit) h_->OnMapEnd();
    --depth_;
    return true;
  }

  // A block list whose '-' stand at column `indent`, the first on the
  // current line. Returns at the first line (or the end) after it.
  bool block_seq(int indent) {
    if (++depth_ > kMaxDepth) return false;
    if constexpr (kEmit) h_->OnSequenceStart(mark(c_), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
    for (;;) {
      std::size_t v = c_ + 1;
      while (v < e_ && t_[v] == ' ') ++v;
      if (v == e_ || t_[v] == '#' || is_item(v)) return false;  // empty, or a list in a list
      if (t_[v] != '"' && t_[v] != '\'' && t_[v] != '{' && starts_entry(v)) {
        if (!block_map(column(v), v)) return false;
      } else {
        if (!inline_value(v)) return false;
        next_line();
      }
      if (bad_) return false;
      if (at_end_ || indent_ < indent) break;
      if (indent_ > indent) return false;
      if (!is_item(c_)) break;  // the parent map's next key, at this same column
    }
    if constexpr (kEmit) h_->OnSequenceEnd();
    --depth_;
    return true;
  }

  static constexpr int kMaxDepth = 64;  // deeper is left to yaml-cpp and the tree's own limit

  std::string_view t_;
  YAML::EventHandler* h_;
  std::string text_;  // the scalar being handed over
  std::size_t next_ = 0, line_start_ = 0, c_ = 0, e_ = 0;
  int line_no_ = 0, indent_ = 0, depth_ = 0;
  bool at_end_ = false, bad_ = false;
};

}  // namespace

bool is_plain_yaml(std::string_view text) { return PlainYaml<false>(text, nullptr).run(); }

void plain_yaml_events(std::string_view text, YAML::EventHandler& handler) { PlainYaml<true>(text, &handler).run(); }

}  // namespace zhibiao
