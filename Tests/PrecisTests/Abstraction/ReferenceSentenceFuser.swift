@testable import Precis

// The word-graph fuser as it was before session 11's speed work (9bf08d1), kept verbatim (types
// renamed) as the reference the fast one must match candidate for candidate
// (`SentenceFuserReferenceTests`).

/// The reference fuser: ``SentenceFuser`` settings, the old graph, junctions and guard.
struct ReferenceSentenceFuser {
    var minimumWords = 8
    var maximumPaths = 200
    let classes: WordClasses = .english

    func candidates(_ sentences: [String]) -> [SentenceFuser.Fusion] {
        guard sentences.count >= 2 else { return [] }
        let tokenized = sentences.map(CompressionToken.tokenize)
        let graph = ReferenceWordGraph(tokenized, classes: classes)
        let shortest = sentences.map { $0.split(whereSeparator: \.isWhitespace).count }.min()!
        let keywords = graph.keywordScores()
        let sourceKeys = tokenized.map(FaithfulnessGuard.comparisonKeys)
        let distinctSources = Set(sourceKeys)
        // a fused sentence opens as one of its sources does (its first four words), so the
        // subject is never a phrase that was an object elsewhere ("talks between Russia and
        // Ukraine took place" + "Russia and Ukraine held talks" → "Russia and Ukraine took place")
        let openings = Set(tokenized.map { Array(FaithfulnessGuard.comparisonKeys($0.filter(\.isWordLike)).prefix(SentenceFuser.opening)) })
        let junctions = ReferenceJunctions(sourceKeys, classes: classes)
        var seen = Set<String>()
        var result: [SentenceFuser.Fusion] = []
        for path in graph.cheapestPaths(limit: maximumPaths) {
            let text = graph.text(of: path)
            let words = text.split(whereSeparator: \.isWhitespace).count
            guard words >= minimumWords, words < shortest, seen.insert(text).inserted,
                  graph.hasVerb(path), !graph.hasCapitalizedOpenerInside(path),
                  case let tokens = CompressionToken.tokenize(text),
                  case let keys = FaithfulnessGuard.comparisonKeys(tokens), !distinctSources.contains(keys),
                  openings.contains(Array(FaithfulnessGuard.comparisonKeys(tokens.filter(\.isWordLike)).prefix(SentenceFuser.opening))),
                  junctions.areClean(keys),
                  referenceFusionViolations(fused: text, sources: sentences, classes: classes).isEmpty else { continue }
            // Boudin & Morin: path weight / (length × (1 + keyword weight covered))
            let covered = Set(path.map { graph.nodes[$0].key }).sorted().reduce(0.0) { $0 + (keywords[$1] ?? 0) }
            let score = ((graph.weight(of: path) / (Double(words) * (1 + covered))) * 1e9).rounded() / 1e9
            let sources = Set(path.flatMap { graph.nodes[$0].sentences }).sorted()
            result.append(SentenceFuser.Fusion(text: text, wordCount: words, sources: sources, score: score))
        }
        return result.sorted { ($0.score, $0.text) < ($1.score, $1.text) }
    }
}

struct ReferenceJunctions {
    /// Each source's four-token runs, with the token after each run (nil after the end token).
    private var followers: [[String]: [String?]] = [:]
    /// Each source's five-token runs: a fused sentence's run found here is no join.
    private var fiveGrams = Set<[String]>()
    let classes: WordClasses
    /// The start and end tokens (not a key any token can have: keys hold no spaces).
    static let start = "<s> ", end = "</s> "

    /// - Parameter sources: the sources' comparison keys (``FaithfulnessGuard``), words and marks.
    /// - Complexity: O(total source tokens).
    init(_ sources: [[String]], classes: WordClasses) {
        self.classes = classes
        for keys in sources {
            let tokens = [Self.start] + keys + [Self.end]
            for i in tokens.indices where i + 4 <= tokens.count {
                followers[Array(tokens[i..<(i + 4)]), default: []].append(i + 4 < tokens.count ? tokens[i + 4] : nil)
                if i + 5 <= tokens.count { fiveGrams.insert(Array(tokens[i..<(i + 5)])) }
            }
        }
    }

    /// Whether `fused` (comparison keys, words and marks) joins its sources only as described above.
    /// - Complexity: O(*n*) hashed look-ups for *n* tokens.
    func areClean(_ fused: [String]) -> Bool {
        let tokens = [Self.start] + fused + [Self.end]
        guard tokens.count >= 4 else { return false }
        for i in 0...(tokens.count - 4) where followers[Array(tokens[i..<(i + 4)])] == nil { return false }
        for i in 0..<max(0, tokens.count - 4) where !fiveGrams.contains(Array(tokens[i..<(i + 5)])) {
            if tokens[i..<(i + 5)].contains(where: isFact) { return false }
            let next = kind(tokens[i + 4])
            let agrees = followers[Array(tokens[i..<(i + 4)])]!.contains { after in after.map(kind) == next }
            if !agrees { return false }
        }
        return true
    }

    /// 0: a function word or a mark; 1: a content word; 2: the end.
    private func kind(_ key: String) -> Int {
        if key == Self.end { return 2 }
        return !key.contains(where: { $0.isLetter || $0.isNumber }) || referenceIsFunctionWord(key, classes: classes) ? 0 : 1
    }

    /// Whether `key` states a fact a join must not split from its context: a number, a unit or a date word.
    private func isFact(_ key: String) -> Bool {
        key.contains(where: \.isNumber) || ["unit", "month", "weekday", "relative-day"].contains { classes.contains(key, in: $0) }
    }
}

func referenceFusionViolations(fused: String, sources: [String], classes: WordClasses = .english) -> [FaithfulnessGuard.Violation] {
    let tokens = CompressionToken.tokenize(fused)
    let words = FaithfulnessGuard.comparisonKeys(tokens.filter(\.isWordLike))
    guard !words.isEmpty else { return [.empty] }
    let sourceTokens = sources.map(CompressionToken.tokenize)
    var found: [FaithfulnessGuard.Violation] = []
    let n = min(3, words.count)
    var grams = Set<[String]>()
    var vocabulary = Set<String>()
    for s in sourceTokens {
        let keys = FaithfulnessGuard.comparisonKeys(s.filter(\.isWordLike))
        vocabulary.formUnion(keys)
        if keys.count >= n { for i in 0...(keys.count - n) { grams.insert(Array(keys[i..<(i + n)])) } }
    }
    for i in 0...(words.count - n) where !grams.contains(Array(words[i..<(i + n)])) {
        found.append(.unsupportedTrigram(words[i..<(i + n)].joined(separator: " ")))
    }
    for (k, t) in tokens.enumerated() where t.isWordLike && (t.kind == .number || (k > 0 && t.isCapitalized)) {
        let key = FaithfulnessGuard.comparisonKeys([t])[0]
        if !vocabulary.contains(key) { found.append(.unsupportedFact(t.text)) }
    }
    if FaithfulnessGuard.balance(tokens) != [0, 0] { found.append(.unbalanced) }
    let polarity = referenceCertainty(tokens, classes)
    for s in sourceTokens {
        let theirs = referenceCertainty(s, classes)
        for key in Set(polarity.keys).union(theirs.keys).sorted() where polarity[key, default: 0] != theirs[key, default: 0] {
            found.append(.dropped(key))
        }
    }
    return found
}

/// Filippova (2010)'s word graph of a few sentences: a node per word, shared across sentences
/// where the same word is used the same way, an edge per adjacency, cheap edges where the
/// sentences agree.
struct ReferenceWordGraph {
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
                let isStop = !t.isWordLike || referenceIsFunctionWord(t.key, classes: classes)
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

func referenceIsFunctionWord(_ key: String, classes: WordClasses) -> Bool {
    ["determiner", "preposition", "conjunction", "pronoun", "auxiliary", "relative"].contains { classes.contains(key, in: $0) }
        || key == "to" || key == "that"
}

func referenceCertainty(_ tokens: [CompressionToken], _ classes: WordClasses) -> [String: Int] {
    var counts: [String: Int] = [:]
    for t in tokens where ["negation", "modal", "hedge"].contains(where: { classes.contains(t.key, in: $0) }) || t.key.hasSuffix("n't") {
        counts[t.key, default: 0] += 1
    }
    return counts
}
