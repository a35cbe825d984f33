extension SentenceFuser {
    /// Where a fused sentence passes from one source to another, and whether each passage is one
    /// a reader would parse as the source did.
    ///
    /// The trigram guard lets two sources join over two shared words, and a noun phrase that is
    /// an object in one source can then become the subject of the other's verb ("Zelensky accused
    /// the Russian president" + "the Russian president declines the invitation" → "Zelensky
    /// accused the Russian president declines the invitation"). Without a parser, these checks
    /// stand in for Filippova's part-of-speech agreement. Tokens are words and marks (a comma is
    /// a token), between a start and an end token:
    /// - every run of four tokens is in one source, so sources join over at least three shared
    ///   tokens, and a fused sentence opens and ends as some source opens and ends (no sentence
    ///   cut short where another source happens to end; no comma or "and" lost at a join);
    /// - at each join, the token that follows the shared ones in the source being left is of the
    ///   same kind (function word or mark, content word, or the end) as the token that follows
    ///   them in the fused sentence (``WordGraph/isFunctionWord(_:classes:)``);
    /// - no join lies within a fact's words: the five tokens around a join hold no number, unit,
    ///   month, weekday or relative day, so a number keeps the subject, verb and unit of one
    ///   source ("One would create about 15,000 vouchers" + "The bill would create about 90,000
    ///   vouchers" never gives "One would create about 90,000 vouchers").
    struct Junctions {
        /// Each source's four-token runs, with the token after each run (nil after the end token).
        private var followers: [[String]: [String?]] = [:]
        /// Each source's five-token runs: a fused sentence's run found here is no join.
        private var fiveGrams = Set<[String]>()
        let classes: WordClasses
        /// The start and end tokens (not a key any token can have: keys hold no spaces).
        static let start = "<s> ", end = "</s> "

        /// - Parameter sources: the sources' comparison keys (``FaithfulnessGuard``), words and marks.
        /// - Complexity: O(total source tokens).
        init(_ sources: [[String]], classes: WordClasses) {
            self.classes = classes
            for keys in sources {
                let tokens = [Self.start] + keys + [Self.end]
                for i in tokens.indices where i + 4 <= tokens.count {
                    followers[Array(tokens[i..<(i + 4)]), default: []].append(i + 4 < tokens.count ? tokens[i + 4] : nil)
                    if i + 5 <= tokens.count { fiveGrams.insert(Array(tokens[i..<(i + 5)])) }
                }
            }
        }

        /// Whether `fused` (comparison keys, words and marks) joins its sources only as described above.
        /// - Complexity: O(*n*) hashed look-ups for *n* tokens.
        func areClean(_ fused: [String]) -> Bool {
            let tokens = [Self.start] + fused + [Self.end]
            guard tokens.count >= 4 else { return false }
            for i in 0...(tokens.count - 4) where followers[Array(tokens[i..<(i + 4)])] == nil { return false }
            for i in 0..<max(0, tokens.count - 4) where !fiveGrams.contains(Array(tokens[i..<(i + 5)])) {
                if tokens[i..<(i + 5)].contains(where: isFact) { return false }
                let next = kind(tokens[i + 4])
                let agrees = followers[Array(tokens[i..<(i + 4)])]!.contains { after in after.map(kind) == next }
                if !agrees { return false }
            }
            return true
        }

        /// 0: a function word or a mark; 1: a content word; 2: the end.
        private func kind(_ key: String) -> Int {
            if key == Self.end { return 2 }
            return !key.contains(where: { $0.isLetter || $0.isNumber }) || WordGraph.isFunctionWord(key, classes: classes) ? 0 : 1
        }

        /// Whether `key` states a fact a join must not split from its context: a number, a unit or a date word.
        private func isFact(_ key: String) -> Bool {
            key.contains(where: \.isNumber) || ["unit", "month", "weekday", "relative-day"].contains { classes.contains(key, in: $0) }
        }
    }
}
