import Testing
@testable import Precis

/// The compressor's ASCII shortcuts and its one-pass `compress(_:levels:)` answer exactly as the
/// general forms they replace.
@Suite struct CompressionTokenFastPathsTests {
    static let characters: [Character] = (0...127).map { Character(Unicode.Scalar(UInt8($0))) }
        + ["\r\n", "é", "ß", "Ж", "٣", "½", "’", "—", "\u{00A0}", "\u{2009}", "\u{3000}", "\u{85}", "e\u{301}"]

    @Test(arguments: characters)
    func characterClassesAgreeWithTheUnicodeProperties(c: Character) {
        #expect(CompressionToken.isWordCharacter(c) == (c.isLetter || c.isNumber), "\(c.unicodeScalars.map(\.value))")
        #expect(CompressionToken.isWhitespace(c) == c.isWhitespace, "\(c.unicodeScalars.map(\.value))")
    }

    @Test(arguments: ["", " ", "one", "  two  words ", "tab\tand\r\nlines\n", "no\u{00A0}break thin\u{2009}space", "ideographic\u{3000}space",
                      "Zelensky’s offer — “direct talks”", "Müller\u{2028}said\u{85}“no” \r\n½", "a \u{301}b e\u{301} ’’"])
    func wordCountIsTheWhitespaceSplitCount(text: String) {
        #expect(CompressionToken.wordCount(text) == text.split(whereSeparator: \.isWhitespace).count)
    }

    @Test(arguments: ["Don’t", "DON’T", "don't", "U.S.", "Ünïcode", "’’", "plain", "“MÜLLER’S”", "’E\u{301}’", "\u{1FEF}’"])
    func keyIsLowerCaseWithAStraightApostrophe(text: String) {
        #expect(CompressionToken.key(of: text) == text.lowercased().replacingOccurrences(of: "’", with: "'"))
    }

    @Test func compressingAtSeveralLevelsEqualsCompressingAtEach() {
        let compressor = SpanCompressor()
        for sentence in ["However, the talks, which began in March, will resume on Thursday, officials said.",
                         "In a pivotal moment, Ukrainian President Volodymyr Zelensky has proposed a personal meeting (in Istanbul) on Thursday.",
                         "It rained."] {
            let both = compressor.compress(sentence, levels: [.light, .full])
            #expect(both.map(\.text) == [compressor.compress(sentence, level: .light).text, compressor.compress(sentence, level: .full).text])
            #expect(both.map(\.wordCount) == [compressor.compress(sentence, level: .light).wordCount, compressor.compress(sentence, level: .full).wordCount])
        }
    }
}
