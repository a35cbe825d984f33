/// Where a sentence sits in its cluster: its document and its 0-based position among that
/// document's body sentences. Ordered by document, then position (document order).
public struct SentencePosition: Sendable, Hashable, Codable, Comparable {
    /// Index of the document in the cluster.
    public var document: Int
    /// 0-based position among the document's body sentences.
    public var index: Int

    public init(document: Int, index: Int) {
        self.document = document
        self.index = index
    }

    public static func < (lhs: SentencePosition, rhs: SentencePosition) -> Bool {
        (lhs.document, lhs.index) < (rhs.document, rhs.index)
    }
}
