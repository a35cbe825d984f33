extension FaithfulnessGuard {
    /// Every way `fused` fails to be a faithful fusion of `sources` (empty when it passes).
    ///
    /// A fused sentence passes when every word trigram of it occurs in one of its sources (so two
    /// sources join only where they share two words in a row), every number, date and name in it
    /// (a capitalized word after the first) is in a source, its quotes and brackets balance, and
    /// its negations, modals and hedges are exactly those of each source (sentences that differ
    /// in polarity or certainty are never fused: "will not take place" + "will take place in
    /// May" cannot yield "will not take place in May").
    /// - Parameters:
    ///   - fused: the fused sentence.
    ///   - sources: the sentences it came from.
    ///   - classes: the word lists naming protected words.
    /// - Returns: the violations, in the order found.
    /// - Complexity: O(*n* + *m*) in the fused and source tokens (trigrams hashed).
    public static func violations(fused: String, sources: [String], classes: WordClasses = .english) -> [Violation] {
        let tokens = CompressionToken.tokenize(fused)
        let words = comparisonKeys(tokens.filter(\.isWordLike))
        guard !words.isEmpty else { return [.empty] }
        let sourceTokens = sources.map(CompressionToken.tokenize)
        var found: [Violation] = []
        let n = min(3, words.count)
        var grams = Set<[String]>()
        var vocabulary = Set<String>()
        for s in sourceTokens {
            let keys = comparisonKeys(s.filter(\.isWordLike))
            vocabulary.formUnion(keys)
            if keys.count >= n { for i in 0...(keys.count - n) { grams.insert(Array(keys[i..<(i + n)])) } }
        }
        for i in 0...(words.count - n) where !grams.contains(Array(words[i..<(i + n)])) {
            found.append(.unsupportedTrigram(words[i..<(i + n)].joined(separator: " ")))
        }
        for (k, t) in tokens.enumerated() where t.isWordLike && (t.kind == .number || (k > 0 && t.isCapitalized)) {
            let key = comparisonKeys([t])[0]
            if !vocabulary.contains(key) { found.append(.unsupportedFact(t.text)) }
        }
        if balance(tokens) != [0, 0] { found.append(.unbalanced) }
        let polarity = certainty(tokens, classes)
        for s in sourceTokens {
            let theirs = certainty(s, classes)
            for key in Set(polarity.keys).union(theirs.keys).sorted() where polarity[key, default: 0] != theirs[key, default: 0] {
                found.append(.dropped(key))
            }
        }
        return found
    }

    /// Counts of negations, modals and hedges.
    static func certainty(_ tokens: [CompressionToken], _ classes: WordClasses) -> [String: Int] {
        var counts: [String: Int] = [:]
        for t in tokens where ["negation", "modal", "hedge"].contains(where: { classes.contains(t.key, in: $0) }) || t.key.hasSuffix("n't") {
            counts[t.key, default: 0] += 1
        }
        return counts
    }
}
