import Foundation
import Testing
@testable import Precis

/// Folding exact copies keeps, for each folded sentence, where it stands in the split (the refit
/// reads a folded sentence's earlier row from it, session 14).
@Suite struct ClusterModelFoldedTests {
    @Test func eachFoldedSentenceIsTheSplitsSentenceAtItsIndex() throws {
        var split = CompressionVariants.both.adding(to: ClusterSentence.sentences(of: try TestPaths.istanbulDocuments()))
        // exact copies (and a copy up to white space and case) in other documents fold into the first
        split.append(ClusterSentence(text: split[3].text, document: 4, index: 90))
        split.append(ClusterSentence(text: "  " + split[7].text.uppercased(), document: 2, index: 91))
        let folded = ClusterModel._Folded(split, documentCount: 5)
        #expect(folded.sentences.count == split.count - 2)
        #expect(folded.splitIndices.count == folded.sentences.count)
        for (r, k) in folded.splitIndices.enumerated() { #expect(folded.sentences[r] == split[k]) }
        #expect(folded.splitIndices == folded.splitIndices.sorted())
    }
}
