#include "compute/calc.h"

#include <cmath>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "model/unit.h"
#include "parse/quantity.h"
#include "util/utf8.h"

namespace zhibiao {

namespace {

// A value in base units (magnitude applied; 5% is 0.05) and the unit it was
// written in, if any.
struct Value {
  Decimal base;
  std::optional<Unit> unit;
  int percent = 0;  // 1: written as a percentage
};

struct Failure {
  std::size_t offset;  // byte offset in the normalised text
  std::string message;
};

class Calculator {
 public:
  explicit Calculator(std::string_view text) : s_(text) {}

  Value parse() {
    Value v = expr();
    skip();
    if (pos_ < s_.size()) fail(fmt::format("unexpected '{}'", current_char()));
    return v;
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

  Value expr() {
    Value left = term();
    for (;;) {
      std::size_t at = (skip(), pos_);
      if (eat('+')) left = add(left, term(), 1, at);
      else if (eat('-')) left = add(left, term(), -1, at);
      else return left;
    }
  }
  Value term() {
    Value left = factor();
    for (;;) {
      std::size_t at = (skip(), pos_);
      if (eat('*')) {
        Value right = factor();
        left = Value{left.base * right.base, first_unit(left, right), 0};
      } else if (eat('/')) {
        Value right = factor();
        if (sgn(right.base) == 0) fail("division by zero", at);
        // A ratio of two amounts (亿元 / 亿元) is a pure number.
        bool ratio = right.unit && !right.unit->is_rate();
        left = Value{left.base / right.base, ratio ? std::nullopt : first_unit(left, right), 0};
      } else {
        return left;
      }
    }
  }
  Value factor() {
    struct Depth {
      int& d;
      ~Depth() { --d; }
    } depth{++depth_};
    if (depth_ > kMaxDepth) fail("too deeply nested");
    skip();
    if (eat('-')) {
      Value v = factor();
      v.base = -v.base;
      return v;
    }
    if (eat('+')) return factor();
    if (eat('(')) {
      Value v = expr();
      if (!eat(')')) fail("')' expected");
      return v;
    }
    if (pos_ < s_.size() && s_[pos_] >= 'a' && s_[pos_] <= 'z') return function();
    return quantity();
  }

  Value function() {
    std::size_t start = pos_;
    while (pos_ < s_.size() && s_[pos_] >= 'a' && s_[pos_] <= 'z') ++pos_;
    std::string name(s_.substr(start, pos_ - start));
    if (name != "growth" && name != "cagr") fail(fmt::format("unknown function '{}' (growth, cagr)", name), start);
    if (!eat('(')) fail("'(' expected");
    std::vector<Value> args{expr()};
    while (eat(',')) args.push_back(expr());
    if (!eat(')')) fail("')' expected");
    std::size_t want = name == "growth" ? 2 : 3;
    if (args.size() != want) fail(fmt::format("{} takes {} arguments", name, want), start);
    if (sgn(args[0].base) <= 0) fail(fmt::format("{}: the old value must be above 0", name), start);
    Value out{0, parse_unit("%"), 1};
    if (name == "growth") {
      out.base = args[1].base / args[0].base - 1;
      return out;
    }
    if (sgn(args[1].base) < 0) fail("cagr: the new value must not be below 0", start);
    if (sgn(args[2].base) <= 0) fail("cagr: years must be above 0", start);
    long double ratio = to_long_double(Decimal(args[1].base / args[0].base));
    long double years = to_long_double(args[2].base);
    long double root = std::pow(ratio, 1.0L / years);
    if (!std::isfinite(ratio) || !std::isfinite(root) || (ratio == 0.0L && sgn(args[1].base) != 0))
      fail("cagr: the numbers are out of range", start);
    out.base = from_long_double(root - 1.0L);
    return out;
  }

  Value quantity() {
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
    Value v;
    if (q->unit == "pp") fail("pp is a change of a rate, not a quantity to compute with", start);
    if (q->unit == "%" || q->unit == "‰") {
      if (q->has_magnitude) fail("a magnitude (万, 亿) on a percentage", start);
      v.base = q->number / (q->unit == "%" ? 100 : 1000);
      v.unit = parse_unit(q->unit);
      v.percent = 1;
      return v;
    }
    v.base = q->number * pow10(q->exponent);
    if (q->has_magnitude || !q->unit.empty()) {
      std::string text = q->unit;
      if (q->exponent == 4) text = "万" + text;
      if (q->exponent == 8) text = "亿" + text;
      if (q->exponent == 12) text = "万亿" + text;
      v.unit = Unit{text, q->unit, q->exponent};
    }
    return v;
  }

  // The unit of a result: the first operand's unit that is not a percentage;
  // a percentage lends its % only from the left (5% + 3% is 8%, but
  // 100 - 5% is 99.95 and 5% * 143.63亿 is 7.1815亿).
  static std::optional<Unit> first_unit(const Value& a, const Value& b) {
    if (a.unit && !a.unit->is_rate()) return a.unit;
    if (b.unit && !b.unit->is_rate()) return b.unit;
    return a.unit;
  }

  Value add(const Value& a, const Value& b, int sign, std::size_t at) {
    if (a.unit && b.unit && !a.unit->is_rate() && !b.unit->is_rate() && a.unit->base != b.unit->base &&
        !a.unit->base.empty() && !b.unit->base.empty())
      fail(fmt::format("cannot add '{}' and '{}'", a.unit->base, b.unit->base), at);
    return Value{sign > 0 ? Decimal(a.base + b.base) : Decimal(a.base - b.base), first_unit(a, b), 0};
  }

  static constexpr int kMaxDepth = 100;
  std::string_view s_;
  std::size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace

Expected<CalcResult> calculate(std::string_view expr) {
  utf8::Normalized norm = utf8::normalize(expr);
  try {
    Value v = Calculator(norm.text).parse();
    CalcResult r;
    if (!v.unit) {
      r.value = v.base;
    } else if (v.unit->is_rate()) {
      r.value = v.base * (v.unit->base == "%" ? 100 : 1000);
      r.unit = v.unit->base;
    } else {
      r.value = v.base / pow10(v.unit->exponent);
      r.unit = v.unit->text;
    }
    r.value.canonicalize();
    return r;
  } catch (const Failure& f) {
    std::size_t byte = norm.origin[std::min(f.offset, norm.origin.size() - 1)];
    return ParseError{f.message, utf8::column_of(expr, byte)};
  }
}

}  // namespace zhibiao
