#pragma once
// Year over year (SPEC §3): change, growth, index, two-year average, CAGR and
// chained growth for every series.
#include <optional>
#include <vector>

#include "model/dataset.h"

namespace zhibiao {

struct YoyPoint {
  int year = 0;
  std::optional<Decimal> value;
  std::optional<Decimal> change;      // from the year before
  std::optional<Decimal> growth_pct;  // from levels; pp for rates
  std::optional<Decimal> reported_growth_pct;
  std::optional<Decimal> index;             // first year = 100, from levels (nominal for money)
  std::optional<Decimal> real_index;        // first year = 100, chained reported growths (comparable)
  std::optional<Decimal> two_year_avg_pct;  // geometric
  bool gap = false;                         // the year before is missing: no yearly growth
  bool mismatch = false;                    // reported and computed growth differ by > 0.1 pp (current basis)
};

struct YoySeries {
  const Dataset* dataset = nullptr;
  const Indicator* indicator = nullptr;
  std::vector<YoyPoint> points;
  std::optional<Decimal> cagr_pct;            // from levels
  std::optional<Decimal> chained_growth_pct;  // Π(1+g)−1 over the years after the first
  // Whether chained_growth_pct chains reported (comparable-price) growths
  // only: a real figure beside the nominal CAGR from levels.
  bool chained_is_real = false;
  // Whether it chains nominal growths only: a current-price indicator's, or
  // growths from levels with no reported growth among them.
  bool chained_is_nominal = false;
  std::optional<Decimal> real_cagr_pct;  // (Π(1+gᵢ))^(1/years)−1 of reported growths
  int first_year = 0, last_year = 0;
  int month = 12;  // < 12: the part-years January to this month of consecutive years (SPEC §8)
};

// The most decimals any output shows of a figure (--precision is 0..12;
// JSON shows up to eight, or four).
constexpr int kMaxShownPlaces = 12;

// The running products 1, f1, f1·f2, … of positive `factors`, each either
// exact or a value that rounds as the exact one does to `shown_places`
// decimals or fewer (and has more than eight decimals exactly when the exact
// one has), computed in time linear in the factors for products of bounded
// size; nullopt when that cannot be proved (then multiply exactly).
std::optional<std::vector<Decimal>> bracketed_products(const std::vector<Decimal>& factors, int shown_places);

// The series of every indicator of `ds` with figures in [from, to]: its
// years, or with `month` < 12 its part-years January to `month`.
std::vector<YoySeries> year_over_year(const Dataset& ds, std::optional<int> from, std::optional<int> to,
                                      int month = 12);

}  // namespace zhibiao
