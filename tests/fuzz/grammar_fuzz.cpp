// libFuzzer target: the quantity, target and calc grammars must return a
// value or an error for any bytes, never crash, hang or read out of bounds.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "compute/calc.h"
#include "parse/expression.h"
#include "parse/quantity.h"
#include "parse/target.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (zhibiao::utf8::first_invalid(text)) return 0;  // the loader rejects these first
  (void)zhibiao::parse_quantity(text);
  (void)zhibiao::parse_target(text, {zhibiao::parse_unit("亿元"), zhibiao::Direction::Up});
  (void)zhibiao::parse_target(text, {zhibiao::parse_unit("%"), zhibiao::Direction::Down});
  (void)zhibiao::parse_target(text, {zhibiao::parse_unit("万人次"), zhibiao::Direction::Down});
  if (auto e = zhibiao::parse_expression(text)) (void)zhibiao::evaluate_expression(*e);
  return 0;
}
