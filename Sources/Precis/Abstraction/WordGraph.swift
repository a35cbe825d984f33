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
        /// Per sentence holding it: its position there.
        var positions: [Int: Int] = [:]
        var sentences: [Int] { positions.keys.sorted() }
    }

    private(set) var nodes: [Node] = []
    /// node → successor → weight.
    private(set) var edges: [[Int: Double]] = []
    let start = 0, end = 1
    let classes: WordClasses

    init(_ sentences: [[CompressionToken]], classes: WordClasses) {
        self.classes = classes
        nodes = [Node(key: "<s>", text: "", followsSpace: false, isStop: true), Node(key: "</s>", text: "", followsSpace: false, isStop: true)]
        edges = [[:], [:]]
        var mapped: [[Int]] = []
        for (s, tokens) in sentences.enumerated() {
            var path: [Int] = []
            for (i, t) in tokens.enumerated() {
                let isStop = !t.isWordLike || Self.isFunctionWord(t.key, classes: classes)
                let previousKey = i > 0 ? tokens[i - 1].key : "<s>"
                let nextKey = i + 1 < tokens.count ? tokens[i + 1].key : "</s>"
                // an existing node of the same word not yet used by this sentence; a stop word
                // only where it shares a neighbour (a bigram) with the earlier sentence
                var best: Int?
                var bestOverlap = -1
                for n in nodes.indices.dropFirst(2) where nodes[n].key == t.key && nodes[n].positions[s] == nil {
                    let overlap = context(of: n, in: sentences, mapped: mapped).filter { $0 == previousKey || $0 == nextKey }.count
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
                                      isCapitalizedOpener: i == 0 && text.first?.isUppercase == true, isStop: isStop))
                    edges.append([:])
                    node = nodes.count - 1
                }
                nodes[node].positions[s] = i
                path.append(node)
            }
            mapped.append(path)
        }
        // edges, weighted by Filippova's w'' = ((f_i + f_j) / Σ_s 1/diff(s, i, j)) / (f_i × f_j)
        for path in mapped {
            for (a, b) in zip([start] + path, path + [end]) where edges[a][b] == nil {
                let fa = Double(max(1, nodes[a].positions.count)), fb = Double(max(1, nodes[b].positions.count))
                var closeness = 0.0
                for s in 0..<sentences.count {
                    let pa = a == start ? -1 : nodes[a].positions[s]
                    let pb = b == end ? sentences[s].count : nodes[b].positions[s]
                    if let pa, let pb, pa < pb { closeness += 1 / Double(pb - pa) }
                }
                edges[a][b] = ((fa + fb) / max(closeness, 1e-9)) / (fa * fb)
            }
        }
    }

    /// The neighbouring words of node `n` in the sentences mapped so far.
    /// Whether `key` is a closed-class word (determiner, preposition, conjunction, pronoun,
    /// auxiliary, relative word, "to", "that"): what the graph joins only with shared context,
    /// and what a fusion's junctions compare (``SentenceFuser``).
    static func isFunctionWord(_ key: String, classes: WordClasses) -> Bool {
        ["determiner", "preposition", "conjunction", "pronoun", "auxiliary", "relative"].contains { classes.contains(key, in: $0) }
            || key == "to" || key == "that"
    }

    private func context(of n: Int, in sentences: [[CompressionToken]], mapped: [[Int]]) -> [String] {
        var keys: [String] = []
        for (s, p) in nodes[n].positions where s < mapped.count {
            keys.append(p > 0 ? sentences[s][p - 1].key : "<s>")
            keys.append(p + 1 < sentences[s].count ? sentences[s][p + 1].key : "</s>")
        }
        return keys
    }

    /// Simple start-to-end paths, cheapest first (best-first search over partial paths; ties
    /// by the order they were reached, so the result is deterministic).
    func cheapestPaths(limit: Int) -> [[Int]] {
        var heap = PathHeap()
        heap.push(cost: 0, path: [start])
        var found: [[Int]] = []
        var pops = 0
        while let (cost, path) = heap.pop(), found.count < limit, pops < limit * 50 {
            pops += 1
            let last = path.last!
            if last == end { found.append(Array(path.dropFirst().dropLast())); continue }
            guard path.count < 80 else { continue }
            for (next, w) in edges[last].sorted(by: { $0.key < $1.key }) where !path.contains(next) {
                heap.push(cost: cost + w, path: path + [next])
            }
        }
        return found
    }

    /// A binary min-heap of partial paths by (cost, insertion order).
    struct PathHeap {
        private var items: [(cost: Double, order: Int, path: [Int])] = []
        private var counter = 0

        private static func less(_ a: (cost: Double, order: Int, path: [Int]), _ b: (cost: Double, order: Int, path: [Int])) -> Bool {
            a.cost != b.cost ? a.cost < b.cost : a.order < b.order
        }

        mutating func push(cost: Double, path: [Int]) {
            items.append((cost, counter, path))
            counter += 1
            var i = items.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard Self.less(items[i], items[parent]) else { break }
                items.swapAt(i, parent)
                i = parent
            }
        }

        mutating func pop() -> (Double, [Int])? {
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
        zip([start] + path, path + [end]).reduce(0) { $0 + (edges[$1.0][$1.1] ?? 0) }
    }

    /// The path's text, each word with the spacing of its first occurrence.
    func text(of path: [Int]) -> String {
        var text = ""
        for (i, n) in path.enumerated() {
            if i > 0 && nodes[n].followsSpace { text += " " }
            text += nodes[n].text
        }
        if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
        return text
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
        path.contains { n in
            let key = nodes[n].key
            if classes.contains(key, in: "speech") { return false }
            return ["auxiliary", "modal", "irregular-past"].contains { classes.contains(key, in: $0) } || (key.count > 4 && key.hasSuffix("ed"))
        }
    }

    /// Boudin & Morin's keyword weights, simplified to words: TextRank over the graph's
    /// content words (undirected co-occurrence along the edges), 30 iterations, damping 0.85.
    func keywordScores() -> [String: Double] {
        let content = nodes.indices.filter { $0 > 1 && !nodes[$0].isStop }
        guard !content.isEmpty else { return [:] }
        var neighbours: [Int: Set<Int>] = [:]
        for a in nodes.indices {
            for b in edges[a].keys where a > 1 && b > 1 && !nodes[a].isStop && !nodes[b].isStop {
                neighbours[a, default: []].insert(b); neighbours[b, default: []].insert(a)
            }
        }
        var score = Dictionary(uniqueKeysWithValues: content.map { ($0, 1.0) })
        for _ in 0..<30 {
            var next: [Int: Double] = [:]
            for n in content {
                let incoming = (neighbours[n] ?? []).reduce(0.0) { $0 + score[$1]! / Double(neighbours[$1]!.count) }
                next[n] = 0.15 + 0.85 * incoming
            }
            score = next
        }
        var byKey: [String: Double] = [:]
        for n in content { byKey[nodes[n].key, default: 0] += score[n]! }  // in node order: same sums every run
        return byKey
    }
}
