import Testing
@testable import Precis
import PrecisSupport

/// The fusion guard compares trigrams as word numbers; it finds the same violations, in the same
/// order, as comparing them as lists of strings (the code before, kept below).
@Suite struct FaithfulnessGuardFusionTests {
    /// The guard's checks before word numbering (session 11), verbatim but for the names.
    static func referenceViolations(fused: String, sources: [String], classes: WordClasses = .english) -> [FaithfulnessGuard.Violation] {
        let sourceTokens = sources.map(CompressionToken.tokenize)
        let words = sourceTokens.map { FaithfulnessGuard.comparisonKeys($0.filter(\.isWordLike)) }
        let vocabulary = Set(words.joined())
        func grams(of words: [[String]], length n: Int) -> Set<[String]> {
            var grams = Set<[String]>()
            for keys in words where keys.count >= n {
                for i in 0...(keys.count - n) { grams.insert(Array(keys[i..<(i + n)])) }
            }
            return grams
        }
        let certainties = sourceTokens.map { FaithfulnessGuard.certainty($0, classes) }
        let tokens = CompressionToken.tokenize(fused)
        let fusedWords = FaithfulnessGuard.comparisonKeys(tokens.filter(\.isWordLike))
        guard !fusedWords.isEmpty else { return [.empty] }
        var found: [FaithfulnessGuard.Violation] = []
        let n = min(3, fusedWords.count)
        let gramSet = grams(of: words, length: n)
        for i in 0...(fusedWords.count - n) where !gramSet.contains(Array(fusedWords[i..<(i + n)])) {
            found.append(.unsupportedTrigram(fusedWords[i..<(i + n)].joined(separator: " ")))
        }
        for (k, t) in tokens.enumerated() where t.isWordLike && (t.kind == .number || (k > 0 && t.isCapitalized)) {
            let key = FaithfulnessGuard.comparisonKeys([t])[0]
            if !vocabulary.contains(key) { found.append(.unsupportedFact(t.text)) }
        }
        if FaithfulnessGuard.balance(tokens) != [0, 0] { found.append(.unbalanced) }
        let polarity = FaithfulnessGuard.certainty(tokens, classes)
        for theirs in certainties {
            for key in Set(polarity.keys).union(theirs.keys).sorted() where polarity[key, default: 0] != theirs[key, default: 0] {
                found.append(.dropped(key))
            }
        }
        return found
    }

    static let groups: [[String]] = [
        ["Putin met Erdogan in Ankara on Monday.", "Zelensky met Trump in Rome on Friday."],
        ["The talks will not take place in Istanbul, the Kremlin said.", "The talks will take place in Istanbul on Thursday, Ukraine said."],
        ["Zelensky said he would travel to Ankara to meet Erdogan.", "Zelensky will travel to Ankara on Wednesday to meet Erdogan, his office said.",
         "Ukraine's president may travel to Turkey, he said (briefly)."],
        ["The bill would create about 90,000 vouchers.", "One would create about 15,000 vouchers, the U.S. agency said."],
        ["\"We are ready,\" Medinsky said.", "Medinsky said the delegation was ready."],
    ]

    @Test func numberedTrigramsFindWhatStringTrigramsFind() {
        var generator = SplitMix64(seed: 12)
        var checked = 0
        for sources in Self.groups {
            let words = sources.flatMap { $0.split(separator: " ").map(String.init) }
            // the sources themselves, their word runs, and random recombinations of their words
            // (fewer than three words included) with a stray word, number, quote or bracket
            var fused = sources + ["", "Ankara", "met Erdogan", "\"Zelensky met Erdogan", "(not) 42 Zelensky"]
            for _ in 0..<300 {
                var picked = (0..<Int.random(in: 1...12, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                if Bool.random(using: &generator) { picked.insert(["Moscow", "7", "\"", "(", "never", "might"].randomElement(using: &generator)!, at: 0) }
                fused.append(picked.joined(separator: " "))
            }
            for text in fused {
                #expect(FaithfulnessGuard.violations(fused: text, sources: sources) == Self.referenceViolations(fused: text, sources: sources), "\(text)")
                checked += 1
            }
        }
        #expect(checked > 1_500)
    }
}
