import PrecisSupport

/// Which compressed variants of each sentence a digest's method may pick (``DigestOptions/compression``).
public enum CompressionVariants: String, Sendable, Hashable, Codable, CaseIterable {
    /// Whole sentences only.
    case none
    /// The light compression (``SpanCompressor/Level/light``) beside each sentence.
    case light
    /// The full compression beside each sentence.
    case full
    /// Both, as two variants.
    case both

    /// The compression levels offered, lightest first.
    var levels: [SpanCompressor.Level] {
        switch self {
        case .none: []
        case .light: [.light]
        case .full: [.full]
        case .both: [.light, .full]
        }
    }

    /// `sentences` with each one's distinct compressed variants right after it: same document and
    /// index as their source (so a method that takes one version of a sentence leaves the
    /// others, ``ClusterSentence/isVersion(of:)``), shorter, and passing ``FaithfulnessGuard``.
    /// - Parameters:
    ///   - sentences: split sentences, in document order.
    ///   - rules: the compressor's rules that may apply (`nil`: all).
    /// - Returns: the sentences with their variants, in document order.
    /// - Complexity: O(total tokens × rules), the sentences on all cores.
    func adding(to sentences: [ClusterSentence], rules: [CompressionRule]? = nil) -> [ClusterSentence] {
        addingWithTokens(to: sentences, rules: rules).sentences
    }

    /// ``adding(to:rules:)``, with each of `sentences`' tokens (``CompressionToken/tokenize(_:)``
    /// of its text, which the compressor reads; empty when no level is offered), for the fuser to
    /// read them without tokenizing them again.
    func addingWithTokens(to sentences: [ClusterSentence], rules: [CompressionRule]? = nil)
        -> (sentences: [ClusterSentence], tokens: [[CompressionToken]]) {
        guard !levels.isEmpty else { return (sentences, Array(repeating: [], count: sentences.count)) }
        var compressor = SpanCompressor()
        if let rules { compressor.rules = Set(rules) }
        // each sentence's distinct variants on its own (on all cores), then gathered in sentence order
        var variants = [[ClusterSentence]](repeating: [], count: sentences.count)
        var tokens = [[CompressionToken]](repeating: [], count: sentences.count)
        variants.withUnsafeMutableBufferPointer { out in
            tokens.withUnsafeMutableBufferPointer { tokensOut in
                let base = out.baseAddress!, tokensBase = tokensOut.baseAddress!
                parallelChunks(sentences.count) { range in
                    for i in range {
                        let sentence = sentences[i]
                        tokensBase[i] = CompressionToken.tokenize(sentence.text)
                        // a text not equal to the sentence nor to an earlier variant (a few texts:
                        // compared in turn, not hashed)
                        var kept: [ClusterSentence] = []
                        for candidate in compressor.compress(sentence.text, tokens: tokensBase[i], levels: levels)
                        where candidate.text != sentence.text && !kept.contains(where: { $0.text == candidate.text }) {
                            kept.append(ClusterSentence(text: candidate.text, document: sentence.document, index: sentence.index))
                        }
                        base[i] = kept
                    }
                }
            }
        }
        var out: [ClusterSentence] = []
        out.reserveCapacity(sentences.count * 2)
        for (sentence, variants) in zip(sentences, variants) {
            out.append(sentence)
            out.append(contentsOf: variants)
        }
        return (out, tokens)
    }
}
