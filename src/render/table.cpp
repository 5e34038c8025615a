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
  std::vector<std::size_t> widths(t.headers.size(), 0);
  for (std::size_t c = 0; c < t.headers.size(); ++c) widths[c] = utf8::display_width(t.headers[c]);
  for (const auto& row : t.rows)
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
      widths[c] = std::max(widths[c], utf8::display_width(row[c]));
  auto line = [&](const std::vector<std::string>& cells, const std::vector<std::string>* styles) {
    std::string out;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      std::string cell = pad(c < cells.size() ? cells[c] : "", widths[c], align_of(t, c));
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

std::string render_csv(const Table& t, bool bom) {
  auto field = [](const std::string& s) {
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
      for (char ch : cells[c]) out += (ch == '\t' || ch == '\n' || ch == '\r') ? ' ' : ch;
    }
    return out + "\n";
  };
  std::string out = line(t.headers);
  for (const auto& row : t.rows) out += line(row);
  return out;
}

}  // namespace zhibiao
