extension SentenceFuser {
    /// Where a fused sentence passes from one source to another, and whether each passage is one
    /// a reader would parse as the source did.
    ///
    /// The trigram guard lets two sources join over two shared words, and a noun phrase that is
    /// an object in one source can then become the subject of the other's verb ("Zelensky accused
    /// the Russian president" + "the Russian president declines the invitation" → "Zelensky
    /// accused the Russian president declines the invitation"). Without a parser, two checks
    /// stand in for Filippova's part-of-speech agreement:
    /// - every run of four words is in one source, so sources join over at least three shared
    ///   words;
    /// - at each join, the word that follows the shared words in the source being left is of the
    ///   same kind (function word or content word, ``WordGraph/isFunctionWord(_:classes:)``) as
    ///   the word that follows them in the fused sentence; a join after a source's last word fails;
    /// - no join lies within a fact's words: the five words around a join hold no number, unit,
    ///   month, weekday or relative day, so a number keeps the subject, verb and unit of one
    ///   source ("One would create about 15,000 vouchers" + "The bill would create about 90,000
    ///   vouchers" never gives "One would create about 90,000 vouchers").
    struct Junctions {
        /// Each source's four-word runs, with the word after each run (nil at the end).
        private var followers: [[String]: [String?]] = [:]
        /// Each source's five-word runs: a fused sentence's run found here is no join.
        private var fiveGrams = Set<[String]>()
        let classes: WordClasses

        /// - Parameter sources: the sources' comparison keys (``FaithfulnessGuard``), words only.
        /// - Complexity: O(total source words).
        init(_ sources: [[String]], classes: WordClasses) {
            self.classes = classes
            for words in sources {
                for i in words.indices where i + 4 <= words.count {
                    followers[Array(words[i..<(i + 4)]), default: []].append(i + 4 < words.count ? words[i + 4] : nil)
                    if i + 5 <= words.count { fiveGrams.insert(Array(words[i..<(i + 5)])) }
                }
            }
        }

        /// Whether `fused` (comparison keys, words only) joins its sources only as described above.
        /// - Complexity: O(*n*) hashed look-ups for *n* words.
        func areClean(_ fused: [String]) -> Bool {
            guard fused.count >= 4 else { return true }
            for i in 0...(fused.count - 4) where followers[Array(fused[i..<(i + 4)])] == nil { return false }
            for i in 0..<max(0, fused.count - 4) where !fiveGrams.contains(Array(fused[i..<(i + 5)])) {
                if fused[i..<(i + 5)].contains(where: isFact) { return false }
                let next = WordGraph.isFunctionWord(fused[i + 4], classes: classes)
                let agrees = followers[Array(fused[i..<(i + 4)])]!.contains { after in
                    after.map { WordGraph.isFunctionWord($0, classes: classes) == next } ?? false
                }
                if !agrees { return false }
            }
            return true
        }

        /// Whether `key` states a fact a join must not split from its context: a number, a unit or a date word.
        private func isFact(_ key: String) -> Bool {
            key.contains(where: \.isNumber) || ["unit", "month", "weekday", "relative-day"].contains { classes.contains(key, in: $0) }
        }
    }
}
