#include "parse/table.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace zhibiao {

std::string column_name(int column) {
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters;
}

std::string cell_name(int row, int column) { return column_name(column) + std::to_string(row); }

std::string sheet_cell_name(const std::string& sheet, int row, int column) {
  auto plain = [](unsigned char c) { return c >= 0x80 || std::isalnum(c) || c == '_' || c == '.'; };
  bool quote = sheet.empty() || std::isdigit(static_cast<unsigned char>(sheet[0])) ||
               !std::all_of(sheet.begin(), sheet.end(), [&](char c) { return plain(static_cast<unsigned char>(c)); });
  std::string name = sheet;
  if (quote) {
    name.clear();
    for (char c : sheet) name += c == '\'' ? std::string("''") : std::string(1, c);
    name = "'" + name + "'";
  }
  return name + "!" + cell_name(row, column);
}

std::string trim_cell(std::string_view s) {
  static constexpr std::array<std::string_view, 7> kSpaces = {" ",        "\t",           "\r",          "\n",
                                                              "\xC2\xA0", "\xE3\x80\x80", "\xEF\xBB\xBF"};
  for (bool again = true; again && !s.empty();) {
    again = false;
    for (auto sp : kSpaces) {
      if (s.starts_with(sp)) s.remove_prefix(sp.size()), again = true;
      if (s.ends_with(sp)) s.remove_suffix(sp.size()), again = true;
    }
  }
  return std::string(s);
}

}  // namespace zhibiao
