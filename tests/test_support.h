#pragma once
// Small helpers shared by the unit tests.
#include <initializer_list>
#include <string>

#include <doctest/doctest.h>

#include "model/decimal.h"

namespace zhibiao::test {

// n/d as an exact Decimal.
inline Decimal frac(long n, long d) {
  Decimal r(n, d);
  r.canonicalize();
  return r;
}

// Decimal text ("150.8115") as an exact Decimal.
inline Decimal dec(const char* s) {
  auto d = decimal_from_text(s);
  REQUIRE_MESSAGE(d.has_value(), s);
  return *d;
}

// The lines joined with newlines: a YAML file written inline.
inline std::string lines(std::initializer_list<std::string> ls) {
  std::string out;
  for (const auto& l : ls) out += l + "\n";
  return out;
}

}  // namespace zhibiao::test
