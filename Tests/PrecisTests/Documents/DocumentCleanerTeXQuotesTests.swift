import Testing
@testable import Precis

/// Newswire's TeX-style quotation marks (``` ``…'' ```) reach the reader as typographic ones.
@Suite struct DocumentCleanerTeXQuotesTests {
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
}
