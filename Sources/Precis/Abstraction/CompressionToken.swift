import PrecisSupport

/// One token of a sentence for compression: a word, a number or a punctuation mark, with where it
/// sits in the sentence, so a compression can delete tokens and keep every other character.
package struct CompressionToken: Sendable, Hashable {
    /// What a token is.
    package enum Kind: Sendable, Hashable {
        /// Letters (with inner apostrophes, hyphens, periods: `don't`, `jam-packed`, `U.S.`).
        case word
        /// Starts with a digit (`2022`, `1,000`, `3.5`, `30-day`).
        case number
        /// An opening quotation mark (`“`, `` ` ` ``, `‘`) or a straight `"`.
        case openQuote
        /// A closing quotation mark (`”`, `''`).
        case closeQuote
        /// `(` or `[`.
        case openBracket
        /// `)` or `]`.
        case closeBracket
        /// Any other mark (`,`, `.`, `--`, `$`).
        case punctuation
    }

    /// The token as written.
    package let text: String
    /// The token lower-cased, with a typographic apostrophe written `'`.
    package let key: String
    /// Its kind.
    package let kind: Kind
    /// Its place in the sentence.
    package let range: Range<String.Index>
    /// Whether white space comes right before it in the sentence.
    package let followsSpace: Bool
    /// The word classes of its key, filled by ``WordClasses/tagged(_:)`` (empty until then):
    /// looked up once so the rules test bits, not word lists.
    package var wordClasses: WordClass = []

    /// A word or a number (what a word budget counts).
    package var isWordLike: Bool { kind == .word || kind == .number }
    /// Whether it starts with an upper-case letter.
    package var isCapitalized: Bool { text.first?.isUppercase == true }

    // ASCII answers without the Unicode property tables (the same answers: among ASCII
    // characters only letters are letters, only digits numbers, only tab to carriage return and
    // space white space).
    /// `c.isLetter || c.isNumber`, fast for ASCII.
    static func isWordCharacter(_ c: Character) -> Bool {
        if let a = c.asciiValue { return isASCIILetterOrDigit(a) }
        return c.isLetter || c.isNumber
    }

    /// `c.isWhitespace`, fast for ASCII.
    static func isWhitespace(_ c: Character) -> Bool {
        if let a = c.asciiValue { return isASCIIWhitespace(a) }
        return c.isWhitespace
    }

    /// The number of white-space-separated words of `text` (`text.split(whereSeparator: \.isWhitespace).count`).
    static func wordCount(_ text: String) -> Int {
        var count = 0, inWord = false
        if isASCII(text) {
            // ASCII: bytes are characters, except "\r\n", one white-space character either way
            for a in text.utf8 {
                if isASCIIWhitespace(a) { inWord = false } else if !inWord { inWord = true; count += 1 }
            }
            return count
        }
        if text.unicodeScalars.allSatisfy(Characters.isStandalone) {
            // scalars are characters (``Characters/isStandalone(_:)``), "\r\n" aside as above
            for s in text.unicodeScalars {
                if s.isASCII ? isASCIIWhitespace(UInt8(s.value)) : s.properties.isWhitespace { inWord = false }
                else if !inWord { inWord = true; count += 1 }
            }
            return count
        }
        for c in text {
            if isWhitespace(c) { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// A token's key: lower case, the typographic apostrophe made straight.
    static func key(of text: String) -> String {
        let lower = text.lowercased()
        // most keys have no U+2019 and skip Foundation's search (which nothing else matches:
        // U+2019 has no canonical equivalent)
        guard lower.unicodeScalars.contains("\u{2019}") else { return lower }
        if lower.unicodeScalars.allSatisfy(Characters.isStandalone) {
            // each U+2019 is a character of its own, which the search would match
            return String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        }
        return lower.replacingOccurrences(of: "’", with: "'")
    }

    /// The tokens of `sentence`, in order.
    ///
    /// Works on raw text (`said Monday.`) and on text already tokenized with spaces
    /// (`said Monday .`), which the compression test sets use.
    /// - Parameter sentence: one sentence.
    /// - Returns: its tokens; white space is not a token.
    /// - Complexity: O(*n*) in the sentence's characters.
    package static func tokenize(_ sentence: String) -> [CompressionToken] {
        tokenize(sentence, byCharacter: false)
    }

    /// ``tokenize(_:)``, read character by character when `byCharacter` even where scalars
    /// would do (``Characters``; tests check that the tokens are the same).
    static func tokenize(_ sentence: String, byCharacter: Bool) -> [CompressionToken] {
        let characters = Characters(sentence, byCharacter: byCharacter)
        let u = characters.units
        var tokens: [CompressionToken] = []
        tokens.reserveCapacity(u.count / 4 + 1)
        var i = 0
        var spaceBefore = false
        while i < u.count {
            let c = u[i]
            if c.classes.contains(.whitespace) { spaceBefore = true; i += 1; continue }
            let start = i
            var kind = CompressionToken.Kind.punctuation
            let next = i + 1
            let nextCharacter = next < u.count ? u[next] : nil
            if c.isWordCharacter || ((c.is("'") || c.is("’")) && nextCharacter?.classes.contains(.letter) == true && (tokens.isEmpty || spaceBefore)
                && nextCharacter?.classes.contains(.lowercase) == true) {
                kind = c.classes.contains(.number) ? .number : .word
                i = next
                while i < u.count {
                    let d = u[i]
                    if d.isWordCharacter { i += 1; continue }
                    let after = i + 1
                    guard after < u.count else { break }
                    let e = u[after]
                    // inner joiners: don't, jam-packed, U.S, 1,000, 3.5, AT&T
                    if (d.is("'") || d.is("’") || d.is("-") || d.is(".") || d.is("&") || d.is("/")) && e.isWordCharacter { i = after; continue }
                    if d.is(",") && kind == .number && e.classes.contains(.number) { i = after; continue }
                    break
                }
                // a final period of an acronym with inner periods ("U.S.") or of a one-letter initial
                if i < u.count, u[i].is(".") {
                    if (start..<i).contains(where: { u[$0].is(".") }) || (i - start == 1 && u[start].classes.contains(.uppercase))
                        || Self.titleAbbreviations.contains(String(sentence[characters.index(start)..<characters.index(i)])) {
                        i += 1
                    }
                }
                if kind == .word, u[start].is("'") || u[start].is("’"), i - start < 2 { kind = .punctuation }
            } else if c.is("-") || c.is("—") || c.is("–") || c.is(".") || c.is("`") || c.is("'") || c.is("_") {
                // runs: "--", "...", "``", "''"
                i = next
                while i < u.count, u[i].code == c.code { i += 1 }
                if i - start == 2 && c.is("`") { kind = .openQuote }
                else if i - start == 2 && c.is("'") { kind = .closeQuote }
            } else {
                i = next
                if c.is("“") || c.is("‘") || c.is("\"") { kind = .openQuote }
                else if c.is("”") { kind = .closeQuote }
                else if c.is("(") || c.is("[") { kind = .openBracket }
                else if c.is(")") || c.is("]") { kind = .closeBracket }
            }
            let range = characters.index(start)..<characters.index(i)
            let text = String(sentence[range])
            // an ASCII text holds no typographic apostrophe
            let key = characters.isASCII ? text.lowercased() : Self.key(of: text)
            tokens.append(CompressionToken(text: text, key: key, kind: kind, range: range, followsSpace: spaceBefore))
            spaceBefore = false
        }
        // A straight double quote opens and closes in turn.
        var open = false
        for k in tokens.indices where tokens[k].text == "\"" {
            if open { tokens[k] = tokens[k].with(kind: .closeQuote) }
            open.toggle()
        }
        return tokens
    }

    /// Titles written with a final period (`Mr.`), which stays part of the word.
    static let titleAbbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Jr", "Sr", "St", "Mt",
        "Inc", "Corp", "Co", "Ltd", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "vs",
    ]

    private func with(kind: Kind) -> CompressionToken {
        CompressionToken(text: text, key: key, kind: kind, range: range, followsSpace: followsSpace, wordClasses: wordClasses)
    }
}
