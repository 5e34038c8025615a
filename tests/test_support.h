#pragma once
// Small helpers shared by the unit tests.
#include <initializer_list>
#include <memory>
#include <string>

#include <doctest/doctest.h>

#include "model/decimal.h"
#include "parse/catalog.h"
#include "parse/dataset_reader.h"

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

// A dataset read from `text` (as file `file`, without the catalog) that must
// read without errors; on the heap, so that rows pointing into it stay valid.
inline std::unique_ptr<Dataset> load(const std::string& text, const std::string& file = "t.yaml") {
  Diagnostics problems;
  auto ds = read_dataset(text, file, Catalog{}, problems);
  REQUIRE_MESSAGE(ds.has_value(), (problems.empty() ? std::string() : format_diagnostic(problems[0])));
  return std::make_unique<Dataset>(std::move(*ds));
}

}  // namespace zhibiao::test
