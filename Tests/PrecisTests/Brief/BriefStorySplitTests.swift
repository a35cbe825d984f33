import Testing
@testable import Precis

/// Session 9 of issue 18: the story split after the linkage (``StoryGrouper/split(_:pairs:count:ratio:minimumPart:balance:)``).
@Suite struct BriefStorySplitTests {
    /// Pairs from (a, b, cosine) triples.
    private func pairs(_ edges: [(Int32, Int32, Float)]) -> SimilarityBlocks.Pairs {
        var pairs = SimilarityBlocks.Pairs()
        pairs.first = edges.map(\.0)
        pairs.second = edges.map(\.1)
        pairs.similarity = edges.map(\.2)
        return pairs
    }

    /// Two tight events {0, 1, 2} and {3, 4, 5} (cosines 0.8 inside), 0.3 across every pair,
    /// and article 6 tied a little to the first event only.
    private var twoEvents: SimilarityBlocks.Pairs {
        var edges: [(Int32, Int32, Float)] = []
        for a in Int32(0)..<6 {
            for b in (a + 1)..<6 { edges.append((a, b, (a < 3) == (b < 3) ? 0.8 : 0.3)) }
        }
        edges += [(0, 6, 0.15), (1, 6, 0.15), (3, 6, 0.05)]
        return pairs(edges)
    }

    @Test func twoTightEventsLooselyTiedAreSplit() {
        // Across 0.3 < 0.5 × 0.8: the merge is undone; article 6, set aside, joins the side it fits.
        let split = StoryGrouper.split([Array(0...6)], pairs: twoEvents, count: 7, ratio: 0.5, minimumPart: 3)
        #expect(split == [[0, 1, 2, 6], [3, 4, 5]])
    }

    @Test func storiesThatMustNotSplit() {
        let story = [Array(0...6)]
        // Across 0.3 is not below 0.3 × 0.8.
        #expect(StoryGrouper.split(story, pairs: twoEvents, count: 7, ratio: 0.3, minimumPart: 3) == story)
        // Sides of 3 are below the fewest articles a side may have.
        #expect(StoryGrouper.split(story, pairs: twoEvents, count: 7, ratio: 0.5, minimumPart: 4) == story)
        // Ratio 0: off.
        #expect(StoryGrouper.split(story, pairs: twoEvents, count: 7, ratio: 0, minimumPart: 3) == story)
        // One even story (every pair 0.5): no merge of it is loose against its sides.
        var edges: [(Int32, Int32, Float)] = []
        for a in Int32(0)..<8 { for b in (a + 1)..<8 { edges.append((a, b, 0.5)) } }
        #expect(StoryGrouper.split([Array(0..<8)], pairs: pairs(edges), count: 8, ratio: 0.9, minimumPart: 3) == [Array(0..<8)])
    }

    @Test func splitPartsAreCheckedAgainAndOrdered() {
        // Three events of 3 (0.9 inside): {0,1,2} and {3,4,5} 0.5 across, {6,7,8} 0.1 to both.
        var edges: [(Int32, Int32, Float)] = []
        for a in Int32(0)..<9 {
            for b in (a + 1)..<9 {
                let same = a / 3 == b / 3
                edges.append((a, b, same ? 0.9 : (a < 6 && b < 6 ? 0.5 : 0.1)))
            }
        }
        let all = Array(0..<9)
        // Ratio 0.5: only the loose third is cut (0.5 is not below 0.45); ratio 0.6: all three.
        #expect(StoryGrouper.split([[9], all], pairs: pairs(edges), count: 10, ratio: 0.5, minimumPart: 3)
            == [Array(0..<6), [6, 7, 8], [9]])
        #expect(StoryGrouper.split([all], pairs: pairs(edges), count: 9, ratio: 0.6, minimumPart: 3)
            == [[0, 1, 2], [3, 4, 5], [6, 7, 8]])
        // With balance 0.35 the third (3 of the root merge's 9) is a small side: set aside, not cut;
        // the merge below it is not loose enough at 0.5, so nothing splits.
        #expect(StoryGrouper.split([all], pairs: pairs(edges), count: 9, ratio: 0.5, minimumPart: 3, balance: 0.35) == [all])
    }

    @Test func splitSettingsAreValidated() {
        var options = StoryGrouper.Options()
        options.splitRatio = 1.5
        #expect(throws: PrecisError.self) { try options.validate() }
        options = StoryGrouper.Options()
        options.splitMinimumPart = 1
        #expect(throws: PrecisError.self) { try options.validate() }
        options = StoryGrouper.Options()
        options.splitBalance = 0.6
        #expect(throws: PrecisError.self) { try options.validate() }
        #expect(StoryGrouper.Options().splitRatio == 0)
    }
}
