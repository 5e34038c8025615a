#include "render/options.h"

namespace zhibiao {

std::string show(const RenderOptions& o, const Decimal& v, int places) {
  return format_fixed(v, o.precision.value_or(places), o.rounding);
}

std::string show_optional(const RenderOptions& o, const std::optional<Decimal>& v, int places) {
  return v ? show(o, *v, places) : "";
}

std::string show_signed(const RenderOptions& o, const Decimal& v, int places) {
  int p = o.precision.value_or(places);
  for (int extra = 0; extra < 4 && sgn(v) != 0 && sgn(round_to(v, p, o.rounding)) == 0; ++extra) ++p;
  std::string s = format_fixed(v, p, o.rounding);
  if (s[0] != '-' && s.find_first_not_of("0.") != std::string::npos) s.insert(0, "+");
  return s;
}

std::string json_number(const Decimal& v, Rounding rounding) {
  if (auto places = exact_places(v, 8)) return format_fixed(v, *places, rounding);
  return format_trimmed(v, 4, rounding);
}

}  // namespace zhibiao
