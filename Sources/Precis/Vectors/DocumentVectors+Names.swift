extension DocumentVectors {
    /// The words of `body` that look like names: those opening with a capital letter A–Z
    /// (ASCII) that do not open a sentence (the text's start, or after `.`, `!`, `?`, `:` or
    /// a line break, quotes and brackets skipped), joined by spaces; counted again when
    /// ``Options/nameRepeats`` asks. Events are told apart by who and where (TDT systems weigh
    /// named entities up); a subject's common words are shared by its events.
    /// - Parameter body: the article's text.
    /// - Returns: the name-like words, in order.
    /// - Complexity: O(length of `body`) over its UTF-8 bytes.
    static func names(in body: String) -> String {
        var out: [UInt8] = []
        var sentenceStart = true
        var word: [UInt8] = []
        var wordIsName = false
        func flush() {
            if wordIsName && !word.isEmpty {
                if !out.isEmpty { out.append(0x20) }
                out.append(contentsOf: word)
            }
            word.removeAll(keepingCapacity: true)
        }
        for byte in body.utf8 {
            let isLetterOrDigit = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte >= 0x80 || byte == 0x27 || byte == 0x2D
            if isLetterOrDigit {
                if word.isEmpty {
                    wordIsName = byte >= 0x41 && byte <= 0x5A && !sentenceStart
                    sentenceStart = false
                }
                word.append(byte)
                continue
            }
            flush()
            switch byte {
            case 0x2E, 0x21, 0x3F, 0x3A, 0x0A: sentenceStart = true  // . ! ? : newline
            default: break  // spaces, quotes, brackets, commas keep the state
            }
        }
        flush()
        return String(decoding: out, as: UTF8.self)
    }
}
