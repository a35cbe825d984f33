import Foundation
import Testing
@testable import Precis

@Suite struct DigesterFusionTests {
    /// The five articles' source sentences by place, from a fit without fusion.
    static func sourceTexts(_ documents: [Document]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: ClusterSentence.sentences(of: documents).map {
            ("\(documents[$0.document].name)#\($0.index)", $0.text)
        })
    }

    @Test func fusedCandidatesPassTheGuardAndFollowTheirFirstSource() throws {
        let documents = try TestPaths.istanbulDocuments()
        var options = DigestOptions()
        options.fusion = true
        let cluster = try Digester(options: options).fit(documents)
        let fused = cluster.sentences.indices.filter { !cluster.sentences[$0].fusedWith.isEmpty }
        #expect(!fused.isEmpty, "the five articles restate several facts: some group fuses")
        let texts = Self.sourceTexts(documents)
        for i in fused {
            let sentence = cluster.sentences[i]
            let sources = sentence.sourcePositions.map { texts["\(documents[$0.document].name)#\($0.index)"]! }
            #expect(Set(sentence.sourcePositions.map(\.document)).count == sources.count, "one sentence per article")
            #expect(FaithfulnessGuard.violations(fused: sentence.text, sources: sources).isEmpty, "\(sentence.text)")
            #expect(sentence.wordCount < sources.map(ClusterSentence.countWords).min()!)
            // at its first source's place, after that source
            #expect(cluster.sentences[..<i].contains { $0.position == sentence.position && $0.fusedWith.isEmpty })
        }
    }

    @Test func aDigestWithFusionNeverRepeatsASourceAndNamesEveryOne() throws {
        let documents = try TestPaths.istanbulDocuments()
        let texts = Self.sourceTexts(documents)
        var fusedItems = 0
        for words in stride(from: 40, through: 160, by: 20) {
            var options = DigestOptions(budget: .words(words))
            options.fusion = true
            options.completeNames = false  // names completed after selection: NameCompletionTests
            let digest = try Digester(options: options).digest(documents)
            let places = digest.items.flatMap(\.sources)
            #expect(Set(places).count == places.count, "a source sentence used twice at \(words) words")
            for item in digest.items {
                #expect(item.sources.first == SentenceSource(document: item.document, sentenceIndex: item.sentenceIndex))
                // "also in" names other articles, never one the item was made from
                #expect(Set(item.supportingDocuments).isDisjoint(with: item.sources.map(\.document)), "\(item.text)")
                let sources = item.sources.map { texts["\($0.document)#\($0.sentenceIndex)"]! }
                switch item.kind {
                case .fused:
                    fusedItems += 1
                    #expect(item.sources.count >= 2)
                    #expect(FaithfulnessGuard.violations(fused: item.text, sources: sources).isEmpty, "\(item.text)")
                case .compressed:
                    Issue.record("no compression was asked for: \(item.text)")
                case .extracted:
                    #expect(sources == [item.text])
                }
            }
        }
        #expect(fusedItems > 0, "fusion is really on offer: some budget takes a fused sentence")
    }

    @Test func exactCopiesInOtherArticlesAreFoldedBeforeGrouping() throws {
        // the fit folds the copy in b into a's sentence: grouping reads the folded list
        let copy = "Rescue teams pulled twelve miners alive from the flooded shaft near Quecreek on Sunday."
        let documents = [
            Document(name: "a", text: copy + " The mine had been closed for safety checks in May."),
            Document(name: "b", text: copy + " Families waited at the gate through the night."),
            Document(name: "c", text: "Rescue teams pulled twelve miners alive from the shaft near Quecreek, officials said."
                + " Families waited at the gate through the night, officials said."),
        ]
        var options = DigestOptions(budget: .words(40))
        options.fusion = true
        let cluster = try Digester(options: options).fit(documents)
        for sentence in cluster.sentences where !sentence.fusedWith.isEmpty {
            let sources = sentence.sourcePositions.map { p in cluster.sentences.first { $0.position == p && $0.fusedWith.isEmpty }!.text }
            #expect(FaithfulnessGuard.violations(fused: sentence.text, sources: sources).isEmpty, "\(sentence.text)")
        }
        #expect(!(try Digester(options: options).digest(cluster)).items.isEmpty)
    }

    @Test func markdownSaysHowAnItemWasMade() throws {
        var options = DigestOptions(budget: .words(100))
        options.fusion = true
        options.compression = .both
        let digest = try Digester(options: options).digest(try TestPaths.istanbulDocuments())
        let notes = DigestRenderer.render(digest, as: .markdown).split(separator: "\n").filter { $0.contains("<sub>") }
        #expect(notes.count == digest.items.count)
        for (item, note) in zip(digest.items, notes) {
            switch item.kind {
            case .extracted: #expect(!note.contains("shortened") && !note.contains("fused"))
            case .compressed: #expect(note.contains("shortened from"))
            case .fused: #expect(note.contains("fused from") && item.sources.allSatisfy { note.contains("#\($0.sentenceIndex)") })
            }
        }
        #expect(digest.items.contains { $0.kind != .extracted }, "the sample takes a shortened or fused item")
    }

    @Test func questionsAreNeverFusedAndTheSimilarityIsValidated() throws {
        let documents = [
            Document(name: "a", text: "Is the browser a feature of the Windows operating system, as Microsoft says it is?"),
            Document(name: "b", text: "Microsoft says the browser is a feature of the Windows operating system and cannot be removed."),
        ]
        var options = DigestOptions(budget: .words(40))
        options.fusion = true
        options.fusionSimilarity = 0.1
        let cluster = try Digester(options: options).fit(documents)
        #expect(cluster.sentences.allSatisfy { $0.fusedWith.isEmpty })
        #expect(Digester.isQuestion("Is it “over?”") && !Digester.isQuestion("It is over."))
        for bad: Float in [0, -1, 1.5] {
            options.fusionSimilarity = bad
            #expect(throws: PrecisError.self) { try Digester(options: options) }
        }
    }

    @Test func withoutFusionNothingIsFused() throws {
        let cluster = try Digester().fit(try TestPaths.istanbulDocuments())
        #expect(cluster.sentences.allSatisfy { $0.fusedWith.isEmpty })
    }

    @Test func aFusionIsAVersionOfEachOfItsSources() {
        let a = ClusterSentence(text: "Talks took place in Istanbul.", document: 0, index: 3)
        let b = ClusterSentence(text: "Talks were held in Istanbul.", document: 1, index: 5)
        let c = ClusterSentence(text: "Talks ended.", document: 2, index: 0)
        let fused = ClusterSentence(text: "Talks took place.", document: 0, index: 3, fusedWith: [b.position])
        #expect(fused.isVersion(of: a) && fused.isVersion(of: b) && b.isVersion(of: fused))
        #expect(!fused.isVersion(of: c) && !a.isVersion(of: b))
        #expect(fused.sourcePositions == [a.position, b.position])
    }

    @Test func versionOneItemsDecodeAsExtractedSentences() throws {
        let json = #"{"rank": 1, "text": "A.", "score": 1, "document": "a.txt", "sentenceIndex": 4, "supportingDocuments": []}"#
        let item = try JSONDecoder().decode(DigestItem.self, from: Data(json.utf8))
        #expect(item.kind == .extracted)
        #expect(item.sources == [SentenceSource(document: "a.txt", sentenceIndex: 4)])
        let again = try JSONDecoder().decode(DigestItem.self, from: JSONEncoder().encode(item))
        #expect(again == item)
    }

    @Test func clusterSentencesDecodeWithoutFusedPlaces() throws {
        let json = #"{"text": "A b.", "document": 1, "index": 2, "wordCount": 2}"#
        let sentence = try JSONDecoder().decode(ClusterSentence.self, from: Data(json.utf8))
        #expect(sentence == ClusterSentence(text: "A b.", document: 1, index: 2))
        let fused = ClusterSentence(text: "A b.", document: 1, index: 2, fusedWith: [SentencePosition(document: 3, index: 0)])
        #expect(try JSONDecoder().decode(ClusterSentence.self, from: JSONEncoder().encode(fused)) == fused)
    }
}

/// The groups are fused on all cores and taken in group order: the same fused sentences as
/// fusing the groups one after another.
@Suite struct DigesterFusionParallelTests {
    @Test func fusionsOnAllCoresEqualFusionsInTurn() throws {
        let documents = try TestPaths.istanbulDocuments()
        let split = CompressionVariants.both.adding(to: ClusterSentence.sentences(of: documents))
        let model = ClusterModel(documents: documents, split: split, analyzer: nil, idfSource: DigestOptions().idf.source)
        let threshold = DigestOptions().fusionSimilarity
        let fuser = SentenceFuser()
        var texts = Set(split.map(\.text))
        var expected: [String] = []
        var expectedSentences = Set<ClusterSentence>()  // each fusion at its first source's place, with its others
        for group in Digester._fusionGroups(in: model, threshold: threshold) {
            guard let fusion = fuser.fuse(group.map { model.sentences[$0].text }), fusion.sources.count >= 2,
                  texts.insert(fusion.text).inserted else { continue }
            expected.append(fusion.text)
            let used = fusion.sources.map { group[$0] }
            expectedSentences.insert(ClusterSentence(
                text: fusion.text, document: model.sentences[used[0]].document, index: model.sentences[used[0]].index,
                fusedWith: used.dropFirst().map { model.sentences[$0].position }))
        }
        let added = Digester._addingFusions(to: split, in: model, threshold: threshold)
        #expect(!expected.isEmpty)
        #expect(Set(added.filter { !$0.fusedWith.isEmpty }.map(\.text)) == Set(expected))
        // (the groups are handed out longest first: each fusion still belongs to its own group)
        #expect(Set(added.filter { !$0.fusedWith.isEmpty }) == expectedSentences)
        #expect(added.count == split.count + expected.count)
        // the same list on every call
        for _ in 0..<3 { #expect(Digester._addingFusions(to: split, in: model, threshold: threshold) == added) }
    }
}

/// The fuser reads the tokens the compressor made of each sentence instead of tokenizing it again:
/// the same tokens, so the same fused sentences.
@Suite struct DigesterFusionSharedTokensTests {
    @Test func sharedTokensGiveTheSameFusions() throws {
        let documents = try TestPaths.istanbulDocuments()
        let whole = ClusterSentence.sentences(of: documents)
        let (split, tokens) = CompressionVariants.both.addingWithTokens(to: whole)
        let model = ClusterModel(documents: documents, split: split, analyzer: nil, idfSource: DigestOptions().idf.source)
        var byText: [String: [CompressionToken]] = [:]
        for (sentence, tokens) in zip(whole, tokens) { byText[sentence.text] = tokens }
        let threshold = DigestOptions().fusionSimilarity
        let shared = Digester._addingFusions(to: split, in: model, threshold: threshold, tokens: byText)
        #expect(shared.count > split.count)
        #expect(shared == Digester._addingFusions(to: split, in: model, threshold: threshold))
    }
}
