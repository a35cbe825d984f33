import Testing
@testable import Precis
import PrecisSupport

/// A sentence's leading words read byte by byte while it is ASCII are those read character by character.
@Suite struct ClusterSentenceLeadingWordsTests {
    @Test(arguments: ["", "The two leaders met.", "Zelensky's announcement came, they said", "\"Both sides\" agreed\r\nlater",
                      "It's 1,000 -- or don't", "Café owners said", "The Ukrainian café owners"])
    func byteReadingEqualsCharacterReading(text: String) {
        for count in 1...6 {
            let ascii = ClusterSentence._leadingASCIIWords(text, count: count)
            #expect(ClusterSentence._leadingWords(text, count: count) == ClusterSentence._leadingWordsByCharacter(text, count: count))
            if let ascii { #expect(ascii == ClusterSentence._leadingWordsByCharacter(text, count: count)) }
        }
        // a non-ASCII letter among the first words sends the text to the character reading
        #expect(ClusterSentence._leadingASCIIWords("Café owners said", count: 2) == nil)
        #expect(ClusterSentence._leadingASCIIWords("The Ukrainian café", count: 2) == ["The", "Ukrainian"])
    }

    @Test func randomTextsReadAlike() {
        let pieces = ["a", "B", "z", "7", " ", "\t", "\r\n", "'", "’", ",", "\"", "-", ".", "é", "Ж", "e\u{301}", "don't", "U.S."]
        var generator = SplitMix64(seed: 5)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...25, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let count = Int.random(in: 1...5, using: &generator)
            #expect(ClusterSentence._leadingWords(text, count: count) == ClusterSentence._leadingWordsByCharacter(text, count: count),
                    "\(Array(text.unicodeScalars))")
        }
    }
}
