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

/// Whether `byte` is an ASCII digit (`0`–`9`).
/// - Complexity: O(1).
@inlinable package func isASCIIDigit(_ byte: UInt8) -> Bool {
    byte >= 0x30 && byte <= 0x39
}

/// Whether `byte` is ASCII white space: tab to carriage return, or space (what
/// `Character.isWhitespace` and ROUGE-1.5.5's `\s` say of ASCII).
/// - Complexity: O(1).
@inlinable package func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
}

/// Whether `byte` is an ASCII letter or digit (`Character.isLetter || isNumber` for ASCII).
/// - Complexity: O(1).
@inlinable package func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
    isASCIILetter(byte) || isASCIIDigit(byte)
}

/// Whether every byte of `text` is ASCII (`text.utf8.allSatisfy { $0 < 0x80 }`), read from the
/// string's contiguous storage when it has one (a native string does), eight bytes at a time.
/// - Complexity: O(*n*) in the UTF-8 bytes.
package func isASCII(_ text: String) -> Bool {
    if let answer = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
        var k = 0
        let count = bytes.count
        let base = bytes.baseAddress
        while k + 8 <= count {
            if UnsafeRawPointer(base! + k).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            k += 8
        }
        while k < count {
            if bytes[k] >= 0x80 { return false }
            k += 1
        }
        return true
    }) { return answer }
    return text.utf8.allSatisfy { $0 < 0x80 }
}
