/// People named so the reader knows who they are: the digest's first mention of a person by
/// bare surname gets the full name its article wrote earlier (``DigestOptions/completeNames``,
/// ``NameCompletion``).
extension Digester {
    /// `items` (in output order) with names completed from `cluster`'s articles under `budget`,
    /// and the completions the budget left.
    /// - Complexity: O(*T*) for *T* tokens in the cluster's sentences, plus ``NameCompletion``'s.
    static func _completingNames(_ items: [DigestItem], in cluster: ClusterModel, budget: Budget) -> NameCompletion.Result {
        NameCompletion().complete(items, articles: cluster._articleSentences(), budget: budget, totalWords: cluster.totalWords)
    }

    /// Whether the digest of `cluster` completes names: the option, and an English cluster (the
    /// completion's rules read English capitals and word lists).
    func _namesCompleted(_ cluster: ClusterModel) -> Bool {
        options.completeNames && cluster.tfidf.analyzer.configuration == Analyzer.english.configuration
    }
}

extension ClusterModel {
    /// The cluster with its sentences' reservations for names set (``ClusterSentence/reservedWords``,
    /// ``DigestOptions/planNames``): the given-name words ``NameCompletion`` would add to a
    /// sentence for the bare surnames in `surnames`, were it the digest's first mention of them.
    /// - Parameter surnames: the surnames to plan for (those a first selection had no room for).
    /// - Complexity: O(*T*) for *T* tokens in the cluster's sentences, plus
    ///   ``NameCompletion/reservation(of:sources:in:for:)`` per sentence.
    func _reservingNames(for surnames: Set<Substring>) -> ClusterModel {
        let articles = NameCompletion.Articles(_articleSentences())
        let completer = NameCompletion()
        let names = documents.map(\.name)
        var reserved = self
        for i in sentences.indices {
            let sentence = sentences[i]
            let sources = sentence.sourcePositions.map { SentenceSource(document: names[$0.document], sentenceIndex: $0.index) }
            (reserved.sentences[i].reservedWords, reserved.sentences[i].reservedBytes)
                = completer.reservation(of: sentence.text, sources: sources, in: articles, for: surnames)
        }
        return reserved
    }

    /// Every article's body sentences as written (not compressed or fused variants), in order,
    /// by document name.
    /// - Complexity: O(S) for S sentences.
    func _articleSentences() -> [String: [String]] {
        var byDocument = [[String]](repeating: [], count: documents.count)
        // a source sentence comes first at its place; its variants follow it there
        for sentence in sentences where sentence.fusedWith.isEmpty && sentence.index == byDocument[sentence.document].count {
            byDocument[sentence.document].append(sentence.text)
        }
        return Dictionary(zip(documents.map(\.name), byDocument), uniquingKeysWith: { first, _ in first })
    }
}
