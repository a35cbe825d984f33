import Testing
@testable import Precis

/// ``FaithfulnessGuard/comparisonKeys(_:)`` tests a word's last byte before counting its
/// characters: the same keys as the test before it (`key.count > 1 && key.hasSuffix(".")`).
@Suite struct FaithfulnessGuardComparisonKeysTests {
    /// The keys as computed before (session 12), verbatim but for the name.
    static func referenceKeys(_ tokens: [CompressionToken]) -> [String] {
        var keys: [String] = []
        for t in tokens {
            if t.kind == .word && t.key.count > 1 && t.key.hasSuffix(".") { keys += [String(t.key.dropLast()), "."] }
            else { keys.append(t.key) }
        }
        return keys
    }

    @Test func keysEqualTheCharacterCountingOnes() {
        // words whose last byte is a period without the last character being one (a prepended
        // mark, a combining mark after it), one-character words, and ordinary ones
        let keys = [".", "a.", "u.s.", "mr.", "\u{0600}.", "a.\u{301}", ".\u{301}", "é.", "e\u{301}.", "…", "a", "said",
                    "..", "x..", "\u{0600}", "\u{0600}\u{0600}.", "“.", "1.", ""]
        var tokens: [CompressionToken] = []
        for key in keys {
            for kind in [CompressionToken.Kind.word, .number, .punctuation] {
                tokens.append(CompressionToken(text: key, key: key, kind: kind, range: key.startIndex..<key.endIndex, followsSpace: true))
            }
        }
        #expect(FaithfulnessGuard.comparisonKeys(tokens) == Self.referenceKeys(tokens))
        for token in tokens { #expect(FaithfulnessGuard.comparisonKeys([token]) == Self.referenceKeys([token]), "\(token.key)") }
        // and on real sentences
        for sentence in ["Mr. Smith met U.S. envoys in St. Louis on Jan. 5.", "He said “it is over.” Then he left...", "A. B. Jones, 3.5 p.m."] {
            let tokens = CompressionToken.tokenize(sentence)
            #expect(FaithfulnessGuard.comparisonKeys(tokens) == Self.referenceKeys(tokens), "\(sentence)")
        }
    }
}
