import Testing
@testable import Precis

@Suite struct NameCompletionTests {
    /// An item for sentence `index` of `document`, as written there.
    static func item(_ articles: [String: [String]], _ document: String, _ index: Int, rank: Int = 1) -> DigestItem {
        DigestItem(rank: rank, text: articles[document]![index], score: 1, document: document, sentenceIndex: index, supportingDocuments: [])
    }

    /// The first item completed alone, under a roomy budget.
    static func completed(_ article: [String], filler: [String] = []) -> DigestItem {
        let articles = ["a.txt": article, "b.txt": filler + ["Markets rose in Tokyo on Tuesday morning."]]
        let items = [item(articles, "a.txt", article.count - 1)]
        return NameCompletion().complete(items, articles: articles, budget: .words(100), totalWords: 200).items[0]
    }

    @Test(arguments: [
        (["And Ken Kirkhart will be one of the happiest people in Virginia.",
          "Kirkhart is vice president for production at USA Today, which uses 33 printing plants."],
         "Ken Kirkhart is vice president for production at USA Today, which uses 33 printing plants.", "Ken Kirkhart"),
        (["U.N. envoy Jamsheed Marker arrived in Jakarta on Monday.",
          "Marker, who was appointed 20 months ago to mediate, met the foreign minister."],
         "Jamsheed Marker, who was appointed 20 months ago to mediate, met the foreign minister.", "Jamsheed Marker"),
        (["Dennis Vacco was the state's attorney general.", "Nothing else happened.",
          "A federal judge removed Vacco, then the U.S. attorney, from the case."],
         "A federal judge removed Dennis Vacco, then the U.S. attorney, from the case.", "Dennis Vacco"),
        (["Turkish Prime Minister Bulent Ecevit met party leaders.",
          "Ecevit, leader of the Democratic Left Party, warned of early elections."],
         "Bulent Ecevit, leader of the Democratic Left Party, warned of early elections.", "Bulent Ecevit"),
        (["Cardinal Alojzije Stepinac led the church during the war.",
          "By 1942, however, Stepinac denounced the regime."],
         "By 1942, however, Alojzije Stepinac denounced the regime.", "Alojzije Stepinac"),
        (["Gov. George W. Bush spoke in Austin.", "Bush's aides said the plan would pass."],
         "George W. Bush's aides said the plan would pass.", "George W. Bush"),
    ])
    func theFirstMentionGetsTheNameItsArticleWroteEarlier(article: [String], expected: String, name: String) {
        let item = Self.completed(article)
        #expect(item.text == expected)
        #expect(item.names == [NameSource(name: name, document: "a.txt", sentenceIndex: 0)])
        #expect(item.kind == .extracted && item.sources == [SentenceSource(document: "a.txt", sentenceIndex: article.count - 1)])
        #expect(FaithfulnessGuard.violations(named: item.text, unnamed: article.last!, citations: [article[0]]).isEmpty)
    }

    @Test func twoPeopleOfOneSurnameAreLeft() {
        let article = ["Bill Clinton spoke in Ohio.", "Hillary Clinton spoke in Iowa.", "Clinton said the talks would resume."]
        #expect(Self.completed(article).names == nil)
        // one of them alone is completed
        #expect(Self.completed([article[1], article[2]]).text == "Hillary Clinton said the talks would resume.")
    }

    @Test func placesOrganisationsAndTitlesAreLeft() {
        // "York" inside "New York": the item's neighbour is capitalized
        #expect(Self.completed(["Mayor John York spoke.", "Crowds in New York cheered the team."]).names == nil)
        // "New York" is not a full name, "the White House" neither
        #expect(Self.completed(["The storm hit New York on Monday.", "York was quiet on Tuesday."]).names == nil)
        #expect(Self.completed(["The White House said on Monday it would act.", "House aides declined to comment."]).names == nil)
        #expect(Self.completed(["The Supreme Court ruled on Monday.", "Court officials declined to comment."]).names == nil)
        // a determiner before the run: a team, not a person
        #expect(Self.completed(["Fans cheered the Boston Yankees on Monday.", "Yankees fans cheered again."]).names == nil)
        // a title before the surname tells who it is: left
        #expect(Self.completed(["Bill Clinton spoke in Ohio.", "President Clinton said the talks would resume."]).names == nil)
        #expect(Self.completed(["Bulent Ecevit spoke in Ankara.", "Mr. Ecevit said the talks would resume."]).names == nil)
        // a word the cluster writes in lower case is not a surname
        #expect(Self.completed(["Jim Baker spoke.", "Baker said the talks would resume."], filler: ["The baker sold bread."]).names == nil)
        #expect(Self.completed(["Jim Baker spoke.", "Baker said the talks would resume."]).text == "Jim Baker said the talks would resume.")
    }

    @Test func aPersonTheDigestNamedAlreadyIsLeft() {
        let articles = ["a.txt": ["Ken Kirkhart runs the plants.", "Kirkhart said the plants print overnight."],
                        "b.txt": ["Ken Kirkhart spoke on Monday.", "Kirkhart is nervous."]]
        // an earlier item with the full name, or with the bare surname: the later one is left
        for first in [Self.item(articles, "b.txt", 0), Self.item(articles, "b.txt", 1)] {
            let out = NameCompletion().complete([first, Self.item(articles, "a.txt", 1, rank: 2)], articles: articles,
                                                budget: .words(100), totalWords: 100).items
            #expect(out[1].names == nil && out[1].text == "Kirkhart said the plants print overnight.")
            #expect(out[0].text == (first.sentenceIndex == 1 ? "Ken Kirkhart is nervous." : first.text))
        }
    }

    @Test func theOutputOrderDecidesTheFirstMention() {
        let articles = ["a.txt": ["Ken Kirkhart runs the plants.", "Kirkhart said the plants print overnight."],
                        "b.txt": ["Ken Kirkhart spoke on Monday.", "Kirkhart is nervous."]]
        let a = Self.item(articles, "a.txt", 1), b = Self.item(articles, "b.txt", 1, rank: 2)
        let rankOrder = NameCompletion().complete([a, b], articles: articles, budget: .words(100), totalWords: 100).items
        let sourceOrder = NameCompletion().complete([b, a], articles: articles, budget: .words(100), totalWords: 100).items
        #expect(rankOrder.map(\.text) == ["Ken Kirkhart said the plants print overnight.", "Kirkhart is nervous."])
        #expect(sourceOrder.map(\.text) == ["Ken Kirkhart is nervous.", "Kirkhart said the plants print overnight."])
    }

    @Test func aNameFromAnotherArticleIsNotUsed() {
        let articles = ["a.txt": ["The plants print overnight.", "Kirkhart said the plants print overnight."],
                        "b.txt": ["Ken Kirkhart spoke on Monday."]]
        let out = NameCompletion().complete([Self.item(articles, "a.txt", 1)], articles: articles, budget: .words(100), totalWords: 100)
        #expect(out.items[0].names == nil)
        // nor a later sentence of the same article
        let later = ["a.txt": ["Kirkhart said the plants print overnight.", "Ken Kirkhart spoke on Monday."]]
        #expect(NameCompletion().complete([Self.item(later, "a.txt", 0)], articles: later, budget: .words(100), totalWords: 100)
            .items[0].names == nil)
    }

    @Test func aCompletionThatDoesNotFitTheBudgetIsLeftAndCounted() {
        let articles = ["a.txt": ["Ken Kirkhart runs the plants.", "Kirkhart said the plants print overnight."]]
        let item = Self.item(articles, "a.txt", 1)  // 6 words, 41 bytes
        func run(_ budget: Budget) -> NameCompletion.Result {
            NameCompletion().complete([item], articles: articles, budget: budget, totalWords: 10)
        }
        #expect(run(.words(6)).items == [item] && run(.words(6)).leftForBudget == 1)
        #expect(run(.words(7)).items[0].names != nil && run(.words(7)).leftForBudget == 0)
        #expect(run(.bytes(44)).leftForBudget == 1 && run(.bytes(45)).items[0].names != nil)
        #expect(run(.ratio(0.6)).leftForBudget == 1 && run(.ratio(0.7)).items[0].names != nil)
        #expect(run(.sentences(1)).items[0].names != nil)
    }

    @Test func aCompressedItemKeepsItsKindAndPassesTheGuard() {
        let articles = ["a.txt": ["Ken Kirkhart runs the plants.", "Kirkhart, 52, said on Monday the plants print overnight."]]
        var item = Self.item(articles, "a.txt", 1)
        item.text = "Kirkhart said the plants print overnight."
        item.kind = .compressed
        #expect(FaithfulnessGuard.violations(compressed: item.text, source: articles["a.txt"]![1]).isEmpty)
        let out = NameCompletion().complete([item], articles: articles, budget: .words(100), totalWords: 100).items[0]
        #expect(out.text == "Ken Kirkhart said the plants print overnight." && out.kind == .compressed)
        #expect(FaithfulnessGuard.violations(named: out.text, unnamed: item.text, citations: [articles["a.txt"]![0]]).isEmpty)
    }

    @Test func theDigesterCompletesNamesOnlyWhenAsked() throws {
        // centroid+MMR picks a.txt's second sentence, the most central one, alone
        let documents = [
            Document(name: "a.txt", text: "Ken Kirkhart likes tea.\n\nKirkhart said the storm hit the coast of Florida on Monday and flooded many roads near Miami."),
            Document(name: "b.txt", text: "The storm hit the coast of Florida on Monday."),
            Document(name: "c.txt", text: "The storm flooded many roads near Miami, officials said."),
        ]
        for order in DigestOrder.allCases {
            var options = DigestOptions(budget: .sentences(2), order: order)
            options.method = .centroidMMR
            options.completeNames = false
            let off = try Digester(options: options).digest(documents)
            options.completeNames = true
            let on = try Digester(options: options).digest(documents)
            #expect(off.items.allSatisfy { $0.names == nil })
            #expect(on.items.count == off.items.count)
            #expect(on.items.contains { $0.names != nil }, "the picked sentence names Kirkhart bare")
            #expect(on.wordCount == off.wordCount + 1)
            for (a, b) in zip(off.items, on.items) {
                #expect(a.sources == b.sources && a.kind == b.kind)
                if a.text.hasPrefix("Kirkhart said") {
                    #expect(b.text == "Ken " + a.text && b.names == [NameSource(name: "Ken Kirkhart", document: "a.txt", sentenceIndex: 0)])
                } else {
                    #expect(a == b)
                }
            }
        }
    }

    /// The item's text with its completed given names taken out (each before its surname).
    static func unnamed(_ item: DigestItem) -> String {
        var text = item.text
        for name in item.names ?? [] {
            let words = name.name.split(separator: " ")
            let given = words.dropLast().joined(separator: " ")
            if let r = text.range(of: given + " " + words.last!) {
                text.removeSubrange(r.lowerBound..<text.index(r.lowerBound, offsetBy: given.count + 1))
            }
        }
        return text
    }

    /// Digests of the sample with compressed and fused candidates: the completion changes only
    /// the text of completed items (no compressed item of the sample is completed at these
    /// budgets: ``aCompressedItemKeepsItsKindAndPassesTheGuard`` covers one).
    @Test func theSamplesCompletedItemsPassBothGuardsWithCompressionAndFusion() throws {
        let documents = try TestPaths.istanbulDocuments()
        let sentences = ClusterSentence.sentences(of: documents)
        func text(_ document: String, _ index: Int) throws -> String {
            let d = try #require(documents.firstIndex { $0.name == document })
            return try #require(sentences.first { $0.document == d && $0.index == index }).text
        }
        var named = 0
        // the settings of CompressionVariantsTests (compressed items at these budgets) and of
        // DigesterFusionTests (fused items)
        var compressing = DigestOptions()
        compressing.compression = .both
        compressing.concepts = CompressionVariantsTests.measuredConcepts
        var fusing = DigestOptions()
        fusing.fusion = true
        // the completion alone, on one selection (planning may select again: DigesterNamesTests)
        compressing.planNames = false
        fusing.planNames = false
        for words in stride(from: 30, through: 110, by: 10) {
            for base in [compressing, fusing] {
                var options = base
                options.budget = .words(words)
                let on = try Digester(options: options).digest(documents)
                options.completeNames = false
                let off = try Digester(options: options).digest(documents)
                #expect(on.items.map(\.sources) == off.items.map(\.sources) && on.items.map(\.kind) == off.items.map(\.kind))
                #expect(on.wordCount <= words)
                for (item, before) in zip(on.items, off.items) {
                    guard let names = item.names else { #expect(item == before); continue }
                    named += 1
                    #expect(Self.unnamed(item) == before.text)
                    for name in names {
                        let source = try #require(item.sources.first { $0.document == name.document })
                        #expect(name.sentenceIndex < source.sentenceIndex)
                    }
                    let cited = try names.map { try text($0.document, $0.sentenceIndex) }
                    #expect(FaithfulnessGuard.violations(named: item.text, unnamed: before.text, citations: cited).isEmpty, "\(item.text)")
                }
            }
        }
        #expect(named > 0, "some budget completes a name in the sample")
    }
}
