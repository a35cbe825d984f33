import Foundation

/// Submodular summarization (Lin & Bilmes 2011): maximize coverage plus a diversity reward,
/// `F(S) = L(S) + λ × R(S)`, under the budget.
///
/// - Coverage `L(S) = Σᵢ min(Cᵢ(S), α × Cᵢ(V))`, with `Cᵢ(S) = Σ_{j∈S} wᵢⱼ` (TF-IDF cosine)
///   and `α = a / N`: each sentence of the cluster wants to be covered, up to saturation.
/// - Diversity `R(S) = Σₖ √(Σ_{j∈S∩Pₖ} rⱼ)`, `rⱼ = (1/N) Σᵢ wᵢⱼ`, over a partition Pₖ of the
///   sentences (k-medoids on cosine, K = ``Options/clusterFraction`` × N): picking from a new
///   group pays more than from a covered one.
/// - An optional modular lead prior `μ × Σ_{j∈S} 1/√(1 + index)`.
///
/// Budget-aware lazy greedy with gain scaled by `words^r` (r = 0.3 in the paper), then compared
/// with the best single sentence.
public struct SubmodularSummarizer: Summarizer {
    /// Settings; every JSON field is optional.
    public struct Options: Sendable, Hashable, Codable {
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

        public init() {}

        public init(from decoder: Decoder) throws {
            let c = try decoder._strictContainer(keyedBy: CodingKeys.self)
            let d = Options()
            saturation = try c.value(.saturation, default: d.saturation)
            diversity = try c.value(.diversity, default: d.diversity)
            clusterFraction = try c.value(.clusterFraction, default: d.clusterFraction)
            lengthExponent = try c.value(.lengthExponent, default: d.lengthExponent)
            positionWeight = try c.value(.positionWeight, default: d.positionWeight)
            minimumWords = try c.value(.minimumWords, default: d.minimumWords)
            maximumWords = try c.value(.maximumWords, default: d.maximumWords)
        }

        /// Checks the settings (a settings file can hold any number).
        /// - Throws: ``PrecisError`` naming the first bad setting.
        public func validate() throws {
            guard saturation > 0 else { throw PrecisError.invalidArgument("submodular.saturation must be positive, got \(saturation)") }
            guard clusterFraction > 0 && clusterFraction <= 1 else {
                throw PrecisError.invalidArgument("submodular.clusterFraction must be in (0, 1], got \(clusterFraction)")
            }
        }
    }

    /// The settings.
    public var options: Options

    public init(options: Options = Options()) {
        _requireValid(options.validate)
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
        let w = cluster.similarity
        var total = [Double](repeating: 0, count: n)
        for i in 0..<n { for j in 0..<n { total[i] += Double(max(w[i, j], 0)) } }
        let alpha = options.saturation / Double(max(n, 1))
        let groups = max(1, Int((options.clusterFraction * Double(n)).rounded()))
        let group = Self.partition(w, reward: total, groups: groups)
        return Objective(
            n: n, similarity: w, cap: total.map { alpha * $0 }, reward: total.map { $0 / Double(max(n, 1)) },
            group: group, groups: groups, lambda: options.diversity,
            prior: cluster.sentences.map { options.positionWeight / Double(1 + $0.index).squareRoot() })
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
            lengthExponent: options.lengthExponent, lazy: true,
            gain: { f.gain($0, state) }, commit: { f.add($0, &state) }, value: { f.value($0) })
    }
}
