#include "render/xlsx.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>

#include <unistd.h>
#include <xlsxwriter.h>

#include "util/shared_library.h"
#include "util/utf8.h"

namespace zhibiao {

namespace {

// libxlsxwriter is opened on the first workbook written (util/shared_library.h).
// clang-format off
#define ZHIBIAO_XLSXWRITER_FUNCTIONS(X) \
  X(format_set_bg_color) \
  X(format_set_bold) \
  X(format_set_bottom) \
  X(format_set_font_color) \
  X(format_set_num_format) \
  X(format_set_pattern) \
  X(lxw_strerror) \
  X(workbook_add_format) \
  X(workbook_add_worksheet) \
  X(workbook_close) \
  X(workbook_new_opt) \
  X(worksheet_freeze_panes) \
  X(worksheet_set_column) \
  X(worksheet_write_number) \
  X(worksheet_write_string)
// clang-format on

struct XlsxWriter {
  ZHIBIAO_XLSXWRITER_FUNCTIONS(ZHIBIAO_LIBRARY_MEMBER)
};

const XlsxWriter* load_xlsxwriter(std::string& error) {
  return load_library<XlsxWriter>(
      ZHIBIAO_SONAME_XLSXWRITER,
      [](XlsxWriter& api, Symbols& symbols) { ZHIBIAO_XLSXWRITER_FUNCTIONS(ZHIBIAO_LIBRARY_BIND) }, error);
}

// Fill and font colours of Excel's own Good / Bad / Neutral cell styles, and
// a grey for pending.
struct ToneColours {
  lxw_color_t fill, font;
};
ToneColours colours_of(Tone t) {
  switch (t) {
    case Tone::Good: return {0xC6EFCE, 0x006100};
    case Tone::Bad: return {0xFFC7CE, 0x9C0006};
    case Tone::Amber: return {0xFFEB9C, 0x9C5700};
    case Tone::Muted: return {0xE7E6E6, 0x595959};
    case Tone::None: break;
  }
  return {0, 0};
}

// A scratch file's name, removed when it goes out of scope.
class ScratchFile {
 public:
  ScratchFile() {
    const char* dir = std::getenv("TMPDIR");
    path_ = std::string(dir && *dir ? dir : "/tmp") + "/zhibiao-XXXXXX.xlsx";
    int fd = mkstemps(path_.data(), 5);
    if (fd < 0)
      throw XlsxError("cannot make a scratch file for the workbook in " + path_.substr(0, path_.rfind('/')) + ": " +
                      std::strerror(errno));
    close(fd);
  }
  ~ScratchFile() { std::remove(path_.c_str()); }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The formats of one workbook, made once each: per tone (status cells) and
// per number of decimals (number cells).
class Formats {
 public:
  Formats(const XlsxWriter& lxw, lxw_workbook* wb) : lxw_(lxw), wb_(wb) {}

  lxw_format* header() {
    if (!header_) {
      header_ = lxw_.workbook_add_format(wb_);
      lxw_.format_set_bold(header_);
      lxw_.format_set_bottom(header_, LXW_BORDER_THIN);
    }
    return header_;
  }
  lxw_format* tone(Tone t) {
    if (t == Tone::None) return nullptr;
    auto& f = tones_[t];
    if (!f) {
      f = lxw_.workbook_add_format(wb_);
      lxw_.format_set_pattern(f, LXW_PATTERN_SOLID);
      lxw_.format_set_bg_color(f, colours_of(t).fill);
      lxw_.format_set_font_color(f, colours_of(t).font);
    }
    return f;
  }
  lxw_format* number(int places) {
    auto& f = numbers_[places];
    if (!f) {
      f = lxw_.workbook_add_format(wb_);
      lxw_.format_set_num_format(f, xlsx_number_format(places).c_str());
    }
    return f;
  }

 private:
  const XlsxWriter& lxw_;
  lxw_workbook* wb_;
  lxw_format* header_ = nullptr;
  std::map<Tone, lxw_format*> tones_;
  std::map<int, lxw_format*> numbers_;
};

void check(const XlsxWriter& lxw, lxw_error e, const char* what) {
  if (e != LXW_NO_ERROR)
    throw XlsxError(std::string("cannot write the workbook (") + what + "): " + lxw.lxw_strerror(e));
}

// Excel holds at most 32767 characters in a cell: a longer text (a name from
// a file of megabytes) is cut, with "…", rather than failing the workbook.
std::string cell_text(const std::string& text) {
  constexpr std::size_t kMaxChars = 32767;
  if (text.size() <= kMaxChars) return text;  // bytes ≥ characters
  std::size_t at = 0, chars = 0;
  while (at < text.size() && chars < kMaxChars - 1) {
    utf8::next(text, at);
    ++chars;
  }
  return at < text.size() ? text.substr(0, at) + "…" : text;
}

// Display width of a cell as Excel sizes columns: about one unit per Latin
// character and two per Han character, with a little room; at most 60.
double column_width(std::size_t display_width) { return std::min<double>(60, static_cast<double>(display_width) + 2); }

void fill_sheet(const XlsxWriter& lxw, lxw_worksheet* ws, Formats& formats, const DataTable& t, Rounding rounding) {
  std::vector<std::size_t> widths(t.headers.size(), 0);
  for (std::size_t c = 0; c < t.headers.size(); ++c) {
    check(lxw, lxw.worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), t.headers[c].c_str(), formats.header()),
          "header");
    widths[c] = utf8::display_width(t.headers[c]);
  }
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (std::size_t c = 0; c < t.rows[r].size() && c < widths.size(); ++c) {
      const DataCell& cell = t.rows[r][c];
      const auto col = static_cast<lxw_col_t>(c);
      if (cell.number) {
        // The one place an exact Decimal becomes a double: an .xlsx number
        // is an IEEE double. It is parsed from the text JSON writes
        // (json_number: exact up to 8 decimals), so that the stored number
        // is the double nearest to JSON's — no figure is computed in double.
        std::string text = json_number(*cell.number, rounding);
        double value = std::strtod(text.c_str(), nullptr);
        check(lxw, lxw.worksheet_write_number(ws, row, col, value, formats.number(cell.places)), "number");
        widths[c] = std::max(widths[c], text.size());
      } else if (!cell.text.empty()) {
        check(lxw, lxw.worksheet_write_string(ws, row, col, cell_text(cell.text).c_str(), formats.tone(cell.tone)),
              "text");
        widths[c] = std::max(widths[c], utf8::display_width(cell.text));
      }
    }
  }
  for (std::size_t c = 0; c < widths.size(); ++c)
    check(lxw,
          lxw.worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), column_width(widths[c]),
                                   nullptr),
          "column width");
  lxw.worksheet_freeze_panes(ws, 1, 0);  // the header row stays in view
}

}  // namespace

std::string xlsx_number_format(int places) {
  if (places <= 0) return "0";
  return "0." + std::string(static_cast<std::size_t>(places), '0');
}

std::string render_xlsx(const DataTable& t, Rounding rounding) {
  std::string error;
  const XlsxWriter* loaded = load_xlsxwriter(error);
  if (!loaded) throw XlsxError("XLSX cannot be written on this system: " + error);
  const XlsxWriter& lxw = *loaded;
  ScratchFile scratch;
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  lxw_workbook* wb = lxw.workbook_new_opt(scratch.path().c_str(), &options);
  if (!wb) throw XlsxError("cannot write the workbook: " + std::string(std::strerror(errno ? errno : ENOMEM)));
  lxw_worksheet* ws = lxw.workbook_add_worksheet(wb, t.name.empty() ? nullptr : t.name.c_str());
  if (!ws) {
    lxw.workbook_close(wb);
    throw XlsxError("cannot add the sheet '" + t.name + "' to the workbook");
  }
  Formats formats(lxw, wb);
  try {
    fill_sheet(lxw, ws, formats, t, rounding);
  } catch (...) {
    lxw.workbook_close(wb);
    throw;
  }
  check(lxw, lxw.workbook_close(wb), "closing");
  std::ifstream in(scratch.path(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) throw XlsxError("cannot read back the workbook from " + scratch.path());
  return bytes;
}

}  // namespace zhibiao
