import Testing
@testable import Precis

/// A lead too long for a headline is shortened by the compressor into a whole sentence before
/// it is cut with "…" (issue 18: "a compressed lead once compression exists").
@Suite struct BriefHeadlineCompressionTests {
    // 19 words; the title and the day of the statement come off: "Al Gore has selected Donna
    // Brazile to be his new campaign manager, officials said." (14 words)
    let gore = "Vice President Al Gore has selected Donna Brazile to be his new campaign manager, officials said Friday."

    @Test func aLongLeadBecomesAWholeCompressedHeadline() {
        let articles = [Article(id: "wire/a.txt", text: gore + "\n\nShe ran field operations before.\n")]
        let headline = Briefer.headline(central: [0], articles: articles, digest: nil)
        #expect(headline == "Al Gore has selected Donna Brazile to be his new campaign manager, officials said.")
        #expect(!headline.hasSuffix("…") && headline.split(separator: " ").count <= Briefer.headlineWords)
    }

    @Test func theMostCentralLeadThatFitsWholeWins() {
        // The less central lead is shorter, but it would have to be cut; the central one fits once compressed.
        let long = "Officials in the northern province said heavy rain had flooded roads, bridges and hundreds of homes across the region overnight."
        let articles = [
            Article(id: "wire/a.txt", text: gore + "\n\nMore.\n"),
            Article(id: "wire/b.txt", text: long + "\n\nMore.\n"),
        ]
        #expect(Briefer.headline(central: [0, 1], articles: articles, digest: nil).hasPrefix("Al Gore has selected"))
    }

    @Test func aCompressionThatIsADigestItemIsNotTheHeadline() {
        let articles = [Article(id: "wire/a.txt", text: gore + "\n\nMore.\n")]
        let compressed = "Al Gore has selected Donna Brazile to be his new campaign manager, officials said."
        let item = DigestItem(rank: 1, text: compressed, score: 1, document: "wire/a.txt", sentenceIndex: 0, supportingDocuments: [])
        let digest = Digest(title: nil, documents: ["wire/a.txt"], budget: .words(20), order: .rank, items: [item])
        let headline = Briefer.headline(central: [0], articles: articles, digest: digest)
        #expect(headline != compressed)
        #expect(Briefer.wholeHeadline(gore, repeating: [compressed], compressor: SpanCompressor()) == nil)
    }

    @Test func textWithoutTheCompressorsRulesIsCutAsBefore() {
        #expect(Briefer.wholeHeadline(gore, repeating: [], compressor: nil) == nil)
        #expect(Briefer.wholeHeadline("Short lead names Berlin.", repeating: [], compressor: nil) == "Short lead names Berlin.")
        #expect(Briefer.isEnglish([gore, "The storm passed over the islands on Tuesday and moved north toward the coast."]))
        let german = "Die Bundesregierung hat am Mittwoch beschlossen, die Steuern für kleine und mittlere Unternehmen im kommenden Jahr deutlich zu senken, wie ein Sprecher in Berlin mitteilte."
        #expect(!Briefer.isEnglish([german]))
    }

    @Test func aLeadCutShortKeepsItsMainClauseNotAFrontedPhrase() {
        // 29 words; even compressed it does not fit, and the plain cut stopped at the comma of
        // the opening phrase, a headline without its event
        let lead = "At a crowded shelter in the north of the island last week, the aid workers handed out food, water and blankets to hundreds of families whose homes the storm destroyed."
        let articles = [Article(id: "wire/a.txt", text: lead + "\n\nMore.\n")]
        let headline = Briefer.headline(central: [0], articles: articles, digest: nil)
        #expect(headline.hasPrefix("The aid workers handed out food"), "\(headline)")
        #expect(Briefer.shortened(lead, words: Briefer.headlineWords) == "At a crowded shelter in the north of the island last week…")
    }
}
