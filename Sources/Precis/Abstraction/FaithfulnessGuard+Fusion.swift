import PrecisSupport

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
        FusionSources(sources.map(CompressionToken.tokenize), classes: classes).violations(of: CompressionToken.tokenize(fused))
    }

    /// A fusion's sources and what the guard derives from them, made once for all the fusions of
    /// one group (a fuser checks many).
    struct FusionSources {
        /// Each source's word keys (``comparisonKeys(_:)`` of its words and numbers).
        private let words: [[String]]
        /// Every word of the sources, numbered (in order of first appearance).
        private let numbers: [String: Int32]
        /// Every word trigram of the sources, as word numbers.
        private let trigrams: Set<Trigram>
        /// Each source's negations, modals and hedges (``certainty(_:_:)``).
        private let certainties: [[String: Int]]
        let classes: WordClasses

        /// Three word numbers in a row (a word no source has is -1, in no trigram).
        private struct Trigram: Hashable { var a, b, c: Int32 }

        /// - Parameters:
        ///   - sources: the sources' tokens.
        ///   - classes: the word lists naming protected words.
        /// - Complexity: O(total source tokens).
        init(_ sources: [[CompressionToken]], classes: WordClasses) {
            self.classes = classes
            words = sources.map { FaithfulnessGuard.comparisonKeys($0.filter(\.isWordLike)) }
            var numbers: [String: Int32] = [:]
            var trigrams = Set<Trigram>()
            for keys in words {
                let numbered = keys.map { key in
                    let new = Int32(numbers.count)
                    return numbers.value(forKey: key, inserting: new)
                }
                for i in numbered.indices where i + 3 <= numbered.count {
                    trigrams.insert(Trigram(a: numbered[i], b: numbered[i + 1], c: numbered[i + 2]))
                }
            }
            self.numbers = numbers
            self.trigrams = trigrams
            certainties = sources.map { FaithfulnessGuard.certainty($0, classes) }
        }

        /// Every run of `length` words of `words`.
        private static func grams(of words: [[String]], length n: Int) -> Set<[String]> {
            var grams = Set<[String]>()
            for keys in words where keys.count >= n {
                for i in 0...(keys.count - n) { grams.insert(Array(keys[i..<(i + n)])) }
            }
            return grams
        }

        /// ``FaithfulnessGuard/violations(fused:sources:classes:)`` of the fused sentence's tokens.
        /// - Complexity: O(*n*) in the fused tokens (trigrams hashed).
        func violations(of tokens: [CompressionToken]) -> [Violation] {
            let words = comparisonKeys(tokens.filter(\.isWordLike))
            guard !words.isEmpty else { return [.empty] }
            var found: [Violation] = []
            if words.count >= 3 {
                let numbered = words.map { numbers[$0] ?? -1 }
                for i in 0...(words.count - 3) where !trigrams.contains(Trigram(a: numbered[i], b: numbered[i + 1], c: numbered[i + 2])) {
                    found.append(.unsupportedTrigram(words[i..<(i + 3)].joined(separator: " ")))
                }
            } else {
                // a fusion of fewer than three words is checked word by word or in pairs
                let n = words.count
                let grams = Self.grams(of: self.words, length: n)
                for i in 0...(words.count - n) where !grams.contains(Array(words[i..<(i + n)])) {
                    found.append(.unsupportedTrigram(words[i..<(i + n)].joined(separator: " ")))
                }
            }
            for (k, t) in tokens.enumerated() where t.isWordLike && (t.kind == .number || (k > 0 && t.isCapitalized)) {
                let key = comparisonKeys([t])[0]
                if numbers[key] == nil { found.append(.unsupportedFact(t.text)) }
            }
            if balance(tokens) != [0, 0] { found.append(.unbalanced) }
            let polarity = certainty(tokens, classes)
            for theirs in certainties {
                for key in Set(polarity.keys).union(theirs.keys).sorted() where polarity[key, default: 0] != theirs[key, default: 0] {
                    found.append(.dropped(key))
                }
            }
            return found
        }
    }

    /// Counts of negations, modals and hedges.
    static func certainty(_ tokens: [CompressionToken], _ classes: WordClasses) -> [String: Int] {
        var counts: [String: Int] = [:]
        for t in tokens where !classes.classes(of: t.key).isDisjoint(with: [.negation, .modal, .hedge]) || t.key.hasSuffix("n't") {
            counts[t.key, default: 0] += 1
        }
        return counts
    }
}
