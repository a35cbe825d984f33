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
        /// The sources' comparison keys and openings numbered as ``Junctions/number(of:)`` does,
        /// and the graph's nodes, for the checks on a path's own keys (``PathKeys``).
        private let sourceNumbers: Set<[Int32]>
        private let openingNumbers: Set<[Int32]>
        let pathKeys: PathKeys
        let graph: WordGraph
        /// The sources the guard checks against, made for the first text that gets that far.
        private var guardSources: FaithfulnessGuard.FusionSources?
        private let sources: [[CompressionToken]]
        let classes: WordClasses

        /// - Parameters:
        ///   - sources: the sources' tokens.
        ///   - graph: their word graph.
        ///   - classes: the word lists.
        /// - Complexity: O(total source tokens and graph nodes).
        init(_ sources: [[CompressionToken]], graph: WordGraph, classes: WordClasses) {
            sourceKeys = sources.map(FaithfulnessGuard.comparisonKeys)
            let openingKeys = sources.map(Self.opening)
            openings = Set(openingKeys)
            junctions = Junctions(sourceKeys, classes: classes)
            sourceNumbers = Set(sourceKeys.map { [junctions] keys in keys.map(junctions.number(of:)) })
            openingNumbers = Set(openingKeys.map { [junctions] keys in keys.map(junctions.number(of:)) })
            pathKeys = PathKeys(graph, junctions: junctions)
            self.graph = graph
            self.sources = sources
            self.classes = classes
        }

        /// ``accept(_:)`` of `path`'s text: a path whose own keys are provably its text's
        /// (``PathKeys``) and fail the checks on keys is rejected without tokenizing its text;
        /// any other path is checked by ``accept(_:)``, all over again.
        /// - Complexity: O(*n*) in the path's nodes, and ``accept(_:)``'s for a path it checks.
        mutating func accept(_ text: String, path: [Int]) -> Bool {
            !failsKeyChecks(path) && accept(text)
        }

        /// Whether `path`'s own keys are provably its text's (``PathKeys``) and fail the checks
        /// of ``accept(_:)`` that read only keys (then ``accept(_:)`` rejects its text).
        /// - Complexity: O(*n*) in the path's nodes.
        func failsKeyChecks(_ path: [Int]) -> Bool {
            guard let numbers = pathKeys.keyNumbers(of: path, in: graph) else { return false }
            return !passesKeyChecks(numbers, path: path)
        }

        /// The checks of ``accept(_:)`` that read only keys (none of the sources, an opening of
        /// one, clean junctions), on the path's key numbers.
        private func passesKeyChecks(_ numbers: [Int32], path: [Int]) -> Bool {
            // the cheapest first (the answer is the same in any order)
            var opening: [Int32] = []
            opening.reserveCapacity(SentenceFuser.opening)
            for (k, n) in path.enumerated() where pathKeys.isWordLike(n) {
                opening.append(numbers[k])
                if opening.count == SentenceFuser.opening { break }
            }
            return openingNumbers.contains(opening) && !sourceNumbers.contains(numbers) && junctions.areClean(numbers: numbers)
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
