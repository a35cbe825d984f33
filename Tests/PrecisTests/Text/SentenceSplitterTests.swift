import Foundation
import Testing
@testable import Precis

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    @Test func abbreviationsTitlesAndAcronyms() {
        #expect(splitter.split("Mr. Smith met the U.S. delegation in Washington on Jan. 5. He left at 3 p.m. The end.")
            == ["Mr. Smith met the U.S. delegation in Washington on Jan. 5.", "He left at 3 p.m.", "The end."])
        #expect(splitter.split("It has the support of allies, including the U.S. He noted the move.")
            == ["It has the support of allies, including the U.S.", "He noted the move."])
        #expect(splitter.split("Former U.S. President Donald J. Trump spoke. Dr. Jones agreed.")
            == ["Former U.S. President Donald J. Trump spoke.", "Dr. Jones agreed."])
        #expect(splitter.split("UK Prime Minister Sir. Keir Starmer arrived. Talks began.").count == 2)
        #expect(splitter.split("Prices rose 4.5% vs. last year, e.g. in food. Wages fell.")
            == ["Prices rose 4.5% vs. last year, e.g. in food.", "Wages fell."])
    }

    @Test func ellipsesAndPunctuationRuns() {
        #expect(splitter.split("He paused... and went on. Then he stopped... Nobody spoke!? Really.")
            == ["He paused... and went on.", "Then he stopped...", "Nobody spoke!?", "Really."])
    }

    @Test func quotationsStayWholeWithTheirAttribution() {
        let text = "“There is no point in prolonging the killings. And I will be waiting for Putin in Türkiye on Thursday. Personally,” Zelensky wrote."
        #expect(splitter.split(text) == [text])
        let two = "“At least they will be able to determine whether or not a deal is possible,” Trump said on social media. “Have the meeting, now!”"
        #expect(splitter.split(two) == [
            "“At least they will be able to determine whether or not a deal is possible,” Trump said on social media.",
            "“Have the meeting, now!”",
        ])
        #expect(splitter.split("``No-one should do it. Never,'' he said. Then he left.")
            == ["``No-one should do it. Never,'' he said.", "Then he left."])
    }

    @Test func unbalancedQuoteDoesNotSwallowTheParagraph() {
        #expect(splitter.split("He said “this is open. The end came. Nothing more.").count == 3)
    }

    @Test func caselessScriptsAndCJK() {
        #expect(splitter.split("北京今天很冷。明天会下雪。").count == 2)
        #expect(splitter.split("Переговоры пройдут в Стамбуле. Зеленский ждёт Путина.").count == 2)
    }

    @Test func longRunWithoutPunctuationIsOneSentence() {
        let long = String(repeating: "word ", count: 20_000)
        #expect(splitter.split(long).count == 1)
    }

    /// The hand-made gold split of the five articles (Tests/PrecisTests/Fixtures/istanbul-gold),
    /// reproduced exactly by the reader, the cleaner and the splitter together.
    @Test func reproducesTheGoldSplitOfTheFiveArticles() throws {
        let documents = try TestPaths.istanbulDocuments()
        #expect(documents.count == 5)
        for document in documents {
            let gold = TestPaths.fixtures.appendingPathComponent("istanbul-gold/\(document.name)")
            let expected = try String(contentsOf: gold, encoding: .utf8).split(separator: "\n").map(String.init)
            let actual = document.paragraphs.flatMap(splitter.split)
            #expect(actual == expected, "\(document.name): sentence split differs from the gold standard")
        }
    }
}
