import PrecisSupport

extension TextNormalizer {
    /// ``matchKey(_:)`` of an ASCII text in one walk over its bytes: ASCII holds nothing to fold
    /// but white space (``fold(_:)`` maps a backtick only in text with other characters), and
    /// lower-casing ASCII moves `A`–`Z` alone, so the key is the text with runs of white space
    /// (tab to carriage return, space) made one space, the ends trimmed, and `A`–`Z` lowered.
    /// A fit keys every sentence this way (``ClusterModel``'s folding of exact copies).
    /// - Parameter text: an ASCII text (``isASCII(_:)``).
    /// - Returns: `fold(text).lowercased()`.
    /// - Complexity: O(*n*) in the bytes.
    static func _asciiMatchKey(_ text: String) -> String {
        assert(isASCII(text), "the ASCII match key needs ASCII text")  // the caller has just checked
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    if isASCIIWhitespace(byte) {
                        pendingSpace = count > 0
                        continue
                    }
                    if pendingSpace { out[count] = 0x20; count += 1; pendingSpace = false }
                    out[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    count += 1
                }
                return count
            }
        }
    }
}
