import Foundation
import PrecisSupport

/// Submodular summarization (Lin & Bilmes 2011): maximize coverage plus a diversity reward,
/// `F(S) = L(S) + λ × R(S)`, under the budget.
///
/// - Coverage `L(S) = Σᵢ min(Cᵢ(S), α × Cᵢ(V))`, with `Cᵢ(S) = Σ_{j∈S} wᵢⱼ` (TF-IDF cosine)
///   and `α = a / N`: each sentence of the cluster wants to be covered, up to saturation.
/// - Diversity `R(S) = Σₖ √(Σ_{j∈S∩Pₖ} rⱼ)`, `rⱼ = (1/N) Σᵢ wᵢⱼ`, over a partition Pₖ of the
///   sentences (k-medoids on cosine, or the paper's k-means on the TF-IDF vectors:
///   ``Options/partition``; K = ``Options/clusterFraction`` × N): picking from a new group pays
///   more than from a covered one.
/// - An optional modular lead prior `μ × Σ_{j∈S} 1/√(1 + index)`.
///
/// `wᵢⱼ` is the cluster's cosine or the paper's TF-IDF cosine (``Options/similarity``).
/// Budget-aware lazy greedy with gain scaled by `length^r` (r = 0.3 in the paper; length in words,
/// or in the budget's unit: ``Options/lengthInBudgetUnit``), then compared with the best single
/// sentence. `Evaluation/configs/submodular-classic.json` holds the paper's DUC 2004 settings
/// (with a 665-byte budget); `Evaluation/results/duc2004.md` shows what each one is worth.
public struct SubmodularSummarizer: Summarizer {
    /// Settings; every JSON field is optional.
    public struct Options: Sendable, Hashable, Codable, Settings {
        /// a in the saturation `α = a / N`.
        public var saturation: Double = 5
        /// λ, the weight of the diversity reward.
        public var diversity: Double = 6
        /// Groups of the partition, as a fraction of the sentences.
        public var clusterFraction: Double = 0.2
        /// r, the exponent of the length scaling of gains.
        public var lengthExponent: Double = 0.3
        /// μ, the weight of the modular lead prior (0: the paper's objective).
        public var positionWeight: Double = 0
        /// Shortest eligible sentence, in words.
        public var minimumWords: Int = 6
        /// Longest eligible sentence, in words.
        public var maximumWords: Int = 80
        /// The sentence similarity `wᵢⱼ` of the objective and the partition.
        public var similarity: Similarity = .cluster
        /// How the sentences are grouped for the diversity reward.
        public var partition: Partition = .medoids
        /// Measure a sentence's length for the `length^r` scaling in the budget's unit (bytes under
        /// a byte budget: the paper's cost) instead of in words (default).
        public var lengthInBudgetUnit: Bool = false

        public init() {}

        /// Every field a settings file may set.
        package static var settingFields: [SettingField<Options>] {
            [
                .init("saturation", \.saturation),
                .init("diversity", \.diversity),
                .init("clusterFraction", \.clusterFraction),
                .init("lengthExponent", \.lengthExponent),
                .init("positionWeight", \.positionWeight),
                .init("minimumWords", \.minimumWords),
                .init("maximumWords", \.maximumWords),
                .init("similarity", \.similarity),
                .init("partition", \.partition),
                .init("lengthInBudgetUnit", \.lengthInBudgetUnit),
            ]
        }

        /// Checks the settings (a settings file can hold any number).
        /// - Throws: ``PrecisError`` naming the first bad setting.
        public func validate() throws {
            try _checkLengthWindow("submodular", minimumWords: minimumWords, maximumWords: maximumWords)
            guard saturation > 0 else { throw PrecisError.invalidArgument("submodular.saturation must be positive, got \(saturation)") }
            guard clusterFraction > 0 && clusterFraction <= 1 else {
                throw PrecisError.invalidArgument("submodular.clusterFraction must be in (0, 1], got \(clusterFraction)")
            }
            guard diversity >= 0 else { throw PrecisError.invalidArgument("submodular.diversity must not be negative, got \(diversity)") }
            guard lengthExponent >= 0 else {
                throw PrecisError.invalidArgument("submodular.lengthExponent must not be negative, got \(lengthExponent)")
            }
        }
    }

    /// How two sentences are compared (`wᵢⱼ`).
    public enum Similarity: String, Sendable, Hashable, Codable {
        /// The cluster's TF-IDF cosine (``ClusterModel/similarity``: stemmed terms, stop words
        /// dropped, sublinear TF, the digest's IDF).
        case cluster
        /// Lin & Bilmes's TF-IDF cosine: the cluster's terms (stemmed, stop words dropped), raw
        /// counts × IDF `log(N / df)` over the cluster's N sentences. Whether the paper's IDF counts
        /// sentences or documents could not be confirmed from its text; sentences were chosen on
        /// DUC 2006 (+1.3 ROUGE-1 at 100 words, +1.2 at 250, `Evaluation/results/duc2004.md`).
        case tfidf
        /// As ``tfidf``, with IDF `log(D / df)` over the cluster's D documents: a term in every
        /// document weighs nothing (worse on DUC 2006 and DUC 2004; kept for the comparison).
        case tfidfDocuments
    }

    /// How the sentences are partitioned for the diversity reward.
    public enum Partition: String, Sendable, Hashable, Codable {
        /// k-medoids on the similarity, from deterministic farthest-first seeds.
        case medoids
        /// Lin & Bilmes's k-means on the unit TF-IDF vectors of ``Options/similarity`` (Euclidean),
        /// seeded by k-means++ from a fixed seed (deterministic), at most 50 rounds.
        case kmeans
    }

    /// The settings.
    public let options: Options

    /// The default settings.
    public init() { options = Options() }

    /// The settings given.
    /// - Throws: ``PrecisError`` naming the first setting that is not usable.
    public init(options: Options) throws {
        try options.validate()
        self.options = options
    }

    /// The objective's state: coverage of every sentence and reward mass of every group.
    struct State {
        var coverage: [Double]
        var groupMass: [Double]
    }

    /// The fixed parts of the objective for one cluster.
    struct Objective {
        let n: Int
        let similarity: DenseMatrix
        let cap: [Double]
        let reward: [Double]
        let group: [Int]
        let groups: Int
        let lambda: Double
        let prior: [Double]

        func gain(_ j: Int, _ state: State) -> Double {
            var g = 0.0
            similarity.values.withUnsafeBufferPointer { w in
                let base = j * n
                for i in 0..<n {
                    let c = state.coverage[i]
                    guard c < cap[i] else { continue }
                    g += min(c + Double(max(w[base + i], 0)), cap[i]) - c
                }
            }
            let m = state.groupMass[group[j]]
            return g + lambda * ((m + reward[j]).squareRoot() - m.squareRoot()) + prior[j]
        }

        func add(_ j: Int, _ state: inout State) {
            for i in 0..<n { state.coverage[i] += Double(max(similarity[j, i], 0)) }
            state.groupMass[group[j]] += reward[j]
        }

        func value(_ set: [Int]) -> Double {
            var state = State(coverage: [Double](repeating: 0, count: n), groupMass: [Double](repeating: 0, count: groups))
            for j in set { add(j, &state) }
            let coverage = (0..<n).reduce(0) { $0 + min(state.coverage[$1], cap[$1]) }
            return coverage + lambda * state.groupMass.reduce(0) { $0 + $1.squareRoot() } + set.reduce(0) { $0 + prior[$1] }
        }
    }

    func objective(_ cluster: ClusterModel) -> Objective {
        let n = cluster.sentences.count
        let vectors = options.similarity == .cluster
            ? cluster.vectors : Self.tfidfVectors(cluster, overDocuments: options.similarity == .tfidfDocuments)
        let w = options.similarity == .cluster ? cluster.similarity : vectors.gram()
        var total = [Double](repeating: 0, count: n)
        for i in 0..<n { for j in 0..<n { total[i] += Double(max(w[i, j], 0)) } }
        let alpha = options.saturation / Double(max(n, 1))
        let groups = max(1, Int((options.clusterFraction * Double(n)).rounded()))
        let group = options.partition == .kmeans
            ? Self.kMeans(vectors, groups: groups) : Self.partition(w, reward: total, groups: groups)
        return Objective(
            n: n, similarity: w, cap: total.map { alpha * $0 }, reward: total.map { $0 / Double(max(n, 1)) },
            group: group, groups: groups, lambda: options.diversity,
            prior: cluster.sentences.map { options.positionWeight / Double(1 + $0.index).squareRoot() })
    }

    /// Lin & Bilmes's sentence vectors (``Similarity/tfidf``, ``Similarity/tfidfDocuments``), unit
    /// rows: raw term counts × IDF `log(H / df)` over H holders, the cluster's sentences or its
    /// documents (a sentence copied into several documents counts in each; with one document,
    /// its sentences).
    /// - Complexity: O(S × V + total terms).
    static func tfidfVectors(_ cluster: ClusterModel, overDocuments: Bool) -> DenseMatrix {
        let terms = cluster._termColumns
        let v = cluster.tfidf.vocabulary.count
        let holders = overDocuments && cluster.documentSentences.count > 1
            ? cluster.documentSentences : cluster.sentences.indices.map { [$0] }
        var df = [Int](repeating: 0, count: v)
        var lastHolder = [Int](repeating: -1, count: v)
        for (h, sentences) in holders.enumerated() {
            for s in sentences { for t in terms[s] where lastHolder[t] != h { lastHolder[t] = h; df[t] += 1 } }
        }
        let count = Double(holders.count)
        let idf = df.map { $0 > 0 ? Float(log(count / Double($0))) : 0 }
        var matrix = DenseMatrix(rows: terms.count, columns: v)
        for (r, sentence) in terms.enumerated() {
            for t in sentence { matrix[r, t] += idf[t] }  // raw count × idf
        }
        matrix.normalizeRows()
        return matrix
    }

    /// k-means on the rows of `vectors` (Euclidean; unit rows), k-means++ seeds from a fixed
    /// SplitMix64 seed, then assignment and mean update until nothing moves (at most 50 rounds).
    /// - Returns: each sentence's group in `0..<groups` (a group may end empty).
    /// - Complexity: O(rounds × (K × total terms + S × V)).
    static func kMeans(_ vectors: DenseMatrix, groups: Int) -> [Int] {
        let n = vectors.rows, v = vectors.columns
        guard n > 0 else { return [] }
        let k = min(groups, n)
        // sparse rows: a sentence holds a few terms of the vocabulary
        let rows: [[(Int, Float)]] = (0..<n).map { i in (0..<v).compactMap { t in
            let x = vectors.values[i * v + t]; return x != 0 ? (t, x) : nil } }
        let squared = rows.map { $0.reduce(Float(0)) { $0 + $1.1 * $1.1 } }
        var centers: [[Float]] = []
        var centerSquared: [Float] = []
        func distance(_ i: Int, _ g: Int) -> Float {
            var dot: Float = 0
            for (t, x) in rows[i] { dot += x * centers[g][t] }
            return max(0, squared[i] - 2 * dot + centerSquared[g])
        }
        func addCenter(_ c: [Float]) { centers.append(c); centerSquared.append(c.reduce(0) { $0 + $1 * $1 }) }
        var random = SplitMix64(seed: 0x5EED_2011)
        addCenter(vectors.row(Int(random.next() % UInt64(n))))
        var nearest = (0..<n).map { distance($0, 0) }
        while centers.count < k {
            let total = nearest.reduce(0, +)
            var pick = centers.count  // every point on a center: any other index
            if total > 0 {
                var target = Float(Double(random.next() >> 11) / Double(1 << 53)) * total
                pick = n - 1
                for i in 0..<n where nearest[i] > 0 { target -= nearest[i]; if target <= 0 { pick = i; break } }
                while nearest[pick] == 0 { pick = (pick + n - 1) % n }  // never a point on a center
            }
            addCenter(vectors.row(pick))
            for i in 0..<n { nearest[i] = min(nearest[i], distance(i, centers.count - 1)) }
        }
        var assignment = [Int](repeating: -1, count: n)
        for _ in 0..<50 {
            var moved = false
            for i in 0..<n {
                var best = 0, bestDistance = Float.infinity
                for g in 0..<k { let d = distance(i, g); if d < bestDistance { best = g; bestDistance = d } }
                if assignment[i] != best { assignment[i] = best; moved = true }
            }
            if !moved { break }
            var sums = [[Float]](repeating: [Float](repeating: 0, count: v), count: k)
            var counts = [Int](repeating: 0, count: k)
            for i in 0..<n {
                counts[assignment[i]] += 1
                for (t, x) in rows[i] { sums[assignment[i]][t] += x }
            }
            for g in 0..<k where counts[g] > 0 {
                centers[g] = sums[g].map { $0 / Float(counts[g]) }
                centerSquared[g] = centers[g].reduce(0) { $0 + $1 * $1 }
            }
        }
        return assignment
    }

    /// k-medoids on cosine similarity: deterministic farthest-first seeds from the most
    /// central sentence, then five rounds of assignment and medoid update.
    /// - Returns: each sentence's group in `0..<groups`.
    /// - Complexity: O(rounds × (S × K + Σ group²)).
    static func partition(_ w: DenseMatrix, reward: [Double], groups: Int) -> [Int] {
        let n = w.rows
        guard n > 0 else { return [] }
        let k = min(groups, n)
        var medoids = [reward.indices.max { reward[$0] < reward[$1] || (reward[$0] == reward[$1] && $0 > $1) }!]
        var closest = (0..<n).map { w[$0, medoids[0]] }
        while medoids.count < k {
            var far = 0
            for i in 1..<n where closest[i] < closest[far] { far = i }
            medoids.append(far)
            for i in 0..<n { closest[i] = max(closest[i], w[i, far]) }
        }
        var assignment = [Int](repeating: 0, count: n)
        for _ in 0..<5 {
            for i in 0..<n {
                var best = 0
                for g in 1..<k where w[i, medoids[g]] > w[i, medoids[best]] { best = g }
                assignment[i] = best
            }
            var members = [[Int]](repeating: [], count: k)
            for i in 0..<n { members[assignment[i]].append(i) }
            var moved = false
            for g in 0..<k where !members[g].isEmpty {
                var best = medoids[g]
                var bestSum = -Float.infinity
                for a in members[g] {
                    let s = members[g].reduce(Float(0)) { $0 + w[a, $1] }
                    if s > bestSum { best = a; bestSum = s }
                }
                if best != medoids[g] { medoids[g] = best; moved = true }
            }
            if !moved { break }
        }
        return assignment
    }

    /// Every sentence by the objective it reaches alone, best first.
    /// - Complexity: O(S²).
    public func rank(_ cluster: ClusterModel) -> [SentenceScore] {
        let context = MethodContext(cluster)
        let f = objective(cluster)
        let empty = State(coverage: [Double](repeating: 0, count: f.n), groupMass: [Double](repeating: 0, count: f.groups))
        return context.ranking((0..<f.n).map { f.gain($0, empty) })
    }

    /// - Complexity: O(S² × lazy evaluations), typically a few passes over S.
    public func select(_ cluster: ClusterModel, budget: Budget) -> [SentenceScore] {
        let context = MethodContext(cluster)
        let f = objective(cluster)
        var state = State(coverage: [Double](repeating: 0, count: f.n), groupMass: [Double](repeating: 0, count: f.groups))
        return context.greedy(
            budget: budget, eligible: context.eligible(minimumWords: options.minimumWords, maximumWords: options.maximumWords, budget: budget),
            lengthExponent: options.lengthExponent, lengthInBudgetUnit: options.lengthInBudgetUnit, lazy: true,
            gain: { f.gain($0, state) }, commit: { f.add($0, &state) }, value: { f.value($0) })
    }
}
