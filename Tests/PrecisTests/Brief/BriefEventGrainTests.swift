import Foundation
import Testing
@testable import Precis

@Suite struct BriefEventGrainTests {
    @Test func fileNamesGiveDates() {
        #expect(Article.dateInFileName("APW/APW19981018.0423.txt") == "1998-10-18")
        #expect(Article.dateInFileName("XIE19960123.0270") == "1996-01-23")
        #expect(Article.dateInFileName("notes-2025-05-12.md") == "2025-05-12")
        #expect(Article.dateInFileName("19981018/story.txt") == nil)  // only the file's own name
        #expect(Article.dateInFileName("000_17fff6f30f82ae0b.txt") == nil)
        #expect(Article.dateInFileName("id123456789.txt") == nil)  // nine digits: not a date
        #expect(Article.dateInFileName("APW19981341.0001") == nil)  // month 13
        #expect(Article.dateInFileName("NYT19990229.1") == nil)  // not a leap year
    }

    @Test func dateDecayWeakensPairsFarApartAndDropsThoseBelowTheMinimum() {
        var pairs = SimilarityBlocks.Pairs()
        pairs.first = [0, 0, 1]
        pairs.second = [1, 2, 2]
        pairs.similarity = [0.5, 0.5, 0.08]
        var options = StoryGrouper.Options()
        let day = 86_400.0
        let times: [Double?] = [0, 7 * day, nil]
        #expect(StoryGrouper.decayed(pairs, times: times, options: options).similarity == [0.5, 0.5, 0.08])  // off
        options.timeScaleDays = 7
        let out = StoryGrouper.decayed(pairs, times: times, options: options)
        // (0, 1): a week apart on a week's scale, halved; (0, 2) and (1, 2): no date, unchanged.
        #expect(out.first == [0, 0, 1] && out.second == [1, 2, 2] && out.similarity == [0.25, 0.5, 0.08])
        options.timeScaleDays = 0
        options.timeScaleArticles = 1
        let ranked = StoryGrouper.decayed(pairs, times: [0, 5 * day, 9 * day], options: options)
        // Ranks 0, 1, 2: (0, 1) one article apart → ×1/2; (0, 2) two → ×1/3; (1, 2) 0.08/2 < 0.05 dropped.
        #expect(ranked.second == [1, 2] && ranked.similarity == [0.25, 0.16667])
        #expect(StoryGrouper.timeRanks([5, nil, 5, 1]) == [1.5, 0, 1.5, 0])
    }

    @Test func burstIsTheBusiestDay() {
        let h = 3_600.0
        #expect(StoryRanker.peakDay([]) == 0)
        #expect(StoryRanker.peakDay([0, 1 * h, 23 * h, 24 * h, 60 * h]) == 3)
    }

    @Test func headlinesAreShortLeadsThatStandAlone() {
        #expect(Briefer.withoutDateline("LONDON (AP) _ An influential lawmaker backed Spain.") == "An influential lawmaker backed Spain.")
        #expect(Briefer.withoutDateline("BRUSSELS, January 22 (Xinhua) -- Polls showed support.") == "Polls showed support.")
        #expect(Briefer.withoutDateline("Prices rose - and fell.") == "Prices rose - and fell.")
        #expect(Briefer.shortened("one two three four five six seven, eight nine ten eleven", words: 8) == "one two three four five six seven…")
        #expect(Briefer.shortened("one two three four five six seven eight nine", words: 4) == "one two three four…")
        // not inside a quotation: "… and kept “an…" is cut before the quotation
        #expect(Briefer.shortened("Microsoft violated the antitrust laws and kept “an iron grip” on the market", words: 8) == "Microsoft violated the antitrust laws and kept…")
        #expect(Briefer.shortened("He said “yes” and then left the room at once", words: 6) == "He said “yes” and then left…")
        #expect(Briefer.needsContext("He said so.") && Briefer.needsContext("\"We will,\" she said.") && !Briefer.needsContext("Helsinki said so."))
        let articles = [
            Article(id: "wire/a.txt", text: "PARIS (AP) _ He came back.\n\nFrench rail workers went on strike on Monday over pensions, unions said.\n"),
            Article(id: "wire/b.txt", text: "PARIS (AP) _ Rail strike halts French trains on Monday.\n\nUnions said the strike over pensions would last a week.\n"),
        ]
        #expect(Briefer.headline(central: [0, 1], articles: articles, digest: nil) == "Rail strike halts French trains on Monday.")
        // A lead that is a digest item is not repeated as the headline.
        let item = DigestItem(rank: 1, text: "Rail strike halts French trains on Monday.", score: 1, document: "wire/b.txt", sentenceIndex: 0, supportingDocuments: [])
        let digest = Digest(title: nil, documents: ["wire/b.txt"], budget: .words(20), order: .rank, items: [item])
        let headline = Briefer.headline(central: [1, 0], articles: articles, digest: digest)
        #expect(headline != item.text && !headline.contains("/"), "\(headline)")
        #expect(Briefer.headline(central: [0], articles: [Article(id: "x.txt", title: "  Talks   resume ", text: "Body.")], digest: nil) == "Talks resume")
        // a shorter lead that names nothing gives way to one that does (DUC 2003's hurricane story
        // was headed "Things could have been worse.")
        let storm = [
            Article(id: "wire/c.txt", text: "Things could have been worse this time.\n\nThe storm passed.\n"),
            Article(id: "wire/d.txt", text: "Hurricane Georges killed 300 people across the Caribbean islands.\n\nIt moved on.\n"),
        ]
        #expect(Briefer.headline(central: [0, 1], articles: storm, digest: nil) == "Hurricane Georges killed 300 people across the Caribbean islands.")
        #expect(Briefer.namesSomething("Prices fell 3 percent.") && !Briefer.namesSomething("Things could have been worse."))
        // a chronology's first entry (DUC 2003's Microsoft story was headed "May 30 — The Federal
        // Trade Commission staff opens an antitrust probe …") gives way to a lead of the event
        let trial = [
            Article(id: "wire/e.txt", text: "May 30 — The Federal Trade Commission opens a probe of Microsoft.\n\nJune 2 — More.\n"),
            Article(id: "wire/f.txt", text: "A lawyer for Microsoft questioned the Netscape chief in the antitrust trial on Thursday.\n\nIt went on.\n"),
        ]
        #expect(Briefer.headline(central: [0, 1], articles: trial, digest: nil) == "A lawyer for Microsoft questioned the Netscape chief in the antitrust trial on Thursday.")
        #expect(Briefer.isChronologyEntry("Oct. 5, 1998: Talks begin in Geneva.") && Briefer.isChronologyEntry("1970: Phil Donahue debuts."))
        #expect(!Briefer.isChronologyEntry("May 30 was the day talks began.") && !Briefer.isChronologyEntry("1970 was a good year."))
    }
}
