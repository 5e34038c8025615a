#include "compute/calc.h"

#include <optional>

#include "compute/growth.h"
#include "model/unit.h"

namespace zhibiao {

namespace {

// A value in base units (magnitude applied; 5% is 0.05) and the unit it was
// written in, if any.
struct Value {
  Decimal base;
  std::optional<Unit> unit;
};

[[noreturn]] void fail(const Expr& at, CalcError::Kind kind, std::string left = {}, std::string right = {}) {
  throw CalcError{kind, at.column, std::move(left), std::move(right)};
}

// The unit of a result: the first operand's unit that is not a percentage;
// a percentage lends its % only from the left (5% + 3% is 8%, but
// 100 - 5% is 99.95 and 5% * 143.63亿 is 7.1815亿).
std::optional<Unit> first_unit(const Value& a, const Value& b) {
  if (a.unit && !a.unit->is_rate()) return a.unit;
  if (b.unit && !b.unit->is_rate()) return b.unit;
  return a.unit;
}

Value quantity(const Expr& e) {
  const QuantityText& q = e.quantity;
  if (q.unit == "pp") fail(e, CalcError::PointsAsQuantity);
  if (q.unit == "%" || q.unit == "‰") {
    if (q.has_magnitude) fail(e, CalcError::MagnitudeOnPercent);
    return Value{q.number / (q.unit == "%" ? 100 : 1000), parse_unit(q.unit)};
  }
  Value v{q.number * pow10(q.exponent), std::nullopt};
  if (q.has_magnitude || !q.unit.empty()) v.unit = Unit{magnitude_word(q.exponent) + q.unit, q.unit, q.exponent};
  return v;
}

Value evaluate(const Expr& e);

Value add(const Expr& e, int sign) {
  Value a = evaluate(e.operands[0]), b = evaluate(e.operands[1]);
  if (a.unit && b.unit && !a.unit->is_rate() && !b.unit->is_rate() && a.unit->base != b.unit->base &&
      !a.unit->base.empty() && !b.unit->base.empty())
    fail(e, CalcError::UnitsDoNotAdd, a.unit->base, b.unit->base);
  return Value{sign > 0 ? Decimal(a.base + b.base) : Decimal(a.base - b.base), first_unit(a, b)};
}

Value divide(const Expr& e) {
  Value a = evaluate(e.operands[0]), b = evaluate(e.operands[1]);
  if (sgn(b.base) == 0) fail(e, CalcError::DivisionByZero);
  // A ratio of two amounts (亿元 / 亿元) is a pure number.
  bool ratio = b.unit && !b.unit->is_rate();
  return Value{a.base / b.base, ratio ? std::nullopt : first_unit(a, b)};
}

Value call(const Expr& e) {
  std::vector<Value> args;
  for (const Expr& op : e.operands) args.push_back(evaluate(op));
  const std::string& name = e.function;
  if (sgn(args[0].base) <= 0) fail(e, CalcError::OldValueNotPositive, name);
  Value out{0, parse_unit("%")};
  if (name == "growth") {
    out.base = args[1].base / args[0].base - 1;
    return out;
  }
  if (sgn(args[1].base) < 0) fail(e, CalcError::NewValueNegative, name);
  if (sgn(args[2].base) <= 0) fail(e, CalcError::YearsNotPositive, name);
  auto pct = cagr(args[0].base, args[1].base, args[2].base);
  if (!pct) fail(e, CalcError::OutOfRange, name);
  out.base = *pct / 100;
  return out;
}

Value evaluate(const Expr& e) {
  switch (e.kind) {
    case Expr::Kind::Quantity: return quantity(e);
    case Expr::Kind::Negate: {
      Value v = evaluate(e.operands[0]);
      v.base = -v.base;
      return v;
    }
    case Expr::Kind::Add: return add(e, 1);
    case Expr::Kind::Subtract: return add(e, -1);
    case Expr::Kind::Multiply: {
      Value a = evaluate(e.operands[0]), b = evaluate(e.operands[1]);
      return Value{a.base * b.base, first_unit(a, b)};
    }
    case Expr::Kind::Divide: return divide(e);
    case Expr::Kind::Call: return call(e);
  }
  fail(e, CalcError::OutOfRange);
}

}  // namespace

std::variant<CalcResult, CalcError> evaluate_expression(const Expr& e) {
  try {
    Value v = evaluate(e);
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
  } catch (const CalcError& error) { return error; }
}

}  // namespace zhibiao
