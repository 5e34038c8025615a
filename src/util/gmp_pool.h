#pragma once
// Every Decimal is a GMP rational: two small heap blocks, made and freed by
// the million when a corpus is checked. install_gmp_pool() gives GMP a
// per-thread free list for blocks of up to 32 bytes (4 limbs), new ones cut
// from 16 KiB slabs, so that these stop going through malloc (and take 8
// bytes for a limb, not malloc's 32); larger blocks still do.

namespace zhibiao {

// Call once, early (before threads start); safe to call again.
void install_gmp_pool();

}  // namespace zhibiao
