/// The tokens of a sentence no compression may delete, and the number groups it may delete only
/// whole: what ``FaithfulnessGuard`` checks and ``SpanCompressor`` respects.
struct ProtectedTokens {
    /// A number with the tokens that belong to it (`$`, `about`, `30`, `percent`).
    struct NumberGroup: Hashable {
        /// The group's tokens.
        let range: Range<Int>
        /// The number's index.
        let number: Int
    }

    /// Per token: must be kept.
    let isProtected: [Bool]
    /// Per token: inside a quotation (between quotation marks).
    let isQuoted: [Bool]
    /// Numbers with a unit, currency sign or approximator.
    let groups: [NumberGroup]

    /// - Parameter tokens: a sentence's tokens, tagged (``WordClasses/tagged(_:)``): their
    ///   ``CompressionToken/wordClasses`` are read.
    init(_ tokens: [CompressionToken]) {
        var protected = [Bool](repeating: false, count: tokens.count)
        var quoted = [Bool](repeating: false, count: tokens.count)
        var depth = 0
        for (i, t) in tokens.enumerated() {
            switch t.kind {
            case .openQuote: depth += 1; quoted[i] = true
            case .closeQuote: depth = max(0, depth - 1); quoted[i] = true
            default: quoted[i] = depth > 0
            }
        }
        for (i, t) in tokens.enumerated() {
            if quoted[i] { protected[i] = true }
            if !t.wordClasses.isDisjoint(with: [.negation, .modal, .hedge, .limiting]) { protected[i] = true }
            if t.key.hasSuffix("n't") { protected[i] = true }
        }
        // the speaker and verb of every attribution
        for (v, t) in tokens.enumerated() where !quoted[v] && t.wordClasses.contains(.speech) {
            protected[v] = true
            if t.key == "according", v + 1 < tokens.count, tokens[v + 1].key == "to" {
                protected[v + 1] = true
                var k = v + 2
                while k < tokens.count, tokens[k].isWordLike, k < v + 8 { protected[k] = true; k += 1 }
                continue
            }
            // inverted: "…," said Zelensky / said the ministry
            var after = v + 1
            while after < tokens.count, Self.isTimeWord(tokens[after]) { after += 1 }
            let inverted = v > 0 && (tokens[v - 1].text == "," || tokens[v - 1].kind == .closeQuote)
            if inverted, after < tokens.count,
               tokens[after].isCapitalized || tokens[after].wordClasses.contains(.determiner) || tokens[after].wordClasses.contains(.pronoun) {
                var k = after
                while k < tokens.count, tokens[k].isWordLike, k < after + 5 { protected[k] = true; k += 1 }
                continue
            }
            // "the agency said", "Zelensky wrote", "officials on Monday said"
            var k = v - 1, taken = 0, names = 0
            while k >= 0, tokens[k].isWordLike, taken < 6 {
                let key = tokens[k].key
                if key == "that" || tokens[k].wordClasses.contains(.conjunction) || tokens[k].wordClasses.contains(.relative) { break }
                // a full name is the speaker; a long title before it is not ("Ukrainian President")
                if names >= 2 && tokens[k].wordClasses.contains(.title) { break }
                if tokens[k].isCapitalized && !tokens[k].wordClasses.contains(.title) { names += 1 }
                if Self.isTimeWord(tokens[k]) || (key == "on" && k + 1 < v && tokens[k + 1].wordClasses.contains(.weekday)) {
                    k -= 1; continue
                }
                protected[k] = true; taken += 1; k -= 1
            }
        }
        // numbers with their units, currency signs and approximators
        var groups: [NumberGroup] = []
        for (i, t) in tokens.enumerated() where t.kind == .number {
            var lower = i, upper = i + 1
            if lower > 0, ["$", "€", "£", "¥"].contains(tokens[lower - 1].text) { lower -= 1 }
            while lower > 0, tokens[lower - 1].wordClasses.contains(.approximator), lower > i - 3 { lower -= 1 }
            if upper < tokens.count, tokens[upper].wordClasses.contains(.unit) { upper += 1 }
            if lower < i || upper > i + 1 { groups.append(NumberGroup(range: lower..<upper, number: i)) }
        }
        isProtected = protected
        isQuoted = quoted
        self.groups = groups
    }

    /// A day or time word (`Monday`, `today`, `morning`, `last`).
    static func isTimeWord(_ token: CompressionToken) -> Bool {
        !token.wordClasses.isDisjoint(with: [.weekday, .relativeDay, .timeNoun, .timeModifier])
    }

    /// Whether deleting `span` keeps every protected token and every number group whole or gone.
    func allows(_ span: Range<Int>) -> Bool {
        if span.contains(where: { isProtected[$0] }) { return false }
        return groups.allSatisfy { g in !g.range.overlaps(span) || (span.contains(g.range.lowerBound) && span.contains(g.range.upperBound - 1)) }
    }
}
