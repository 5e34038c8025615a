#pragma once
// `zhibiao check` output: located lines for people, JSON, JUnit XML and
// GitHub Actions annotations for CI, CSV, TSV, Markdown and a workbook. Each
// file is rendered on its own (in a worker, while its dataset is alive); a
// CheckWriter puts the parts together in the order of the files, so that
// memory does not grow with their number (but for a workbook, which holds
// every row's cells until the end).
#include <string>
#include <vector>

#include "compute/judge.h"
#include "render/data_table.h"
#include "render/options.h"
#include "util/diagnostic.h"

namespace zhibiao {

// What check found in one file.
struct FileCheck {
  std::string file;
  // nullptr: the file did not load. Its rows are those shown (--only,
  // --sort); its verdict was taken before they were chosen.
  const FileReport* report = nullptr;
  // The rows the verdict was taken on, before --only and --sort chose those
  // shown (nullptr: `report`'s). The failures, the summary and the CI formats
  // (JUnit, GitHub) come from them: --only never hides why check failed.
  const FileReport* judged = nullptr;
  Diagnostics problems;  // errors and worded warnings of this file
  Verdict verdict = Verdict::Error;
};

// One file's part of the output, and what it adds to the verdict.
struct FileOutput {
  std::string file;
  std::string text;  // table/github lines, a JUnit testsuite, JSON indicator objects, CSV/TSV/Markdown rows
  std::vector<std::vector<DataCell>> sheet_rows;  // --format xlsx: the rows of the workbook
  Diagnostics problems;                           // printed on standard error in table format
  Diagnostics failures;                           // missed targets (and pending ones when not allowed)
  Summary summary;
  Verdict verdict = Verdict::Pass;
};

// Why a failing row fails, with the figures as the report's table shows
// them: "growth 4.8%, variance -0.2 pp", "no actual yet".
std::string failure_detail(const Row& r, const RenderOptions& o);

// A located one-line message for a failing row.
Diagnostic failure_of(const Row& r, const RenderOptions& o);

FileOutput render_check_file(const FileCheck& f, const JudgeOptions& j, const RenderOptions& o);

// Joins the files' parts: begin(), then add() for each file in order, then end().
class CheckWriter {
 public:
  CheckWriter(const RenderOptions& o, std::vector<std::string> files) : o_(o), files_(std::move(files)) {}
  std::string begin();
  std::string add(const FileOutput& f);
  // The last part; for --format xlsx the whole workbook (throws XlsxError).
  std::string end();

 private:
  RenderOptions o_;
  std::vector<std::string> files_;
  Summary total_;
  DataTable sheet_;  // --format xlsx: every file's rows
  int added_ = 0;
  bool any_rows_ = false;
  Diagnostics problems_, failures_;  // for JSON's "problems", at the end
};

// XML text with &<>"' escaped and characters XML 1.0 forbids dropped.
std::string xml_escape(std::string_view s);
// GitHub workflow-command escaping: % \r \n (and , : in properties).
std::string github_escape(std::string_view s, bool property);

}  // namespace zhibiao
