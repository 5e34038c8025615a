// A figure as a data file holds it: every value read back exactly, whether it
// is kept as an int64 and its decimals or as a rational on the heap.
#include <doctest/doctest.h>

#include "test_support.h"

#include <utility>

#include "model/stored_decimal.h"

using namespace zhibiao;
using namespace zhibiao::test;

TEST_CASE("stored decimal: empty until given a value, like std::optional") {
  StoredDecimal f;
  CHECK_FALSE(f.has_value());
  CHECK_FALSE(static_cast<bool>(f));
  CHECK(f == std::nullopt);
  CHECK_FALSE(static_cast<std::optional<Decimal>>(f).has_value());
  CHECK_THROWS_AS(f.value(), std::bad_optional_access);
  f = dec("143.63");
  CHECK(f.has_value());
  f.reset();
  CHECK_FALSE(f.has_value());
  CHECK(StoredDecimal(std::optional<Decimal>()) == std::nullopt);
}

TEST_CASE("stored decimal: the figures reports write come back exactly") {
  // Each is read back as the same rational, in lowest terms.
  for (const char* text : {"143.63", "1436300", "-2.5", "0", "-0.05", "0.000123", "4.5752", "99999999999999.9999",
                           "0.000000000000000001", "-922337203685477580.7"}) {
    CAPTURE(text);
    StoredDecimal f = dec(text);
    REQUIRE(f.has_value());
    CHECK(*f == dec(text));
    CHECK(f.value() == dec(text));
    CHECK(f == dec(text));
  }
  StoredDecimal f = dec("143.63");
  CHECK(f->get_num() == 14363);  // 143.63 = 14363/100, already in lowest terms
  CHECK(f->get_den() == 100);
  StoredDecimal g = dec("-2.50");
  CHECK(g->get_num() == -5);  // -2.50 = -250/100 = -5/2
  CHECK(g->get_den() == 2);
}

TEST_CASE("stored decimal: a rational that is no short decimal is kept whole") {
  // 1/3 has no decimal form; 2^-70 needs 70 decimals; 10^20 + 1 has 21 digits (> int64);
  // -2^63 / 10 would need the one int64 without a positive twin.
  for (const Decimal& v : {frac(1, 3), Decimal(mpq_class(mpz_class(1), mpz_class(mpz_class(1) << 70))),
                           Decimal(dec("100000000000000000001")), Decimal(dec("-922337203685477580.8")),
                           Decimal(dec("0.0000000000000000001"))}) {
    CAPTURE(v.get_str());
    StoredDecimal f = v;
    CHECK(*f == v);
    StoredDecimal copy = f;  // a deep copy: each frees its own
    f.reset();
    CHECK(*copy == v);
    StoredDecimal moved = std::move(copy);
    CHECK(*moved == v);
    CHECK_FALSE(copy.has_value());
  }
}

TEST_CASE("stored decimal: copies and moves keep the value, assignment replaces it") {
  StoredDecimal a = dec("5.2"), b = frac(2, 3);
  StoredDecimal c = a;
  CHECK(*c == frac(52, 10));
  c = b;
  CHECK(*c == frac(2, 3));
  c = a;
  CHECK(*c == frac(52, 10));
  const StoredDecimal& same = c;
  c = same;  // assigned itself: the value stays
  CHECK(*c == frac(52, 10));
  StoredDecimal d = std::move(b);
  CHECK(*d == frac(2, 3));
  d = std::nullopt;
  CHECK_FALSE(d.has_value());
}
