#pragma once
// `zhibiao check` output: located lines for people, JSON, JUnit XML and
// GitHub Actions annotations for CI.
#include <string>
#include <vector>

#include "compute/evaluate.h"
#include "render/options.h"
#include "util/diagnostic.h"

namespace zhibiao {

// What check found in one file.
struct FileCheck {
  std::string file;
  std::vector<Row> rows;      // evaluated indicators (empty when unreadable)
  Diagnostics problems;       // errors and warnings of this file
  Summary summary;
};

struct CheckResult {
  std::vector<FileCheck> files;
  // Failing rows: missed, or pending when pending is not allowed.
  bool allow_pending = true;
  bool strict = false;
};

bool row_fails(const Row& r, const CheckResult& c);

// A located one-line message for a failing row.
Diagnostic failure_of(const Row& r, const RenderOptions& o);

// Table format leaves the files' problems out: the CLI prints them on
// standard error.
std::string render_check(const CheckResult& c, const RenderOptions& o);

// XML text with &<>"' escaped and characters XML 1.0 forbids dropped.
std::string xml_escape(std::string_view s);
// GitHub workflow-command escaping: % \r \n (and , : in properties).
std::string github_escape(std::string_view s, bool property);

}  // namespace zhibiao
