#if os(Linux)
/// glibc's `malloc_trim` (declared in `malloc.h`, which the Glibc module does not export).
@_silgen_name("malloc_trim") private func _mallocTrim(_ pad: Int) -> Int32
#endif

/// Hands the heap's free pages back to the system (glibc's `malloc_trim`; nothing elsewhere).
///
/// Many small arrays freed at once (per-document term lists, per-row pair lists) leave their
/// pages in the allocator's heaps, counted in the process's resident memory; the large arrays
/// allocated next are mapped afresh and cannot reuse them, so the peak is both added up. Called
/// between stages of a large day, it keeps the peak to what is live. It changes no result.
/// - Complexity: O(free chunks in the heaps).
package func releaseFreedMemory() {
    #if os(Linux)
    _ = _mallocTrim(0)
    #endif
}
