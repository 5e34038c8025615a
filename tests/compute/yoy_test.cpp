// Year over year (SPEC §3): change, growth, index, two-year average, CAGR,
// chained growth.
#include <doctest/doctest.h>

#include "test_support.h"

#include <initializer_list>
#include <memory>
#include <string>

#include "compute/growth.h"
#include "compute/yoy.h"
#include "parse/catalog.h"
#include "parse/dataset_reader.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
std::unique_ptr<Dataset> series(const std::string& unit, const std::string& basis,
                                std::initializer_list<std::string> years) {
  std::string text =
      "indicators:\n  - id: x\n    name: 指标\n    unit: \"" + unit + "\"\n    basis: " + basis + "\n    series:\n";
  for (const auto& y : years) text += "      " + y + "\n";
  Diagnostics problems;
  auto ds = read_dataset(text, "t.yaml", Catalog{}, problems);
  REQUIRE_MESSAGE(ds.has_value(), (problems.empty() ? std::string() : format_diagnostic(problems[0])));
  return std::make_unique<Dataset>(std::move(*ds));
}
std::string fixed(const Decimal& d, int places) { return format_fixed(d, places, Rounding::HalfUp); }
}  // namespace

TEST_CASE("yoy: two-year average is geometric") {
  // √(1.069 × 1.067) − 1: 1.069 × 1.067 = 1.140623 and 1.068² = 1.140624, so the
  // root is just under 1.068: 1.068 − 0.000001 / (2 × 1.068) = 1.0679995318…
  Decimal avg = two_year_average(dec("6.9"), dec("6.7")).value();
  CHECK(avg < dec("6.8"));
  CHECK(avg > dec("6.79995"));
  CHECK(avg < dec("6.79996"));
  CHECK(fixed(avg, 6) == "6.799953");
  // the arithmetic mean would be 6.8 exactly: the geometric one is not
  CHECK(avg != dec("6.8"));
  // equal growths average to themselves: √(1.1²) − 1 = 10%
  CHECK(fixed(two_year_average(Decimal(10), Decimal(10)).value(), 9) == "10.000000000");
  // 2020 and 2021 in China: 2.3% then 8.1%: √(1.023 × 1.081) − 1 = √1.105863 − 1
  // 1.0516² = 1.10586256, 1.10586300 − 1.10586256 = 0.00000044, /(2×1.0516) ≈ 0.000000209
  CHECK(fixed(two_year_average(dec("2.3"), dec("8.1")).value(), 5) == "5.16002");
}

TEST_CASE("yoy: cagr") {
  // (121 / 100)^(1/2) − 1 = 10%
  auto c = cagr(Decimal(100), Decimal(121), 2);
  REQUIRE(c.has_value());
  CHECK(fixed(*c, 9) == "10.000000000");
  // 2^(1/1) − 1 = 100%
  CHECK(fixed(*cagr(Decimal(50), Decimal(100), 1), 9) == "100.000000000");
  // 1.331 = 1.1³
  CHECK(fixed(*cagr(Decimal(1000), Decimal(1331), 3), 9) == "10.000000000");
  // falling to a quarter over 2 years: √0.25 − 1 = −50%
  CHECK(fixed(*cagr(Decimal(100), Decimal(25), 2), 9) == "-50.000000000");
  CHECK_FALSE(cagr(Decimal(0), Decimal(5), 2).has_value());
  CHECK_FALSE(cagr(Decimal(-1), Decimal(5), 2).has_value());
  CHECK_FALSE(cagr(Decimal(1), Decimal(-5), 2).has_value());
  CHECK_FALSE(cagr(Decimal(1), Decimal(5), 0).has_value());
}

TEST_CASE("yoy: a series from levels") {
  auto ds = series("亿元", "current", {"2015: 100", "2016: 110", "2017: 121"});
  auto out = year_over_year(*ds, std::nullopt, std::nullopt);
  REQUIRE(out.size() == 1);
  const YoySeries& s = out[0];
  CHECK(s.first_year == 2015);
  CHECK(s.last_year == 2017);
  REQUIRE(s.points.size() == 3);
  const YoyPoint& p0 = s.points[0];
  CHECK(p0.year == 2015);
  CHECK_FALSE(p0.change.has_value());
  CHECK_FALSE(p0.growth_pct.has_value());
  CHECK_FALSE(p0.two_year_avg_pct.has_value());
  CHECK(*p0.index == Decimal(100));
  const YoyPoint& p1 = s.points[1];
  CHECK(*p1.change == Decimal(10));
  CHECK(*p1.growth_pct == Decimal(10));
  CHECK(*p1.index == Decimal(110));
  CHECK_FALSE(p1.two_year_avg_pct.has_value());  // no growth the year before
  const YoyPoint& p2 = s.points[2];
  CHECK(*p2.change == Decimal(11));
  CHECK(*p2.growth_pct == Decimal(10));  // 121 / 110 = 1.1
  CHECK(*p2.index == Decimal(121));
  REQUIRE(p2.two_year_avg_pct.has_value());
  CHECK(fixed(*p2.two_year_avg_pct, 9) == "10.000000000");
  // chained: 1.1 × 1.1 − 1 = 0.21 → 21 exactly
  REQUIRE(s.chained_growth_pct.has_value());
  CHECK(*s.chained_growth_pct == Decimal(21));
  REQUIRE(s.cagr_pct.has_value());
  CHECK(fixed(*s.cagr_pct, 9) == "10.000000000");
}

TEST_CASE("yoy: chained growth uses the reported growth, exactly") {
  auto ds = series("亿元", "comparable",
                   {"2019: {actual: 100}", "2020: {actual: 103, growth: 2.3%}", "2021: {actual: 115, growth: 8.1%}"});
  auto out = year_over_year(*ds, std::nullopt, std::nullopt);
  REQUIRE(out.size() == 1);
  // 1.023 × 1.081 = 1.105863 → 10.5863%
  CHECK(*out[0].chained_growth_pct == dec("10.5863"));
  // growth from levels is still shown: (103/100 − 1) × 100 = 3, (115/103 − 1) × 100 = 1200/103
  CHECK(*out[0].points[1].growth_pct == Decimal(3));
  CHECK(*out[0].points[2].growth_pct == frac(1200, 103));
  CHECK(*out[0].points[1].reported_growth_pct == dec("2.3"));
  // two-year average from the reported growths (see above): 5.16002…
  CHECK(fixed(*out[0].points[2].two_year_avg_pct, 5) == "5.16002");
  // comparable basis: a difference from levels is expected, no mismatch
  CHECK_FALSE(out[0].points[1].mismatch);
  // index from levels: 115 / 100 × 100 = 115
  CHECK(*out[0].points[2].index == Decimal(115));
}

TEST_CASE("yoy: a reported growth that disagrees on current basis is a mismatch") {
  auto ds = series("亿元", "current",
                   {"2019: 100", "2020: {actual: 110, growth: 10.1%}", "2021: {actual: 121, growth: 12%}"});
  auto out = year_over_year(*ds, std::nullopt, std::nullopt);
  REQUIRE(out.size() == 1);
  CHECK_FALSE(out[0].points[1].mismatch);  // |10.1 − 10| = 0.1, not more
  CHECK(out[0].points[2].mismatch);        // |12 − 10| = 2
  // chained from reported: 1.101 × 1.12 = 1.23312 → 23.312
  CHECK(*out[0].chained_growth_pct == dec("23.312"));
}

TEST_CASE("yoy: a missing year is a gap, not a growth") {
  auto ds = series("亿元", "current", {"2015: 100", "2017: 121"});
  auto out = year_over_year(*ds, std::nullopt, std::nullopt);
  REQUIRE(out.size() == 1);
  const YoySeries& s = out[0];
  REQUIRE(s.points.size() == 2);
  CHECK_FALSE(s.points[0].gap);
  CHECK(s.points[1].gap);
  CHECK_FALSE(s.points[1].growth_pct.has_value());
  CHECK_FALSE(s.points[1].change.has_value());
  CHECK_FALSE(s.points[1].two_year_avg_pct.has_value());
  // the index and CAGR come from levels and years, so they survive the gap
  CHECK(*s.points[1].index == Decimal(121));
  CHECK(fixed(*s.cagr_pct, 9) == "10.000000000");  // over 2017 − 2015 = 2 years
  CHECK_FALSE(s.chained_growth_pct.has_value());
}

TEST_CASE("yoy: rates change in points and have no index") {
  auto ds = series("%", "current", {"2019: 3.6", "2020: 4.2", "2021: 4.0"});
  auto out = year_over_year(*ds, std::nullopt, std::nullopt);
  REQUIRE(out.size() == 1);
  const YoySeries& s = out[0];
  // 4.2 − 3.6 = 0.6 pp, 4.0 − 4.2 = −0.2 pp
  CHECK(*s.points[1].growth_pct == dec("0.6"));
  CHECK(*s.points[2].growth_pct == dec("-0.2"));
  CHECK(*s.points[2].change == dec("-0.2"));
  CHECK_FALSE(s.points[0].index.has_value());
  CHECK_FALSE(s.cagr_pct.has_value());
  CHECK_FALSE(s.chained_growth_pct.has_value());
  CHECK_FALSE(s.points[2].two_year_avg_pct.has_value());
}

TEST_CASE("yoy: from and to select the years") {
  auto ds = series("亿元", "current", {"2015: 100", "2016: 110", "2017: 121", "2018: 133.1"});
  auto out = year_over_year(*ds, 2016, 2017);
  REQUIRE(out.size() == 1);
  const YoySeries& s = out[0];
  REQUIRE(s.points.size() == 2);
  CHECK(s.first_year == 2016);
  CHECK(s.last_year == 2017);
  // the first selected year is the index base: 121 / 110 × 100 = 110
  CHECK(*s.points[0].index == Decimal(100));
  CHECK(*s.points[1].index == Decimal(110));
  // chained over the years after the first: 1.1 − 1 → 10
  CHECK(*s.chained_growth_pct == Decimal(10));
  CHECK(year_over_year(*ds, 2030, std::nullopt).empty());
}

TEST_CASE("yoy: a comparable series gets a real index and real CAGR beside the nominal ones") {
  auto ds = series("亿元", "comparable",
                   {"2019: 100", "2020: {actual: 104, growth: 2%}", "2021: {actual: 112.32, growth: 5%}"});
  auto all = year_over_year(*ds, std::nullopt, std::nullopt);
  REQUIRE(all.size() == 1);
  const YoySeries& s = all[0];
  // real index: 100, 100 × 1.02 = 102, 102 × 1.05 = 107.1
  CHECK(*s.points[0].real_index == Decimal(100));
  CHECK(*s.points[1].real_index == Decimal(102));
  CHECK(*s.points[2].real_index == dec("107.1"));
  // nominal index from levels: 112.32 / 100 × 100 = 112.32
  CHECK(*s.points[2].index == dec("112.32"));
  // chained real growth 1.02 × 1.05 − 1 = 7.1%; real CAGR √1.071 − 1 = 3.4891%
  CHECK(*s.chained_growth_pct == dec("7.1"));
  CHECK(s.chained_is_real);
  CHECK(fixed(*s.real_cagr_pct, 4) == "3.4891");
  // nominal CAGR √1.1232 − 1 = 5.9811%
  CHECK(fixed(*s.cagr_pct, 4) == "5.9811");
}

TEST_CASE("yoy: a current-price series has no real figures") {
  auto ds = series("亿元", "current", {"2019: 100", "2020: {actual: 110, growth: 10%}"});
  auto s = year_over_year(*ds, std::nullopt, std::nullopt)[0];
  CHECK_FALSE(s.real_cagr_pct.has_value());
  CHECK_FALSE(s.points[1].real_index.has_value());
  CHECK_FALSE(s.chained_is_real);
}

TEST_CASE("yoy: a comparable series with no reported growth chains nominal growths only") {
  // levels only: 100 → 110 → 121, chained 1.1 × 1.1 − 1 = 21%, all from levels (现价)
  auto ds = series("亿元", "comparable", {"2019: 100", "2020: 110", "2021: 121"});
  auto s = year_over_year(*ds, std::nullopt, std::nullopt)[0];
  CHECK(*s.chained_growth_pct == Decimal(21));
  CHECK_FALSE(s.chained_is_real);
  CHECK(s.chained_is_nominal);
  // one reported growth among them: partly real, partly nominal
  auto mixed = series("亿元", "comparable", {"2019: 100", "2020: {actual: 110, growth: 8%}", "2021: 121"});
  auto m = year_over_year(*mixed, std::nullopt, std::nullopt)[0];
  CHECK_FALSE(m.chained_is_real);
  CHECK_FALSE(m.chained_is_nominal);
}

namespace {
// The exact running products of `factors`, for comparison.
std::vector<Decimal> exact_products(const std::vector<Decimal>& factors) {
  std::vector<Decimal> out{Decimal(1)};
  for (const Decimal& f : factors) out.push_back(Decimal(out.back() * f));
  return out;
}
}  // namespace

TEST_CASE("yoy: bracketed products round as the exact ones at every shown precision") {
  // 300 growths of one decimal between -9.9% and +9.9%, spread by a fixed
  // linear congruential sequence: bounded products, 3 more exact decimals a
  // year (900 at the end), so the exact path is the slow one.
  std::vector<Decimal> factors;
  unsigned long long x = 12345;
  for (int i = 0; i < 300; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    long g = static_cast<long>((x >> 33) % 199) - 99;  // -99 … 99 tenths of a percent
    Decimal f = 1 + Decimal(g, 1000);                  // 1 + g/10 / 100
    f.canonicalize();
    factors.push_back(f);
  }
  auto bracketed = bracketed_products(factors, kMaxShownPlaces);
  REQUIRE(bracketed.has_value());
  auto exact = exact_products(factors);
  REQUIRE(bracketed->size() == exact.size());
  for (std::size_t i = 0; i < exact.size(); ++i) {
    const Decimal index = (*bracketed)[i] * 100, exact_index = exact[i] * 100;
    for (int places : {0, 1, 2, 4, 8, 12}) {
      CHECK(format_fixed(index, places, Rounding::HalfUp) == format_fixed(exact_index, places, Rounding::HalfUp));
      CHECK(format_fixed(index, places, Rounding::HalfEven) == format_fixed(exact_index, places, Rounding::HalfEven));
    }
    // JSON prints a figure of at most eight decimals exactly, others to four.
    CHECK(exact_places(index, 8).has_value() == exact_places(exact_index, 8).has_value());
  }
  // the first 30 products have at most 90 decimals: a few of them are exact
  CHECK((*bracketed)[1] == exact[1]);
}

TEST_CASE("yoy: bracketed products stay exact while they fit, and give up where a digit is undecided") {
  // 1.5^k = 3^k / 2^k has k decimals: with 60 in fixed point every product
  // up to 1.5^40 is exact.
  std::vector<Decimal> factors(40, Decimal(3, 2));
  auto products = bracketed_products(factors, kMaxShownPlaces);
  REQUIRE(products.has_value());
  mpz_class three40, two40;
  mpz_ui_pow_ui(three40.get_mpz_t(), 3, 40);
  mpz_ui_pow_ui(two40.get_mpz_t(), 2, 40);
  CHECK((*products)[40] == Decimal(three40, two40));
  // 1/3 × 3/2 = 1/2 exactly, a tie at 0 places; the bracket around 1/3
  // cannot tell 0.4999… from 0.5, so it gives up (the caller multiplies
  // exactly).
  CHECK_FALSE(bracketed_products({Decimal(1, 3), Decimal(3, 2)}, kMaxShownPlaces).has_value());
  // a fall of 100% or more: no bracket
  CHECK_FALSE(bracketed_products({Decimal(0)}, kMaxShownPlaces).has_value());
  CHECK_FALSE(bracketed_products({Decimal(-1, 10)}, kMaxShownPlaces).has_value());
}

TEST_CASE("yoy: a long comparable series chains its reported growths as exactly as a short one") {
  // 41 years, reported growth 10% each: chained 1.1^40 - 1, real index 100 × 1.1^k.
  std::string text = "indicators:\n  - id: x\n    name: 指标\n    unit: 亿元\n    basis: comparable\n    series:\n";
  for (int y = 1980; y <= 2020; ++y)
    text += "      " + std::to_string(y) + ": {actual: 100" + (y > 1980 ? ", growth: 10%" : "") + "}\n";
  Diagnostics problems;
  auto ds = read_dataset(text, "t.yaml", Catalog{}, problems);
  REQUIRE(ds.has_value());
  auto out = year_over_year(*ds, std::nullopt, std::nullopt);
  REQUIRE(out.size() == 1);
  // 1.1^40 = 11^40 / 10^40: exact in 60 fixed decimals, so the products are exact
  mpz_class eleven40, ten40;
  mpz_ui_pow_ui(eleven40.get_mpz_t(), 11, 40);
  mpz_ui_pow_ui(ten40.get_mpz_t(), 10, 40);
  CHECK(*out[0].chained_growth_pct == (Decimal(eleven40, ten40) - 1) * 100);
  // 1.1^40 = 45.2592555681…: chained growth 4425.92555681…%
  CHECK(fixed(*out[0].chained_growth_pct, 4) == "4425.9256");
  CHECK(fixed(*out[0].points[40].real_index, 1) == "4525.9");
}
