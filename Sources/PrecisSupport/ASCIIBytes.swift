/// Classes of ASCII bytes, tested by their codes: the Unicode property tables give the same
/// answers for ASCII (only `A`–`Z` and `a`–`z` are letters, only `0`–`9` numbers) at many times
/// the cost, and hot text loops ask millions of times.
///
/// ```swift
/// isASCIILetter(UInt8(ascii: "Q"))          // true
/// isASCIILetterOrDigit(UInt8(ascii: "7"))   // true
/// isASCIILetterOrDigit(UInt8(ascii: "_"))   // false
/// ```

/// Whether `byte` is an ASCII letter (`A`–`Z`, `a`–`z`).
/// - Complexity: O(1).
@inlinable package func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
}

/// Whether `byte` is an ASCII letter or digit (`Character.isLetter || isNumber` for ASCII).
/// - Complexity: O(1).
@inlinable package func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
    isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39)
}
