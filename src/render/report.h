#pragma once
// The variance report (`zhibiao report`) in every format.
#include <string>

#include "compute/evaluate.h"
#include "render/options.h"

namespace zhibiao {

std::string render_report(const Report& report, const RenderOptions& o);

// Pieces shared with `check`.
std::string status_word(Status s, const RenderOptions& o);
std::string status_style(Status s);
std::string summary_line(const Summary& s, const RenderOptions& o);
void write_report_json_rows(class JsonWriter& w, const Report& report);
void write_summary_json(class JsonWriter& w, const Summary& s);

}  // namespace zhibiao
