import Foundation

/// The cores the loops below use, asked once per process (asking reads the system's limits
/// each time: on Linux, files of the control groups).
@usableFromInline let _activeProcessorCount = ProcessInfo.processInfo.activeProcessorCount

/// Runs `body(i)` for every `i` in `0..<count` on all cores, in chunks; returns when all are done.
///
/// Work is handed out in contiguous chunks so results written by index are deterministic.
/// - Complexity: O(count) calls of `body`.
@inlinable package func parallelFor(_ count: Int, _ body: (Int) -> Void) {
    guard count > 0 else { return }
    let workers = max(1, _activeProcessorCount)
    if workers == 1 || count < 2 {
        for i in 0..<count { body(i) }
        return
    }
    let chunks = min(count, workers * 8)
    withoutActuallyEscaping(body) { body in
        // Callers write disjoint indexes of preallocated buffers; the closure runs before return.
        nonisolated(unsafe) let body = body
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = count * c / chunks, hi = count * (c + 1) / chunks
            for i in lo..<hi { body(i) }
        }
    }
}

/// Runs `body` on contiguous chunks covering `0..<count`, on all cores (a few chunks per core).
@inlinable package func parallelChunks(_ count: Int, _ body: (Range<Int>) -> Void) {
    guard count > 0 else { return }
    let workers = max(1, _activeProcessorCount)
    let chunks = min(count, workers * 4)
    parallelFor(chunks) { c in body((count * c / chunks)..<(count * (c + 1) / chunks)) }
}

/// The chunks `parallelChunks` would use for `count` items.
@inlinable package func parallelChunkRanges(_ count: Int) -> [Range<Int>] {
    guard count > 0 else { return [] }
    let workers = max(1, _activeProcessorCount)
    let chunks = min(count, workers)
    return (0..<chunks).map { c in (count * c / chunks)..<(count * (c + 1) / chunks) }
}

/// Runs `first` and `second` at the same time (on two cores when there are), returning when
/// both are done. Parallel loops inside either share the cores.
@inlinable package func concurrently(_ first: () -> Void, _ second: () -> Void) {
    guard _activeProcessorCount > 1 else { first(); second(); return }
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            // Each closure runs once, on one thread, before return; they write disjoint state.
            nonisolated(unsafe) let first = first, second = second
            DispatchQueue.concurrentPerform(iterations: 2) { $0 == 0 ? first() : second() }
        }
    }
}
