#pragma once
// CSV (RFC 4180: quoted fields may hold commas, line breaks and doubled
// quotes; CRLF or LF line ends) into a SheetTable. The text must be UTF-8 already
// (see util/encoding.h).
#include <string>
#include <string_view>

#include "parse/table.h"
#include "util/diagnostic.h"

namespace zhibiao {

// The table in `text`; problems (an unclosed quote, text after a closing
// quote) are located against `file` at line:field and added to `problems`.
SheetTable read_csv(std::string_view text, const std::string& file, Diagnostics& problems, std::size_t max_errors);

}  // namespace zhibiao
