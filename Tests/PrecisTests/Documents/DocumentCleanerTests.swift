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
