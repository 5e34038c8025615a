#include "model/stored_decimal.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace zhibiao {

namespace {

constexpr int kMaxPlaces = 18;  // 10^18 < 2^63

constexpr std::uint64_t power_of_ten(int n) {
  std::uint64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

}  // namespace

void StoredDecimal::set(const Decimal& value) {
  reset();
  // A decimal's reduced denominator is 2^a·5^b; it needs max(a, b) decimals.
  const mpz_class& den = value.get_den();
  const mpz_class& num = value.get_num();
  if (mpz_fits_ulong_p(den.get_mpz_t()) && mpz_fits_slong_p(num.get_mpz_t())) {
    std::uint64_t d = mpz_get_ui(den.get_mpz_t());
    int twos = 0, fives = 0;
    while (d % 2 == 0) d /= 2, ++twos;
    while (d % 5 == 0) d /= 5, ++fives;
    const int places = std::max(twos, fives);
    long long units = 0;
    if (d == 1 && places <= kMaxPlaces &&
        !__builtin_mul_overflow(static_cast<long long>(mpz_get_si(num.get_mpz_t())),
                                static_cast<long long>(power_of_ten(places) / mpz_get_ui(den.get_mpz_t())), &units) &&
        units != std::numeric_limits<long long>::min()) {  // kept symmetric: -units always fits
      units_ = units;
      places_ = static_cast<std::uint8_t>(places);
      kind_ = Kind::Small;
      return;
    }
  }
  big_ = new Decimal(value);
  kind_ = Kind::Big;
}

Decimal StoredDecimal::operator*() const {
  if (kind_ == Kind::Big) return *big_;
  Decimal r;
  if (kind_ == Kind::None) return r;
  // units_ / 10^places_ in lowest terms (GMP's canonical form), without GMP's gcd.
  const std::uint64_t scale = power_of_ten(places_);
  const std::uint64_t magnitude =
      units_ < 0 ? 0 - static_cast<std::uint64_t>(units_) : static_cast<std::uint64_t>(units_);
  const std::uint64_t g = std::gcd(magnitude, scale);
  mpz_set_si(r.get_num_mpz_t(), units_ / static_cast<std::int64_t>(g));
  mpz_set_ui(r.get_den_mpz_t(), scale / g);
  return r;
}

Decimal StoredDecimal::value() const {
  if (!has_value()) throw std::bad_optional_access();
  return **this;
}

void StoredDecimal::reset() noexcept {
  if (kind_ == Kind::Big) delete big_;
  units_ = 0;
  places_ = 0;
  kind_ = Kind::None;
}

StoredDecimal& StoredDecimal::operator=(const StoredDecimal& other) {
  if (this == &other) return *this;
  if (other.kind_ == Kind::Big) {
    Decimal* copy = new Decimal(*other.big_);
    reset();
    big_ = copy;
  } else {
    reset();
    units_ = other.units_;
  }
  places_ = other.places_;
  kind_ = other.kind_;
  return *this;
}

StoredDecimal& StoredDecimal::operator=(StoredDecimal&& other) noexcept {
  if (this == &other) return *this;
  reset();
  if (other.kind_ == Kind::Big) big_ = other.big_;
  else units_ = other.units_;
  places_ = other.places_;
  kind_ = other.kind_;
  other.kind_ = Kind::None;
  other.units_ = 0;
  return *this;
}

}  // namespace zhibiao
