import Foundation
import Testing
@testable import Precis

@Suite struct DocumentCleanerTests {
    @Test func headlineBecomesTitleAndRepeatsAreDropped() throws {
        let documents = try TestPaths.istanbulDocuments()
        let first = try #require(documents.first)
        #expect(first.title == "Zelensky Pushes for Direct Talks with Putin as Negotiations Scheduled in Turkey")
        #expect(!first.paragraphs.contains { $0.hasPrefix("Zelensky Pushes for Direct Talks") })
        #expect(first.dropped.filter { $0.reason == .repeatedParagraph }.count == 3)
        #expect(Set(first.paragraphs).count == first.paragraphs.count)
    }

    @Test func furnitureAndSectionLabelsAreDropped() throws {
        let documents = try TestPaths.istanbulDocuments()
        let last = try #require(documents.last)
        let dropped = Dictionary(grouping: last.dropped, by: \.reason).mapValues { $0.map(\.text) }
        #expect(dropped[.sectionLabel] == ["World"])
        #expect(dropped[.furniture] == ["Leave A Comment", "Live Tv", "Newsletter", "Subscribe to our newsletter to stay."])
        for document in documents {
            for paragraph in document.paragraphs {
                #expect(!paragraph.lowercased().contains("newsletter"))
            }
        }
    }

    @Test(arguments: [
        ("VAIL, Colo. (AP) -- A temporary dirt logging road carved across wetlands.", "VAIL, Colo. (AP) --", "A temporary"),
        ("BERLIN (AP) _ Two medical experts testified Wednesday.", "BERLIN (AP) _", "Two medical"),
        ("NAIROBI, January 24 (Xinhua) -- The following are major news items.", "NAIROBI, January 24 (Xinhua) --", "The following"),
        ("WASHINGTON _ The Senate voted on Tuesday.", "WASHINGTON _", "The Senate"),
        ("DAR ES SALAAM, Tanzania (AP) _ The bomb outside the embassy.", "DAR ES SALAAM, Tanzania (AP) _", "The bomb"),
        ("KYIV, May 11 (Reuters) - Ukraine said on Sunday it was ready.", "KYIV, May 11 (Reuters) -", "Ukraine said"),
        ("ST. LOUIS (AP) — ``We won,'' he said.", "ST. LOUIS (AP) —", "``We won"),
        // DUC 2006's wire: a province after the place, an agency without its ")", a glued "--"
        ("BEIDAIHE (Hebei), March 5 (Xinhua) -- China will enhance its cooperation.", "BEIDAIHE (Hebei), March 5 (Xinhua) --", "China will"),
        ("WASHINGTON (AP -- Rising ocean temperatures threaten salmon.", "WASHINGTON (AP --", "Rising ocean"),
        ("CANBERRA, November 27 (Xinhua) --The Australian government's criticism was extraordinary.", "CANBERRA, November 27 (Xinhua) --", "The Australian"),
    ])
    func datelinesAreCutOff(paragraph: String, dateline: String, start: String) throws {
        let split = try #require(DocumentCleaner.splitDateline(paragraph))
        #expect(split.dateline == dateline)
        #expect(split.rest.hasPrefix(start))
        #expect(paragraph.hasPrefix(split.dateline) && paragraph.hasSuffix(split.rest))
    }

    @Test(arguments: [
        "IN the treatment of rheumatic disorders the mainstay drugs are old.",
        "WASHINGTON, D.C. 20003 Tel: 202-547-4512 Fax: 202-546-4194",
        "Ukrainian leader - who met Erdogan - spoke on Thursday.",
        "NATO said the full-scale invasion - a war - goes on.",
        "U.S. officials said on Monday that talks would resume.",
        "BERLIN (AP) _ lower-case start is not a sentence.",
        "Timeline for EgyptAir Flight 990:",
        "NATO (in Brussels) - the alliance said so.",
        "PARIS (The city of light - a name it keeps.",
    ])
    func nonDatelinesAreKept(paragraph: String) {
        #expect(DocumentCleaner.splitDateline(paragraph) == nil)
    }

    @Test func datelineIsCutOnlyFromTheFirstParagraphAndExplained() {
        let document = Document(name: "a.txt", text: """
            Storm hits coast

            MIAMI (AP) -- A storm hit the coast on Monday.

            BOSTON (AP) -- Quoted later in the article, this stays.
            """)
        #expect(document.paragraphs == ["A storm hit the coast on Monday.", "BOSTON (AP) — Quoted later in the article, this stays."])
        #expect(document.dropped.filter { $0.reason == .dateline }.map(\.text) == ["MIAMI (AP) --"])
    }

    @Test func hardWrappedTextIsUnwrapped() {
        let text = """
            The committee met on Friday to discuss the
            budget for next year and agreed on most
            points after a long debate in the chamber
            while protesters gathered outside the hall.

            A second paragraph starts here and it goes
            on for a while before it finally ends here.
            """
        let paragraphs = DocumentCleaner.paragraphs(of: text)
        #expect(paragraphs.count == 2)
        #expect(paragraphs[0].hasPrefix("The committee met") && paragraphs[0].hasSuffix("the hall."))
    }

    @Test func typographicVariantsCountAsRepeats() {
        let document = Document(name: "x", text: "Body one says “hello” to all.\nBody one says \"hello\"  to all.\nAnother line here.")
        #expect(document.paragraphs.count == 2)
        #expect(document.dropped.map(\.reason) == [.repeatedParagraph])
    }
}
