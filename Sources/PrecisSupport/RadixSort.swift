/// Sorts `keys` ascending: a least-significant-digit radix sort, a byte per pass, skipping the
/// bytes every key shares (the packed keys of the grouping have several: the top bits of a
/// similarity, the high bits of an index).
///
/// For large arrays of packed keys where `sort()` (a comparison merge sort) was a visible cost.
/// The result is the sorted array, so for distinct keys (the callers' keys carry an index)
/// nothing depends on which sort ran.
/// - Complexity: O(count × bytes that differ), plus a scratch array of `count` keys.
@inlinable package func radixSort(_ keys: inout [UInt64]) {
    let n = keys.count
    guard n > 256 else { keys.sort(); return }
    // One pass over the keys counts all eight bytes.
    var counts = [Int](repeating: 0, count: 8 * 256)
    keys.withUnsafeBufferPointer { k in
        counts.withUnsafeMutableBufferPointer { c in
            for key in k {
                for byte in 0..<8 { c[byte * 256 + Int((key >> (8 * UInt64(byte))) & 0xFF)] += 1 }
            }
        }
    }
    var scratch = [UInt64](repeating: 0, count: n)
    for byte in 0..<8 {
        let shift = 8 * UInt64(byte)
        let base = byte * 256
        // Every key has the same byte here: this pass would not move anything.
        if counts[base + Int((keys[0] >> shift) & 0xFF)] == n { continue }
        var start = [Int](repeating: 0, count: 256)
        for b in 1..<256 { start[b] = start[b - 1] + counts[base + b - 1] }
        keys.withUnsafeBufferPointer { from in
            scratch.withUnsafeMutableBufferPointer { to in
                for key in from {
                    let b = Int((key >> shift) & 0xFF)
                    to[start[b]] = key
                    start[b] += 1
                }
            }
        }
        swap(&keys, &scratch)
    }
}
