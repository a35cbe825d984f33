import Testing
@testable import Precis

@Suite struct WordTokenizerTests {
    @Test func keepsUnicodeLettersAndFoldsDiacritics() {
        #expect(WordTokenizer().words(in: "Zelensky’s 30-day plan for Türkiye; Erdoğan") ==
            ["zelensky", "30", "day", "plan", "for", "turkiye", "erdogan"])
    }

    @Test func splitsIdeographsAndKeepsCyrillic() {
        #expect(WordTokenizer().words(in: "北京 Зеленский") == ["北", "京", "зеленскии"])
    }

    @Test func analyzerRemovesStopWordsAndStems() {
        #expect(Analyzer.english.terms("The talks were scheduled in Istanbul") == ["talk", "schedul", "istanbul"])
    }

    @Test func snowballStemsRussian() {
        let terms = Analyzer(.init(stemming: .snowball("russian"))).terms("переговоры переговорами")
        #expect(terms.count == 2 && terms[0] == terms[1])
    }

    @Test func scriptDetection() {
        #expect(Script.detect("Переговоры пройдут в Стамбуле") == .cyrillic)
        #expect(Script.detect("Οι συνομιλίες") == .greek)
        #expect(Script.detect("北京今天很冷") == .other)
        #expect(Script.detect("Talks in Istanbul") == .latin)
    }
}
