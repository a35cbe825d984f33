import Foundation
import Testing
@testable import Precis

/// A cluster fitted by adding sentences to an earlier fit is the cluster fitted from scratch, bit
/// for bit: sentences, folding, analysis and its state, vectors and similarity.
@Suite struct ClusterModelAddingTests {
    /// Every stored value of the two fits is equal (floats by their bits).
    static func expectSameFit(_ a: ClusterModel, _ b: ClusterModel, _ label: String) {
        #expect(a.sentences == b.sentences, "\(label)")
        #expect(a.copies == b.copies, "\(label)")
        #expect(a.documentSentences == b.documentSentences, "\(label)")
        #expect(a._standsAlone == b._standsAlone, "\(label)")
        #expect(a._matchKeys == b._matchKeys, "\(label)")
        #expect(a._termIDs == b._termIDs, "\(label)")
        #expect(a._stems == b._stems, "\(label)")
        #expect(a._surface == b._surface, "\(label)")
        #expect(a._termColumns == b._termColumns, "\(label)")
        #expect(a.tfidf.vocabulary == b.tfidf.vocabulary && a.tfidf.index == b.tfidf.index, "\(label)")
        #expect(a.tfidf.idf.map(\.bitPattern) == b.tfidf.idf.map(\.bitPattern), "\(label)")
        #expect(a.vectors.values.map(\.bitPattern) == b.vectors.values.map(\.bitPattern), "\(label)")
        #expect(a.similarity.values.map(\.bitPattern) == b.similarity.values.map(\.bitPattern), "\(label)")
        #expect(a._analysisState.stems == b._analysisState.stems, "\(label)")
        #expect(a._analysisState.stemIDs == b._analysisState.stemIDs, "\(label)")
        // an analysis going on from each (earlier articles, ``ClusterFocus``) numbers alike
        let more = ["Zelensky said he would travel to Ankara.", "Officials met in Istanbul on Friday; nothing was agreed."]
        var stateA = a._analysisState, stateB = b._analysisState
        let goneOnA = a.tfidf.analyzer._analyze(more, surface: true, continuing: &stateA)
        let goneOnB = b.tfidf.analyzer._analyze(more, surface: true, continuing: &stateB)
        #expect(goneOnA.termIDs == goneOnB.termIDs && goneOnA.surface == goneOnB.surface && goneOnA.stems == goneOnB.stems, "\(label)")
    }

    /// `split` with `inserted` placed after the last version of each one's place.
    static func inserting(_ inserted: [ClusterSentence], into split: [ClusterSentence]) -> [ClusterSentence] {
        var out: [ClusterSentence] = []
        for (k, sentence) in split.enumerated() {
            out.append(sentence)
            if k + 1 == split.count || split[k + 1].position != sentence.position {
                out.append(contentsOf: inserted.filter { $0.position == sentence.position })
            }
        }
        return out
    }

    static func fits(_ documents: [Document], inserting inserted: (_ split: [ClusterSentence]) -> [ClusterSentence])
        -> (adding: ClusterModel, fresh: ClusterModel) {
        let split = CompressionVariants.both.adding(to: ClusterSentence.sentences(of: documents))
        let earlier = ClusterModel(documents: documents, split: split, analyzer: nil, idfSource: .background(.shipped))
        let merged = Self.inserting(inserted(split), into: split)
        return (ClusterModel(adding: merged, to: earlier, idfSource: .background(.shipped)),
                ClusterModel(documents: documents, split: merged, analyzer: nil, idfSource: .background(.shipped)))
    }

    @Test func theFiveArticlesWithTheirFusionsFitAsFromScratch() throws {
        let documents = try TestPaths.istanbulDocuments()
        let (adding, fresh) = Self.fits(documents) { split in
            let earlier = ClusterModel(documents: documents, split: split, analyzer: nil, idfSource: .background(.shipped))
            let fused = Digester._addingFusions(to: split, in: earlier, threshold: DigestOptions().fusionSimilarity)
            return fused.filter { !$0.fusedWith.isEmpty }
        }
        #expect(fresh.sentences.contains { !$0.fusedWith.isEmpty })
        Self.expectSameFit(adding, fresh, "Istanbul")
    }

    /// Sentences with words the earlier ones lack (new stems, numbered among the old ones by a
    /// fresh fit), an exact copy of an earlier sentence (folded into it), and an exact copy of a
    /// later one (which folds the later one: fitted from scratch).
    @Test func newWordsCopiesAndFoldsFitAsFromScratch() throws {
        let documents = try TestPaths.istanbulDocuments()
        let cases: [(String, ([ClusterSentence]) -> [ClusterSentence])] = [
            ("new words", { split in
                [ClusterSentence(text: "Quixotic zephyrs bewildered the negotiators in Istanbul.", document: 0, index: 1,
                                 fusedWith: [SentencePosition(document: 1, index: 0)]),
                 ClusterSentence(text: "Ankara hosted xylophonists and diplomats alike.", document: 2, index: 3,
                                 fusedWith: [SentencePosition(document: 3, index: 1)])]
            }),
            ("a copy of an earlier sentence", { split in
                [ClusterSentence(text: split[0].text, document: 1, index: 0, fusedWith: [SentencePosition(document: 2, index: 0)])]
            }),
            ("a copy of a later sentence", { split in
                let later = split.last { $0.document == 3 }!
                return [ClusterSentence(text: later.text, document: 0, index: 0, fusedWith: [SentencePosition(document: 1, index: 0)])]
            }),
        ]
        for (label, inserted) in cases {
            let (adding, fresh) = Self.fits(documents, inserting: inserted)
            Self.expectSameFit(adding, fresh, label)
        }
    }

    @Test func duc2003ClustersWithTheirFusionsFitAsFromScratch() throws {
        let clusters = TestPaths.shared.appendingPathComponent("duc2003/clusters")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: clusters.path).sorted() else { return }
        for name in names.prefix(3) {
            let documents = try DocumentReader().read(paths: [clusters.appendingPathComponent(name).path]).documents
            let (adding, fresh) = Self.fits(documents) { split in
                let earlier = ClusterModel(documents: documents, split: split, analyzer: nil, idfSource: .background(.shipped))
                return Digester._addingFusions(to: split, in: earlier, threshold: DigestOptions().fusionSimilarity).filter { !$0.fusedWith.isEmpty }
            }
            Self.expectSameFit(adding, fresh, name)
        }
    }
}
