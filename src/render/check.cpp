#include "render/check.h"

#include <algorithm>

#include <fmt/format.h>

#include "render/json.h"
#include "render/plan.h"
#include "render/report.h"
#include "render/table.h"
#include "render/xlsx.h"
#include "util/utf8.h"

namespace zhibiao {

namespace {

// A growth in a failure message as the report's table shows it: the same
// decimals (--precision, else the file's) and rounding. A growth rate (pp)
// keeps its sign as the table does; a growth that rounds onto its target
// (4.96% shown 5.0% against +5%) is told apart by the variance beside it,
// which show_signed never lets read 0.
std::string growth_text(const RenderOptions& o, const Row& r, const Decimal& v) {
  return r.indicator->unit.is_rate() ? show_signed(o, v, r.indicator->pct_places) : show(o, v, r.indicator->pct_places);
}

std::string row_label(const Row& r) {
  if (r.dataset->has_year_labels) return fmt::format("{} ({}) {}", r.indicator->id, r.indicator->name, r.year);
  return fmt::format("{} ({})", r.indicator->id, r.indicator->name);
}

const std::vector<Row>& rows_of(const FileCheck& f) {
  static const std::vector<Row> none;
  return f.report ? f.report->rows : none;
}

const FileReport* judged_of(const FileCheck& f) { return f.judged ? f.judged : f.report; }

const std::vector<Row>& judged_rows(const FileCheck& f) {
  static const std::vector<Row> none;
  return judged_of(f) ? judged_of(f)->rows : none;
}

std::string junit_suite(const FileCheck& f, const FileOutput& out, const JudgeOptions& s, const RenderOptions& o) {
  int tests = 0, failures = 0, errors = 0;
  std::string cases;
  for (const auto& r : judged_rows(f)) {
    if (!r.target()) continue;
    ++tests;
    cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\">", xml_escape(f.file), xml_escape(row_label(r)));
    if (row_fails(r, s)) {
      ++failures;
      Diagnostic d = failure_of(r, o);
      cases += fmt::format("\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    ", xml_escape(d.message),
                           to_string(r.status), xml_escape(format_diagnostic(d)));
    } else if (r.status == Status::Pending) {
      cases += "<skipped message=\"pending: no actual yet\"/>";
    }
    cases += "</testcase>\n";
  }
  for (const auto& d : out.problems) {
    if (d.severity != Severity::Error && !s.strict) continue;
    ++errors;
    ++tests;
    cases += fmt::format(
        "    <testcase classname=\"{}\" name=\"{}\">\n      <error message=\"{}\">{}</error>\n    </testcase>\n",
        xml_escape(f.file), xml_escape(fmt::format("{}:{}:{}", f.file, d.at.line, d.at.column)), xml_escape(d.message),
        xml_escape(format_diagnostic(d)));
  }
  return fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}  </testsuite>\n",
                     xml_escape(f.file), tests, failures, errors, cases);
}

// check's results as a table (--format csv|tsv|markdown|xlsx): one row per
// problem and per indicator shown of the judged year, then the plan targets
// missed. Lines and years are numbers; status cells toned as report's are
// (an error red, a warning amber).
DataTable check_data(const FileCheck& f, const FileOutput& out, const JudgeOptions& s, const RenderOptions& o) {
  DataTable t;
  t.name = tr(o, "检查", "Check");
  t.headers = {tr(o, "文件", "File"), tr(o, "行", "Line"),     tr(o, "指标", "Indicator"), tr(o, "名称", "Name"),
               tr(o, "年份", "Year"), tr(o, "目标", "Target"), tr(o, "状态", "Status"),    tr(o, "说明", "Message")};
  auto line = [](const Mark& at) { return at.line > 0 ? integer_cell(at.line) : DataCell{}; };
  for (const auto& d : out.problems) {
    const bool error = d.severity == Severity::Error;
    t.rows.push_back(
        {text_cell(f.file),
         line(d.at),
         {},
         {},
         {},
         {},
         error ? text_cell(tr(o, "错误", "error"), Tone::Bad) : text_cell(tr(o, "警告", "warning"), Tone::Amber),
         text_cell(d.message)});
  }
  for (const auto& r : rows_of(f)) {
    const Indicator& ind = *r.indicator;
    t.rows.push_back(
        {text_cell(f.file), line(ind.at), text_cell(ind.id), text_cell(o.lang == Lang::Zh ? ind.name : ind.name_en),
         r.dataset->has_year_labels ? integer_cell(r.year) : DataCell{}, text_cell(r.target() ? r.target()->text : ""),
         text_cell(row_status_word(r, o), row_tone(r)), text_cell(row_fails(r, s) ? failure_detail(r, o) : "")});
  }
  if (f.report)
    for (const auto& r : f.report->plan_rows)
      if (r.status == PlanStatus::Missed && (!s.binding_only || r.indicator->attribute == Attribute::Binding)) {
        const Indicator& ind = *r.indicator;
        t.rows.push_back({text_cell(f.file), line(ind.plan_target_at), text_cell(ind.id),
                          text_cell(o.lang == Lang::Zh ? ind.name : ind.name_en), integer_cell(r.year),
                          text_cell(r.target->text), text_cell(status_word(Status::Missed, o), Tone::Bad),
                          text_cell(plan_failure_of(r, o).message)});
      }
  return t;
}

// check_data as text, for Markdown.
Table check_table(const FileCheck& f, const FileOutput& out, const JudgeOptions& s, const RenderOptions& o) {
  DataTable d = check_data(f, out, s, o);
  Table t;
  t.headers = d.headers;
  t.align = {Align::Left, Align::Right, Align::Left, Align::Left, Align::Right, Align::Left, Align::Left, Align::Left};
  for (const auto& row : d.rows) {
    std::vector<std::string> cells;
    for (const DataCell& c : row) cells.push_back(cell_text(c, o.rounding));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

// A table's header: the first `lines` lines of its rendering.
std::string header_of(const std::string& rendered, int lines) {
  std::size_t end = 0;
  for (int i = 0; i < lines && end != std::string::npos; ++i) end = rendered.find('\n', end == 0 ? 0 : end + 1);
  return end == std::string::npos ? rendered : rendered.substr(0, end + 1);
}

// The table format for people: the file name and "error" coloured (bold,
// red) as compilers colour them, when --color says so.
// On a terminal narrower than the line it is folded (fold_line), never cut:
// the first line keeps FILE:LINE:COL where editors look for it.
std::string coloured_failure(const Diagnostic& d, const RenderOptions& o) {
  std::string line = fold_line(format_diagnostic(d), o.width, 4);
  if (!o.color) return line;
  const std::string marker = ": error: ";
  auto at = line.find(marker);
  if (at == std::string::npos) return line;
  return "\x1b[1m" + line.substr(0, at + 1) + "\x1b[0m \x1b[1;31merror:\x1b[0m " + line.substr(at + marker.size());
}

// The table format's summary of one file (or of all, the total): "HEAD:
// [错误 · ]达标 3 · 未达标 1 …". When it is wider than --width, HEAD stands on
// a line of its own (cut with "…" if need be) and the counts break at " · "
// below it, as the other commands' summaries do; "错误" is coloured (--color).
std::string summary_of(const std::string& head, bool error, const Summary& s, const RenderOptions& o) {
  const std::string verdict = error ? tr(o, "错误", "error") : "";
  const std::string counts = (error ? verdict + " · " : "") + summary_line(s, o);  // ends with "\n"
  std::string text = head + ": " + counts;
  std::size_t at = head.size() + 2;  // where the counts start
  if (o.width > 0 && utf8::display_width(std::string_view(text).substr(0, text.size() - 1)) > o.width) {
    text = utf8::fit_width_left(head + ":", o.width) + "\n";  // a path's end tells the files apart
    at = text.size();
    text += fit_lines(counts, o.width);
  }
  if (o.color && error && text.compare(at, verdict.size(), verdict) == 0)
    text.replace(at, verdict.size(), "\x1b[1;31m" + verdict + "\x1b[0m");
  return text;
}

std::string annotation(const char* level, const Diagnostic& d) {
  std::string where = "file=" + github_escape(d.file, true);
  if (d.at.line > 0) where += fmt::format(",line={},col={}", d.at.line, d.at.column);
  return fmt::format("::{} {}::{}\n", level, where, github_escape(d.message, false));
}

}  // namespace

std::string failure_detail(const Row& r, const RenderOptions& o) {
  const Target& t = *r.target();
  if (r.status == Status::Pending) return "no actual yet";
  if (t.kind == TargetKind::Bool) return "not done";
  std::string what;
  if (t.measure == Measure::Level) {
    what = fmt::format("actual {}{}", show(o, *r.actual, r.indicator->places), r.indicator->unit.text);
    if (r.variance) what += fmt::format(", variance {}", show_signed(o, *r.variance, r.indicator->places));
  } else {
    const char* unit = t.measure == Measure::ChangePp ? "pp" : "%";
    what = fmt::format("growth {}{}", growth_text(o, r, *r.growth_pct), unit);
    if (r.variance_pp) what += fmt::format(", variance {} pp", show_signed(o, *r.variance_pp, r.indicator->pct_places));
  }
  return what;
}

Diagnostic failure_of(const Row& r, const RenderOptions& o) {
  std::string verdict = r.status == Status::Pending ? "pending" : "missed";
  return Diagnostic{
      r.dataset->file, r.indicator->at, Severity::Error,
      fmt::format("{}: target '{}' {}: {}", row_label(r), r.target()->text, verdict, failure_detail(r, o))};
}

FileOutput render_check_file(const FileCheck& f, const JudgeOptions& s, const RenderOptions& o) {
  FileOutput out;
  out.file = f.file;
  out.problems = f.problems;
  out.verdict = f.verdict;
  if (const FileReport* judged = judged_of(f)) out.summary = judged->summary;
  for (const auto& r : judged_rows(f))
    if (row_fails(r, s)) out.failures.push_back(failure_of(r, o));
  if (const FileReport* judged = judged_of(f))  // a plan target missed in the end year (SPEC §7)
    for (const auto& r : judged->plan_rows)
      if (r.status == PlanStatus::Missed && (!s.binding_only || r.indicator->attribute == Attribute::Binding))
        out.failures.push_back(plan_failure_of(r, o));
  switch (o.format) {
    case Format::Json: {
      JsonWriter w(o.rounding);
      for (const auto& r : rows_of(f)) write_row_json(w, r, o);
      out.text = w.fragment();
      break;
    }
    case Format::Junit: out.text = junit_suite(f, out, s, o); break;
    case Format::Github:
      for (const auto& d : out.problems) out.text += annotation(d.severity == Severity::Error ? "error" : "warning", d);
      for (const auto& d : out.failures) out.text += annotation("error", d);
      break;
    case Format::Markdown: {  // only the rows: the header is CheckWriter::begin()'s
      std::string all = render_markdown(check_table(f, out, s, o));
      out.text = all.substr(header_of(all, 2).size());
      break;
    }
    case Format::Csv:
    case Format::Tsv: {
      DataTable t = check_data(f, out, s, o);
      std::string all = o.format == Format::Csv ? render_csv(t, o.rounding, false) : render_tsv(t, o.rounding);
      out.text = all.substr(header_of(all, 1).size());
      break;
    }
    case Format::Xlsx: out.sheet_rows = std::move(check_data(f, out, s, o).rows); break;
    default: {
      for (const auto& d : out.failures) out.text += coloured_failure(d, o) + "\n";
      out.text += summary_of(f.file, out.verdict == Verdict::Error, out.summary, o);
    }
  }
  return out;
}

std::string CheckWriter::begin() {
  switch (o_.format) {
    case Format::Json: {
      JsonWriter w(o_.rounding);
      w.key("files").begin_array();
      for (const auto& f : files_) w.value(f);
      w.end_array().key("indicators");
      return "{" + w.fragment() + "[";
    }
    case Format::Junit: return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"zhibiao check\">\n";
    case Format::Csv:
      return header_of(render_csv(check_data(FileCheck{}, FileOutput{}, {}, o_), o_.rounding, o_.bom), 1);
    case Format::Tsv: return header_of(render_tsv(check_data(FileCheck{}, FileOutput{}, {}, o_), o_.rounding), 1);
    case Format::Xlsx: sheet_ = check_data(FileCheck{}, FileOutput{}, {}, o_); return "";
    case Format::Markdown: return header_of(render_markdown(check_table(FileCheck{}, FileOutput{}, {}, o_)), 2);
    default: return "";
  }
}

std::string CheckWriter::add(const FileOutput& f) {
  ++added_;
  total_ += f.summary;
  if (o_.format == Format::Xlsx) sheet_.rows.insert(sheet_.rows.end(), f.sheet_rows.begin(), f.sheet_rows.end());
  if (o_.format != Format::Json) return f.text;
  problems_.insert(problems_.end(), f.problems.begin(), f.problems.end());
  failures_.insert(failures_.end(), f.failures.begin(), f.failures.end());
  if (f.text.empty()) return "";
  std::string sep = any_rows_ ? ", " : "";
  any_rows_ = true;
  return sep + f.text;
}

std::string CheckWriter::end() {
  switch (o_.format) {
    case Format::Json: {
      JsonWriter w(o_.rounding);
      write_summary_json(w, total_);
      w.key("problems").begin_array();
      for (const auto& d : problems_) write_problem_json(w, d);
      for (const auto& d : failures_) write_problem_json(w, d, "failure");
      w.end_array();
      return "], " + w.fragment() + "}\n";
    }
    case Format::Junit: return "</testsuites>\n";
    case Format::Xlsx: return render_xlsx(sheet_, o_.rounding);
    case Format::Github:
    case Format::Csv:
    case Format::Tsv: return "";
    case Format::Markdown: return fmt::format("\n{} {}: {}", tr(o_, "合计", "total"), added_, summary_line(total_, o_));
    default:
      if (added_ > 1) return summary_of(fmt::format("{} {}", tr(o_, "合计", "total"), added_), false, total_, o_);
      return "";
  }
}

std::string xml_escape(std::string_view raw) {
  // Only valid UTF-8 goes out (a file name from the command line may not be).
  std::string clean = utf8::first_invalid(raw) ? utf8::sanitize(raw) : std::string();
  std::string_view s = clean.empty() ? raw : std::string_view(clean);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    auto c = static_cast<unsigned char>(ch);
    // U+FFFE and U+FFFF (EF BF BE/BF) are not XML 1.0 characters either.
    if (c == 0xEF && s.substr(i + 1, 1) == "\xBF" && i + 2 < s.size() &&
        (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
      i += 2;
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\t': out += "&#9;"; break;
      default:
        if (c >= 0x20 && c != 0x7F) out += ch;  // others are not allowed in XML 1.0
    }
  }
  return out;
}

std::string github_escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace zhibiao
