extension FaithfulnessGuard {
    /// Every way `named` fails to be `unnamed` with full names completed from `citations`
    /// (empty when it passes; ``NameCompletion`` is what completes them).
    ///
    /// `named` passes when it is `unnamed`, token for token (case included), except for runs of
    /// capitalized words inserted right before a word of `unnamed`: one run per citation, in
    /// order, each run being the words that its citation writes right before that same surname
    /// ("Ken" before "Kirkhart", a possessive "Kirkhart's" counting as "Kirkhart"). That the
    /// citation comes earlier in the same article is the caller's part; this checks the words.
    ///
    /// ```swift
    /// FaithfulnessGuard.violations(named: "Ken Kirkhart is vice president.", unnamed: "Kirkhart is vice president.",
    ///                              citations: ["Ken Kirkhart retired."])    // []
    /// FaithfulnessGuard.violations(named: "Bill Clinton spoke.", unnamed: "Clinton spoke.",
    ///                              citations: ["Hillary Clinton arrived."]) // [.unsupportedName("Bill")]
    /// ```
    /// - Parameters:
    ///   - named: the item's text with the names completed.
    ///   - unnamed: the item's text before (its source sentence, or its compressed or fused text).
    ///   - citations: the earlier sentences that wrote the full names, in the order of the
    ///     completed mentions in `named`.
    /// - Returns: the violations, in the order found.
    /// - Complexity: O(*n* + *c* × *k*) for *n* tokens in the two texts, *c* tokens in the
    ///   citations and *k* words inserted per run.
    public static func violations(named: String, unnamed: String, citations: [String]) -> [Violation] {
        let named = CompressionToken.tokenize(named), unnamed = CompressionToken.tokenize(unnamed)
        var i = 0, j = 0, used = 0
        while i < named.count {
            if j < unnamed.count && named[i].text == unnamed[j].text { i += 1; j += 1; continue }
            // an inserted run: capitalized words up to the next word of the unnamed text
            guard j < unnamed.count, used < citations.count else { return [.notInSource(named[i].text)] }
            var end = i
            while end < named.count && named[end].text != unnamed[j].text { end += 1 }
            let run = named[i..<min(end, named.count)].map(\.text)
            guard end < named.count, run.allSatisfy({ $0.first?.isUppercase == true }) else {
                return [.unsupportedName(run.joined(separator: " "))]
            }
            let surname = Self.surnameStem(unnamed[j].text)
            let cited = CompressionToken.tokenize(citations[used]).map(\.text)
            used += 1
            let written = cited.indices.contains { p in
                p + run.count < cited.count && Array(cited[p..<(p + run.count)]) == run
                    && Self.surnameStem(cited[p + run.count]) == surname
            }
            guard written else { return [.unsupportedName(run.joined(separator: " "))] }
            i = end
        }
        if j < unnamed.count { return [.dropped(unnamed[j].text)] }
        if used < citations.count { return [.unsupportedName("(\(citations.count - used) citation(s) not used)")] }
        return []
    }

    /// A surname without its possessive ending ("Kirkhart's" → "Kirkhart").
    package static func surnameStem(_ word: String) -> Substring {
        for ending in ["'s", "’s", "'", "’"] where word.hasSuffix(ending) && word.count > ending.count + 1 {
            return word.dropLast(ending.count)
        }
        return Substring(word)
    }
}
