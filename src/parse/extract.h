#pragma once
// Drafting a data file from a government work report's text (SPEC §9
// `extract`): which clause names which catalog indicator next to which figure.
// Nothing is guessed: a clause that names an indicator but whose figure cannot
// be read, or whose unit does not fit, is returned as unplaced.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/catalog.h"

namespace zhibiao {

// One indicator of the draft. Every value is text that the data-file grammars
// read: `baseline` a §1 quantity (qualified: 20万亿元以上), `baseline_growth`
// a reported growth (4.5%, -2%, 0.3pp), `target` a §2.2/§2.3 target as the
// report words it.
struct ExtractedIndicator {
  std::string id;
  std::string name;  // the catalog's
  std::string unit;  // the catalog's
  std::optional<std::string> baseline;
  std::optional<std::string> baseline_growth;
  std::optional<std::string> target;
  std::vector<std::string> notes;  // "第7行：完成地区生产总值143.63亿元、增长4.5%"
};

// A clause the extractor saw but could not place: "第12行：…".
struct UnplacedClause {
  int line = 0;
  std::string clause;
  std::string reason;  // why, in a few words
};

struct ExtractResult {
  std::optional<int> year;                     // the year of the targets (the review's year + 1)
  std::vector<ExtractedIndicator> indicators;  // in the order first placed
  std::vector<UnplacedClause> unplaced;        // in text order
};

// What the words of a clause make of a figure: last year's value or this
// year's target.
enum class ClauseRole { Review, Plan };

// The draft from a report (UTF-8 text). `year` overrides the year the text
// states.
ExtractResult extract_report(std::string_view text, const Catalog& catalog, std::optional<int> year = std::nullopt);

// The clauses of one line: split at 。！？；，：and their ASCII forms (an ASCII
// comma between digits is a thousands separator), empty ones dropped.
std::vector<std::string> split_clauses(std::string_view line);

// The names an indicator goes by in report text: its name and aliases, and
// the usual short forms of each (规模以上 → 规上, 国内生产总值 for 地区生产总值,
// a 比例 dropped …).
std::vector<std::string> report_names(const CatalogEntry& e);

// Places one clause as if it stood alone on line `line` (for tests and for
// checking one sentence): the indicators it yields, or an unplaced entry.
ExtractResult extract_clause(std::string_view clause, ClauseRole role, const Catalog& catalog, int line = 1);

}  // namespace zhibiao
