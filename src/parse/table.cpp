#include "parse/table.h"

#include <array>
#include <string_view>

namespace zhibiao {

std::string column_name(int column) {
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters;
}

std::string cell_name(int row, int column) { return column_name(column) + std::to_string(row); }

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
