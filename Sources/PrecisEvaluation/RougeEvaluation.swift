import Foundation
import Precis

/// Summaries of one or more systems and the references of each cluster: what an evaluation scores.
package struct RougeEvaluationInput: Sendable {
    /// Cluster → its references' bytes (ordered; the order decides ties under `-f B`).
    package var references: [String: [[UInt8]]]
    /// System name → cluster → summary bytes.
    package var systems: [String: [String: [UInt8]]]

    /// Creates an input.
    /// - Parameters:
    ///   - references: cluster → references.
    ///   - systems: system → cluster → summary.
    package init(references: [String: [[UInt8]]], systems: [String: [String: [UInt8]]]) {
        self.references = references
        self.systems = systems
    }
}

/// One system's per-cluster results and aggregates.
package struct RougeSystemReport: Sendable, Hashable, Codable {
    /// One cluster's results.
    package struct Cluster: Sendable, Hashable, Codable {
        /// The cluster ID.
        package var cluster: String
        /// One result per metric.
        package var results: [RougeResult]

        /// Creates a cluster entry.
        /// - Parameters:
        ///   - cluster: the cluster ID.
        ///   - results: the results.
        package init(cluster: String, results: [RougeResult]) {
            self.cluster = cluster
            self.results = results
        }
    }

    /// The system's name.
    package var name: String
    /// Per-cluster results, in ROUGE-1.5.5's instance order.
    package var clusters: [Cluster]
    /// One aggregate per metric.
    package var aggregates: [RougeAggregate]

    /// Creates a report.
    /// - Parameters:
    ///   - name: the system.
    ///   - clusters: per-cluster results.
    ///   - aggregates: per-metric aggregates.
    package init(name: String, clusters: [Cluster], aggregates: [RougeAggregate]) {
        self.name = name
        self.clusters = clusters
        self.aggregates = aggregates
    }

    /// The aggregate of one metric.
    /// - Parameter metric: the metric.
    /// - Returns: the aggregate, if computed.
    package func aggregate(_ metric: RougeMetric) -> RougeAggregate? { aggregates.first { $0.metric == metric } }

    /// The per-cluster values of one metric and measure, keyed by cluster.
    /// - Parameters:
    ///   - metric: the metric.
    ///   - measure: recall, precision or F.
    /// - Returns: cluster → value.
    package func values(_ metric: RougeMetric, _ measure: RougeMeasure) -> [String: Double] {
        var out: [String: Double] = [:]
        for c in clusters {
            if let r = c.results.first(where: { $0.metric == metric }) { out[c.cluster] = r.score[measure] }
        }
        return out
    }
}

/// The results of an evaluation: settings, equivalent ROUGE-1.5.5 flags, and one report per system.
package struct RougeReport: Sendable, Hashable, Codable {
    /// The settings.
    package var options: RougeOptions
    /// ``RougeOptions/equivalentFlags``.
    package var flags: String
    /// The metrics, in report order.
    package var metrics: [RougeMetric]
    /// One report per system, sorted by name.
    package var systems: [RougeSystemReport]
    /// Clusters that could not be scored and why.
    package var warnings: [String]

    /// Creates a report.
    /// - Parameters:
    ///   - options: the settings.
    ///   - systems: the system reports.
    ///   - warnings: clusters skipped.
    package init(options: RougeOptions, systems: [RougeSystemReport], warnings: [String] = []) {
        self.options = options
        flags = options.equivalentFlags
        metrics = options.metrics
        self.systems = systems
        self.warnings = warnings
    }
}

extension Rouge {
    /// Scores every system on every cluster that has references and aggregates per system and
    /// metric as ROUGE-1.5.5 `-a` does (each system over the clusters it has a summary for).
    ///
    /// With ``RougeOptions/jackknife``, a cluster with *k* ≥ 2 references is scored *k* times,
    /// each time against the references but one, as NIST's DUC 2005–2007 configurations did; the
    /// aggregate runs over those evaluations and a cluster's own result is their mean.
    ///
    /// References are read once per cluster; clusters are scored in parallel, results are
    /// identical whatever the scheduling.
    ///
    /// - Parameters:
    ///   - input: summaries and references.
    ///   - progress: called after each cluster with (done, total), from any thread.
    /// - Returns: the report; clusters without references are listed in its warnings.
    /// - Complexity: O(clusters × systems × references × summary length²).
    package func evaluate(_ input: RougeEvaluationInput, progress: (@Sendable (Int, Int) -> Void)? = nil) -> RougeReport {
        let systemNames = input.systems.keys.sorted()
        var clusterIDs = Set<String>()
        for system in input.systems.values { clusterIDs.formUnion(system.keys) }
        var warnings: [String] = []
        var scorable: [String] = []
        for id in clusterIDs.sorted() {
            if let refs = input.references[id], !refs.isEmpty { scorable.append(id) } else {
                warnings.append("\(id): no references; skipped")
            }
        }
        let scorableIDs = scorable
        // cluster index → system index → one result list per reference set (one set, or one per
        // left-out reference when jackknifing)
        let box = _ResultBox(count: scorable.count)
        let counter = _Counter()
        DispatchQueue.concurrentPerform(iterations: scorableIDs.count) { k in
            let id = scorableIDs[k]
            let reader = _RougeReader(options: options, resources: resources)
            let referenceSets = _PreparedReferences(input.references[id]!.map { reader.read($0) }, options: options)
                .sets(jackknife: options.jackknife)
            var row: [[[RougeResult]]?] = []
            for name in systemNames {
                if let summary = input.systems[name]?[id] {
                    let peer = reader.read(summary)
                    row.append(referenceSets.map { _score(peer, against: $0) })
                } else {
                    row.append(nil)
                }
            }
            box.set(k, row)
            let done = counter.increment()
            progress?(done, scorableIDs.count)
        }
        let rows = box.rows
        var reports: [RougeSystemReport] = []
        var drawCache: [Int: [[Int]]] = [:]
        for (s, name) in systemNames.enumerated() {
            // ROUGE's instances are "evalID.system", sorted as strings; a jackknifed cluster has one
            // evaluation per left-out reference, named after the cluster and that reference.
            var instances: [(key: [UInt8], results: [RougeResult])] = []
            var clusters: [RougeSystemReport.Cluster] = []
            for (k, id) in scorable.enumerated() {
                guard let sets = rows[k][s] else { continue }
                let width = String(sets.count - 1).count
                for (j, results) in sets.enumerated() {
                    let evalID = sets.count == 1 ? id : "\(id)-\(String(repeating: "0", count: width - String(j).count))\(j)"
                    instances.append((Array("\(evalID).\(name)".utf8), results))
                }
                clusters.append(.init(cluster: id, results: Self._meanResults(sets)))
            }
            instances.sort { $0.key.lexicographicallyPrecedes($1.key) }
            clusters.sort { Array("\($0.cluster).\(name)".utf8).lexicographicallyPrecedes(Array("\($1.cluster).\(name)".utf8)) }
            let n = instances.count
            if drawCache[n] == nil { drawCache[n] = RougeBootstrap.draws(instances: n, resamples: options.resamples) }
            let aggregates = options.metrics.enumerated().map { (m, metric) in
                RougeBootstrap.aggregate(instances.map { $0.results[m] }, metric: metric, options: options, draws: drawCache[n])
            }
            reports.append(RougeSystemReport(name: name, clusters: clusters, aggregates: aggregates))
        }
        return RougeReport(options: options, systems: reports, warnings: warnings)
    }
}

extension Rouge {
    /// One result per metric from several evaluations of a summary: scores averaged, counts summed.
    static func _meanResults(_ sets: [[RougeResult]]) -> [RougeResult] {
        guard sets.count > 1 else { return sets.first ?? [] }
        let n = Double(sets.count)
        return sets[0].indices.map { m in
            var r = 0.0, p = 0.0, f = 0.0
            var counts = RougeCounts.zero
            for set in sets {
                r += set[m].score.recall
                p += set[m].score.precision
                f += set[m].score.f
                counts = counts + set[m].counts
            }
            return RougeResult(metric: sets[0][m].metric, score: RougeScore(recall: r / n, precision: p / n, f: f / n), counts: counts)
        }
    }
}

final class _ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [[[[RougeResult]]?]]
    init(count: Int) { storage = Array(repeating: [], count: count) }
    func set(_ k: Int, _ row: [[[RougeResult]]?]) { lock.lock(); storage[k] = row; lock.unlock() }
    var rows: [[[[RougeResult]]?]] { lock.lock(); defer { lock.unlock() }; return storage }
}

final class _Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}
