#pragma once
// The first sheet of an XLSX workbook (Office Open XML) as a SheetTable, read with
// libzip (the archive) and expat (workbook, shared strings, sheet). Cells are
// taken as text: a number is the digits the file stores (1349084.3; an
// exponent form such as 1.5E-3 is written out as 0.0015), never a double.
#include <optional>
#include <string>
#include <string_view>

#include "parse/table.h"
#include "util/diagnostic.h"

namespace zhibiao {

// True when `bytes` start like a ZIP archive (an XLSX file), whatever the
// file is called.
bool looks_like_zip(std::string_view bytes);

// The workbook's first sheet (its name in SheetTable::sheet), or nullopt with a
// problem against `file` when the archive or its XML cannot be read.
std::optional<SheetTable> read_xlsx(std::string_view bytes, const std::string& file, Diagnostics& problems);

// "1.5E-3" → "0.0015", "1.2345E+5" → "123450": the number an XLSX file
// stores in exponent form, written out exactly; other text unchanged.
std::string expand_exponent(std::string_view number);

}  // namespace zhibiao
