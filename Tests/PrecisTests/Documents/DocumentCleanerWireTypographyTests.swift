import Testing
@testable import Precis

/// Newswire's TeX-style quotation marks (``` ``…'' ```) and underscore dashes (` _ `) reach the
/// reader as typographic ones.
@Suite struct DocumentCleanerWireTypographyTests {
    @Test func texQuotesBecomeTypographicInTheCleanedText() {
        // DUC 2003 d30040t's wording, wrapped as the archive wraps it
        let text = """
            The president of the U.N. war crimes tribunal angrily branded
            Yugoslavia a ``rogue state'' Thursday after Belgrade refused to
            allow investigators to probe alleged atrocities in Kosovo.

            ``We will not give up,'' she said. ``Never.''
            """
        let document = DocumentCleaner().clean(name: "x", text: text)
        #expect(document.paragraphs == [
            "The president of the U.N. war crimes tribunal angrily branded Yugoslavia a “rogue state” Thursday after "
                + "Belgrade refused to allow investigators to probe alleged atrocities in Kosovo.",
            "“We will not give up,” she said. “Never.”",
        ])
    }

    @Test func doubledApostrophesStayWithoutATeXOpeningQuote() {
        // no `` anywhere: '' may be inches, and a lone ` or ' is an apostrophe or single quote
        #expect(DocumentCleaner._typographicQuotes("He is 5'10'' tall.") == "He is 5'10'' tall.")
        #expect(DocumentCleaner._typographicQuotes("rock 'n' roll, `tis") == "rock 'n' roll, `tis")
        #expect(DocumentCleaner._typographicQuotes("``Yes,'' he said, `twas so.") == "“Yes,” he said, `twas so.")
        #expect(DocumentCleaner._typographicQuotes("") == "")
    }

    @Test func aQuotedOpeningStillKeepsTheSentenceOutOfStandaloneChoices() {
        // the quotation mark that opens the sentence is still an opener after the change
        let document = DocumentCleaner().clean(name: "x", text: "``We won,'' he said.\nThe team celebrated late into the night.")
        #expect(document.paragraphs.first?.first == "“")
        #expect(SentenceSplitter.isOpener(document.paragraphs[0].first!))
    }

    @Test func underscoreDashesBecomeEmDashesAfterTheRulesThatReadThem() {
        // DUC 2003 d31001t's chronology and d30051t's nested quote; the dateline and the insert
        // pointer are still cut, since they are read before the dash is rewritten
        let text = """
            WASHINGTON _ A lawyer for the company spoke on Thursday.

            May 30 _ The Federal Trade Commission staff opens an antitrust probe.

            ``We did clash quite a bit when I was a kid _ `I don't want to do this.' ''

            The men left the town at dawn. The men, pickup 9th pvs
            """
        let document = DocumentCleaner().clean(name: "x", text: text)
        #expect(document.paragraphs == [
            "A lawyer for the company spoke on Thursday.",
            "May 30 — The Federal Trade Commission staff opens an antitrust probe.",
            "“We did clash quite a bit when I was a kid — `I don't want to do this.' ”",
            "The men left the town at dawn.",
        ])
        #expect(document.dropped.map(\.reason).contains(.dateline))
        #expect(document.dropped.map(\.reason).contains(.wireNote))
    }

    @Test func onlySpacedUnderscoresAndGuessedTitlesChange() {
        #expect(DocumentCleaner._typographicDashes("snake_case and _emphasis_ stay") == "snake_case and _emphasis_ stay")
        let guessed = DocumentCleaner().clean(name: "x", text: "Mitch _ the storm that stayed\nIt rained for a week.")
        #expect(guessed.title == "Mitch — the storm that stayed")
        let given = DocumentCleaner().clean(name: "x", text: "It rained for a week.", knownTitle: "Mitch _ as filed")
        #expect(given.title == "Mitch _ as filed")
    }

    @Test func doubleHyphenDashesAndNotesToEditors() {
        let text = """
            Between 4 percent and 12 percent of school-age children -- or about 2.5 million -- have it.

            ATTENTION EDITORS: The following photos are part of tonight's New York Times Photo Package, moving 10/28/98.

            EDITOR'S NOTE: This story contains language some readers may find offensive.

            The well-known test--which few pass--was dropped.
            """
        let document = DocumentCleaner().clean(name: "x", text: text)
        #expect(document.paragraphs == [
            "Between 4 percent and 12 percent of school-age children — or about 2.5 million — have it.",
            "The well-known test--which few pass--was dropped.",
        ])
        #expect(document.dropped.filter { $0.reason == .wireNote }.count == 2)
    }
}
