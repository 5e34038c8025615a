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

std::size_t Table::add_column(std::string header, Align a, int drop_rank, int fold_into) {
  headers.push_back(std::move(header));
  align.resize(headers.size() - 1, Align::Left);
  align.push_back(a);
  drop.resize(headers.size() - 1, 0);
  drop.push_back(drop_rank);
  fold.resize(headers.size() - 1, -1);
  fold.push_back(fold_into);
  return headers.size() - 1;
}

namespace {

int at_or(const std::vector<int>& v, std::size_t i, int otherwise) { return i < v.size() ? v[i] : otherwise; }

// Each column's cap: kMaxCellWidth, the last column none (SIZE_MAX).
std::vector<std::size_t> default_caps(const Table& t) {
  std::vector<std::size_t> caps(t.headers.size(), kMaxCellWidth);
  if (!caps.empty()) caps.back() = SIZE_MAX;
  return caps;
}

std::string cell_at(const std::vector<std::string>& cells, std::size_t c, std::size_t cap) {
  std::string_view s = c < cells.size() ? std::string_view(cells[c]) : std::string_view();
  return cap == SIZE_MAX ? std::string(s) : utf8::fit_width(s, cap);
}

std::vector<std::size_t> column_widths(const Table& t, const std::vector<std::size_t>& caps) {
  std::vector<std::size_t> widths(t.headers.size(), 0);
  for (std::size_t c = 0; c < t.headers.size(); ++c) widths[c] = utf8::display_width(cell_at(t.headers, c, caps[c]));
  for (const auto& row : t.rows)
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
      widths[c] = std::max(widths[c], utf8::display_width(cell_at(row, c, caps[c])));
  return widths;
}

std::size_t total_width(const std::vector<std::size_t>& widths) {
  std::size_t total = 0;
  for (auto w : widths) total += w;
  return total + (widths.empty() ? 0 : 2 * (widths.size() - 1));
}

// Removes column c; its cells join its fold column's as "name(unit)".
void remove_column(Table& t, std::size_t c) {
  const int into = at_or(t.fold, c, -1);
  auto erase = [c](auto& v) {
    if (c < v.size()) v.erase(v.begin() + static_cast<std::ptrdiff_t>(c));
  };
  for (auto& row : t.rows) {
    if (into >= 0 && c < row.size() && !row[c].empty() && static_cast<std::size_t>(into) < row.size() &&
        !row[static_cast<std::size_t>(into)].empty())
      row[static_cast<std::size_t>(into)] += "(" + row[c] + ")";
    erase(row);
  }
  for (auto& row : t.styles) erase(row);
  erase(t.headers);
  erase(t.align);
  erase(t.drop);
  erase(t.fold);
  if (c < t.fit_cap.size()) t.fit_cap.erase(t.fit_cap.begin() + static_cast<std::ptrdiff_t>(c));
  for (auto& f : t.fold)
    if (f > static_cast<int>(c)) --f;
    else if (f == static_cast<int>(c)) f = -1;
  if (t.shrink && *t.shrink > c) --*t.shrink;
  else if (t.shrink && *t.shrink == c) t.shrink.reset();
}

// The column that goes next: the highest `drop`, the rightmost of equals.
std::optional<std::size_t> next_to_drop(const Table& t) {
  std::optional<std::size_t> pick;
  for (std::size_t c = 0; c < t.headers.size(); ++c)
    if (at_or(t.drop, c, 0) > 0 && (!pick || at_or(t.drop, c, 0) >= at_or(t.drop, *pick, 0))) pick = c;
  return pick;
}

// Display width of a line, ANSI escapes (ESC [ … m) not counted.
std::size_t visible_width(const std::string& s) {
  if (s.find('\x1b') == std::string::npos) return utf8::display_width(s);
  std::string plain;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\x1b') {
      std::size_t m = s.find('m', i);
      if (m == std::string::npos) break;
      i = m;
      continue;
    }
    plain += s[i];
  }
  return utf8::display_width(plain);
}

// `s`, wider than `width` display columns, cut to them with "…"; ANSI
// escapes (ESC [ … m) kept and the style reset when cut inside one.
std::string cut_line(const std::string& s, std::size_t width) {
  std::string out;
  std::size_t shown = 0, i = 0;
  bool styled = false;
  while (i < s.size()) {
    if (s[i] == '\x1b') {
      std::size_t m = s.find('m', i);
      if (m == std::string::npos) break;
      styled = s.compare(i, m + 1 - i, "\x1b[0m") != 0;
      out.append(s, i, m + 1 - i);
      i = m + 1;
      continue;
    }
    std::size_t len = std::max<std::size_t>(1, utf8::sequence_length(s, i));
    std::size_t w = utf8::display_width(std::string_view(s).substr(i, len));
    if (shown + w + 1 > width) {  // room for the "…"
      out += "…";
      return styled ? out + "\x1b[0m" : out;
    }
    out.append(s, i, len);
    shown += w;
    i += len;
  }
  return out;
}

// The table laid out: one line per row, `lines` between them.
std::string layout(const Table& t, const std::vector<std::size_t>& caps, std::size_t width) {
  const std::size_t last = t.headers.empty() ? 0 : t.headers.size() - 1;
  const std::vector<std::size_t> widths = column_widths(t, caps);
  auto finish = [width](std::string out) {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (width > 0 && visible_width(out) > width) out = cut_line(out, width);
    return out + "\n";
  };
  auto line = [&](const std::vector<std::string>& cells, const std::vector<std::string>* styles) {
    std::string out;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      std::string cell = cell_at(cells, c, caps[c]);
      if (c != last || align_of(t, c) == Align::Right) cell = pad(cell, widths[c], align_of(t, c));
      const std::string* style = styles && c < styles->size() && !(*styles)[c].empty() ? &(*styles)[c] : nullptr;
      if (c > 0) out += "  ";
      out += style ? *style + cell + "\x1b[0m" : cell;
    }
    return finish(std::move(out));
  };
  std::string out = line(t.headers, nullptr);
  std::size_t rule = total_width(widths);
  if (width > 0) rule = std::min(rule, width);
  for (std::size_t i = 0; i < rule; ++i) out += "─";
  out += "\n";
  std::size_t next_line = 0;
  auto lines_before = [&](std::size_t r) {
    for (; next_line < t.lines.size() && t.lines[next_line].first <= r; ++next_line) {
      const std::string& text = t.lines[next_line].second;  // a heading: broken at " · ", never cut
      out += width > 0 && visible_width(text) > width ? fit_lines(text, width) : finish(text);
    }
  };
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    lines_before(r);
    out += line(t.rows[r], r < t.styles.size() ? &t.styles[r] : nullptr);
  }
  lines_before(SIZE_MAX);
  return out;
}

// Minimum width of the shortened column: a few characters and the "…".
constexpr std::size_t kMinShrunkWidth = 8;

}  // namespace

std::string render_text(const Table& table, std::size_t width) {
  if (width == 0 || total_width(column_widths(table, default_caps(table))) <= width)
    return layout(table, default_caps(table), width);
  Table t = table;
  auto fitting_caps = [&t] {
    std::vector<std::size_t> caps = default_caps(t);
    for (std::size_t c = 0; c < t.fit_cap.size() && c < caps.size(); ++c)
      if (t.fit_cap[c] > 0) caps[c] = std::min(caps[c], t.fit_cap[c]);
    return caps;
  };
  std::vector<std::size_t> caps = fitting_caps();
  while (total_width(column_widths(t, caps)) > width) {
    auto c = next_to_drop(t);
    if (!c) break;
    remove_column(t, *c);
    caps = fitting_caps();
  }
  std::vector<std::size_t> widths = column_widths(t, caps);
  std::size_t total = total_width(widths);
  if (total > width && t.shrink && *t.shrink < widths.size()) {
    std::size_t over = total - width, w = widths[*t.shrink];
    caps[*t.shrink] = std::max(std::min(w, kMinShrunkWidth), w > over ? w - over : 0);
  }
  return layout(t, caps, width);
}

std::string fit_line(std::string_view s, std::size_t width) {
  return width == 0 ? std::string(s) : utf8::fit_width(s, width);
}

namespace {

// One line broken into parts that fit, as fit_lines() says.
std::string wrap_line(std::string_view line, std::size_t width) {
  std::vector<std::string_view> parts;  // each with the separator that ends it
  for (std::size_t from = 0; from < line.size();) {
    std::size_t dot = line.find(" · ", from), semi = line.find("；", from);
    std::size_t end = std::min(dot == std::string_view::npos ? line.size() : dot + 4,  // " · " is 4 bytes
                               semi == std::string_view::npos ? line.size() : semi + 3);
    parts.push_back(line.substr(from, end - from));
    from = end;
  }
  std::string out, current;
  auto flush = [&] {
    while (current.size() >= 4 && current.compare(current.size() - 4, 4, " · ") == 0)
      current.resize(current.size() - 4);
    if (!current.empty()) out += fold_line(current, width, 0) + "\n";  // never cut: a summary's part holds counts
    current.clear();
  };
  for (auto part : parts) {
    std::string next = current + std::string(part);
    std::string trimmed = next;
    if (trimmed.size() >= 4 && trimmed.compare(trimmed.size() - 4, 4, " · ") == 0) trimmed.resize(trimmed.size() - 4);
    if (!current.empty() && utf8::display_width(trimmed) > width) {
      flush();
      next = std::string(part);
    }
    current = std::move(next);
  }
  flush();
  return out;
}

}  // namespace

std::string fit_lines(std::string_view text, std::size_t width) {
  if (width == 0) return std::string(text);
  std::string out;
  for (std::size_t from = 0; from < text.size();) {
    std::size_t nl = text.find('\n', from);
    std::string_view line = text.substr(from, nl == std::string_view::npos ? std::string_view::npos : nl - from);
    if (utf8::display_width(line) <= width) out += std::string(line) + (nl == std::string_view::npos ? "" : "\n");
    else out += wrap_line(line, width);
    if (nl == std::string_view::npos) break;
    from = nl + 1;
  }
  return out;
}

std::string fold_line(std::string_view line, std::size_t width, std::size_t indent) {
  if (width == 0 || utf8::display_width(line) <= width) return std::string(line);
  indent = std::min(indent, width / 2);
  std::string out;
  for (bool first = true; !line.empty(); first = false) {
    if (!first) out.append("\n").append(indent, ' ');
    const std::size_t room = first ? width : width - indent;
    std::size_t end = 0, used = 0, space = 0;  // bytes that fit, their columns, the last space among them
    bool text = false;                         // a character other than a space so far (leading ones are no break)
    while (end < line.size()) {
      std::size_t next = end;
      const char32_t cp = utf8::next(line, next);
      const std::size_t w = utf8::display_width(line.substr(end, next - end));
      if (used + w > room && end > 0) break;  // at least one character a line
      if (cp == ' ' && text) space = end;
      if (cp != ' ') text = true;
      used += w;
      end = next;
    }
    if (end < line.size() && line[end] != ' ' && space > 0) end = space;  // a word that would not fit goes on
    std::string_view part = line.substr(0, end);
    while (part.size() > 1 && part.back() == ' ') part.remove_suffix(1);  // no blanks left at a break
    out += part;
    line.remove_prefix(end);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  }
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
  // Appended piece by piece: GCC 12 at -O3 warns -Wrestrict (a false
  // positive) on " " + std::string.
  for (const auto& h : t.headers) out.append(" ").append(escape(h)).append(" |");
  out += "\n|";
  for (std::size_t c = 0; c < t.headers.size(); ++c) out += align_of(t, c) == Align::Right ? " ---: |" : " --- |";
  out += "\n";
  for (const auto& row : t.rows) {
    out += "|";
    for (std::size_t c = 0; c < t.headers.size(); ++c)
      out.append(" ").append(escape(c < row.size() ? row[c] : "")).append(" |");
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
    for (std::size_t c = 0; c < cells.size(); ++c) out.append(c ? "," : "").append(field(cells[c]));
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
