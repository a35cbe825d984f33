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
    ///   is not split at all.
    public static func fragmentRanges(in paragraph: String) -> [Range<String.Index>] {
        guard _mayHoldFragment(paragraph) else { return [] }
        return SentenceSplitter().sentenceRanges(in: paragraph).filter { isFragment(paragraph[$0]) }
    }

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

    /// A cheap test that lets most paragraphs skip sentence splitting: a fragment needs a
    /// paragraph that starts in lower case, ends without terminal punctuation, or has a lower-case
    /// letter right after a sentence's end (`. x`, `." x`).
    static func _mayHoldFragment(_ paragraph: String) -> Bool {
        if isFragment(paragraph[...]) { return true }
        var afterEnd = false, sawSpace = false
        for c in paragraph {
            if _terminals.contains(c) {
                afterEnd = true
                sawSpace = false
            } else if afterEnd && c.isWhitespace {
                sawSpace = true
            } else if afterEnd && _closers.contains(c) && !sawSpace {
                continue
            } else if afterEnd && sawSpace && _openers.contains(c) {
                continue
            } else {
                if afterEnd && sawSpace && c.isLowercase { return true }
                afterEnd = false
            }
        }
        return afterEnd && sawSpace  // a lone quote after the last sentence
    }
}
