#pragma once
// Excel workbooks (`--format xlsx`), written with libxlsxwriter: one sheet per
// table, numbers as numbers shown with their display decimals, status cells
// filled by their tone, a frozen header row, columns as wide as their text.
#include <stdexcept>
#include <string>

#include "render/data_table.h"

namespace zhibiao {

// The workbook could not be made (no room for the scratch file, …).
struct XlsxError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The bytes of an .xlsx workbook holding `t` on one sheet. libxlsxwriter
// writes only to a file: the workbook is built in a scratch file in $TMPDIR
// (else /tmp), read back and the file removed, so that the caller decides
// where the bytes go, as for every other format. Numbers are JSON's
// (json_number with `rounding`). Throws XlsxError.
std::string render_xlsx(const DataTable& t, Rounding rounding);

// The Excel number format of `places` decimals: "0", "0.0", "0.00" …
std::string xlsx_number_format(int places);

}  // namespace zhibiao
