/// Shortens a sentence by deleting spans a reader does not need, by rules that need no parser:
/// datelines, the day of a statement (`…, the agency said Monday.` → `…, the agency said.`),
/// leading discourse words and time adverbials, parentheticals, fillers, ages, day and time
/// expressions of past events, appositives, non-restrictive relative clauses and long titles.
///
/// Every candidate is the sentence with token spans deleted and passes ``FaithfulnessGuard``:
/// no span holding a negation, a modal, a hedge, an attribution's speaker, a quotation's words
/// or half a number group is ever deleted.
///
/// ```swift
/// let compressor = SpanCompressor()
/// compressor.compress("However, the talks will not take place, the agency said Monday.").text
/// // "The talks will not take place, the agency said."
/// ```
public struct SpanCompressor: Sendable {
    /// How much to delete in ``compress(_:level:)``.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        /// The light rules (``CompressionRule/isLight``).
        case light
        /// Every rule.
        case full
    }

    /// Longest parenthetical or aside deleted, in tokens.
    public var maximumAside: Int = 14
    /// Longest appositive deleted, in tokens.
    public var maximumAppositive: Int = 12
    /// Longest relative clause deleted, in tokens.
    public var maximumRelativeClause: Int = 25
    /// Fewest words a candidate keeps.
    public var minimumWords: Int = 4
    /// Whether a sentence whose start was cut starts again with a capital letter (off, it is
    /// purely its source with spans deleted, as the compression test sets' golds are written).
    public var capitalizesFirstWord = true
    /// The rules that apply (all by default).
    public var rules: Set<CompressionRule> = Set(CompressionRule.allCases)
    /// The word lists.
    public let classes: WordClasses
    /// The `filler-phrase` class (`of course`, `in fact`), looked up once: the rules try it at
    /// every token.
    let fillerPhrases: [[String]]

    public init(classes: WordClasses = .english) {
        self.classes = classes
        fillerPhrases = classes.phrases["filler-phrase"] ?? []
    }

    /// The shortened variants of `sentence`, longest first, each distinct, shorter than it, and
    /// passing ``FaithfulnessGuard`` (a variant that fails is left out).
    ///
    /// Each deletable span found by a rule is a step; the variants are the sentence with the
    /// first 1, 2, … steps deleted, steps ordered light rules first, then by rule, then by position.
    /// - Parameter sentence: one sentence.
    /// - Returns: the candidates (none when no rule applies).
    /// - Complexity: O(*n* · *s*) for *n* tokens and *s* deletable spans.
    public func candidates(for sentence: String) -> [CompressionCandidate] {
        let tokens = classes.tagged(CompressionToken.tokenize(sentence))
        let protection = ProtectedTokens(tokens)
        let spans = deletableSpans(tokens, protection: protection)
        let source = FaithfulnessGuard.PreparedSource(tokens, protection: protection)
        var result: [CompressionCandidate] = []
        var seen: Set<String> = [sentence]
        for end in spans.indices {
            let candidate = render(sentence, tokens, spans: Array(spans[...end]), protection: protection)
            guard candidate.wordCount >= minimumWords, seen.insert(candidate.text).inserted,
                  FaithfulnessGuard.violations(compressed: candidate.text, source: source).isEmpty else { continue }
            result.append(candidate)
        }
        return result
    }

    /// `sentence` with every span of the level's rules deleted (the sentence itself, with no
    /// deletion, when none applies, too little would be left, or the result fails the guard).
    /// - Parameters:
    ///   - sentence: one sentence.
    ///   - level: which rules apply.
    /// - Returns: the compression.
    /// - Complexity: O(*n* · *s*) for *n* tokens and *s* deletable spans.
    public func compress(_ sentence: String, level: Level = .full) -> CompressionCandidate {
        compress(sentence, levels: [level])[0]
    }

    /// ``compress(_:level:)`` at each of `levels`, the sentence read once for all of them.
    /// - Parameters:
    ///   - sentence: one sentence.
    ///   - levels: which rules apply, one compression per level.
    /// - Returns: the compressions, in the order of `levels`.
    /// - Complexity: O(*n* · *s*) per level for *n* tokens and *s* deletable spans.
    public func compress(_ sentence: String, levels: [Level]) -> [CompressionCandidate] {
        compress(sentence, tokens: CompressionToken.tokenize(sentence), levels: levels)
    }

    /// ``compress(_:levels:)`` of a sentence already tokenized.
    /// - Parameters:
    ///   - sentence: one sentence.
    ///   - tokens: its tokens (``CompressionToken/tokenize(_:)``), not tagged.
    ///   - levels: which rules apply, one compression per level.
    func compress(_ sentence: String, tokens: [CompressionToken], levels: [Level]) -> [CompressionCandidate] {
        let tokens = classes.tagged(tokens)
        let protection = ProtectedTokens(tokens)
        let allSpans = deletableSpans(tokens, protection: protection)
        guard !allSpans.isEmpty else { return levels.map { _ in unchanged(sentence, tokens) } }
        let source = FaithfulnessGuard.PreparedSource(tokens, protection: protection)
        // levels whose rules find the same spans (often light and full) share one result
        var resultOfSpans: [[Span]: CompressionCandidate] = [:]
        return levels.map { level in
            let spans = allSpans.filter { level == .full || $0.rule.isLight }
            if let known = resultOfSpans[spans] { return known }
            var result = unchanged(sentence, tokens)
            if !spans.isEmpty {
                // the guard is checked on every result, not only trusted from the rules
                let candidate = render(sentence, tokens, spans: spans, protection: protection)
                if candidate.wordCount >= minimumWords
                    && FaithfulnessGuard.violations(compressed: candidate.text, source: source).isEmpty { result = candidate }
            }
            resultOfSpans[spans] = result
            return result
        }
    }

    /// The sentence itself as a candidate: what ``render(_:_:spans:protection:)`` makes of it
    /// with no span deleted (its text from the first token to the last), without the rendering.
    /// Tokens hold no white space, so its words are the first token and each one after white
    /// space (``CompressionToken/wordCount(_:)``'s count).
    func unchanged(_ sentence: String, _ tokens: [CompressionToken]) -> CompressionCandidate {
        guard let first = tokens.first, let last = tokens.last else {
            return CompressionCandidate(text: "", wordCount: 0, deletedTokens: [], rules: [])
        }
        let text = String(sentence[first.range.lowerBound..<last.range.upperBound])
        let words = 1 + tokens.dropFirst().lazy.filter(\.followsSpace).count
        return CompressionCandidate(text: text, wordCount: words, deletedTokens: [], rules: [])
    }

    /// A span a rule may delete.
    struct Span: Hashable {
        let range: Range<Int>
        let rule: CompressionRule
    }

    /// Every rule's spans that the protection allows, in step order.
    /// - Parameters:
    ///   - tokens: the sentence's tokens, tagged (``WordClasses/tagged(_:)``).
    ///   - protection: their protection.
    func deletableSpans(_ tokens: [CompressionToken], protection: ProtectedTokens) -> [Span] {
        guard !tokens.isEmpty else { return [] }
        let spans = findSpans(tokens, protection)
            .filter { rules.contains($0.rule) && !$0.range.isEmpty && protection.allows($0.range) && FaithfulnessGuard.balance(Array(tokens[$0.range])) == [0, 0] }
        var unique: [Span] = []
        var taken = Set<Range<Int>>()
        for span in spans.sorted(by: { ($0.rule.isLight ? 0 : 1, $0.rule, $0.range.lowerBound, $0.range.upperBound) < ($1.rule.isLight ? 0 : 1, $1.rule, $1.range.lowerBound, $1.range.upperBound) })
        where taken.insert(span.range).inserted {
            unique.append(span)
        }
        return unique
    }

    /// The sentence without the tokens of `spans`, and without punctuation a cut leaves
    /// dangling (a comma opening the sentence or before another mark).
    func render(_ sentence: String, _ tokens: [CompressionToken], spans: [Span], protection: ProtectedTokens) -> CompressionCandidate {
        var keep = [Bool](repeating: true, count: tokens.count)
        for span in spans { for i in span.range { keep[i] = false } }
        // dangling punctuation: a comma or dash with nothing before it, or before another mark
        var changed = true
        while changed {
            changed = false
            let kept = tokens.indices.filter { keep[$0] }
            // only next to a cut: the source's own punctuation stays as written
            for (n, i) in kept.enumerated() where (i > 0 && !keep[i - 1]) || (i + 1 < tokens.count && !keep[i + 1]) {
                guard !protection.isProtected[i], tokens[i].kind == .punctuation, [",", ";", ":", "--", "-", "—", "–"].contains(tokens[i].text) else { continue }
                let isFirst = n == 0
                let next = n + 1 < kept.count ? tokens[kept[n + 1]] : nil
                let previous = n > 0 ? tokens[kept[n - 1]] : nil
                let beforeMark = next.map { !$0.isWordLike && ![.openQuote, .closeQuote, .openBracket].contains($0.kind) } ?? true
                let afterOpening = previous.map { $0.kind == .openQuote || $0.kind == .openBracket } ?? false
                if isFirst || beforeMark || afterOpening { keep[i] = false; changed = true; break }
            }
        }
        var text = ""
        text.reserveCapacity(sentence.utf8.count)
        var previousKept: Int?
        for i in tokens.indices where keep[i] {
            if let p = previousKept {
                if p == i - 1 { text += sentence[tokens[p].range.upperBound..<tokens[i].range.lowerBound] }
                else if tokens[i].followsSpace { text += " " }
            }
            text += tokens[i].text
            previousKept = i
        }
        if capitalizesFirstWord, keep.first == false, let first = text.first, first.isLowercase {
            text = first.uppercased() + text.dropFirst()
        }
        var deleted: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            if keep[i] { i += 1; continue }
            let start = i
            while i < tokens.count && !keep[i] { i += 1 }
            deleted.append(start..<i)
        }
        let rules = Array(Set(spans.map(\.rule))).sorted()
        return CompressionCandidate(text: text, wordCount: CompressionToken.wordCount(text), deletedTokens: deleted, rules: rules)
    }
}
