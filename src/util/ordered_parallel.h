#pragma once
// Work on many items in parallel with results handed on in order.
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace zhibiao {

// Runs `work(i)` for i in [0, n) on `jobs` threads and hands the results to
// `emit` in order of i, on the calling thread. At most 4 × jobs results wait
// at a time, so memory does not grow with n. An exception in `work` stops
// the others and is rethrown here.
template <class Result>
void ordered_parallel(std::size_t n, unsigned jobs, const std::function<Result(std::size_t)>& work,
                      const std::function<void(const Result&)>& emit) {
  if (jobs <= 1 || n <= 1) {
    for (std::size_t i = 0; i < n; ++i) emit(work(i));
    return;
  }
  const std::size_t window = 4 * jobs;
  std::vector<std::optional<Result>> slots(n);
  std::mutex m;
  std::condition_variable ready, room;
  std::size_t next = 0, emitted = 0;
  std::exception_ptr failure;
  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(m);
        room.wait(lock, [&] { return next >= n || next < emitted + window || failure; });
        if (next >= n || failure) return;
        i = next++;
      }
      std::optional<Result> out;
      try {
        out = work(i);
      } catch (...) {
        std::lock_guard lock(m);
        failure = std::current_exception();
        ready.notify_all();
        room.notify_all();
        return;
      }
      std::lock_guard lock(m);
      slots[i] = std::move(out);
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  for (std::size_t i = 0; i < n; ++i) {
    std::optional<Result> out;
    {
      std::unique_lock lock(m);
      ready.wait(lock, [&] { return slots[i].has_value() || failure; });
      if (failure) break;
      out = std::move(slots[i]);
      slots[i].reset();
      ++emitted;
      room.notify_all();
    }
    emit(*out);
  }
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace zhibiao
