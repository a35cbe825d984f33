import Foundation
import Testing
@testable import Precis

/// The second round of issue 18's event-grain candidates: lead and name-like words counted
/// again, rare terms in the norm, reassignment after the linkage.
@Suite struct BriefEventWeightingTests {
    @Test func leadIsTheFirstWords() {
        #expect(DocumentVectors.lead(of: "one two  three\nfour five", words: 3) == "one two  three")
        #expect(DocumentVectors.lead(of: "one two", words: 5) == "one two")
        #expect(DocumentVectors.lead(of: "", words: 5) == "")
    }

    @Test func namesAreCapitalisedWordsInsideSentences() {
        #expect(DocumentVectors.names(in: "The talks in Istanbul resumed. Russia and Ukraine met. \"Nobody\" said: Peace.")
            == "Istanbul Ukraine")
        #expect(DocumentVectors.names(in: "hurricane Mitch hit (Honduras) on Monday, O'Brien said") == "Mitch Honduras Monday O'Brien")
        #expect(DocumentVectors.names(in: "") == "")
    }

    /// Two articles share "flood" and "river"; the second also has many words of its own.
    static let sharedAndOwnWords: [(title: String?, body: String)] = [
        (nil, "flood river"),
        (nil, "flood river council budget school teacher library"),
    ]

    @Test func rareTermsInTheNormLowerTheCosine() {
        let texts = Self.sharedAndOwnWords
        var options = DocumentVectors.Options()
        options.minimumArticlesForFraction = 1_000
        let kept = DocumentVectors(texts: texts, options: options)
        options.rareTermsInNorm = true
        let counted = DocumentVectors(texts: texts, options: options)
        #expect(abs(kept.cosine(0, 1) - 1) < 1e-5)  // only the shared words count: identical vectors
        #expect(counted.cosine(0, 1) < 0.6, "\(counted.cosine(0, 1))")
        #expect(counted.termCount == kept.termCount)  // the rare terms are still not columns
    }

    @Test func aSmallDayCountsRareTermsInTheNorm() {
        let texts = Self.sharedAndOwnWords
        var options = DocumentVectors.Options()
        options.minimumArticlesForFraction = 1_000
        options.rareTermsInNormBelow = 2  // a day of two is not below 2: as without the bound
        #expect(abs(DocumentVectors(texts: texts, options: options).cosine(0, 1) - 1) < 1e-5)
        options.rareTermsInNormBelow = 3
        let small = DocumentVectors(texts: texts, options: options)
        options.rareTermsInNormBelow = 0
        options.rareTermsInNorm = true
        #expect(small.cosine(0, 1) == DocumentVectors(texts: texts, options: options).cosine(0, 1))
    }

    @Test func smallDayBoundIsASetting() throws {
        var options = StoryGrouper.Options()
        options.rareTermsInNormBelow = 50
        #expect(options.vectors.rareTermsInNormBelow == 50)
        options.rareTermsInNormBelow = -1
        #expect(throws: PrecisError.self) { try options.validate() }
    }

    @Test func leadAndNamesWeighTheirWords() {
        // A and B share only names (also in their leads); A and C share only common words.
        let texts: [(title: String?, body: String)] = [
            (nil, "aid reached Honduras after Mitch. rain fell and rivers rose and farms flooded"),
            (nil, "officials in Honduras counted the dead of Mitch. schools closed"),
            (nil, "rain fell and rivers rose and farms flooded in Texas"),
        ]
        var options = DocumentVectors.Options()
        options.minimumArticlesForFraction = 1_000
        let plain = DocumentVectors(texts: texts, options: options)
        options.nameRepeats = 2
        let named = DocumentVectors(texts: texts, options: options)
        #expect(named.cosine(0, 1) > plain.cosine(0, 1) + 0.1 && named.cosine(0, 2) < plain.cosine(0, 2) - 0.1)
        options.nameRepeats = 0
        options.leadRepeats = 1
        options.leadWords = 4  // "aid reached Honduras after", "officials in Honduras counted"
        let led = DocumentVectors(texts: texts, options: options)
        #expect(led.cosine(0, 1) > plain.cosine(0, 1) && led.cosine(0, 2) < plain.cosine(0, 2))
    }

    @Test func reassignmentMovesAnArticleToTheStoryItFitsBest() {
        // Stories {0, 1, 2} and {3, 4}; article 2 is weakly tied to 0 and 1 but close to 3 and 4.
        var pairs = SimilarityBlocks.Pairs()
        let edges: [(Int32, Int32, Float)] = [(0, 1, 0.6), (0, 2, 0.1), (1, 2, 0.1), (2, 3, 0.5), (2, 4, 0.5), (3, 4, 0.7)]
        pairs.first = edges.map(\.0)
        pairs.second = edges.map(\.1)
        pairs.similarity = edges.map(\.2)
        let moved = StoryGrouper.reassigned([[0, 1, 2], [3, 4]], pairs: pairs, count: 5, threshold: 0.25)
        #expect(moved == [[2, 3, 4], [0, 1]])
        // Below the threshold nothing moves; a story left empty disappears.
        #expect(StoryGrouper.reassigned([[0, 1, 2], [3, 4]], pairs: pairs, count: 5, threshold: 0.6) == [[0, 1, 2], [3, 4]])
        #expect(StoryGrouper.reassigned([[0, 1], [3, 4], [2]], pairs: pairs, count: 5, threshold: 0.25) == [[2, 3, 4], [0, 1]])
    }

    @Test func newSettingsAreValidated() {
        var options = StoryGrouper.Options()
        options.leadWords = 0
        #expect(throws: PrecisError.self) { try options.validate() }
        options = StoryGrouper.Options()
        options.nameRepeats = 17
        #expect(throws: PrecisError.self) { try options.validate() }
        #expect(throws: Never.self) { try StoryGrouper.Options().validate() }
    }
}
