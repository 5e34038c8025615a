#include "render/check.h"

#include <algorithm>

#include <fmt/format.h>

#include "render/json.h"
#include "render/report.h"

namespace zhibiao {

namespace {

// A growth in a failure message: with the decimals it needs (up to 4), so
// that 4.99% is not shown as a 5.0% that seems to meet +5%.
std::string pct_text(const RenderOptions& o, const Row& r, const Decimal& v) {
  return show(o, v, std::max(r.indicator->pct_places, exact_places(v, 4).value_or(4)));
}

std::string row_label(const Row& r) {
  if (r.dataset->has_year_labels) return fmt::format("{} ({}) {}", r.indicator->id, r.indicator->name, r.year);
  return fmt::format("{} ({})", r.indicator->id, r.indicator->name);
}

std::string render_lines(const CheckResult& c, const RenderOptions& o) {
  std::string out;
  Summary total;
  for (const auto& f : c.files) {
    for (const auto& r : f.rows)
      if (row_fails(r, c)) out += format_diagnostic(failure_of(r, o)) + "\n";
    std::string verdict = has_errors(f.problems) ? tr(o, "错误", "error") : "";
    out += fmt::format("{}: {}{}", f.file, verdict.empty() ? "" : verdict + " · ", summary_line(f.summary, o));
    total.total += f.summary.total;
    total.met += f.summary.met;
    total.missed += f.summary.missed;
    total.pending += f.summary.pending;
    total.no_target += f.summary.no_target;
  }
  if (c.files.size() > 1) out += fmt::format("{} {}: {}", tr(o, "合计", "total"), c.files.size(), summary_line(total, o));
  return out;
}

std::string render_json(const CheckResult& c, const RenderOptions& o) {
  Report report;
  Diagnostics problems;
  for (const auto& f : c.files) {
    report.files.push_back(f.file);
    for (const auto& r : f.rows) {
      report.rows.push_back(r);
      report.summary.add(r.status);
    }
    problems.insert(problems.end(), f.problems.begin(), f.problems.end());
  }
  JsonWriter w(o.rounding);
  w.begin_object();
  write_report_json(w, report);
  w.key("problems").begin_array();
  for (const auto& d : problems) write_problem_json(w, d);
  for (const auto& f : c.files)
    for (const auto& r : f.rows)
      if (row_fails(r, c)) write_problem_json(w, failure_of(r, o), "failure");
  w.end_array().end_object();
  return w.str();
}

std::string render_junit(const CheckResult& c, const RenderOptions& o) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"zhibiao check\">\n";
  for (const auto& f : c.files) {
    int tests = 0, failures = 0;
    std::string cases;
    for (const auto& r : f.rows) {
      if (!r.target()) continue;
      ++tests;
      cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\">", xml_escape(f.file), xml_escape(row_label(r)));
      if (row_fails(r, c)) {
        ++failures;
        std::string msg = failure_of(r, o).message;
        cases += fmt::format("\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    ", xml_escape(msg),
                             to_string(r.status), xml_escape(format_diagnostic(failure_of(r, o))));
      } else if (r.status == Status::Pending) {
        cases += "<skipped message=\"pending: no actual yet\"/>";
      }
      cases += "</testcase>\n";
    }
    int errors = 0;
    for (const auto& d : f.problems) {
      bool fails = d.severity == Severity::Error || c.strict;
      if (!fails) continue;
      ++errors;
      cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\">\n      <error message=\"{}\">{}</error>\n    </testcase>\n",
                           xml_escape(f.file), xml_escape(fmt::format("{}:{}:{}", f.file, d.at.line, d.at.column)),
                           xml_escape(d.message), xml_escape(format_diagnostic(d)));
      ++tests;
    }
    out += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}  </testsuite>\n",
                       xml_escape(f.file), tests, failures, errors, cases);
  }
  return out + "</testsuites>\n";
}

std::string annotation(const char* level, const Diagnostic& d) {
  std::string where = "file=" + github_escape(d.file, true);
  if (d.at.line > 0) where += fmt::format(",line={},col={}", d.at.line, d.at.column);
  return fmt::format("::{} {}::{}\n", level, where, github_escape(d.message, false));
}

std::string render_github(const CheckResult& c, const RenderOptions& o) {
  std::string out;
  for (const auto& f : c.files) {
    for (const auto& d : f.problems) out += annotation(d.severity == Severity::Error ? "error" : "warning", d);
    for (const auto& r : f.rows)
      if (row_fails(r, c)) out += annotation("error", failure_of(r, o));
  }
  return out;
}

}  // namespace

bool row_fails(const Row& r, const CheckResult& c) {
  return r.status == Status::Missed || (r.status == Status::Pending && !c.allow_pending);
}

Diagnostic failure_of(const Row& r, const RenderOptions& o) {
  const Target& t = *r.target();
  std::string what;
  if (r.status == Status::Pending) {
    what = "no actual yet";
  } else if (t.kind == TargetKind::Bool) {
    what = "not done";
  } else if (t.measure == Measure::Level) {
    what = fmt::format("actual {}{}", show(o, *r.actual, r.indicator->places), r.indicator->unit.text);
    if (r.variance) what += fmt::format(", variance {}", show_signed(o, *r.variance, r.indicator->places));
  } else {
    const char* unit = t.measure == Measure::ChangePp ? "pp" : "%";
    what = fmt::format("growth {}{}", pct_text(o, r, *r.growth_pct), unit);
    if (r.variance_pp) what += fmt::format(", variance {} pp", show_signed(o, *r.variance_pp, r.indicator->pct_places));
  }
  std::string verdict = r.status == Status::Pending ? "pending" : "missed";
  return Diagnostic{r.dataset->file, r.indicator->at, Severity::Error,
                    fmt::format("{}: target '{}' {}: {}", row_label(r), t.text, verdict, what)};
}

std::string render_check(const CheckResult& c, const RenderOptions& o) {
  switch (o.format) {
    case Format::Json: return render_json(c, o);
    case Format::Junit: return render_junit(c, o);
    case Format::Github: return render_github(c, o);
    default: return render_lines(c, o);
  }
}

std::string xml_escape(std::string_view s) {
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
