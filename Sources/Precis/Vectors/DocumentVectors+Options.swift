extension DocumentVectors {
    /// Which terms a day's document vectors keep, and how wide their dense part is.
    package struct Options: Sendable, Hashable {
        /// Terms in fewer documents are dropped (they link no pair).
        package var minimumDocumentFrequency: Int = 2
        /// Whether a vector's norm also counts the terms dropped for being in fewer than
        /// ``minimumDocumentFrequency`` documents (they link no pair, but they are part of the
        /// article: without them an article with many words of its own gets inflated cosines).
        package var rareTermsInNorm: Bool = false
        /// Days of fewer documents than this count those terms in the norm too (0: never).
        package var rareTermsInNormBelow: Int = 0
        /// How many times the body's first ``leadWords`` words count, on top of the body (the
        /// lead of a news report names its event).
        package var leadRepeats: Int = 0
        /// Words of the lead (``leadRepeats``).
        package var leadWords: Int = 40
        /// How many times the body's name-like words (``DocumentVectors/names(in:)``) count, on
        /// top of the body.
        package var nameRepeats: Int = 0
        /// Terms in more than this fraction of the documents are dropped, on days of at least
        /// ``minimumArticlesForFraction`` documents.
        package var maximumDocumentFraction: Double = 0.5
        /// The smallest day ``maximumDocumentFraction`` applies to.
        package var minimumArticlesForFraction: Int = 50
        /// The most frequent terms kept as dense columns (multiplied through BLAS); the rest are sparse.
        package var denseDimensions: Int = 256
        /// How many times a title's words count, on top of the body's.
        package var titleRepeats: Int = 1
        /// Each sparse entry's position in its term's postings (every pair's similarity walks
        /// the postings after a row's own; candidate pairs do not) is kept only for fewer
        /// documents than this: on a large day it is 4 bytes per entry that nothing reads.
        package var rowPostingsBelow: Int = .max

        /// The defaults.
        package init() {}
    }
}
