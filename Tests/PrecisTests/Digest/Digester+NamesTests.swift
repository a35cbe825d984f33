import Testing
@testable import Precis

@Suite struct DigesterNamesTests {
    /// A full 26-word budget: centroid+MMR takes a.txt's second sentence (17 words, "Kirkhart"
    /// bare) and e.txt's (9 words).
    static let documents = [
        Document(name: "a.txt", text: "Ken Kirkhart likes tea.\n\nKirkhart said the storm hit the coast of Florida on Monday and flooded many roads near Miami."),
        Document(name: "b.txt", text: "The storm hit the coast of Florida on Monday."),
        Document(name: "c.txt", text: "The storm flooded many roads near Miami, officials said."),
        Document(name: "e.txt", text: "Schools closed across the state on Tuesday, officials said."),
    ]

    @Test func planningMakesRoomForTheName() throws {
        var options = DigestOptions(budget: .words(26))
        options.method = .centroidMMR
        options.planNames = false
        let off = try Digester(options: options).digest(Self.documents)
        #expect(off.wordCount == 26 && off.items.allSatisfy { $0.names == nil }, "the budget is full: the name does not fit")
        #expect(off.items.contains { $0.text.hasPrefix("Kirkhart said") })
        options.planNames = true
        let on = try Digester(options: options).digest(Self.documents)
        let named = try #require(on.items.first { $0.names != nil }, "the selection held a word back for Ken")
        #expect(named.text.hasPrefix("Ken Kirkhart said"))
        #expect(named.names == [NameSource(name: "Ken Kirkhart", document: "a.txt", sentenceIndex: 0)])
        #expect(on.wordCount <= 26)
        // without completeNames there is nothing to plan for: the digest is the plain one
        options.completeNames = false
        #expect(try Digester(options: options).digest(Self.documents).items.map(\.text) == off.items.map(\.text))
    }

    @Test func aDigestThatLeftNoNameIsUnchanged() throws {
        // 40 words: both sentences fit and Ken is added without planning
        var options = DigestOptions(budget: .words(40))
        options.method = .centroidMMR
        options.planNames = false
        let off = try Digester(options: options).digest(Self.documents)
        options.planNames = true
        #expect(try Digester(options: options).digest(Self.documents) == off)
        #expect(off.items.contains { $0.names != nil })
    }

    @Test func theClusterHoldsBackOnlyForTheSurnamesAsked() throws {
        let options = DigestOptions()  // planNames on: fitting never reserves, the digest's second selection does
        let cluster = try Digester(options: options).fit(Self.documents)
        #expect(cluster.sentences.allSatisfy { $0.reservedWords == 0 && $0.reservedBytes == 0 })
        let planned = cluster._reservingNames(for: ["Kirkhart"])
        #expect(planned.sentences.map(\.reservedWords) == planned.sentences.map { $0.text.hasPrefix("Kirkhart") ? 1 : 0 })
        #expect(cluster._reservingNames(for: ["Florida"]).sentences.allSatisfy { $0.reservedWords == 0 })
        let kirkhart = try #require(planned.sentences.first { $0.reservedWords > 0 })
        #expect(Budget.words(100).cost(of: kirkhart, separator: true) == 18)  // 17 words and "Ken"
        #expect(Budget.bytes(500).cost(of: kirkhart, separator: true) == Double(kirkhart.text.utf8.count + 4 + 1))
        #expect(Budget.sentences(3).cost(of: kirkhart, separator: true) == 1)
    }
}
