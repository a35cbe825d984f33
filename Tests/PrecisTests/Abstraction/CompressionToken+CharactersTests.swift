import Testing
@testable import Precis
import PrecisSupport

/// The tokenizer reads a sentence scalar by scalar where every scalar is a character by itself,
/// and gives the same tokens as reading it character by character.
@Suite struct CompressionTokenCharactersTests {
    /// Pieces a sentence is drawn from: letters of both cases, digits, white space (`"\r\n"`,
    /// one character of two scalars), every mark the tokenizer tests, and characters that
    /// send a sentence to the character-by-character reading (a combining accent, U+1FEF, which
    /// is canonically a backtick).
    static let pieces: [String] = ["a", "B", "z", "Z", "q", "1", "0", " ", " ", "\t", "\r\n", "\n", "\u{00A0}", ".", ",", "'", "’", "-", "—", "–",
                                   "`", "_", "&", "/", "\"", "“", "”", "‘", "(", ")", "[", "]", "$", "%", "é", "ü", "Ж", "٣", "½",
                                   "e\u{301}", "\u{1FEF}", "U.S.", "Mr", "don't", "1,000", "``", "''", "--", "..."]

    @Test(arguments: ["", "  ", "However, the talks will not take place, the agency said Monday.",
                      "WASHINGTON (AP) -- ``It's over,'' said Mr. Smith, 45, of the U.S. Army.",
                      "Zelensky’s offer — “direct talks” in Istanbul, ’tis said.", "Müller said:\r\n“1,000 troops”.",
                      "A café [sic] costs $3.5 -- or 30-day AT&T passes/cards...", "e\u{301}te\u{301} ``Ok'' \u{1FEF}\u{1FEF}x"])
    func scalarReadingEqualsCharacterReading(sentence: String) {
        #expect(CompressionToken.tokenize(sentence) == CompressionToken.tokenize(sentence, byCharacter: true))
    }

    @Test func randomSentencesTokenizeAlikeBothWays() {
        var generator = SplitMix64(seed: 16)
        for _ in 0..<2_000 {
            let sentence = (0..<Int.random(in: 1...30, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(CompressionToken.tokenize(sentence) == CompressionToken.tokenize(sentence, byCharacter: true), "\(Array(sentence.unicodeScalars))")
            // the unchanged sentence counts its words from its tokens, as the word count does
            let unchanged = SpanCompressor().unchanged(sentence, CompressionToken.tokenize(sentence))
            #expect(unchanged.wordCount == CompressionToken.wordCount(unchanged.text), "\(Array(sentence.unicodeScalars))")
        }
    }

    @Test func standaloneScalarsAreOneCharacterEach() {
        let standalone = (0..<0x300).compactMap(Unicode.Scalar.init) + (0x2010...0x2027).compactMap(Unicode.Scalar.init)
            + (0x2030...0x205E).compactMap(Unicode.Scalar.init)
        #expect(standalone.allSatisfy(CompressionToken.Characters.isStandalone))
        #expect(!CompressionToken.Characters.isStandalone("\u{301}") && !CompressionToken.Characters.isStandalone("\u{1FEF}"))
        // next to each other, and next to a letter, each stays a character of its own
        let text = String(String.UnicodeScalarView(standalone.filter { $0 != "\r" }))
        #expect(text.count == standalone.count - 1)
        for scalar in standalone where scalar != "\r" {
            #expect("a\(scalar)b".count == 3, "\(scalar.value)")
        }
    }
}

/// ASCII sentences are read byte by byte: the same tokens, at the same places, as reading them
/// character by character.
@Suite struct CompressionTokenASCIIReadingTests {
    @Test func asciiSentencesTokenizeAlikeBothWays() {
        let pieces = CompressionTokenCharactersTests.pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        var generator = SplitMix64(seed: 1216)
        for _ in 0..<2_000 {
            let sentence = (0..<Int.random(in: 1...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let fast = CompressionToken.Characters(sentence), slow = CompressionToken.Characters(sentence, byCharacter: true)
            // "\r\n" is one character but two bytes (both white space)
            if !sentence.contains("\r\n") {
                #expect(fast.units.map(\.start) == slow.units.map(\.start) && fast.units.map(\.code) == slow.units.map(\.code))
            }
            #expect(CompressionToken.tokenize(sentence) == CompressionToken.tokenize(sentence, byCharacter: true), "\(Array(sentence.utf8))")
        }
    }
}
