#include "parse/csv_reader.h"

#include <fmt/format.h>

namespace zhibiao {

namespace {

// Reads rows field by field; `line` counts physical lines.
class CsvReader {
 public:
  CsvReader(std::string_view text, const std::string& file, Diagnostics& problems, std::size_t max_errors)
      : s_(text), file_(file), problems_(problems), max_errors_(max_errors) {}

  SheetTable read() {
    SheetTable t;
    while (i_ < s_.size()) {
      TableRow row{line_, {}};
      int column = 1;
      for (;;) {
        std::string field = read_field(row.row, column);
        if (auto text = trim_cell(field); !text.empty()) {
          if (++cells_ > kMaxTableCells) {
            error(row.row, column, fmt::format("the table has more than {} cells: not read further", kMaxTableCells));
            return t;
          }
          row.cells.push_back({column, std::move(text)});
        }
        if (i_ < s_.size() && s_[i_] == ',') {
          ++i_, ++column;
          continue;
        }
        end_of_line();
        break;
      }
      if (!row.cells.empty()) t.rows.push_back(std::move(row));
    }
    return t;
  }

 private:
  std::string read_field(int row, int column) {
    std::string out;
    if (i_ < s_.size() && s_[i_] == '"') {
      const int open_line = line_;
      ++i_;
      for (;;) {
        if (i_ >= s_.size()) {
          error(open_line, column, "a quoted cell is not closed (a \" without its closing \")");
          return out;
        }
        char c = s_[i_++];
        if (c == '"') {
          if (i_ < s_.size() && s_[i_] == '"') {
            out += '"', ++i_;
            continue;
          }
          break;
        }
        if (c == '\n') ++line_;
        out += c;
      }
      // Only spaces may follow the closing quote before the next comma.
      std::size_t start = i_;
      while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '\n' && s_[i_] != '\r') ++i_;
      if (!trim_cell(s_.substr(start, i_ - start)).empty())
        error(row, column, "text after a quoted cell's closing \" (write \"\" for a quote inside it)");
      return out;
    }
    std::size_t start = i_;
    while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '\n' && s_[i_] != '\r') ++i_;
    return std::string(s_.substr(start, i_ - start));
  }

  void end_of_line() {
    if (i_ < s_.size() && s_[i_] == '\r') ++i_;
    if (i_ < s_.size() && s_[i_] == '\n') ++i_;
    ++line_;
  }

  void error(int line, int column, std::string message) {
    add_capped(problems_, {file_, {line, column}, Severity::Error, std::move(message)}, max_errors_);
  }

  std::string_view s_;
  const std::string& file_;
  Diagnostics& problems_;
  std::size_t max_errors_;
  std::size_t i_ = 0;
  int line_ = 1;
  std::size_t cells_ = 0;
};

}  // namespace

SheetTable read_csv(std::string_view text, const std::string& file, Diagnostics& problems, std::size_t max_errors) {
  return CsvReader(text, file, problems, max_errors).read();
}

}  // namespace zhibiao
