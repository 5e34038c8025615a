#include "util/gmp_pool.h"

#include <cstdlib>
#include <cstring>
#include <new>

#include <gmp.h>

namespace zhibiao {

namespace {

constexpr std::size_t kClassBytes = 8;
constexpr std::size_t kClasses = 4;  // 8, 16, 24, 32 bytes

struct FreeBlock {
  FreeBlock* next;
};

// One thread's free lists, and the slab new blocks are cut from: one
// malloc for many blocks, which would each cost a 32-byte chunk (an 8-byte
// limb was four times its size) and land anywhere in the heap. Trivially
// destructible, so that reaching it costs no guard: the blocks a thread
// holds when it ends stay with the process (at most what it had in use at
// once).
constexpr std::size_t kSlabBytes = 16u << 10;
struct Pool {
  FreeBlock* lists[kClasses];
  char* slab;
  std::size_t slab_left;
};
thread_local Pool pool{};

void* cut_from_slab(std::size_t size) {
  if (pool.slab_left < size) {
    pool.slab = static_cast<char*>(std::malloc(kSlabBytes));  // the rest of the old one is left unused
    if (!pool.slab) throw std::bad_alloc();
    pool.slab_left = kSlabBytes;
  }
  void* p = pool.slab;
  pool.slab += size;
  pool.slab_left -= size;
  return p;
}

std::size_t class_of(std::size_t size) { return (size + kClassBytes - 1) / kClassBytes - 1; }

void* allocate(std::size_t size) {
  if (size == 0) size = 1;
  if (size <= kClasses * kClassBytes) {
    FreeBlock*& head = pool.lists[class_of(size)];
    if (head) {
      FreeBlock* b = head;
      head = b->next;
      return b;
    }
    return cut_from_slab((class_of(size) + 1) * kClassBytes);  // a block fit for its whole class
  }
  void* p = std::malloc(size);
  if (!p) throw std::bad_alloc();
  return p;
}

void release(void* p, std::size_t size) {
  if (!p) return;
  if (size == 0) size = 1;
  if (size <= kClasses * kClassBytes) {
    auto* b = static_cast<FreeBlock*>(p);
    FreeBlock*& head = pool.lists[class_of(size)];
    b->next = head;
    head = b;
    return;
  }
  std::free(p);
}

// Unused under AddressSanitizer, where GMP keeps malloc (see install_gmp_pool).
[[maybe_unused]] void* reallocate(void* p, std::size_t old_size, std::size_t new_size) {
  const std::size_t small = kClasses * kClassBytes;
  if (old_size > small && new_size > small) {
    void* q = std::realloc(p, new_size);
    if (!q) throw std::bad_alloc();
    return q;
  }
  void* q = allocate(new_size);
  std::memcpy(q, p, old_size < new_size ? old_size : new_size);
  release(p, old_size);
  return q;
}

}  // namespace

#if defined(__SANITIZE_ADDRESS__)
#define ZHIBIAO_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ZHIBIAO_ASAN 1
#endif
#endif

void install_gmp_pool() {
#ifndef ZHIBIAO_ASAN  // under AddressSanitizer every block goes through malloc, to be watched
  mp_set_memory_functions(allocate, reallocate, release);
#endif
}

}  // namespace zhibiao
