#pragma once
// A quantity as written (SPEC §1), before it is put in an indicator's unit.
#include <string>

#include "model/decimal.h"

namespace zhibiao {

struct QuantityText {
  Decimal number;  // signed; the magnitude is not applied
  bool has_sign = false;
  int exponent = 0;  // from the magnitude (万 = 4), 0 if none
  bool has_magnitude = false;
  std::string unit;  // canonical: "%", "‰", "pp", "元", or "" for none
};

}  // namespace zhibiao
