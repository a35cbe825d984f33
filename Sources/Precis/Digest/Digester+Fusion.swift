import PrecisSupport

extension Digester {
    /// `split` with fused sentences (``DigestOptions/fusion``): for each source sentence that is
    /// not a question, the group of it and, from each other article, its closest restatement
    /// (cosine at or above `threshold` in `model`) is fused by `fuser`; a fusion that uses words
    /// of at least two of them joins the cluster right after the versions of its first source, at
    /// that source's place, with the others' places in ``ClusterSentence/fusedWith``.
    ///
    /// Every fusion passes ``FaithfulnessGuard/violations(fused:sources:classes:)`` against its
    /// group (``SentenceFuser`` returns no other). Groups are tried once each, in document order;
    /// a text already in the cluster is not added again.
    /// - Parameters:
    ///   - split: the sentences `model` was fitted on, in document order, each source sentence
    ///     followed by its compressed variants.
    ///   - model: the cluster fitted on `split` (exact copies folded, ``ClusterModel/copies``).
    ///   - threshold: cosine at or above which two sentences of different articles restate each other.
    ///   - fuser: the word-graph fuser.
    ///   - tokens: sentences' tokens (``CompressionToken/tokenize(_:)``) by text, read instead of
    ///     tokenizing those sentences again.
    /// - Returns: `split` with the fused sentences inserted (`split` itself when none qualifies).
    /// - Complexity: O(S²) similarity look-ups for S source sentences, plus one fusion per
    ///   distinct group (the groups on all cores).
    static func _addingFusions(
        to split: [ClusterSentence], in model: ClusterModel, threshold: Float, fuser: SentenceFuser = SentenceFuser(),
        tokens: [String: [CompressionToken]] = [:]
    ) -> [ClusterSentence] {
        let sentences = model.sentences
        var texts = Set(split.map(\.text))
        var fusedAt: [SentencePosition: [ClusterSentence]] = [:]
        let groups = _fusionGroups(in: model, threshold: threshold)
        // each group's fusion on its own (on all cores), then taken in group order as before;
        // the longest groups are handed out first, so the last one running is a short one and
        // the cores finish together (a long group last left one core waiting for the other)
        let bytes = groups.map { $0.reduce(0) { $0 + sentences[$1].text.utf8.count } }
        let longestFirst = groups.indices.sorted { bytes[$0] != bytes[$1] ? bytes[$0] > bytes[$1] : $0 < $1 }
        var fusions = [SentenceFuser.Fusion?](repeating: nil, count: groups.count)
        fusions.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress!
            parallelFor(groups.count) { k in
                let g = longestFirst[k]
                let texts = groups[g].map { sentences[$0].text }
                base[g] = fuser.fuse(texts, tokenized: texts.map { tokens[$0] ?? CompressionToken.tokenize($0) })
            }
        }
        for (group, fusion) in zip(groups, fusions) {
            guard let fusion, fusion.sources.count >= 2, texts.insert(fusion.text).inserted else { continue }
            let used = fusion.sources.map { group[$0] }
            let first = sentences[used[0]]
            fusedAt[first.position, default: []].append(
                ClusterSentence(text: fusion.text, document: first.document, index: first.index,
                                fusedWith: used.dropFirst().map { sentences[$0].position }))
        }
        guard !fusedAt.isEmpty else { return split }
        var out: [ClusterSentence] = []
        out.reserveCapacity(split.count + fusedAt.count)
        for (k, sentence) in split.enumerated() {
            out.append(sentence)
            // after the last version of a place come the fusions that start there
            if k + 1 == split.count || split[k + 1].position != sentence.position {
                out.append(contentsOf: fusedAt[sentence.position] ?? [])
            }
        }
        return out
    }

    /// The groups ``_addingFusions(to:in:threshold:fuser:tokens:)`` fuses, in document order, each
    /// once: a source sentence that is not a question and, from each other article, its closest
    /// restatement (cosine at or above `threshold`; ties: the earlier one), as indices into
    /// `model`'s sentences, ascending.
    /// - Complexity: O(S²) similarity look-ups for S source sentences.
    static func _fusionGroups(in model: ClusterModel, threshold: Float) -> [[Int]] {
        // the model's sentences: the split's, with exact copies in other articles folded into one
        let sentences = model.sentences
        var places = Set<SentencePosition>()
        // a question is not a statement of fact: fusing one turns a statement into a question
        let originals = sentences.indices.filter { places.insert(sentences[$0].position).inserted && !Self.isQuestion(sentences[$0].text) }
        var tried = Set<[Int]>()
        var groups: [[Int]] = []
        for i in originals {
            // per other article, its closest sentence restating i (ties: the earlier one)
            var closest: [Int: Int] = [:]
            for j in originals where sentences[j].document != sentences[i].document {
                let cosine = model.similarity[i, j]
                guard cosine >= threshold else { continue }
                if let k = closest[sentences[j].document], model.similarity[i, k] >= cosine { continue }
                closest[sentences[j].document] = j
            }
            guard !closest.isEmpty else { continue }
            let group = ([i] + closest.values).sorted()
            if tried.insert(group).inserted { groups.append(group) }
        }
        return groups
    }

    /// Whether `text` ends with a question mark (before closing quotes or brackets).
    static func isQuestion(_ text: String) -> Bool {
        text.last(where: { !SentenceSplitter.isCloser($0) }) == "?"
    }
}
