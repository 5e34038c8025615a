// The GMP block pool: arithmetic stays exact while blocks are reused, across
// threads (blocks freed on one thread are reused on another).
#include <doctest/doctest.h>

#include <thread>
#include <vector>

#include "model/decimal.h"
#include "util/gmp_pool.h"

using namespace zhibiao;

TEST_CASE("gmp pool: exact sums with blocks reused, on several threads") {
  install_gmp_pool();
  auto work = [](int seed, std::string* out) {
    // Σ_{k=1}^{2000} 1/(k(k+1)) telescopes to 1 − 1/2001 = 2000/2001.
    Decimal sum = 0;
    for (int k = 1; k <= 2000; ++k) sum += Decimal(1, static_cast<unsigned long>(k) * (k + 1));
    sum.canonicalize();
    *out = sum.get_str() + "/" + std::to_string(seed);
  };
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) threads.emplace_back(work, t, &results[t]);
  for (auto& t : threads) t.join();
  for (int t = 0; t < 4; ++t) CHECK(results[t] == "2000/2001/" + std::to_string(t));
  // Big numbers still grow past the pooled sizes: 10^40 has 41 digits.
  CHECK(pow10(40).get_str().size() == 41);
}
