import PrecisSupport

/// Folds the typographic variety of real text into one form for *matching*, never for output.
///
/// News text mixes typographic and straight quotes (`’` / `'`, `“` / `"`), dashes, non-breaking and
/// zero-width spaces. Two copies of the same paragraph may differ only in those, so comparisons
/// (repeated paragraphs, headline repeats, furniture lines) run on the normalized form while the
/// original characters are kept for what the user reads.
///
/// ```swift
/// TextNormalizer.matchKey("Zelensky’s  “plan”\u{00A0}")   // "zelensky's \"plan\""
/// ```
package enum TextNormalizer {
    /// Replaces typographic quotes, dashes and exotic spaces with plain ASCII equivalents and
    /// collapses runs of whitespace to one space, trimming both ends.
    ///
    /// - Parameter text: any text.
    /// - Returns: the folded text; same case as the input.
    /// - Complexity: O(*n*) in the length of `text`.
    package static func fold(_ text: String) -> String {
        // Plain ASCII holds nothing to fold (a backtick is mapped only in text with other
        // characters): only whitespace needs collapsing.
        _collapsingWhitespace(text, mapping: !isASCII(text))
    }

    /// The key two strings are compared by: ``fold(_:)`` then lowercased.
    ///
    /// - Parameter text: any text.
    /// - Returns: the lowercase folded text.
    /// - Complexity: O(*n*).
    package static func matchKey(_ text: String) -> String {
        isASCII(text) ? _asciiMatchKey(text) : fold(text).lowercased()
    }
}

extension TextNormalizer {
    /// `text` without leading and trailing whitespace (Unicode-aware), as a `String`.
    /// - Complexity: O(*n*).
    package static func trimmed<S: StringProtocol>(_ text: S) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }
}

extension TextNormalizer {
    /// Collapses runs of whitespace (including non-breaking and zero-width spaces) to one space
    /// and trims the ends; every other character is kept as written.
    /// - Complexity: O(*n*).
    package static func collapseWhitespace(_ text: String) -> String {
        _collapsingWhitespace(text, mapping: false)
    }

    /// ``collapseWhitespace(_:)``, with `mapping` after mapping quotes, dashes and soft hyphens
    /// as ``fold(_:)`` does, in the same walk (no quote, dash or soft hyphen is whitespace).
    static func _collapsingWhitespace(_ text: String, mapping: Bool) -> String {
        // Builds UTF-8 bytes directly, from scalars decoded from the bytes: appending scalars to a
        // String one by one, or iterating its `unicodeScalars`, is far slower.
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let (scalar, length) = decodeScalar(bytes, at: i)
                i += length
                let v = scalar.value
                var byte: UInt8? = nil  // a scalar that maps to one byte
                if v < 0x80 {
                    if isASCIIWhitespace(UInt8(v)) {
                        pendingSpace = !out.isEmpty
                        continue
                    }
                    byte = mapping && v == 0x60 ? UInt8(ascii: "'") : UInt8(v)
                } else if mapping {
                    switch v {
                    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4: byte = UInt8(ascii: "'")
                    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: byte = UInt8(ascii: "\"")
                    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: byte = UInt8(ascii: "-")
                    case 0x00AD: continue  // soft hyphen
                    default: break
                    }
                }
                if byte == nil {
                    switch v {
                    case 0x200B, 0x200C, 0x200D, 0xFEFF: continue
                    default: break
                    }
                    if scalar.properties.isWhitespace {
                        pendingSpace = !out.isEmpty
                        continue
                    }
                }
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                if let byte { out.append(byte) } else { UTF8.encode(scalar) { out.append($0) } }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
