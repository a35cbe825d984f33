/// A set of non-negative `Int`s: open addressing, linear probing, Fibonacci hashing.
///
/// Why not `Set<Int>`: the standard set hashes every key with seeded SipHash, which was a fifth
/// of a digest's time in concept coverage's counting loops (thousands of inserts per call).
/// This set only inserts and tests membership; it is never iterated, so no hash order can leak
/// into an output.
package struct IntSet {
    /// Keys by slot; `_empty` marks a free slot.
    @usableFromInline var slots: [Int]
    /// `64 - log2(slots.count)`: the hash keeps the top bits of the product.
    @usableFromInline var shift: Int
    /// Number of keys held.
    package var count = 0

    @usableFromInline static let _empty = -1

    /// An empty set with room for `minimumCapacity` keys before it grows.
    @inlinable package init(minimumCapacity: Int = 8) {
        var size = 16
        while size < 2 * minimumCapacity { size <<= 1 }
        slots = [Int](repeating: Self._empty, count: size)
        shift = 64 - size.trailingZeroBitCount
    }

    @inlinable func home(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// Inserts `key` (not negative).
    /// - Returns: whether it was not held before.
    @discardableResult
    @inlinable package mutating func insert(_ key: Int) -> Bool {
        precondition(key >= 0, "IntSet holds non-negative keys, got \(key)")
        if 2 * (count + 1) > slots.count { _grow() }
        let mask = slots.count - 1
        var i = home(key)
        while true {
            let held = slots[i]
            if held == key { return false }
            if held == Self._empty {
                slots[i] = key
                count += 1
                return true
            }
            i = (i + 1) & mask
        }
    }

    /// Whether `key` is held.
    @inlinable package func contains(_ key: Int) -> Bool {
        let mask = slots.count - 1
        var i = home(key)
        while true {
            let held = slots[i]
            if held == key { return true }
            if held == Self._empty { return false }
            i = (i + 1) & mask
        }
    }

    /// Doubles the table (load factor stays at most one half, so probes stay short).
    @inlinable mutating func _grow() {
        let old = slots
        slots = [Int](repeating: Self._empty, count: old.count * 2)
        shift -= 1
        count = 0
        for key in old where key != Self._empty { insert(key) }
    }
}
