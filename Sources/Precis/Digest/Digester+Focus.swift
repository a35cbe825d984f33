import PrecisSupport

extension Digester {
    /// Fits a cluster with a focus: a topic to answer and earlier articles already read
    /// (``ClusterFocus``, steered by ``DigestOptions/focus``).
    ///
    /// - Parameters:
    ///   - documents: the cluster's (new) documents.
    ///   - focus: the topic and the earlier documents.
    /// - Returns: the fitted cluster, its ``ClusterModel/focus`` set (nil when the focus has
    ///   neither a topic nor an earlier document).
    /// - Throws: ``PrecisError`` as ``fit(_:)``.
    /// - Complexity: that of ``fit(_:)``, plus O(S × E × t) for E earlier sentences of t terms.
    public func fit(_ documents: [Document], focus: DigestFocus) throws -> ClusterModel {
        let rules = _textRules(language(of: documents))
        var cluster = try _fit(documents, rules: rules)
        let topic = focus.topic.flatMap(DigestFocus.topic(from:))
        guard topic != nil || !focus.earlier.isEmpty else { return cluster }
        // the earlier articles split as the new ones are, under the new ones' language rules
        // (only their texts are needed: ClusterSentence.sentences(of:splitter:) without its word counts)
        let earlier = focus.earlier.flatMap { $0.paragraphs.flatMap(rules.splitter.split) }
        cluster.focus = ClusterFocus(cluster, topic: topic, earlierSentences: earlier, options: options.focus,
                                     idfSource: options.idf.source)
        return cluster
    }

    /// Digests documents for a reader with a focus: sentences that answer the topic count more,
    /// and none that repeats the earlier articles is taken. When the documents add nothing to
    /// the earlier ones, the digest has no items and a ``Digest/note`` that says so.
    ///
    /// - Parameters:
    ///   - documents: the cluster's (new) documents (at least one).
    ///   - focus: the topic and the earlier documents.
    /// - Returns: the digest.
    /// - Throws: ``PrecisError`` as ``digest(_:)-([Document])``.
    /// - Complexity: that of ``digest(_:)-([Document])``, plus O(S × E × t) for E earlier sentences
    ///   of t terms.
    public func digest(_ documents: [Document], focus: DigestFocus) throws -> Digest {
        try digest(try fit(documents, focus: focus))
    }

    /// The note of a digest whose articles add nothing to the earlier ones.
    public static let nothingNewNote = "The articles add nothing to the earlier ones: every sentence repeats what they said."

    /// The digest of a cluster that adds nothing to the earlier articles: no items, and the note.
    static func nothingNew(_ cluster: ClusterModel, budget: Budget, order: DigestOrder) -> Digest {
        Digest(title: headline(cluster), documents: cluster.documents.map(\.name), budget: budget, order: order,
               items: [], note: nothingNewNote)
    }
}
