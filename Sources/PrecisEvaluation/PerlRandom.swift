import Precis
/// Perl's `srand`/`rand` (Perl 5.20 and later on every platform): 48-bit `drand48`.
///
/// ROUGE-1.5.5 seeds resample *i* of its bootstrap with `srand(i)` and draws indices with
/// `int(rand(n))`; reproducing the generator reproduces its printed averages and intervals.
///
/// ```swift
/// var random = PerlRandom(seed: 0)
/// random.index(below: 50)   // 8, as perl -e 'srand(0); print int(rand(50))'
/// ```
package struct PerlRandom: Sendable, Hashable {
    private var state: UInt64

    /// Seeds the generator as `srand(seed)` does.
    /// - Parameter seed: the seed.
    package init(seed: UInt32) {
        state = (0x330E + (UInt64(seed) << 16)) & 0xFFFF_FFFF_FFFF
    }

    /// The next value in [0, 1), as `rand()`.
    /// - Returns: the value.
    /// - Complexity: O(1).
    package mutating func next() -> Double {
        state = (state &* 0x5_DEEC_E66D &+ 0xB) & 0xFFFF_FFFF_FFFF
        return Double(state) * 0x1p-48
    }

    /// `int(rand(n))`.
    /// - Parameter n: the bound; must be positive.
    /// - Returns: an index in `0..<n`.
    /// - Complexity: O(1).
    package mutating func index(below n: Int) -> Int {
        precondition(n > 0, "PerlRandom.index(below:) needs a positive bound")
        return Int(Double(n) * next())
    }
}
