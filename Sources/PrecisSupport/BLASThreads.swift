import Foundation

/// Control over the BLAS library's own threads, where it has any.
///
/// The binary links the generic `libblas.so.3`; Debian points that at OpenBLAS when
/// `libopenblas0-pthread` is installed. OpenBLAS threads pay off on large products (a day's
/// document similarity) but cost dearly on the small per-cluster matrices of a digest when the
/// other core is busy (LexRank's power iteration went from 0.05 s to 2.2 s). The reference BLAS
/// has no threads and no such function, so the call is looked up at run time.
package enum BLASThreads {
    /// Sets the number of BLAS threads, unless the user chose one with `OPENBLAS_NUM_THREADS`.
    ///
    /// - Parameter count: threads to use (at least 1).
    /// - Returns: whether a threaded BLAS took the setting.
    @discardableResult
    package static func set(_ count: Int) -> Bool {
        precondition(count >= 1, "BLAS thread count must be at least 1, got \(count)")
        guard ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"] == nil,
              let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "openblas_set_num_threads")
        else { return false }
        typealias SetThreads = @convention(c) (Int32) -> Void
        unsafeBitCast(symbol, to: SetThreads.self)(Int32(count))
        return true
    }
}
