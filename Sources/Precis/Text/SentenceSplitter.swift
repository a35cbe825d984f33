import PrecisSupport
/// Splits a paragraph into sentences, by rule.
///
/// Apple's `NaturalLanguage` does not exist on Linux, so the rules are ours:
///
/// - A boundary follows `.`, `!`, `?` or `…` (and any closing quotes or brackets right after
///   them) when whitespace and then an uppercase letter, a digit, an opening quote or bracket,
///   or a letter of a caseless script follows. A lowercase next word never starts a sentence
///   (`e.g. the`, `... and then`). `。！？` end a sentence with no space needed.
/// - **Abbreviations** come from `Models/abbreviations-en.txt`. A *title* (`Mr.`, `Dr.`, `Gen.`)
///   never ends a sentence. Any other abbreviation, an acronym with inner periods (`U.S.`,
///   `p.m.`) or a single initial (`J.`) ends one only when the next word is a common sentence
///   opener from `Models/sentence-openers-en.txt`: `the U.S. He said` splits, `U.S. President`
///   does not.
/// - **Quotations are atomic**: no boundary is placed between an opening quotation mark and its
///   matching closing mark within the paragraph. A multi-sentence quote and its attribution
///   therefore stay one sentence (`“… the killings. And I will be waiting … Personally,”
///   Zelensky wrote.`), so no item of a summary is ever a bare attribution fragment. An opening
///   mark with no closing mark in the paragraph is ignored (unbalanced quotes do not swallow
///   the paragraph).
/// - Numbers (`4.5`), URLs and e-mail addresses hold no boundary: a period followed directly by
///   a non-space never ends a sentence.
///
/// A paragraph is never joined with the next one: a sentence does not cross a line break that
/// the document reader kept as a paragraph break.
///
/// ```swift
/// let splitter = SentenceSplitter()
/// splitter.split("Mr. Smith met the U.S. delegation. He left at 3 p.m. on Friday.")
/// // ["Mr. Smith met the U.S. delegation.", "He left at 3 p.m. on Friday."]
/// ```
public struct SentenceSplitter: Sendable {
    /// Abbreviations, keyed by their text without the final period, as written.
    public let abbreviations: [String: AbbreviationKind]
    /// Lowercase words after which an ambiguous abbreviation is taken to end its sentence.
    public let sentenceOpeners: Set<String>

    /// How an abbreviation behaves at a period.
    public enum AbbreviationKind: String, Sendable, Hashable, Codable {
        /// Precedes a name; never ends a sentence.
        case title
        /// Ends a sentence only before a sentence opener.
        case other
    }

    /// Creates a splitter with the shipped English abbreviations and sentence openers.
    public init() {
        self = Self.english
    }

    /// Creates a splitter with custom lists.
    /// - Parameters:
    ///   - abbreviations: abbreviations without their final period, and their kind.
    ///   - sentenceOpeners: lowercase words that commonly open a sentence.
    public init(abbreviations: [String: AbbreviationKind], sentenceOpeners: Set<String>) {
        self.abbreviations = abbreviations
        self.sentenceOpeners = sentenceOpeners
    }

    static let english: SentenceSplitter = {
        var abbreviations: [String: AbbreviationKind] = [:]
        for line in ModelFiles.lines(of: ModelFiles.text(named: "abbreviations-en.txt")) {
            let fields = line.split(separator: "\t")
            guard let name = fields.first else { continue }
            let kind = fields.count > 1 ? AbbreviationKind(rawValue: String(fields[1])) ?? .other : .other
            abbreviations[String(name)] = kind
        }
        let openers = Set(ModelFiles.lines(of: ModelFiles.text(named: "sentence-openers-en.txt")))
        return SentenceSplitter(abbreviations: abbreviations, sentenceOpeners: openers)
    }()

    /// The sentences of one paragraph, trimmed, in order.
    ///
    /// - Parameter paragraph: text with no paragraph breaks (line breaks inside are treated as spaces).
    /// - Returns: the sentences; empty when `paragraph` is blank.
    /// - Complexity: O(*n*) in the length of `paragraph`.
    public func split(_ paragraph: String) -> [String] {
        sentenceRanges(in: paragraph).map { String(paragraph[$0]) }
    }

    /// The ranges of the sentences of `paragraph` (trimmed of surrounding whitespace).
    ///
    /// - Parameter paragraph: one paragraph.
    /// - Returns: non-empty, non-overlapping ranges in order.
    /// - Complexity: O(*n*).
    public func sentenceRanges(in paragraph: String) -> [Range<String.Index>] {
        // Works on Unicode scalars: every mark the rules look at is one scalar, and scalar
        // indexing avoids grapheme breaking, the dominant cost on long texts. The scalars and
        // their UTF-8 offsets come from one walk over the bytes (through
        // `String.UnicodeScalarView` each cost several times more).
        var text = paragraph
        let (chars, offsets) = text.withUTF8 { bytes in
            var chars: [Unicode.Scalar] = []
            var offsets: [Int] = []  // then one past the end
            chars.reserveCapacity(bytes.count)
            offsets.reserveCapacity(bytes.count + 1)
            var i = 0
            while i < bytes.count {
                let (scalar, length) = decodeScalar(bytes, at: i)
                chars.append(scalar)
                offsets.append(i)
                i += length
            }
            offsets.append(bytes.count)
            return (chars, offsets)
        }
        guard !chars.isEmpty else { return [] }
        let quoted = Self.quotedSpans(chars)
        var ranges: [Range<Int>] = []  // in scalars
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard Self.isTerminator(c) else { i += 1; continue }
            // the run of terminators, then closing quotes and brackets
            var end = i + 1
            while end < chars.count, Self.isTerminator(chars[end]) { end += 1 }
            let isSinglePeriod = c == "." && end == i + 1
            while end < chars.count, Self.isCloser(chars[end]) { end += 1 }
            let wide = Self.isWideTerminator(chars[end - 1]) || Self.isWideTerminator(c)
            var next = end
            while next < chars.count, Self.isSpace(chars[next]) { next += 1 }
            let hasSpace = next > end
            defer { i = end }
            if quoted[i] && quoted[end - 1] { continue }  // still inside a quotation after its closers
            if next == chars.count { break }  // the paragraph's last sentence; closed below
            if !hasSpace && !wide { continue }
            if !startsSentence(chars[next]) { continue }
            if isSinglePeriod && !periodEndsSentence(chars, periodAt: i, nextWordAt: next) { continue }
            if let range = Self.trimmed(chars, start, end) { ranges.append(range) }
            start = next
        }
        if let range = Self.trimmed(chars, start, chars.count) { ranges.append(range) }
        let utf8 = paragraph.utf8
        return ranges.map { utf8.index(utf8.startIndex, offsetBy: offsets[$0.lowerBound])..<utf8.index(utf8.startIndex, offsetBy: offsets[$0.upperBound]) }
    }

    // MARK: Rules

    /// Whether a single period at `i` ends a sentence, given the word before it and the next word.
    func periodEndsSentence(_ chars: [Unicode.Scalar], periodAt i: Int, nextWordAt next: Int) -> Bool {
        var wordStart = i
        while wordStart > 0, Self.isLetter(chars[wordStart - 1]) || chars[wordStart - 1] == "." || Self.isDigit(chars[wordStart - 1]) {
            wordStart -= 1
        }
        guard wordStart < i else { return true }
        let word = Self.text(chars[wordStart..<i])
        // the next word is read only when the answer depends on it (most periods end a plain word)
        func beforeOpener() -> Bool { sentenceOpeners.contains(Self.word(at: next, in: chars).lowercased()) }
        if let kind = abbreviations[word] ?? abbreviations[word.lowercased()] ?? abbreviations[Self.capitalized(word)] {
            return kind == .other && beforeOpener()
        }
        let isInitial = i - wordStart == 1 && chars[wordStart].properties.isUppercase
        let isAcronym = word.contains(".") && word.split(separator: ".").allSatisfy { $0.count <= 2 }
        if isInitial || isAcronym { return beforeOpener() }
        return true
    }

    func startsSentence(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "A" && c <= "Z") || Self.isDigit(c) || Self.isOpener(c) }
        let p = c.properties
        if p.isUppercase || p.numericType != nil || Self.isOpener(c) { return true }
        // letters of caseless scripts (CJK, Arabic, Hebrew …) can start a sentence
        return p.isAlphabetic && !p.isLowercase
    }

    // MARK: Character classes

    static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "…" || isWideTerminator(c)
    }

    static func isWideTerminator(_ c: Unicode.Scalar) -> Bool { c == "。" || c == "！" || c == "？" }

    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "”", "’", "»", ")", "]", "}", "」", "』": return true
        default: return false
        }
    }

    static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "“", "‘", "«", "(", "[", "{", "„", "「", "『", "`": return true
        default: return false
        }
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (c == " " || c == "\t" || c == "\n" || c == "\r") : c.properties.isWhitespace
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z")) : c.properties.isAlphabetic
    }

    // Character forms, for callers holding `Character`s.
    static func isTerminator(_ c: Character) -> Bool { c.unicodeScalars.first.map(isTerminator) ?? false }
    static func isCloser(_ c: Character) -> Bool { c.unicodeScalars.first.map(isCloser) ?? false }
    static func isOpener(_ c: Character) -> Bool { c.unicodeScalars.first.map(isOpener) ?? false }

    static func word(at start: Int, in chars: [Unicode.Scalar]) -> String {
        var i = start
        while i < chars.count, isOpener(chars[i]) { i += 1 }
        var j = i
        while j < chars.count, isLetter(chars[j]) { j += 1 }
        return text(chars[i..<j])
    }

    /// A run of scalars as a string, built from UTF-8 bytes: appending them to a
    /// `String.UnicodeScalarView` took thousands of instructions for a short word.
    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar.isASCII { bytes.append(UInt8(scalar.value)) } else { bytes.append(contentsOf: scalar.utf8) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    /// Marks every scalar strictly inside a balanced double quotation (“…”, "…", «…», ``…'').
    static func quotedSpans(_ chars: [Unicode.Scalar]) -> [Bool] {
        var inside = [Bool](repeating: false, count: chars.count)
        var openAt: Int? = nil
        var openKind: Unicode.Scalar = "\""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            // only quotation marks and apostrophes open or close a span (most scalars are not)
            switch c {
            case "\"", "“", "”", "«", "»", "„", "`", "'": break
            default: i += 1; continue
            }
            let prev: Unicode.Scalar = i > 0 ? chars[i - 1] : " "
            let isTick = c == "`" && i + 1 < chars.count && chars[i + 1] == "`"
            let isTwoApostrophes = c == "'" && i + 1 < chars.count && chars[i + 1] == "'"
            if let open = openAt {
                let closes: Bool
                switch openKind {
                case "“": closes = c == "”" || (c == "\"" && !isSpace(prev))
                case "«": closes = c == "»"
                case "`": closes = isTwoApostrophes || c == "”"
                default: closes = (c == "\"" || c == "”") && !isSpace(prev)
                }
                if closes {
                    for k in (open + 1)..<i { inside[k] = true }
                    openAt = nil
                    i += isTwoApostrophes ? 2 : 1
                    continue
                }
            } else {
                let opensStraight = c == "\"" && (isSpace(prev) || isOpener(prev) || prev == "-" || prev == "—" || i == 0)
                if c == "“" || c == "«" || opensStraight || c == "„" {
                    openAt = i
                    openKind = c == "„" ? "“" : c
                } else if isTick {
                    openAt = i + 1
                    openKind = "`"
                    i += 2
                    continue
                }
            }
            i += 1
        }
        return inside
    }

    /// Scalars `start..<end` without surrounding whitespace (nil: nothing left).
    static func trimmed(_ chars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Range<Int>? {
        var s = start
        var e = end
        while s < e, isSpace(chars[s]) { s += 1 }
        while e > s, isSpace(chars[e - 1]) { e -= 1 }
        return s < e ? s..<e : nil
    }
}
