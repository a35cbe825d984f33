extension SentenceFuser {
    /// The checks of a path's text against its group's sources (``SentenceFuser/candidates(_:)``),
    /// after its length, verb and capitals: made once per group, for the first path that gets
    /// this far (most groups have none).
    struct SourceChecks {
        /// Each source's comparison keys (``FaithfulnessGuard``), words and marks.
        let sourceKeys: [[String]]
        /// Each source's first ``SentenceFuser/opening`` word keys.
        let openings: Set<[String]>
        let junctions: Junctions
        /// The sources the guard checks against, made for the first text that gets that far.
        private var guardSources: FaithfulnessGuard.FusionSources?
        private let sources: [[CompressionToken]]
        let classes: WordClasses

        /// - Parameters:
        ///   - sources: the sources' tokens.
        ///   - classes: the word lists.
        /// - Complexity: O(total source tokens).
        init(_ sources: [[CompressionToken]], classes: WordClasses) {
            sourceKeys = sources.map(FaithfulnessGuard.comparisonKeys)
            openings = Set(sources.map(Self.opening))
            junctions = Junctions(sourceKeys, classes: classes)
            self.sources = sources
            self.classes = classes
        }

        /// Whether `text` is none of the sources, opens as one of them does, joins them only
        /// where they read the same way (``Junctions``) and passes the guard.
        ///
        /// A fused sentence opens as one of its sources does (its first four words), so the
        /// subject is never a phrase that was an object elsewhere ("talks between Russia and
        /// Ukraine took place" + "Russia and Ukraine held talks" → "Russia and Ukraine took place").
        /// - Complexity: O(*n*) in the text's tokens.
        mutating func accept(_ text: String) -> Bool {
            let tokens = CompressionToken.tokenize(text)
            let keys = FaithfulnessGuard.comparisonKeys(tokens)
            guard !sourceKeys.contains(keys), openings.contains(Self.opening(of: tokens)), junctions.areClean(keys) else { return false }
            if guardSources == nil { guardSources = FaithfulnessGuard.FusionSources(sources, classes: classes) }
            return guardSources!.violations(of: tokens).isEmpty
        }

        /// The first ``SentenceFuser/opening`` comparison keys of the words of `tokens`
        /// (`comparisonKeys(tokens.filter(\.isWordLike)).prefix(opening)`, without keying the rest).
        static func opening(of tokens: [CompressionToken]) -> [String] {
            var keys: [String] = []
            keys.reserveCapacity(SentenceFuser.opening + 1)
            for t in tokens where t.isWordLike {
                keys += FaithfulnessGuard.comparisonKeys([t])
                if keys.count >= SentenceFuser.opening { break }
            }
            return Array(keys.prefix(SentenceFuser.opening))
        }
    }
}
