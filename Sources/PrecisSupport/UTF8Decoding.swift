/// The Unicode scalar starting at byte `i` of valid UTF-8 (what `String.withUTF8` gives), and
/// its length in bytes. Walking the bytes with this costs a fraction of iterating
/// `String.UnicodeScalarView` (and of collecting its indices).
@inlinable @inline(__always)
package func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = bytes[i]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    // a `String` holds valid UTF-8: the lead byte gives the length
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    assert(i + length <= bytes.count, "truncated UTF-8 sequence at byte \(i)")
    var value = UInt32(lead) & (0x7F >> length)
    for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
    return (Unicode.Scalar(value)!, length)
}
