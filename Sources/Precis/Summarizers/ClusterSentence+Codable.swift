extension ClusterSentence {
    private enum CodingKeys: String, CodingKey { case text, document, index, wordCount, fusedWith }

    /// Decodes a sentence; `fusedWith` may be absent (values encoded before fusion existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(text: try container.decode(String.self, forKey: .text),
                  document: try container.decode(Int.self, forKey: .document),
                  index: try container.decode(Int.self, forKey: .index),
                  fusedWith: try container.decodeIfPresent([SentencePosition].self, forKey: .fusedWith) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(document, forKey: .document)
        try container.encode(index, forKey: .index)
        try container.encode(wordCount, forKey: .wordCount)
        if !fusedWith.isEmpty { try container.encode(fusedWith, forKey: .fusedWith) }
    }
}
