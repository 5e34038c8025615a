#include "model/target.h"

namespace zhibiao {

const char* to_string(TargetKind k) {
  switch (k) {
    case TargetKind::Growth: return "growth";
    case TargetKind::Level: return "level";
    case TargetKind::ChangePp: return "change_pp";
    case TargetKind::Range: return "range";
    case TargetKind::Around: return "around";
    case TargetKind::Bool: return "bool";
    case TargetKind::Relative: return "relative";
    case TargetKind::Direction: return "direction";
    case TargetKind::None: return "none";
  }
  return "level";
}

const char* to_string(Direction d) { return d == Direction::Up ? "up" : "down"; }

const char* to_string(Basis b) {
  switch (b) {
    case Basis::Current: return "current";
    case Basis::Comparable: return "comparable";
    case Basis::SameScope: return "same_scope";
  }
  return "current";
}

const char* to_string(Attribute a) { return a == Attribute::Binding ? "binding" : "expected"; }

}  // namespace zhibiao
