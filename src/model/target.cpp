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
  }
  return "level";
}

const char* to_string(Direction d) { return d == Direction::Up ? "up" : "down"; }
const char* to_string(Basis b) { return b == Basis::Comparable ? "comparable" : "current"; }

}  // namespace zhibiao
