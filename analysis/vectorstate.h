#pragma once

namespace wattprint {

// Qt 6.4's qHash of a QByteArray/QString (its AES code path) can return with the upper halves
// of the vector registers dirty; measured here, every later SSE instruction then ran ~6x slower
// until a vzeroupper. Call this after string-keyed hash lookups that precede floating-point work.
inline void clearUpperVectorState()
{
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx) {
        asm volatile("vzeroupper" ::
                         : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10",
                           "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
    }
#endif
}

} // namespace wattprint
