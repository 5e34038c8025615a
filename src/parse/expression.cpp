#include "parse/expression.h"

#include <optional>

#include <fmt/format.h>

#include "parse/quantity.h"
#include "util/utf8.h"

namespace zhibiao {

namespace {

struct Failure {
  std::size_t offset;  // byte offset in the normalised text
  std::string message;
};

// A recursive-descent parser over the normalised text; node columns are
// byte offsets there until parse_expression maps them back.
class ExpressionParser {
 public:
  explicit ExpressionParser(std::string_view text) : s_(text) {}

  Expr parse() {
    Expr e = sum();
    skip();
    if (pos_ < s_.size()) fail(fmt::format("unexpected '{}'", current_char()));
    return e;
  }

 private:
  [[noreturn]] void fail(std::string message, std::optional<std::size_t> at = std::nullopt) {
    throw Failure{at.value_or(pos_), std::move(message)};
  }
  std::string current_char() {
    std::size_t i = pos_;
    utf8::next(s_, i);
    return utf8::sanitize(s_.substr(pos_, i - pos_));
  }
  void skip() {
    while (pos_ < s_.size() && s_[pos_] == ' ') ++pos_;
  }
  bool eat(char c) {
    skip();
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  // Every node is counted: a tree is walked recursively, so its size is bounded.
  Expr node(Expr::Kind kind, std::size_t at, std::vector<Expr> operands) {
    if (++nodes_ > kMaxNodes) fail(fmt::format("expression too long (over {} terms and operators)", kMaxNodes), at);
    Expr e;
    e.kind = kind;
    e.column = at;
    e.operands = std::move(operands);
    return e;
  }

  Expr sum() {
    Expr left = product();
    for (;;) {
      std::size_t at = (skip(), pos_);
      if (eat('+')) left = node(Expr::Kind::Add, at, {std::move(left), product()});
      else if (eat('-')) left = node(Expr::Kind::Subtract, at, {std::move(left), product()});
      else return left;
    }
  }
  Expr product() {
    Expr left = factor();
    for (;;) {
      std::size_t at = (skip(), pos_);
      if (eat('*')) left = node(Expr::Kind::Multiply, at, {std::move(left), factor()});
      else if (eat('/')) left = node(Expr::Kind::Divide, at, {std::move(left), factor()});
      else return left;
    }
  }
  Expr factor() {
    struct Depth {
      int& d;
      ~Depth() { --d; }
    } depth{++depth_};
    if (depth_ > kMaxDepth) fail("too deeply nested");
    skip();
    std::size_t at = pos_;
    if (eat('-')) return node(Expr::Kind::Negate, at, {factor()});
    if (eat('+')) return factor();
    if (eat('(')) {
      Expr e = sum();
      if (!eat(')')) fail("')' expected");
      return e;
    }
    if (pos_ < s_.size() && s_[pos_] >= 'a' && s_[pos_] <= 'z') return call();
    return quantity();
  }

  Expr call() {
    std::size_t start = pos_;
    while (pos_ < s_.size() && s_[pos_] >= 'a' && s_[pos_] <= 'z') ++pos_;
    std::string name(s_.substr(start, pos_ - start));
    if (name != "growth" && name != "cagr") fail(fmt::format("unknown function '{}' (growth, cagr)", name), start);
    if (!eat('(')) fail("'(' expected");
    std::vector<Expr> args{sum()};
    while (eat(',')) args.push_back(sum());
    if (!eat(')')) fail("')' expected");
    std::size_t want = name == "growth" ? 2 : 3;
    if (args.size() != want) fail(fmt::format("{} takes {} arguments", name, want), start);
    Expr e = node(Expr::Kind::Call, start, std::move(args));
    e.function = std::move(name);
    return e;
  }

  Expr quantity() {
    std::size_t start = pos_;
    std::size_t end = pos_;
    while (end < s_.size() && std::string_view("+-*/(),").find(s_[end]) == std::string_view::npos) ++end;
    while (end > start && s_[end - 1] == ' ') --end;
    if (end == start)
      fail(pos_ < s_.size() ? fmt::format("a number expected, found '{}'", current_char())
                            : "a number expected at the end");
    auto q = parse_quantity(s_.substr(start, end - start));
    if (!q) fail(q.error().message, start + q.error().offset);
    pos_ = end;
    Expr e = node(Expr::Kind::Quantity, start, {});
    e.quantity = *q;
    return e;
  }

  static constexpr int kMaxDepth = 100;
  static constexpr int kMaxNodes = 1000;
  int nodes_ = 0;
  std::string_view s_;
  std::size_t pos_ = 0;
  int depth_ = 0;
};

// Node columns from byte offsets in the normalised text to characters in `text`.
void map_columns(Expr& e, std::string_view text, const utf8::Normalized& norm) {
  e.column = utf8::column_of(text, norm.origin[std::min(e.column, norm.origin.size() - 1)]);
  for (Expr& op : e.operands) map_columns(op, text, norm);
}

}  // namespace

Expected<Expr> parse_expression(std::string_view text) {
  utf8::Normalized norm = utf8::normalize(text);
  try {
    Expr e = ExpressionParser(norm.text).parse();
    map_columns(e, text, norm);
    return e;
  } catch (const Failure& f) {
    std::size_t byte = norm.origin[std::min(f.offset, norm.origin.size() - 1)];
    return ParseError{f.message, utf8::column_of(text, byte)};
  }
}

}  // namespace zhibiao
