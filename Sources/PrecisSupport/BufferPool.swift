import Foundation

/// Scratch buffers of a fixed number of floats for tasks of a parallel loop: a task takes one
/// and gives it back, so there are never more buffers than tasks running at once (one per
/// core), and each is allocated (and its pages touched) once, not once per task.
package final class BufferPool: @unchecked Sendable {
    private let floats: Int
    private var free: [UnsafeMutablePointer<Float>] = []
    private var all: [UnsafeMutablePointer<Float>] = []
    private let lock = NSLock()

    package init(floats: Int) {
        self.floats = floats
    }

    deinit {
        for buffer in all { buffer.deallocate() }
    }

    /// A buffer of `floats` floats (contents left by its last user).
    package func take() -> UnsafeMutablePointer<Float> {
        lock.lock(); defer { lock.unlock() }
        if let buffer = free.popLast() { return buffer }
        let buffer = UnsafeMutablePointer<Float>.allocate(capacity: max(1, floats))
        all.append(buffer)
        return buffer
    }

    /// Returns a buffer taken with ``take()``.
    package func give(_ buffer: UnsafeMutablePointer<Float>) {
        lock.lock(); defer { lock.unlock() }
        free.append(buffer)
    }
}
