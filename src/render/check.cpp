#include "render/check.h"

#include <algorithm>

#include <fmt/format.h>

#include "render/json.h"
#include "render/plan.h"
#include "render/report.h"
#include "render/table.h"
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

std::string junit_suite(const FileCheck& f, const FileOutput& out, const JudgeOptions& s, const RenderOptions& o) {
  int tests = 0, failures = 0, errors = 0;
  std::string cases;
  for (const auto& r : rows_of(f)) {
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

// check's results as a table (--format csv|tsv|markdown): one row per
// problem and per indicator of the judged year, then the plan targets missed.
Table check_table(const FileCheck& f, const FileOutput& out, const JudgeOptions& s, const RenderOptions& o) {
  Table t;
  t.headers = {tr(o, "文件", "File"), tr(o, "行", "Line"),     tr(o, "指标", "Indicator"), tr(o, "名称", "Name"),
               tr(o, "年份", "Year"), tr(o, "目标", "Target"), tr(o, "状态", "Status"),    tr(o, "说明", "Message")};
  t.align = {Align::Left, Align::Right, Align::Left, Align::Left, Align::Right, Align::Left, Align::Left, Align::Left};
  auto line = [](const Mark& at) { return at.line > 0 ? std::to_string(at.line) : std::string(); };
  for (const auto& d : out.problems)
    t.rows.push_back({f.file, line(d.at), "", "", "", "",
                      d.severity == Severity::Error ? tr(o, "错误", "error") : tr(o, "警告", "warning"), d.message});
  for (const auto& r : rows_of(f)) {
    const Indicator& ind = *r.indicator;
    std::string year = r.dataset->has_year_labels ? std::to_string(r.year) : "";
    std::string status = row_status_word(r, o);
    std::string message = row_fails(r, s) ? failure_detail(r, o) : "";
    t.rows.push_back({f.file, line(ind.at), ind.id, o.lang == Lang::Zh ? ind.name : ind.name_en, year,
                      r.target() ? r.target()->text : "", status, message});
  }
  if (f.report)
    for (const auto& r : f.report->plan_rows)
      if (r.status == PlanStatus::Missed && (!s.binding_only || r.indicator->attribute == Attribute::Binding)) {
        const Indicator& ind = *r.indicator;
        t.rows.push_back({f.file, line(ind.plan_target_at), ind.id, o.lang == Lang::Zh ? ind.name : ind.name_en,
                          std::to_string(r.year), r.target->text, status_word(Status::Missed, o),
                          plan_failure_of(r, o).message});
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
std::string coloured_failure(const Diagnostic& d, const RenderOptions& o) {
  std::string line = format_diagnostic(d);
  if (!o.color) return line;
  const std::string marker = ": error: ";
  auto at = line.find(marker);
  if (at == std::string::npos) return line;
  return "\x1b[1m" + line.substr(0, at + 1) + "\x1b[0m \x1b[1;31merror:\x1b[0m " + line.substr(at + marker.size());
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
  if (f.report) out.summary = f.report->summary;
  for (const auto& r : rows_of(f))
    if (row_fails(r, s)) out.failures.push_back(failure_of(r, o));
  if (f.report)  // a plan target missed in the end year (SPEC §7)
    for (const auto& r : f.report->plan_rows)
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
    case Format::Csv:
    case Format::Tsv:
    case Format::Markdown: {
      // Only the rows: the header is CheckWriter::begin()'s.
      Table t = check_table(f, out, s, o);
      if (o.format == Format::Markdown) {
        std::string all = render_markdown(t);
        out.text = all.substr(header_of(all, 2).size());
      } else {
        std::string all = o.format == Format::Csv ? render_csv(t, false) : render_tsv(t);
        out.text = all.substr(header_of(all, 1).size());
      }
      break;
    }
    default: {
      for (const auto& d : out.failures) out.text += coloured_failure(d, o) + "\n";
      std::string verdict = out.verdict == Verdict::Error ? tr(o, "错误", "error") : "";
      if (o.color && !verdict.empty()) verdict = "\x1b[1;31m" + verdict + "\x1b[0m";
      out.text += fmt::format("{}: {}{}", f.file, verdict.empty() ? "" : verdict + " · ", summary_line(out.summary, o));
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
    case Format::Csv: return header_of(render_csv(check_table(FileCheck{}, FileOutput{}, {}, o_), o_.bom), 1);
    case Format::Tsv: return header_of(render_tsv(check_table(FileCheck{}, FileOutput{}, {}, o_)), 1);
    case Format::Markdown: return header_of(render_markdown(check_table(FileCheck{}, FileOutput{}, {}, o_)), 2);
    default: return "";
  }
}

std::string CheckWriter::add(const FileOutput& f) {
  ++added_;
  total_ += f.summary;
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
    case Format::Github:
    case Format::Csv:
    case Format::Tsv: return "";
    case Format::Markdown: return fmt::format("\n{} {}: {}", tr(o_, "合计", "total"), added_, summary_line(total_, o_));
    default:
      if (added_ > 1) return fmt::format("{} {}: {}", tr(o_, "合计", "total"), added_, summary_line(total_, o_));
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
