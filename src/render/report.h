#pragma once
// The variance report (`zhibiao report`) in every format.
#include <string>

#include "compute/judge.h"
#include "render/data_table.h"
#include "render/options.h"

namespace zhibiao {

std::string render_report(const Report& report, const RenderOptions& o);

// Pieces that `check` uses too.
std::string status_word(Status s, const RenderOptions& o);
std::string status_style(Status s);
// The status of a row: 基本达标 when met only within the tolerance.
std::string row_status_word(const Row& r, const RenderOptions& o);
std::string row_status_style(const Row& r);
// How a workbook fills a row's status cell: met green, 基本达标 amber, missed red, pending grey.
Tone row_tone(const Row& r);
std::string summary_line(const Summary& s, const RenderOptions& o);
// The "files", "indicators" and "summary" members of SPEC §5.3, written
// into an object the caller has opened.
void write_report_json(class JsonWriter& w, const Report& report, const RenderOptions& o);
// One element of "indicators"; its warnings worded with `o`.
void write_row_json(class JsonWriter& w, const Row& row, const RenderOptions& o);
void write_summary_json(class JsonWriter& w, const Summary& s);

}  // namespace zhibiao
