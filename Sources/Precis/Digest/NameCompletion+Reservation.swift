/// What a sentence holds back of the budget for the names the digest may complete in it
/// (``DigestOptions/planNames``).
extension NameCompletion {
    /// The words and UTF-8 bytes (each name with its space) the completions of `text` for the
    /// bare surnames in `surnames` would insert were it the digest's first mention of them: the rules of
    /// ``complete(_:articles:budget:totalWords:)`` read on the text alone, with no earlier item
    /// and no budget (and no faithfulness check: a completion the guard refuses leaves its words
    /// unused).
    /// - Parameters:
    ///   - text: the sentence (a source sentence or a compressed or fused variant).
    ///   - sources: its source sentences.
    ///   - cluster: the cluster's articles.
    ///   - surnames: the surnames to count (as written, a possessive's "'s" cut: "Kirkhart").
    /// - Returns: the words and bytes to hold back; zero when no name would be completed.
    /// - Complexity: O(*n* + *m* × *s*) for *n* characters, *m* candidate mentions and *s*
    ///   tokens before each source.
    func reservation(of text: String, sources: [SentenceSource], in cluster: Articles, for surnames: Set<Substring>)
        -> (words: Int, bytes: Int) {
        completions(CompressionToken.tokenize(text), sources: sources, in: cluster).reduce(into: (0, 0)) { sum, completion in
            guard surnames.contains(completion.surname) else { return }
            sum.words += ClusterSentence.countWords(completion.given)
            sum.bytes += completion.given.utf8.count + 1
        }
    }
}
