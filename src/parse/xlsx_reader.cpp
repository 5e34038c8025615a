#include "parse/xlsx_reader.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

#include <expat.h>
#include <fmt/format.h>
#include <zip.h>

#include "util/shared_library.h"

namespace zhibiao {

namespace {

// libzip and expat are opened on the first XLSX read (util/shared_library.h).
// clang-format off
#define ZHIBIAO_ZIP_FUNCTIONS(X) \
  X(zip_discard) \
  X(zip_error_fini) \
  X(zip_error_init) \
  X(zip_error_strerror) \
  X(zip_fclose) \
  X(zip_fopen) \
  X(zip_fread) \
  X(zip_name_locate) \
  X(zip_open_from_source) \
  X(zip_source_buffer_create) \
  X(zip_source_free)
#define ZHIBIAO_EXPAT_FUNCTIONS(X) \
  X(XML_ErrorString) \
  X(XML_GetCurrentLineNumber) \
  X(XML_GetErrorCode) \
  X(XML_Parse) \
  X(XML_ParserCreate) \
  X(XML_ParserFree) \
  X(XML_SetCharacterDataHandler) \
  X(XML_SetElementHandler) \
  X(XML_SetStartDoctypeDeclHandler) \
  X(XML_SetUserData) \
  X(XML_StopParser)
// clang-format on

struct Zip {
  ZHIBIAO_ZIP_FUNCTIONS(ZHIBIAO_LIBRARY_MEMBER)
};
struct Expat {
  ZHIBIAO_EXPAT_FUNCTIONS(ZHIBIAO_LIBRARY_MEMBER)
};

const Zip* load_zip(std::string& error) {
  return load_library<Zip>(
      ZHIBIAO_SONAME_ZIP, [](Zip& api, Symbols& symbols) { ZHIBIAO_ZIP_FUNCTIONS(ZHIBIAO_LIBRARY_BIND) }, error);
}
const Expat* load_expat(std::string& error) {
  return load_library<Expat>(
      ZHIBIAO_SONAME_EXPAT, [](Expat& api, Symbols& symbols) { ZHIBIAO_EXPAT_FUNCTIONS(ZHIBIAO_LIBRARY_BIND) }, error);
}

// XML parts larger than this are refused, not read (a ZIP can hold a
// "bomb" that inflates without end).
constexpr std::size_t kMaxPartBytes = 16u << 20;
constexpr int kMaxRow = 1048576;  // Excel's limits
constexpr int kMaxColumn = 16384;

using Attributes = const XML_Char**;

std::string_view local_name(std::string_view qname) {
  auto colon = qname.rfind(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

const char* attribute(Attributes attrs, std::string_view local) {
  for (int i = 0; attrs[i]; i += 2)
    if (local_name(attrs[i]) == local) return attrs[i + 1];
  return nullptr;
}

// An XML part's handlers: called by expat with the part's elements and text.
struct XmlHandler {
  std::function<void(std::string_view name, Attributes attrs)> start;
  std::function<void(std::string_view name)> end;
  std::function<void(std::string_view text)> text;
};

// What expat hands to the callbacks: the part's handler and the parser.
struct XmlContext {
  XmlHandler* h;
  XML_Parser parser;
  const Expat* expat;
};

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attrs) {
  auto* c = static_cast<XmlContext*>(data);
  if (c->h->start) c->h->start(local_name(name), attrs);
}
void XMLCALL on_end(void* data, const XML_Char* name) {
  auto* c = static_cast<XmlContext*>(data);
  if (c->h->end) c->h->end(local_name(name));
}
void XMLCALL on_text(void* data, const XML_Char* s, int len) {
  auto* c = static_cast<XmlContext*>(data);
  if (c->h->text) c->h->text(std::string_view(s, static_cast<std::size_t>(len)));
}

// An XLSX part has no DOCTYPE; one could declare entities (billion laughs).
void XMLCALL on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  auto* c = static_cast<XmlContext*>(data);
  c->expat->XML_StopParser(c->parser, XML_FALSE);
}

struct ZipCloser {
  const Zip* libzip;
  void operator()(zip_t* z) const { libzip->zip_discard(z); }
};
struct ParserFree {
  const Expat* expat;
  void operator()(XML_ParserStruct* p) const { expat->XML_ParserFree(p); }
};

class XlsxReader {
 public:
  XlsxReader(const Zip& libzip, const Expat& expat, std::string_view bytes, const std::string& file,
             Diagnostics& problems)
      : libzip_(libzip), expat_(expat), bytes_(bytes), file_(file), problems_(problems), zip_(nullptr, {&libzip}) {}

  std::optional<SheetTable> read() {
    zip_error_t error;
    libzip_.zip_error_init(&error);
    zip_source_t* src = libzip_.zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
    if (!src) return fail("cannot read the XLSX archive");
    zip_.reset(libzip_.zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!zip_) {
      libzip_.zip_source_free(src);
      std::string why = libzip_.zip_error_strerror(&error);
      libzip_.zip_error_fini(&error);
      return fail(fmt::format("not a readable XLSX workbook ({})", why));
    }
    libzip_.zip_error_fini(&error);
    auto sheet_path = first_sheet();
    if (!sheet_path) return std::nullopt;
    if (has("xl/sharedStrings.xml") && !read_shared_strings()) return std::nullopt;
    if (!read_sheet(*sheet_path)) return std::nullopt;
    for (auto& r : table_.rows)
      std::stable_sort(r.cells.begin(), r.cells.end(),
                       [](const TableCell& a, const TableCell& b) { return a.column < b.column; });
    std::stable_sort(table_.rows.begin(), table_.rows.end(),
                     [](const TableRow& a, const TableRow& b) { return a.row < b.row; });
    return std::move(table_);
  }

 private:
  std::nullopt_t fail(std::string message) {
    problems_.push_back({file_, {}, Severity::Error, std::move(message)});
    return std::nullopt;
  }

  bool has(const std::string& path) { return libzip_.zip_name_locate(zip_.get(), path.c_str(), 0) >= 0; }

  // Streams the part at `path` through expat into `h`; false (with a problem)
  // when it is missing, too large or not well-formed XML.
  bool parse(const std::string& path, XmlHandler& h) {
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(libzip_.zip_fopen(zip_.get(), path.c_str(), 0),
                                                        libzip_.zip_fclose);
    if (!f) return fail(fmt::format("the XLSX workbook has no readable {}", path)), false;
    std::unique_ptr<XML_ParserStruct, ParserFree> parser(expat_.XML_ParserCreate("UTF-8"), {&expat_});
    if (!parser) return fail("out of memory"), false;
    XML_Parser p = parser.get();
    XmlContext context{&h, p, &expat_};
    expat_.XML_SetUserData(p, &context);
    expat_.XML_SetElementHandler(p, on_start, on_end);
    expat_.XML_SetCharacterDataHandler(p, on_text);
    expat_.XML_SetStartDoctypeDeclHandler(p, on_doctype);
    char buf[1 << 16];
    std::size_t total = 0;
    for (;;) {
      zip_int64_t n = libzip_.zip_fread(f.get(), buf, sizeof buf);
      if (n < 0) return fail(fmt::format("the XLSX workbook's {} cannot be read (a damaged archive)", path)), false;
      total += static_cast<std::size_t>(n);
      if (total > kMaxPartBytes)
        return fail(fmt::format("the XLSX workbook's {} is too large (over {} MiB)", path, kMaxPartBytes >> 20)), false;
      if (expat_.XML_Parse(p, buf, static_cast<int>(n), n == 0) == XML_STATUS_ERROR) {
        const char* why = expat_.XML_GetErrorCode(p) == XML_ERROR_ABORTED
                              ? "a DOCTYPE, which XLSX never has"
                              : expat_.XML_ErrorString(expat_.XML_GetErrorCode(p));
        return fail(fmt::format("the XLSX workbook's {} is not well-formed XML (line {}: {})", path,
                                expat_.XML_GetCurrentLineNumber(p), why)),
               false;
      }
      if (n == 0) return true;
    }
  }

  // The first sheet's part name, from xl/workbook.xml and its relationships.
  std::optional<std::string> first_sheet() {
    std::string name, rel;
    XmlHandler wb;
    wb.start = [&](std::string_view tag, Attributes a) {
      if (tag != "sheet" || !name.empty()) return;
      const char* n = attribute(a, "name");
      const char* id = attribute(a, "id");
      name = n ? n : "Sheet1";
      rel = id ? id : "";
    };
    if (!parse("xl/workbook.xml", wb)) return std::nullopt;
    if (name.empty()) return fail("the XLSX workbook has no sheet");
    table_.sheet = name;
    std::string target;
    XmlHandler rels;
    rels.start = [&](std::string_view tag, Attributes a) {
      const char* id = attribute(a, "Id");
      const char* t = attribute(a, "Target");
      if (tag == "Relationship" && id && t && id == rel) target = t;
    };
    if (has("xl/_rels/workbook.xml.rels") && !parse("xl/_rels/workbook.xml.rels", rels)) return std::nullopt;
    if (target.empty()) return std::string("xl/worksheets/sheet1.xml");
    return target.starts_with('/') ? target.substr(1) : "xl/" + target;
  }

  bool read_shared_strings() {
    std::string current;
    int phonetic = 0;  // inside <rPh>: a reading aid, not the cell's text
    bool in_t = false;
    XmlHandler h;
    h.start = [&](std::string_view tag, Attributes) {
      if (tag == "si") current.clear();
      else if (tag == "rPh") ++phonetic;
      else if (tag == "t") in_t = true;
    };
    h.end = [&](std::string_view tag) {
      if (tag == "si" && shared_.size() < kMaxTableCells) shared_.push_back(current);
      else if (tag == "rPh") --phonetic;
      else if (tag == "t") in_t = false;
    };
    h.text = [&](std::string_view s) {
      if (in_t && phonetic == 0) current += s;
    };
    return parse("xl/sharedStrings.xml", h);
  }

  bool read_sheet(const std::string& path) {
    int row = 0, column = 0;
    std::string type, value, inline_text;
    bool in_v = false, in_t = false, in_cell = false;
    int phonetic = 0;
    bool bad = false;
    XmlHandler h;
    h.start = [&](std::string_view tag, Attributes a) {
      if (tag == "row") {
        const char* r = attribute(a, "r");
        row = r ? std::atoi(r) : row + 1;
        column = 0;
        if (row < 1 || row > kMaxRow) bad = true;
      } else if (tag == "c") {
        in_cell = true;
        const char* r = attribute(a, "r");
        const char* t = attribute(a, "t");
        column = r ? column_of(r) : column + 1;
        if (column < 1 || column > kMaxColumn) bad = true;
        type = t ? t : "n";
        value.clear(), inline_text.clear();
      } else if (tag == "v") in_v = true;
      else if (tag == "t") in_t = true;
      else if (tag == "rPh") ++phonetic;
    };
    h.end = [&](std::string_view tag) {
      if (tag == "v") in_v = false;
      else if (tag == "t") in_t = false;
      else if (tag == "rPh") --phonetic;
      else if (tag == "c") {
        in_cell = false;
        if (!bad && !too_many_) add_cell(row, column, cell_text(type, value, inline_text, row, column));
      }
    };
    h.text = [&](std::string_view s) {
      if (!in_cell) return;
      if (in_v) value += s;
      else if (in_t && phonetic == 0) inline_text += s;
    };
    if (!parse(path, h)) return false;
    if (too_many_)
      return fail(fmt::format("the XLSX sheet '{}' has more than {} cells: not read", table_.sheet, kMaxTableCells)),
             false;
    if (bad)
      return fail(fmt::format("the XLSX sheet '{}' names a row or column beyond Excel's limits", table_.sheet)), false;
    return true;
  }

  // "C7" → 3 (the letters before the row number).
  static int column_of(std::string_view ref) {
    int c = 0;
    for (char ch : ref) {
      if (ch < 'A' || ch > 'Z') break;
      c = c * 26 + (ch - 'A' + 1);
      if (c > kMaxColumn) return -1;
    }
    return c;
  }

  std::string cell_text(const std::string& type, const std::string& value, const std::string& inline_text, int row,
                        int column) {
    if (type == "s") {
      std::size_t i = 0;
      bool digits = !value.empty() && value.size() < 10 &&
                    std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (digits) i = std::stoul(value);
      if (!digits || i >= shared_.size()) {
        problems_.push_back(
            {file_,
             {},
             Severity::Error,
             fmt::format("the cell points to shared string '{}', which the workbook does not have", value),
             0,
             sheet_cell_name(table_.sheet, row, column)});
        return "";
      }
      return shared_[i];
    }
    if (type == "inlineStr") return inline_text;
    if (type == "b") return value == "1" ? "TRUE" : "FALSE";
    if (type == "n") return expand_exponent(value);
    return value;  // str (a formula's text), e (an error such as #N/A), d (a date)
  }

  void add_cell(int row, int column, const std::string& text) {
    std::string t = trim_cell(text);
    if (t.empty()) return;
    if (++cells_ > kMaxTableCells) {
      too_many_ = true;
      return;
    }
    if (table_.rows.empty() || table_.rows.back().row != row) table_.rows.push_back({row, {}});
    table_.rows.back().cells.push_back({column, std::move(t)});
  }

  const Zip& libzip_;
  const Expat& expat_;
  std::string_view bytes_;
  const std::string& file_;
  Diagnostics& problems_;
  std::unique_ptr<zip_t, ZipCloser> zip_;
  std::vector<std::string> shared_;
  SheetTable table_;
  std::size_t cells_ = 0;
  bool too_many_ = false;
};

}  // namespace

bool looks_like_zip(std::string_view bytes) { return bytes.starts_with(std::string_view("PK\x03\x04", 4)); }

std::optional<SheetTable> read_xlsx(std::string_view bytes, const std::string& file, Diagnostics& problems) {
  std::string error;
  const Zip* libzip = load_zip(error);
  const Expat* expat = libzip ? load_expat(error) : nullptr;
  if (!expat) {
    problems.push_back({file, {}, Severity::Error, "XLSX cannot be read on this system: " + error});
    return std::nullopt;
  }
  return XlsxReader(*libzip, *expat, bytes, file, problems).read();
}

std::string expand_exponent(std::string_view number) {
  auto e = number.find_first_of("eE");
  if (e == std::string_view::npos) return std::string(number);
  std::string_view mantissa = number.substr(0, e), exp_text = number.substr(e + 1);
  std::string sign;
  if (!mantissa.empty() && (mantissa[0] == '-' || mantissa[0] == '+')) {
    if (mantissa[0] == '-') sign = "-";
    mantissa.remove_prefix(1);
  }
  bool exp_negative = false;
  if (!exp_text.empty() && (exp_text[0] == '-' || exp_text[0] == '+')) {
    exp_negative = exp_text[0] == '-';
    exp_text.remove_prefix(1);
  }
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (exp_text.empty() || exp_text.size() > 3 || !std::all_of(exp_text.begin(), exp_text.end(), digit))
    return std::string(number);
  std::size_t dot = mantissa.find('.');
  std::string digits(mantissa.substr(0, dot));
  std::size_t point = digits.size();  // the decimal point stands before digits[point]
  if (dot != std::string_view::npos) digits += mantissa.substr(dot + 1);
  if (digits.empty() || !std::all_of(digits.begin(), digits.end(), digit)) return std::string(number);
  long shift = std::stol(std::string(exp_text));
  long at = static_cast<long>(point) + (exp_negative ? -shift : shift);
  if (at <= 0) digits.insert(0, static_cast<std::size_t>(-at + 1), '0'), at = 1;
  if (at > static_cast<long>(digits.size())) digits.append(static_cast<std::size_t>(at) - digits.size(), '0');
  std::string whole = digits.substr(0, static_cast<std::size_t>(at));
  std::string frac = digits.substr(static_cast<std::size_t>(at));
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
  return sign + whole + (frac.empty() ? "" : "." + frac);
}

}  // namespace zhibiao
