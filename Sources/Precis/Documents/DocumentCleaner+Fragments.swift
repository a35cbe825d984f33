import PrecisSupport

extension DocumentCleaner {
    /// The sentences of a plain-text paragraph that are not running prose: one that starts in
    /// lower case (its first word has no capital: "iPhone" starts a sentence) or ends without
    /// terminal punctuation (`.`, `!`, `?`, `…`, `。` …, before any closing quotes or brackets).
    ///
    /// After unwrapping and wire notes, what is left of that kind is a heading, list item, table
    /// row, address or link line the plain text kept no mark of ("Focus: Eye Protection",
    /// "On the Net:", "HSI 10,663 11,442 +779"), a lead-in to a list ("The new rules require:")
    /// or a story cut off mid-sentence ("During his Algerian stay,"). None of them can stand in
    /// a digest.
    ///
    /// - Parameter paragraph: one paragraph.
    /// - Returns: the ranges of those sentences in `paragraph`, in order; empty for prose.
    /// - Complexity: O(*n*); a paragraph with no lower-case sentence start and a terminal end
    ///   is not scanned further.
    public static func fragmentRanges(in paragraph: String) -> [Range<String.Index>] {
        guard _mayHoldFragment(paragraph) else { return [] }
        var ranges: [Range<String.Index>] = []
        var start = paragraph.startIndex
        for end in _sentenceEnds(in: paragraph) + [paragraph.endIndex] {
            let sentence = paragraph[start..<end]
            if let first = sentence.firstIndex(where: { !$0.isWhitespace }), let last = sentence.lastIndex(where: { !$0.isWhitespace }) {
                ranges.append(first..<paragraph.index(after: last))
            }
            start = end
        }
        return ranges.filter { isFragment(paragraph[$0]) }
    }

    /// Where the sentences of a paragraph end: after terminal punctuation and any closing quotes,
    /// before a space and a capital, digit or opening quote, unless the period ends an initial
    /// ("J."), a dotted abbreviation ("U.S.") or a common one ("Gen.", "Sept.", "No."). A
    /// boundary missed only makes a fragment longer; the sentence splitter (a floor above) makes
    /// the sentences themselves.
    /// - Complexity: O(*n*).
    static func _sentenceEnds(in paragraph: String) -> [String.Index] {
        var ends: [String.Index] = []
        var i = paragraph.startIndex
        while i < paragraph.endIndex {
            let c = paragraph[i]
            var j = paragraph.index(after: i)
            guard _terminals.contains(c) else { i = j; continue }
            while j < paragraph.endIndex, _closers.contains(paragraph[j]) { j = paragraph.index(after: j) }
            var k = j
            while k < paragraph.endIndex, paragraph[k].isWhitespace { k = paragraph.index(after: k) }
            if k > j, k < paragraph.endIndex, paragraph[k].isUppercase || paragraph[k].isNumber || _openers.contains(paragraph[k]),
               c != "." || !_endsAbbreviation(paragraph[..<i]) {
                ends.append(j)
            }
            i = j
        }
        return ends
    }

    /// Whether the word before a period is an initial, a dotted abbreviation or a common title,
    /// month or label abbreviation.
    static func _endsAbbreviation(_ head: Substring) -> Bool {
        let word = head.reversed().prefix { $0.isLetter || $0 == "." }
        guard !word.isEmpty else { return false }
        if word.contains(".") { return true }
        if word.count == 1 { return word.first?.isUppercase == true }
        return _abbreviations.contains(String(word.reversed()).lowercased())
    }

    static let _abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
        "st", "jr", "sr", "rev", "hon", "pres", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "co", "ltd", "no", "vs", "mt", "ft", "atty", "supt", "fig", "vol",
    ]

    /// Whether one sentence starts in lower case or ends without terminal punctuation.
    /// - Complexity: O(*n*) in the sentence's length.
    public static func isFragment(_ sentence: Substring) -> Bool {
        let head = sentence.drop { _openers.contains($0) || $0.isWhitespace }
        var tail = sentence[...]
        while let last = tail.last, _closers.contains(last) || last.isWhitespace { tail = tail.dropLast() }
        guard let first = head.first, let last = tail.last else { return true }
        if first.isLowercase, !head.prefix(while: { $0.isLetter }).contains(where: \.isUppercase) { return true }
        return !_terminals.contains(last)
    }

    /// Marks that end a sentence: Latin, CJK full-width, Arabic, Devanagari.
    static let _terminals: Set<Character> = [".", "!", "?", "…", "。", "！", "？", "؟", "।", "‼"]

    /// `text` with `ranges` (sentences, in order) removed, the rest joined by single spaces.
    static func removing(_ ranges: [Range<String.Index>], from text: String) -> String {
        var out = "", last = text.startIndex
        for range in ranges {
            out += text[last..<range.lowerBound]
            out += " "
            last = range.upperBound
        }
        out += text[last...]
        return TextNormalizer.collapseWhitespace(out)
    }

    static let _openers: Set<Character> = ["\"", "'", "`", "“", "‘", "«", "(", "[", "{"]
    static let _closers: Set<Character> = ["\"", "'", "`", "”", "’", "»", ")", "]", "}"]

    static func _isTerminal(_ s: Unicode.Scalar) -> Bool {
        switch s { case ".", "!", "?", "…", "。", "！", "？", "؟", "।", "‼": true; default: false }
    }
    static func _isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s { case "\"", "'", "`", "”", "’", "»", ")", "]", "}": true; default: false }
    }
    static func _isOpener(_ s: Unicode.Scalar) -> Bool {
        switch s { case "\"", "'", "`", "“", "‘", "«", "(", "[", "{": true; default: false }
    }

    /// A cheap test that lets most paragraphs skip sentence splitting: a fragment needs a
    /// paragraph that starts in lower case, ends without terminal punctuation, or has a lower-case
    /// letter right after a sentence's end (`. x`, `." x`).
    static func _mayHoldFragment(_ paragraph: String) -> Bool {
        if isFragment(paragraph[...]) { return true }
        var afterEnd = false, sawSpace = false
        for scalar in paragraph.unicodeScalars {
            // the common case; an ASCII letter tested by its code (the property look-up was 5 % of a
            // five-article digest run's profile)
            if scalar.isASCII && (isASCIILetter(UInt8(scalar.value)) || scalar == " ") && !afterEnd { continue }
            if _isTerminal(scalar) {
                afterEnd = true
                sawSpace = false
            } else if afterEnd && scalar.properties.isWhitespace {
                sawSpace = true
            } else if afterEnd && !sawSpace && _isCloser(scalar) {
                continue
            } else if afterEnd && sawSpace && _isOpener(scalar) {
                continue
            } else {
                if afterEnd && sawSpace && scalar.properties.isLowercase { return true }
                afterEnd = false
            }
        }
        return afterEnd && sawSpace  // a lone quote after the last sentence
    }
}
