/// Splits text into lowercase word tokens for vectors and matching.
///
/// A word is a maximal run of Unicode letters and digits (so `Türkiye`, `Erdoğan`, `Зеленский`
/// and `30` are words). Diacritics are folded (`Erdoğan` and `Erdogan` match). An English
/// possessive or contraction tail after an apostrophe (`'s`, `'t`, `'re` …) is dropped, so
/// `Zelensky’s` gives `zelensky`. Each Han, Hiragana or Katakana character is a token of its own:
/// those scripts write no spaces, and single characters are the usual unit for matching them.
///
/// ```swift
/// WordTokenizer().words(in: "Zelensky’s 30-day plan for Türkiye")
/// // ["zelensky", "30", "day", "plan", "for", "turkiye"]
/// ```
public struct WordTokenizer: Sendable, Hashable {
    /// Whether diacritics are stripped (`Erdoğan` → `erdogan`); English rules do, other
    /// languages keep them for their stemmers and stop-word lists.
    public let foldsDiacritics: Bool
    /// Whether lowercasing follows Turkish rules (`I` → `ı`, `İ` → `i`).
    public let turkishCasing: Bool

    /// Creates a tokenizer with English rules: lowercase, diacritics folded.
    public init() {
        foldsDiacritics = true
        turkishCasing = false
    }

    /// Creates a tokenizer for a language: English folds diacritics; the others keep them
    /// (composed, NFC) and lowercase by their own rules (Turkish dotted and dotless i).
    /// - Parameter language: the text's language.
    public init(language: Language) {
        foldsDiacritics = language == .english
        turkishCasing = language.hasTurkishCasing
    }

    /// The words of `text`, lowercased and with diacritics folded.
    ///
    /// - Parameter text: any text.
    /// - Returns: the words in order of appearance.
    /// - Complexity: O(*n*) in the length of `text`.
    public func words(in text: String) -> [String] {
        var words: [String] = []
        _forEachWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Calls `body` with each word of `text` as ``words(in:)`` gives it, as UTF-8 bytes valid
    /// only during the call: a caller that has seen the word before needs no `String` for it.
    /// - Complexity: O(*n*) in the length of `text`.
    func _forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let text = foldsDiacritics ? text : Self._composed(text)
        // The word so far as UTF-8 bytes (appending scalar by scalar to a
        // `String.UnicodeScalarView` cost more than the rest of the scan).
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var currentScalars = 0
        var afterApostrophe = false
        func append(_ scalar: Unicode.Scalar) {
            current.append(contentsOf: scalar.utf8)
            currentScalars += 1
        }
        func emit() {
            current.withUnsafeBufferPointer(body)
            current.removeAll(keepingCapacity: true)
            currentScalars = 0
        }
        func flush() {
            if !current.isEmpty {
                if !afterApostrophe || currentScalars > 2 {
                    emit()
                } else {
                    current.removeAll(keepingCapacity: true)
                    currentScalars = 0
                }
            }
            afterApostrophe = false
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                // ASCII fast path: no Unicode property look-ups for the common case.
                if v >= 0x61 && v <= 0x7A || v >= 0x30 && v <= 0x39 {
                    current.append(UInt8(v))
                    currentScalars += 1
                } else if v == 0x49 && turkishCasing {
                    append("\u{0131}")  // dotless ı
                } else if v >= 0x41 && v <= 0x5A {
                    current.append(UInt8(v + 32))
                    currentScalars += 1
                } else if v == 0x27 && !current.isEmpty {
                    emit()
                    afterApostrophe = true
                } else {
                    flush()
                }
                continue
            }
            if Self.isIdeograph(scalar) {
                flush()
                append(scalar)
                emit()
                continue
            }
            let props = scalar.properties
            if props.generalCategory == .nonspacingMark || props.generalCategory == .spacingMark {
                // a combining mark folds into its base letter, or stays on it without folding
                if !foldsDiacritics && !current.isEmpty { append(scalar) }
                continue
            }
            if props.isAlphabetic || props.numericType != nil {
                if foldsDiacritics {
                    for folded in Self.foldScalar(scalar) { append(folded) }
                } else {
                    for lowered in Self.lowercaseScalar(scalar, turkish: turkishCasing) { append(lowered) }
                }
            } else if scalar == "\u{2019}" && !current.isEmpty {
                // keep the stem before the apostrophe; the tail (s, t, re, ll) is dropped by `flush`
                emit()
                afterApostrophe = true
            } else {
                flush()
            }
        }
        flush()
    }

    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }

    /// Lowercases a scalar and strips its diacritics (canonical decomposition minus combining marks).
    static func foldScalar(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.isASCII {
            let v = scalar.value
            return [(v >= 65 && v <= 90) ? Unicode.Scalar(v + 32)! : scalar]
        }
        let lowered = String(scalar).lowercased()
        var out: [Unicode.Scalar] = []
        for s in lowered.decomposedStringWithCanonicalMapping.unicodeScalars
        where s.properties.generalCategory != .nonspacingMark {
            out.append(s)
        }
        return out
    }
}
