import PrecisSupport

/// Filippova (2010)'s word graph of a few sentences: a node per word, shared across sentences
/// where the same word is used the same way, an edge per adjacency, cheap edges where the
/// sentences agree.
struct WordGraph {
    struct Node {
        /// Lower-cased word (or mark).
        let key: String
        /// Surface form and spacing of its first occurrence (its first occurrence inside a
        /// sentence, once there is one: "Similar" opening one source is "similar" in another).
        var text: String
        let followsSpace: Bool
        /// Whether every occurrence opens its sentence and the text is capitalized: inside a
        /// fused sentence, such a word would keep a capital it had only for being first.
        var isCapitalizedOpener = false
        /// Whether it is a closed-class word or a mark (joined only with shared context).
        let isStop: Bool
        /// Per sentence, its position there (-1: not in that sentence).
        var positions: [Int]
        /// How many sentences hold it.
        var frequency = 0
        /// The sentences holding it, in order.
        var sentences: [Int] { positions.indices.filter { positions[$0] >= 0 } }
    }

    private(set) var nodes: [Node] = []
    /// node → its successors and their weights, by successor (the order the search expands them).
    private(set) var successors: [[(node: Int, weight: Double)]] = []
    /// node → successor → weight (``successors`` as dictionaries).
    var edges: [[Int: Double]] { successors.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.node, $0.weight) }) } }
    /// Per node, whether it is a verb of its own (``hasVerb(_:)``), looked up once.
    private var isVerb: [Bool] = []
    /// Whether every word's text is ASCII without white space (``wordCount(of:)``).
    private var textsArePlainASCII = false
    let start = 0, end = 1
    let classes: WordClasses

    /// - Parameters:
    ///   - sentences: the sentences' tokens (``CompressionToken/tokenize(_:)``).
    ///   - classes: the word lists naming closed-class words.
    /// - Complexity: O(*t* · *m* · *s*) for *t* tokens, *m* nodes of one key and *s* sentences;
    ///   keys are compared as numbers.
    init(_ sentences: [[CompressionToken]], classes: WordClasses) {
        self.classes = classes
        let count = sentences.count
        nodes = [Node(key: "<s>", text: "", followsSpace: false, isStop: true, positions: Array(repeating: -1, count: count)),
                 Node(key: "</s>", text: "", followsSpace: false, isStop: true, positions: Array(repeating: -1, count: count))]
        // keys as numbers (0, 1: the start and end marks, which no token's key is)
        var keyIDs = [String: Int](minimumCapacity: sentences.reduce(0) { $0 + $1.count })
        let tokenKeys: [[Int]] = sentences.map { tokens in
            tokens.map { t in
                let new = keyIDs.count + 2
                return keyIDs.value(forKey: t.key, inserting: new)
            }
        }
        var nodesOfKey = [[Int]](repeating: [], count: keyIDs.count + 2)
        // per key number: whether it is a function word (looked up once per key, not per token)
        var functionWord = [Bool?](repeating: nil, count: keyIDs.count + 2)
        var mapped: [[Int]] = []
        for (s, tokens) in sentences.enumerated() {
            let keys = tokenKeys[s]
            var path: [Int] = []
            path.reserveCapacity(tokens.count)
            for (i, t) in tokens.enumerated() {
                let isStop: Bool
                if !t.isWordLike { isStop = true }
                else if let known = functionWord[keys[i]] { isStop = known }
                else {
                    isStop = Self.isFunctionWord(t.key, classes: classes)
                    functionWord[keys[i]] = isStop
                }
                let previousKey = i > 0 ? keys[i - 1] : 0
                let nextKey = i + 1 < tokens.count ? keys[i + 1] : 1
                // an existing node of the same word not yet used by this sentence; a stop word
                // only where it shares a neighbour (a bigram) with the earlier sentences
                var best: Int?
                var bestOverlap = -1
                for n in nodesOfKey[keys[i]] where nodes[n].positions[s] < 0 {
                    // its neighbours in the sentences mapped so far that are this token's
                    var overlap = 0
                    for (r, p) in nodes[n].positions.prefix(s).enumerated() where p >= 0 {
                        let before = p > 0 ? tokenKeys[r][p - 1] : 0
                        let after = p + 1 < sentences[r].count ? tokenKeys[r][p + 1] : 1
                        if before == previousKey || before == nextKey { overlap += 1 }
                        if after == previousKey || after == nextKey { overlap += 1 }
                    }
                    if isStop && overlap == 0 { continue }
                    if overlap > bestOverlap { best = n; bestOverlap = overlap }
                }
                let node: Int
                if let best {
                    node = best
                    if i > 0 && nodes[node].isCapitalizedOpener {
                        nodes[node].text = t.text
                        nodes[node].isCapitalizedOpener = false
                    }
                }
                else {
                    // a sentence's first word is spaced like any word, and lower-cased when it is
                    // capitalized only for being first ("The" → "the")
                    let text = i == 0 && isStop && t.isWordLike ? t.text.lowercased() : t.text
                    nodes.append(Node(key: t.key, text: text, followsSpace: t.followsSpace || (i == 0 && t.isWordLike),
                                      isCapitalizedOpener: i == 0 && text.first?.isUppercase == true, isStop: isStop,
                                      positions: Array(repeating: -1, count: count)))
                    node = nodes.count - 1
                    nodesOfKey[keys[i]].append(node)
                }
                nodes[node].positions[s] = i
                nodes[node].frequency += 1
                path.append(node)
            }
            mapped.append(path)
        }
        // edges, weighted by Filippova's w'' = ((f_i + f_j) / Σ_s 1/diff(s, i, j)) / (f_i × f_j)
        // each node's successors in the order first met (a node has few: searched in turn)
        var adjacent = [[(node: Int, weight: Double)]](repeating: [], count: nodes.count)
        for path in mapped {
            for (a, b) in zip([start] + path, path + [end]) where !adjacent[a].contains(where: { $0.node == b }) {
                let fa = Double(max(1, nodes[a].frequency)), fb = Double(max(1, nodes[b].frequency))
                var closeness = 0.0
                for s in 0..<count {
                    let pa = a == start ? -1 : nodes[a].positions[s]
                    let pb = b == end ? sentences[s].count : nodes[b].positions[s]
                    if (a == start || pa >= 0) && pb >= 0 && pa < pb { closeness += 1 / Double(pb - pa) }
                }
                adjacent[a].append((node: b, weight: ((fa + fb) / max(closeness, 1e-9)) / (fa * fb)))
            }
        }
        successors = adjacent.map { $0.sorted { $0.node < $1.node } }
        isVerb = nodes.map { node in
            let key = node.key, wordClasses = classes.classes(of: key)
            if wordClasses.contains(.speech) { return false }
            return !wordClasses.isDisjoint(with: [.auxiliary, .modal, .irregularPast]) || (key.count > 4 && key.hasSuffix("ed"))
        }
        textsArePlainASCII = nodes.dropFirst(2).allSatisfy { node in
            !node.text.isEmpty && node.text.utf8.allSatisfy { $0 < 0x80 && !isASCIIWhitespace($0) }
        }
    }

    /// Whether `key` is a closed-class word (determiner, preposition, conjunction, pronoun,
    /// auxiliary, relative word, "to", "that"): what the graph joins only with shared context,
    /// and what a fusion's junctions compare (``SentenceFuser``).
    static func isFunctionWord(_ key: String, classes: WordClasses) -> Bool {
        isFunctionWord(key, wordClasses: classes.classes(of: key))
    }

    /// ``isFunctionWord(_:classes:)`` of a key whose word classes are known.
    static func isFunctionWord(_ key: String, wordClasses: WordClass) -> Bool {
        !wordClasses.isDisjoint(with: functionClasses) || key == "to" || key == "that"
    }

    /// The closed classes of ``isFunctionWord(_:classes:)``.
    static let functionClasses: WordClass = [.determiner, .preposition, .conjunction, .pronoun, .auxiliary, .relative]

    /// Simple start-to-end paths, cheapest first (best-first search over partial paths; ties
    /// by the order they were reached, so the result is deterministic).
    ///
    /// Partial paths are kept as a tree (each one its last node, the path it extends and the set
    /// of its nodes as bits), so extending a path copies no list and a node on it is one bit test.
    /// - Parameter limit: the most paths returned; the search also stops after 50 × `limit` pops.
    /// - Returns: the paths, without the start and end nodes.
    /// - Complexity: O(*p* · *d* · (*n*/64 + log *h*)) for *p* pops, *d* successors per node,
    ///   *n* nodes and *h* partial paths waiting.
    func cheapestPaths(limit: Int) -> [[Int]] {
        // partial path k: its last node, the partial path it extends (-1: none), its node count,
        // and the set of its nodes (`words` 64-bit words from k × words); k is also the order it
        // was reached in
        var last: [Int] = [start], parent: [Int] = [-1], length: [Int] = [1]
        let words = (nodes.count + 63) / 64
        var onPath = [UInt64](repeating: 0, count: words)
        onPath[start / 64] |= 1 << UInt64(start % 64)
        var heap = PathHeap()
        heap.push(cost: 0, path: 0)
        var found: [[Int]] = []
        var pops = 0
        while found.count < limit, pops < limit * 50, let (cost, k) = heap.pop() {
            pops += 1
            if last[k] == end {
                var path: [Int] = []
                path.reserveCapacity(length[k] - 2)
                var p = parent[k]
                while parent[p] >= 0 { path.append(last[p]); p = parent[p] }
                found.append(path.reversed())
                continue
            }
            guard length[k] < 80 else { continue }
            let base = k * words
            for (next, w) in successors[last[k]] where onPath[base + next / 64] & (1 << UInt64(next % 64)) == 0 {
                last.append(next)
                parent.append(k)
                length.append(length[k] + 1)
                for i in 0..<words { onPath.append(onPath[base + i]) }
                onPath[onPath.count - words + next / 64] |= 1 << UInt64(next % 64)
                heap.push(cost: cost + w, path: last.count - 1)
            }
        }
        return found
    }

    /// A binary min-heap of partial paths (numbered in the order reached) by (cost, number).
    struct PathHeap {
        private var items: [(cost: Double, path: Int)] = []

        private static func less(_ a: (cost: Double, path: Int), _ b: (cost: Double, path: Int)) -> Bool {
            a.cost != b.cost ? a.cost < b.cost : a.path < b.path
        }

        mutating func push(cost: Double, path: Int) {
            items.append((cost, path))
            var i = items.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard Self.less(items[i], items[parent]) else { break }
                items.swapAt(i, parent)
                i = parent
            }
        }

        mutating func pop() -> (Double, Int)? {
            guard !items.isEmpty else { return nil }
            items.swapAt(0, items.count - 1)
            let top = items.removeLast()
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count, Self.less(items[l], items[m]) { m = l }
                if r < items.count, Self.less(items[r], items[m]) { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
            return (top.cost, top.path)
        }
    }

    /// The total edge weight of a path (without the start and end nodes).
    func weight(of path: [Int]) -> Double {
        zip([start] + path, path + [end]).reduce(0) { sum, edge in sum + (successors[edge.0].first { $0.node == edge.1 }?.weight ?? 0) }
    }

    /// The path's text, each word with the spacing of its first occurrence.
    func text(of path: [Int]) -> String {
        var text = ""
        text.reserveCapacity(path.reduce(0) { $0 + nodes[$1].text.utf8.count + 1 })
        for (i, n) in path.enumerated() {
            if i > 0 && nodes[n].followsSpace { text += " " }
            text += nodes[n].text
        }
        if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
        return text
    }

    /// The number of white-space-separated words of ``text(of:)``
    /// (``CompressionToken/wordCount(_:)``), counted from the words' spacing without building the
    /// text: each word's text is one run of letters and marks, so a run starts at the first word
    /// and at each word that follows a space. Nil when a text is not plain ASCII (an uppercased
    /// or combining character could count otherwise), or for an empty path: count the text then.
    func wordCount(of path: [Int]) -> Int? {
        guard textsArePlainASCII, !path.isEmpty else { return nil }
        var count = 1
        for n in path.dropFirst() where nodes[n].followsSpace { count += 1 }
        return count
    }

    /// Whether a word that is capitalized only where it opens a source lies inside `path`
    /// (not first): "Other Similar incidents …". Such a path is not a sentence to print.
    func hasCapitalizedOpenerInside(_ path: [Int]) -> Bool {
        let words = path.filter { $0 > end }
        return words.dropFirst().contains { nodes[$0].isCapitalizedOpener }
    }

    /// Whether a path holds a verb of its own besides an attribution's (`said`), found without a
    /// tagger: an auxiliary, a modal, an irregular past form, or a word in -ed.
    func hasVerb(_ path: [Int]) -> Bool {
        path.contains { isVerb[$0] }
    }

    /// Boudin & Morin's keyword weights, simplified to words: TextRank over the graph's
    /// content words (undirected co-occurrence along the edges), 30 iterations, damping 0.85.
    func keywordScores() -> [String: Double] {
        let content = nodes.indices.filter { $0 > 1 && !nodes[$0].isStop }
        guard !content.isEmpty else { return [:] }
        var neighbourSets = [Set<Int>](repeating: [], count: nodes.count)
        for a in nodes.indices where a > 1 && !nodes[a].isStop {
            for (b, _) in successors[a] where b > 1 && !nodes[b].isStop {
                neighbourSets[a].insert(b); neighbourSets[b].insert(a)
            }
        }
        // each node's neighbours in node order, so each sum adds in the same order every run
        let neighbours = neighbourSets.map { $0.sorted() }
        var score = [Double](repeating: 0, count: nodes.count)
        for n in content { score[n] = 1 }
        var next = score
        for _ in 0..<30 {
            for n in content {
                let incoming = neighbours[n].reduce(0.0) { $0 + score[$1] / Double(neighbours[$1].count) }
                next[n] = 0.15 + 0.85 * incoming
            }
            swap(&score, &next)
        }
        var byKey: [String: Double] = [:]
        for n in content { byKey[nodes[n].key, default: 0] += score[n] }  // in node order: same sums every run
        return byKey
    }
}
