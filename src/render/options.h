#pragma once
// What every renderer needs to know: the format, the language, and how to
// show numbers.
#include <cstddef>
#include <optional>
#include <string>

#include "model/decimal.h"

namespace zhibiao {

enum class Format { Table, Markdown, Csv, Tsv, Json, Junit, Github };
enum class Lang { Zh, En };

struct RenderOptions {
  Format format = Format::Table;
  Lang lang = Lang::Zh;
  std::optional<int> precision;  // overrides the precision of the figures
  Rounding rounding = Rounding::HalfUp;
  bool color = false;
  bool bom = false;
  std::size_t width = 0;  // text tables fit this many display columns; 0: unlimited
};

// `zh` or `en` by the options' language.
inline const char* tr(const RenderOptions& o, const char* zh, const char* en) { return o.lang == Lang::Zh ? zh : en; }

// A number for people: `places` decimals (or --precision), rounded.
std::string show(const RenderOptions& o, const Decimal& v, int places);
// show() of a value that may be missing: "" when it is.
std::string show_optional(const RenderOptions& o, const std::optional<Decimal>& v, int places);
// The same with an explicit sign ("+0.30"). A non-zero value that would
// show as zero gets more decimals (up to 4 more), so that a variance never
// reads 0 on a missed target.
std::string show_signed(const RenderOptions& o, const Decimal& v, int places);
// A number for machines (JSON): exact when it needs at most 8 decimals,
// otherwise rounded to 4.
std::string json_number(const Decimal& v, Rounding rounding);

}  // namespace zhibiao
