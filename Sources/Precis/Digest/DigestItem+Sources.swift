/// How a digest item's text was made (``DigestItem/kind``).
public enum DigestItemKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A source sentence, as written.
    case extracted
    /// A source sentence with spans deleted (``SpanCompressor``): its words, in order.
    case compressed
    /// Restatements from several articles fused into one sentence (``SentenceFuser``).
    case fused
}

/// One source sentence of a digest item: its document's name and its 0-based index among that
/// document's body sentences.
public struct SentenceSource: Sendable, Hashable, Codable {
    /// The document's name.
    public var document: String
    /// 0-based index of the sentence among the document's body sentences.
    public var sentenceIndex: Int

    public init(document: String, sentenceIndex: Int) {
        self.document = document
        self.sentenceIndex = sentenceIndex
    }
}

extension DigestItem {
    private enum CodingKeys: String, CodingKey {
        case rank, text, score, document, sentenceIndex, supportingDocuments, relevance, kind, sources, names
    }

    /// Decodes an item; `kind` and `sources`, new in schema version 2, default to an extracted
    /// sentence at `document` and `sentenceIndex` (version 1 JSON reads unchanged).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(rank: try c.decode(Int.self, forKey: .rank), text: try c.decode(String.self, forKey: .text),
                  score: try c.decode(Double.self, forKey: .score), document: try c.decode(String.self, forKey: .document),
                  sentenceIndex: try c.decode(Int.self, forKey: .sentenceIndex),
                  supportingDocuments: try c.decode([String].self, forKey: .supportingDocuments),
                  relevance: try c.decodeIfPresent(Double.self, forKey: .relevance),
                  kind: try c.decodeIfPresent(DigestItemKind.self, forKey: .kind) ?? .extracted,
                  sources: try c.decodeIfPresent([SentenceSource].self, forKey: .sources),
                  names: try c.decodeIfPresent([NameSource].self, forKey: .names))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rank, forKey: .rank)
        try c.encode(text, forKey: .text)
        try c.encode(score, forKey: .score)
        try c.encode(document, forKey: .document)
        try c.encode(sentenceIndex, forKey: .sentenceIndex)
        try c.encode(supportingDocuments, forKey: .supportingDocuments)
        try c.encodeIfPresent(relevance, forKey: .relevance)
        try c.encode(kind, forKey: .kind)
        try c.encode(sources, forKey: .sources)
        try c.encodeIfPresent(names, forKey: .names)
    }
}

extension ClusterModel {
    /// A digest item for sentence `i`: its text, place and sources by name, and how it was made
    /// (a compressed variant's text differs from the sentence first listed at its place, its source).
    /// The documents of its sources are not listed among the supporting ones.
    /// - Parameter names: the documents' names, in cluster order.
    /// - Complexity: O(*p*) for the *p* versions before `i` at its place (its source is found by walking back).
    func _item(_ i: Int, rank: Int, score: Double, supportingDocuments: [Int], relevance: Double? = nil, names: [String]) -> DigestItem {
        let sentence = sentences[i]
        var source = i
        while source > 0 && sentences[source - 1].position == sentence.position { source -= 1 }
        let sourceDocuments = Set(sentence.sourcePositions.map(\.document))
        let kind: DigestItemKind = !sentence.fusedWith.isEmpty ? .fused
            : sentences[source].text == sentence.text ? .extracted : .compressed
        return DigestItem(
            rank: rank, text: sentence.text, score: score, document: names[sentence.document], sentenceIndex: sentence.index,
            // a fused item's other sources are its own, not "also in"
            supportingDocuments: supportingDocuments.filter { !sourceDocuments.contains($0) }.map { names[$0] },
            relevance: relevance, kind: kind,
            sources: sentence.sourcePositions.map { SentenceSource(document: names[$0.document], sentenceIndex: $0.index) })
    }
}
