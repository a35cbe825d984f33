extension Double {
    /// The value at a grain of 10⁻⁹, for comparing scores and gains: the same sum taken in
    /// another order (another core count, another BLAS kernel) can differ in its last bits, and
    /// two such values must compare equal so that the stated tie-breaker decides, and the same
    /// input gives the same bytes everywhere.
    ///
    /// ```swift
    /// (0.1 + 0.2).comparisonKey == 0.3.comparisonKey   // true
    /// ```
    /// - Complexity: O(1).
    @inlinable package var comparisonKey: Double { (self * 1e9).rounded() }
}
