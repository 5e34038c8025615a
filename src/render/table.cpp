#include "render/table.h"

#include <algorithm>

#include "util/utf8.h"

namespace zhibiao {

namespace {

Align align_of(const Table& t, std::size_t col) { return col < t.align.size() ? t.align[col] : Align::Left; }

std::string pad(const std::string& s, std::size_t width, Align align) {
  std::size_t w = utf8::display_width(s);
  std::string fill(width > w ? width - w : 0, ' ');
  return align == Align::Left ? s + fill : fill + s;
}

}  // namespace

std::string render_text(const Table& t) {
  const std::size_t last = t.headers.empty() ? 0 : t.headers.size() - 1;
  auto fit = [&](const std::vector<std::string>& cells, std::size_t c) {
    std::string_view s = c < cells.size() ? std::string_view(cells[c]) : std::string_view();
    return c == last ? std::string(s) : utf8::fit_width(s, kMaxCellWidth);
  };
  std::vector<std::size_t> widths(t.headers.size(), 0);
  for (std::size_t c = 0; c < t.headers.size(); ++c) widths[c] = utf8::display_width(fit(t.headers, c));
  for (const auto& row : t.rows)
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
      widths[c] = std::max(widths[c], utf8::display_width(fit(row, c)));
  auto line = [&](const std::vector<std::string>& cells, const std::vector<std::string>* styles) {
    std::string out;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      std::string cell = fit(cells, c);
      if (c != last || align_of(t, c) == Align::Right) cell = pad(cell, widths[c], align_of(t, c));
      const std::string* style = styles && c < styles->size() && !(*styles)[c].empty() ? &(*styles)[c] : nullptr;
      if (c > 0) out += "  ";
      out += style ? *style + cell + "\x1b[0m" : cell;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
  };
  std::string out = line(t.headers, nullptr);
  std::size_t total = 0;
  for (auto w : widths) total += w;
  total += widths.empty() ? 0 : 2 * (widths.size() - 1);
  for (std::size_t i = 0; i < total; ++i) out += "─";
  out += "\n";
  for (std::size_t r = 0; r < t.rows.size(); ++r) out += line(t.rows[r], r < t.styles.size() ? &t.styles[r] : nullptr);
  return out;
}

std::string render_markdown(const Table& t) {
  auto escape = [](const std::string& s) {
    std::string out;
    for (char c : s) {
      if (c == '|') out += "\\|";
      else if (c == '\n') out += ' ';
      else out += c;
    }
    return out;
  };
  std::string out = "|";
  for (const auto& h : t.headers) out += " " + escape(h) + " |";
  out += "\n|";
  for (std::size_t c = 0; c < t.headers.size(); ++c) out += align_of(t, c) == Align::Right ? " ---: |" : " --- |";
  out += "\n";
  for (const auto& row : t.rows) {
    out += "|";
    for (std::size_t c = 0; c < t.headers.size(); ++c) out += " " + escape(c < row.size() ? row[c] : "") + " |";
    out += "\n";
  }
  return out;
}

bool formula_like(std::string_view cell) {
  if (cell.empty() || std::string_view("=+-@\t\r").find(cell[0]) == std::string_view::npos) return false;
  std::string_view s = cell;
  if (s[0] == '+' || s[0] == '-') s.remove_prefix(1);
  if (s.size() >= 2 && s.substr(s.size() - 2) == "pp") s.remove_suffix(2);
  else if (!s.empty() && s.back() == '%') s.remove_suffix(1);
  std::size_t digits = 0, dots = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') ++digits;
    else if (c == '.') ++dots;
    else return true;
  }
  return digits == 0 || dots > 1;
}

namespace {
std::string defused(const std::string& s) { return formula_like(s) ? "'" + s : s; }
}  // namespace

std::string render_csv(const Table& t, bool bom) {
  auto field = [](const std::string& raw) {
    std::string s = defused(raw);
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
      if (c == '"') out += '"';
      out += c;
    }
    return out + "\"";
  };
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t c = 0; c < cells.size(); ++c) out += (c ? "," : "") + field(cells[c]);
    return out + "\r\n";
  };
  std::string out = bom ? "\xEF\xBB\xBF" : "";
  out += line(t.headers);
  for (const auto& row : t.rows) out += line(row);
  return out;
}

std::string render_tsv(const Table& t) {
  auto line = [](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c) out += '\t';
      for (char ch : defused(cells[c])) out += (ch == '\t' || ch == '\n' || ch == '\r') ? ' ' : ch;
    }
    return out + "\n";
  };
  std::string out = line(t.headers);
  for (const auto& row : t.rows) out += line(row);
  return out;
}

}  // namespace zhibiao
