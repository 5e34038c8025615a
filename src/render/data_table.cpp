#include "render/data_table.h"

#include "render/table.h"

namespace zhibiao {

namespace {

// The text table of `t`: numbers as JSON writes them. render_csv and
// render_tsv of render/table.h then quote and defuse the text; a plain number
// (-0.1317) is not formula-like, so it stays as it is.
Table as_text(const DataTable& t, Rounding rounding) {
  Table out;
  out.headers = t.headers;
  for (const auto& row : t.rows) {
    std::vector<std::string> cells;
    cells.reserve(row.size());
    for (const DataCell& c : row) cells.push_back(cell_text(c, rounding));
    out.rows.push_back(std::move(cells));
  }
  return out;
}

}  // namespace

std::string cell_text(const DataCell& c, Rounding rounding) {
  return c.number ? json_number(*c.number, rounding) : c.text;
}

DataCell text_cell(std::string text, Tone tone) {
  DataCell c;
  c.text = std::move(text);
  c.tone = tone;
  return c;
}

DataCell number_cell(const RenderOptions& o, const std::optional<Decimal>& v, int places) {
  DataCell c;
  c.number = v;
  c.places = o.precision.value_or(places);
  return c;
}

DataCell integer_cell(long long n) {
  DataCell c;
  c.number = Decimal(static_cast<long>(n));
  return c;
}

std::array<DataCell, 2> growth_cells(const RenderOptions& o, const std::optional<Decimal>& g, bool rate, int places) {
  std::array<DataCell, 2> cells;
  cells[rate ? 1 : 0] = number_cell(o, g, places);
  return cells;
}

std::array<std::string, 2> growth_headers(const RenderOptions& o, const char* zh, const char* en) {
  if (o.lang == Lang::Zh) return {std::string(zh) + "(%)", std::string(zh) + "(百分点)"};
  return {std::string(en) + " (%)", std::string(en) + " (pp)"};
}

std::string render_csv(const DataTable& t, Rounding rounding, bool bom) {
  return render_csv(as_text(t, rounding), bom);
}

std::string render_tsv(const DataTable& t, Rounding rounding) { return render_tsv(as_text(t, rounding)); }

}  // namespace zhibiao
