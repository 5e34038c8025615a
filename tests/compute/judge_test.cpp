// One place judges a file: rows, summary, warnings, verdict.
#include <doctest/doctest.h>

#include "test_support.h"

#include "compute/judge.h"

using namespace zhibiao;
using namespace zhibiao::test;

TEST_CASE("judge: which rows fail the check") {
  Row missed;
  missed.status = Status::Missed;
  Row pending;
  pending.status = Status::Pending;
  Row met;
  met.status = Status::Met;
  JudgeOptions c;
  CHECK(row_fails(missed, c));
  CHECK_FALSE(row_fails(met, c));
  CHECK_FALSE(row_fails(pending, c));  // --allow-pending is the default
  c.allow_pending = false;
  CHECK(row_fails(pending, c));
}
