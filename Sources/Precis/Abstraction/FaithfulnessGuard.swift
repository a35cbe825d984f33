/// Checks that an abstracted sentence says nothing its sources do not.
///
/// A **compressed** sentence must be its source with spans deleted: its tokens, in order, from
/// that one sentence (case aside for the first), keeping every negation (`not`, `never`, `n't`),
/// modal (`will`, `may`), hedge (`reportedly`), the speaker and verb of every attribution
/// (`Zelensky wrote`, `the agency said`), each number's unit and its approximator (`about 30
/// percent`), every quotation's words, and balanced quotes and brackets.
///
/// ```swift
/// FaithfulnessGuard.violations(compressed: "The talks will take place.", source: "The talks will not take place.")
/// // [.dropped("not")]
/// ```
public enum FaithfulnessGuard {
    /// Why a sentence fails the guard.
    public enum Violation: Sendable, Hashable, CustomStringConvertible {
        /// A token that is not the next one available in the source (added, changed or moved).
        case notInSource(String)
        /// A protected word (negation, modal, hedge, speaker, quoted word) that was deleted.
        case dropped(String)
        /// A number kept without its unit or approximator.
        case splitNumber(String)
        /// Quotation marks or brackets that do not pair up as they do in the source.
        case unbalanced
        /// Nothing left.
        case empty
        /// A word trigram of a fused sentence found in none of its sources.
        case unsupportedTrigram(String)
        /// A number, date or name of a fused sentence found in none of its sources.
        case unsupportedFact(String)
        /// Given names inserted before a surname that the cited sentence does not write right
        /// before it (``violations(named:unnamed:citations:)``).
        case unsupportedName(String)

        public var description: String {
            switch self {
            case .notInSource(let t): "“\(t)” is not the next word of the source"
            case .dropped(let t): "drops “\(t)”"
            case .splitNumber(let t): "keeps “\(t)” without its unit or approximator"
            case .unbalanced: "quotes or brackets do not balance"
            case .empty: "nothing is left"
            case .unsupportedTrigram(let t): "“\(t)” is in no source sentence"
            case .unsupportedFact(let t): "“\(t)” is in no source sentence"
            case .unsupportedName(let t): "“\(t)” is not what the cited sentence writes before the surname"
            }
        }
    }

    /// Every way `compressed` fails to be a faithful compression of `source` (empty when it passes).
    /// - Parameters:
    ///   - compressed: the shortened sentence.
    ///   - source: the sentence it came from.
    ///   - classes: the word lists naming protected words.
    /// - Returns: the violations, in the order found.
    /// - Complexity: O(*n*) in the two sentences' tokens (protected-word counts are hashed).
    public static func violations(compressed: String, source: String, classes: WordClasses = .english) -> [Violation] {
        let original = classes.tagged(CompressionToken.tokenize(source))
        return violations(compressed: compressed, source: PreparedSource(original, protection: ProtectedTokens(original)))
    }

    /// A source sentence's tokens and what the guard derives from them, made once for all of
    /// its candidates (a compressor checks several).
    struct PreparedSource {
        let tokens: [CompressionToken]
        let keys: [String]
        let protection: ProtectedTokens
        /// How many times each protected key occurs, sorted by key.
        let protectedCounts: [(key: String, count: Int)]

        init(_ tokens: [CompressionToken], protection: ProtectedTokens) {
            self.tokens = tokens
            keys = FaithfulnessGuard.comparisonKeys(tokens)
            self.protection = protection
            var needed: [String: Int] = [:]
            for (i, token) in tokens.enumerated() where protection.isProtected[i] { needed[token.key, default: 0] += 1 }
            protectedCounts = needed.sorted { $0.key < $1.key }.map { (key: $0.key, count: $0.value) }
        }
    }

    /// ``violations(compressed:source:classes:)`` against a prepared source.
    static func violations(compressed: String, source prepared: PreparedSource) -> [Violation] {
        let kept = CompressionToken.tokenize(compressed)
        let original = prepared.tokens
        guard kept.contains(where: \.isWordLike) else { return [.empty] }
        var found: [Violation] = []
        // 1. words in order from the one source sentence (a final period split off a word, so
        // "X." at the end of a cut sentence matches "X" followed by ".")
        let keys = comparisonKeys(kept), sourceKeys = prepared.keys
        var j = 0
        for key in keys {
            while j < sourceKeys.count && sourceKeys[j] != key { j += 1 }
            if j == sourceKeys.count { found.append(.notInSource(key)); return found }
            j += 1
        }
        // 2. protected words: every one of the source's is still there
        let protection = prepared.protection
        for (key, count) in prepared.protectedCounts where kept.lazy.filter({ $0.key == key }).count < count { found.append(.dropped(key)) }
        // 3. a number keeps its unit and approximator wherever the source always writes them
        for (k, token) in kept.enumerated() where token.kind == .number {
            let groups = protection.groups.filter { original[$0.number].key == token.key }
            let occurrences = original.lazy.filter { $0.key == token.key }.count
            guard !groups.isEmpty, groups.count == occurrences else { continue }  // the source also writes it bare
            let ok = groups.contains { group in
                let before = group.number - group.range.lowerBound, after = group.range.upperBound - 1 - group.number
                guard k - before >= 0, k + after < kept.count else { return false }
                return (0..<group.range.count).allSatisfy { kept[k - before + $0].key == original[group.range.lowerBound + $0].key }
            }
            if !ok { found.append(.splitNumber(token.text)) }
        }
        // 4. quotes and brackets pair up as in the source
        if balance(kept) != balance(original) { found.append(.unbalanced) }
        return found
    }

    /// Token keys with a word's final period as a key of its own.
    static func comparisonKeys(_ tokens: [CompressionToken]) -> [String] {
        var keys: [String] = []
        keys.reserveCapacity(tokens.count + 4)
        for t in tokens {
            // the last byte first: a key whose last character is "." ends with that byte, and then
            // it has another character exactly when it has another byte (`count > 1` counts
            // characters, at a cost, on every word)
            if t.kind == .word && t.key.utf8.last == UInt8(ascii: ".") && t.key.hasSuffix(".") && t.key.utf8.count > 1 {
                keys += [String(t.key.dropLast()), "."]
            }
            else { keys.append(t.key) }
        }
        return keys
    }

    /// Open minus close quotation marks and brackets.
    static func balance(_ tokens: [CompressionToken]) -> [Int] {
        var quotes = 0, brackets = 0
        for t in tokens {
            switch t.kind {
            case .openQuote: quotes += 1
            case .closeQuote: quotes -= 1
            case .openBracket: brackets += 1
            case .closeBracket: brackets -= 1
            default: break
            }
        }
        return [quotes, brackets]
    }
}
