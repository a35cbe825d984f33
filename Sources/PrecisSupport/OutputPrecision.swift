extension Double {
    /// The value rounded to 6 decimals, as every score Precis prints: fewer digits than BLAS's
    /// summation order can change, so outputs are the same bytes on every machine.
    @inlinable package var roundedForOutput: Double { (self * 1e6).rounded() / 1e6 }
}

extension Float {
    /// The value rounded to 6 decimals (see `Double.roundedForOutput`).
    @inlinable package var roundedForOutput: Float { (self * 1e6).rounded() / 1e6 }
}
