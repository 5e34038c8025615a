#include "parse/yaml_reader.h"

#include <algorithm>
#include <cstdint>
#include <istream>
#include <iterator>
#include <streambuf>
#include <unordered_map>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "parse/yaml_fast.h"
#include "util/utf8.h"

namespace zhibiao {

const char* kind_name(const Node& n) {
  switch (n.kind) {
    case Node::Kind::Null: return "nothing";
    case Node::Kind::Scalar: return "a scalar";
    case Node::Kind::Map: return "a mapping";
    case Node::Kind::Sequence: return "a list";
  }
  return "?";
}

namespace {

// Stops the parse at a problem the tree cannot live with.
struct Stop {
  Mark at;
  std::string message;
};

// Converts yaml-cpp's 0-based marks to 1-based line and column, the column
// counted in characters of the line.
class Locator {
 public:
  explicit Locator(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
  Mark at_byte(std::size_t offset) const {
    // Events arrive in file order: continue from the last position when it
    // is on the same line, so that columns cost O(file) in all.
    if (offset >= last_offset_ && offset < line_end(last_line_)) {
      last_column_ += utf8::column_of(text_.substr(last_offset_), offset - last_offset_);
    } else {
      auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
      last_line_ = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
      last_column_ = utf8::column_of(text_.substr(line_starts_[last_line_]), offset - line_starts_[last_line_]);
    }
    last_offset_ = offset;
    return Mark{static_cast<int>(last_line_ + 1), static_cast<int>(last_column_ + 1)};
  }
  std::string_view text() const { return text_; }
  Mark at(const YAML::Mark& m) const {
    if (m.line < 0 || m.pos < 0) return Mark{0, 0};
    return at_byte(static_cast<std::size_t>(m.pos) < text_.size() ? m.pos : text_.size());
  }

 private:
  std::size_t line_end(std::size_t line) const {
    return line + 1 < line_starts_.size() ? line_starts_[line + 1] : text_.size() + 1;
  }
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  mutable std::size_t last_line_ = 0, last_offset_ = 0, last_column_ = 0;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const Locator& locate, const std::string& file, Diagnostics& problems, std::size_t max_errors,
              ItemStream* stream = nullptr)
      : locate_(locate), file_(file), problems_(problems), max_errors_(max_errors), stream_(stream) {}

  std::optional<Node> root;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    Node n;
    n.at = locate_.at(mark);
    add(std::move(n));
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    throw Stop{locate_.at(mark), "aliases (*name) are not supported: write the value out"};
  }
  void OnAnchor(const YAML::Mark& mark, const std::string&) override {
    throw Stop{locate_.at(mark), "anchors (&name) are not supported: write the value out"};
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    Node n;
    n.kind = Node::Kind::Scalar;
    n.text = value;
    n.quoted = tag.size() == 1 && tag[0] == '!';
    n.at = locate_.at(mark);
    if (n.quoted) check_closed(mark, n.at);
    add(std::move(n));
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, tag, anchor, Node::Kind::Sequence);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, tag, anchor, Node::Kind::Map);
  }
  void OnMapEnd() override { close(); }

 private:
  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor)
      throw Stop{locate_.at(mark), "anchors (&name) are not supported: write the value out"};
  }
  // yaml-cpp 0.7 reads a quoted value with no closing quote to the end of the
  // file without a word, swallowing every key after it: the quote must close.
  void check_closed(const YAML::Mark& mark, const Mark& at) {
    std::string_view text = locate_.text();
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text.size()) return;
    const char quote = text[static_cast<std::size_t>(mark.pos)];
    if (quote != '"' && quote != '\'') return;
    for (std::size_t i = static_cast<std::size_t>(mark.pos) + 1; i < text.size(); ++i) {
      if (quote == '"' && text[i] == '\\') ++i;  // an escape: the next character is not the end
      else if (text[i] == quote && quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') ++i;  // '' is a quote
      else if (text[i] == quote) return;
    }
    throw Stop{at, fmt::format("the quote {} opened here is never closed", quote)};
  }
  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    // yaml-cpp tags plain scalars "?" and quoted ones "!"; compared by
    // character, as this runs for every node.
    if (!tag.empty() && !(tag.size() == 1 && (tag[0] == '?' || tag[0] == '!')))
      throw Stop{locate_.at(mark), fmt::format("tags ({}) are not supported", utf8::excerpt(tag))};
  }
  void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, Node::Kind kind) {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    if (static_cast<int>(stack_.size()) >= kMaxDepth)
      throw Stop{locate_.at(mark), fmt::format("nesting too deep (more than {} levels)", kMaxDepth)};
    Node n;
    n.kind = kind;
    n.at = locate_.at(mark);
    const bool streamed = kind == Node::Kind::Sequence && is_stream_key();
    stack_.push_back(std::move(n));
    first_child_.push_back(children_.size());
    if (streamed) {
      streaming_ = true;
      stream_ = nullptr;  // the first such key only: a repeated one is a duplicate key
    }
  }
  // Whether the list opening now is the value of the root's streamed key.
  bool is_stream_key() const {
    if (!stream_ || stack_.size() != 1 || !stack_[0].is_map()) return false;
    const std::size_t given = children_.size() - first_child_[0];
    return given % 2 == 1 && children_.back().is_scalar() && children_.back().text == stream_->key;
  }
  // The open containers' children wait in one shared list; each container
  // takes its own, in one allocation of the exact size, when it closes.
  void close() {
    if (streaming_ && stack_.size() == 2) streaming_ = false;  // the streamed list ends
    Node n = std::move(stack_.back());
    stack_.pop_back();
    const std::size_t first = first_child_.back();
    first_child_.pop_back();
    n.items.reserve(children_.size() - first);
    std::move(children_.begin() + static_cast<std::ptrdiff_t>(first), children_.end(), std::back_inserter(n.items));
    children_.resize(first);
    if (n.is_map()) check_keys(n);
    add(std::move(n));
  }
  void add(Node n) {
    if (stack_.empty()) {
      root = std::move(n);
      return;
    }
    if (streaming_ && stack_.size() == 2 && take_->take(taken_++, n)) return;  // read, and dropped
    const Node& parent = stack_.back();
    if (parent.is_map() && (children_.size() - first_child_.back()) % 2 == 0 && !n.is_scalar() && !n.is_null())
      throw Stop{n.at, fmt::format("a key must be a plain value, not {}", kind_name(n))};
    children_.push_back(std::move(n));
  }
  // Maps are mostly small (a dozen keys): a pairwise scan beats hashing
  // there; a larger one (a long series, or a hostile file repeating one key
  // 200 000 times) is checked in linear time against a hash of its keys.
  void check_keys(const Node& map) {
    const std::size_t n = map.map_size();
    if (n > 16) return check_keys_hashed(map);
    for (std::size_t i = 1; i < n; ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (map.key(i).text == map.key(j).text) {
          duplicate(map.key(i), map.key(j));
          break;
        }
  }
  void check_keys_hashed(const Node& map) {
    std::unordered_map<std::string_view, std::size_t> first;  // key text -> its first index
    first.reserve(map.map_size());
    for (std::size_t i = 0; i < map.map_size(); ++i) {
      auto [it, fresh] = first.try_emplace(map.key(i).text, i);
      if (!fresh) duplicate(map.key(i), map.key(it->second));
    }
  }
  void duplicate(const Node& again, const Node& first) {
    add_capped(
        problems_,
        {file_, again.at, Severity::Error,
         fmt::format("duplicate key '{}' (first at {}:{})", utf8::excerpt(again.text), first.at.line, first.at.column)},
        max_errors_);
  }

  const Locator& locate_;
  const std::string& file_;
  Diagnostics& problems_;
  std::size_t max_errors_;
  ItemStream* stream_;  // until the streamed list opens
  ItemStream* take_ = stream_;
  bool streaming_ = false;                // the streamed list is open (at depth 2)
  std::size_t taken_ = 0;                 // items of the streamed list so far
  std::vector<Node> stack_;               // the open containers, outermost first
  std::vector<std::size_t> first_child_;  // where each one's children start in children_
  std::vector<Node> children_;
};

// A read-only stream buffer over text in memory (std::istringstream would
// copy it). yaml-cpp only reads: get, putback of the few bytes it sniffs for
// a byte-order mark, and sgetn, all served from the get area.
class ViewBuf : public std::streambuf {
 public:
  explicit ViewBuf(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // never written through: no put area, no pbackfail
    setg(begin, begin, begin + text.size());
  }
};

// Problems the parser would pass over or misreport: bytes that are not
// UTF-8 text, control characters, and tabs used for indentation. Every one is
// reported (a broken sequence once, a tab once per line); false if any.
bool check_bytes(std::string_view text, const Locator& locate, const std::string& file, Diagnostics& problems,
                 std::size_t max_errors) {
  bool ok = true;
  auto report = [&](std::size_t at, std::string message) {
    ok = false;
    add_capped(problems, {file, locate.at_byte(at), Severity::Error, std::move(message)}, max_errors);
  };
  bool line_start = true;  // only blanks and '-' so far on this line
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c == '\n') {
        line_start = true;
      } else if (c == '\t' && line_start) {
        report(i, "tab used for indentation (YAML indents with spaces)");
        line_start = false;
      } else {
        if ((c < 0x20 && c != '\r' && c != '\t') || c == 0x7F)
          report(i, fmt::format("control character 0x{:02X}: this is not a text file", c));
        if (c != ' ' && c != '-') line_start = false;
      }
      ++i;
      continue;
    }
    line_start = false;
    std::size_t len = utf8::sequence_length(text, i);
    if (len == 0) {
      report(i, fmt::format("not UTF-8 text (byte 0x{:02X})", c));
      for (++i; i < n && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; ++i) {}
      continue;
    }
    std::size_t at = i;
    char32_t cp = utf8::next(text, at);
    if (utf8::is_unsafe_control(cp))
      report(i, fmt::format("U+{:04X}, a {}: this is not plain text", static_cast<std::uint32_t>(cp),
                            cp <= 0x9F ? "C1 control character" : "bidi control that reorders the text shown"));
    i += len;
  }
  return ok;
}

std::optional<Node> finish(TreeBuilder& builder, const std::string& file, Diagnostics& problems) {
  if (!builder.root || builder.root->is_null()) {
    problems.push_back({file, {}, Severity::Error, "no data: the file is empty"});
    return std::nullopt;
  }
  return std::move(builder.root);
}

std::optional<Node> read(std::string_view text, const std::string& file, Diagnostics& problems, std::size_t max_errors,
                         ItemStream* stream, bool plain_reader) {
  if (text.size() > kMaxFileBytes) {
    problems.push_back(
        {file,
         {},
         Severity::Error,
         fmt::format("file too large ({} bytes; the limit is {} MiB)", text.size(), kMaxFileBytes >> 20)});
    return std::nullopt;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  Locator locate(text);
  if (!check_bytes(text, locate, file, problems, max_errors)) return std::nullopt;

  TreeBuilder builder(locate, file, problems, max_errors, stream);
  try {
    // The plain block style of data files is read by our own scanner, which
    // gives yaml-cpp's events several times faster (yaml_fast.h); any other
    // text, and any text with a syntax error, goes to yaml-cpp.
    if (plain_reader && is_plain_yaml(text)) {
      plain_yaml_events(text, builder);
      return finish(builder, file, problems);
    }
    // yaml-cpp reads from a std::istream: one over the text already in memory,
    // so that the file is not copied a second time.
    ViewBuf buf(text);
    std::istream in(&buf);
    YAML::Parser parser(in);
    parser.HandleNextDocument(builder);
    if (builder.root) {
      TreeBuilder extra(locate, file, problems, max_errors);
      if (parser.HandleNextDocument(extra) && extra.root) {
        problems.push_back({file, extra.root->at, Severity::Error,
                            "a second YAML document (or text after the first): one document per file"});
        return std::nullopt;
      }
    }
  } catch (const Stop& stop) {
    problems.push_back({file, stop.at, Severity::Error, stop.message});
    return std::nullopt;
  } catch (const YAML::DeepRecursion& e) {
    problems.push_back({file, locate.at(e.mark), Severity::Error, "nesting too deep"});
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    problems.push_back(
        {file, locate.at(e.mark), Severity::Error, fmt::format("YAML syntax: {}", utf8::excerpt(e.msg))});
    return std::nullopt;
  } catch (const std::exception& e) {
    problems.push_back({file, {}, Severity::Error, fmt::format("cannot read: {}", utf8::excerpt(e.what()))});
    return std::nullopt;
  }
  return finish(builder, file, problems);
}

}  // namespace

std::optional<Node> read_yaml(std::string_view text, const std::string& file, Diagnostics& problems,
                              std::size_t max_errors, ItemStream* stream) {
  return read(text, file, problems, max_errors, stream, true);
}

std::optional<Node> read_yaml_with_yaml_cpp(std::string_view text, const std::string& file, Diagnostics& problems,
                                            std::size_t max_errors, ItemStream* stream) {
  return read(text, file, problems, max_errors, stream, false);
}

}  // namespace zhibiao
