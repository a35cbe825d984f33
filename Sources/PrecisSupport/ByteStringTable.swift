/// Distinct byte strings numbered in order of first appearance: open addressing with linear
/// probing over an FNV-1a hash of the bytes, which stay in one arena.
///
/// Why not `[String: Int]`: looking a word up by its bytes needs no `String` for it and no
/// seeded SipHash; the analyzer meets each distinct word of a cluster about four times. Only
/// numbering and look-up: the table is never iterated, so no hash order reaches an output.
package struct ByteStringTable {
    /// Per slot, the number of the string held plus one (0: free).
    @usableFromInline var slots: [Int32]
    /// Per string, its hash, then where its bytes start in `arena` (one past the end is the
    /// next string's start).
    @usableFromInline var hashes: [UInt32] = []
    @usableFromInline var starts: [Int] = [0]
    @usableFromInline var arena: [UInt8] = []
    /// `64 - log2(slots.count)`: a slot is the top bits of the hash times a Fibonacci constant
    /// (FNV's low bits alone mix poorly).
    @usableFromInline var shift: Int

    /// An empty table with room for `minimumCapacity` strings before it grows.
    @inlinable package init(minimumCapacity: Int = 8) {
        var size = 16
        while size < 2 * minimumCapacity { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        shift = 64 - size.trailingZeroBitCount
        hashes.reserveCapacity(minimumCapacity)
        starts.reserveCapacity(minimumCapacity + 1)
        arena.reserveCapacity(minimumCapacity * 8)
    }

    /// The number of `bytes`, new ones numbered next.
    /// - Returns: the number, and whether the string was not held before.
    @inlinable package mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        let (h, i, held) = probe(bytes)
        if let held { return (held, false) }
        let number = hashes.count
        hashes.append(h)
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        slots[i] = Int32(number + 1)
        if 2 * hashes.count > slots.count { _grow() }
        return (number, true)
    }

    /// The number of `bytes` when the table holds them (nothing is inserted).
    /// - Complexity: O(`bytes.count`) expected.
    @inlinable package func number(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        probe(bytes).number
    }

    /// The FNV-1a hash of `bytes`, and the slot that holds them (with their number) or the free
    /// slot where they would go.
    @inlinable @inline(__always) func probe(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt32, slot: Int, number: Int?) {
        var h: UInt32 = 0x811C_9DC5
        for b in bytes { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        let mask = slots.count - 1
        var i = home(h)
        while true {
            let held = Int(slots[i]) - 1
            if held < 0 { return (h, i, nil) }
            if hashes[held] == h && equals(held, bytes) { return (h, i, held) }
            i = (i + 1) & mask
        }
    }

    @inlinable func home(_ h: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(h) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    @inlinable func equals(_ number: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number]
        guard starts[number + 1] - start == bytes.count else { return false }
        for k in 0..<bytes.count where arena[start + k] != bytes[k] { return false }
        return true
    }

    /// Doubles the slots (load factor stays at most one half, so probes stay short).
    @inlinable mutating func _grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for (number, h) in hashes.enumerated() {
            var i = home(h)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(number + 1)
        }
    }
}
