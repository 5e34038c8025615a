#pragma once
// A figure as a data file holds it: an optional Decimal in 16 bytes.
#include <cstdint>
#include <optional>

#include "model/decimal.h"

namespace zhibiao {

// An optional decimal kept compactly. A value of up to 18 decimals whose
// digits fit an int64 (every figure a report writes: 143.63, 1436300, -2.5,
// 0.000123) is an int64 and its number of decimals, with no GMP memory; any
// other rational (1/3, from a figure divided on its way in) is a Decimal on
// the heap. Read as a std::optional<Decimal>: `if (f)`, `*f` (a Decimal, by
// value), `f->get_num()`, and it converts to std::optional<Decimal>. As `*f`
// is a temporary, keep a copy (`Decimal x = *f`), never a reference into it
// (`const auto& n = f->get_num()` would dangle).
//
// Why: a file of 2,000 indicators over ten years holds 40,000 figures; as
// std::optional<Decimal> each took 40 bytes and two GMP allocations, about
// 1.9 MB in all, more than the file itself (issue 19: memory within 10× of the
// file's size).
class StoredDecimal {
 public:
  StoredDecimal() noexcept {}
  StoredDecimal(std::nullopt_t) noexcept {}
  StoredDecimal(const Decimal& value) { set(value); }
  StoredDecimal(const std::optional<Decimal>& value) {
    if (value) set(*value);
  }
  StoredDecimal(const StoredDecimal& other) { *this = other; }
  StoredDecimal(StoredDecimal&& other) noexcept { *this = std::move(other); }
  StoredDecimal& operator=(const StoredDecimal& other);
  StoredDecimal& operator=(StoredDecimal&& other) noexcept;
  ~StoredDecimal() { reset(); }

  bool has_value() const noexcept { return kind_ != Kind::None; }
  explicit operator bool() const noexcept { return has_value(); }
  // The value (has_value() must be true).
  Decimal operator*() const;
  Decimal value() const;
  operator std::optional<Decimal>() const { return has_value() ? std::optional<Decimal>(**this) : std::nullopt; }
  struct Arrow {
    Decimal value;
    const Decimal* operator->() const { return &value; }
  };
  Arrow operator->() const { return {**this}; }
  void reset() noexcept;

  friend bool operator==(const StoredDecimal& a, const Decimal& b) { return a.has_value() && *a == b; }
  friend bool operator==(const StoredDecimal& a, std::nullopt_t) { return !a.has_value(); }

 private:
  void set(const Decimal& value);
  enum class Kind : std::uint8_t { None, Small, Big };
  union {
    std::int64_t units_ = 0;  // Small: the value × 10^places_
    Decimal* big_;            // Big: owned
  };
  std::uint8_t places_ = 0;
  Kind kind_ = Kind::None;
};

}  // namespace zhibiao
