import Foundation
import Precis
import PrecisSupport

/// Named summarizer settings to evaluate: a settings file's base name (or `default`) and its
/// decoded ``DigestOptions``.
package struct SummarizerSetting: Sendable, Hashable {
    /// The system name used in reports.
    package var name: String
    /// The settings.
    package var options: DigestOptions

    /// Creates a setting.
    /// - Parameters:
    ///   - name: the system name.
    ///   - options: the settings.
    package init(name: String, options: DigestOptions) {
        self.name = name
        self.options = options
    }

    /// The default settings, named `default`.
    package static var `default`: SummarizerSetting { SummarizerSetting(name: "default", options: DigestOptions()) }

    /// Reads a JSON settings file (e.g. `Evaluation/configs/*.json`); the name is its base name.
    /// - Parameter url: the file.
    /// - Returns: the setting.
    /// - Throws: ``PrecisError`` when unreadable, `DecodingError` when malformed.
    package static func load(_ url: URL) throws -> SummarizerSetting {
        SummarizerSetting(name: url.deletingPathExtension().lastPathComponent, options: try DigestOptions(contentsOf: url.path))
    }

    /// The default settings with `method`, named after it.
    package static func method(_ method: DigestOptions.SummarizerMethod) -> SummarizerSetting {
        var options = DigestOptions()
        options.method = method
        return SummarizerSetting(name: method.rawValue, options: options)
    }
}

/// Runs summarizer settings over the clusters of a corpus.
package enum SummarizerRun {
    /// Summaries of every setting for every cluster: one sentence per line, as ROUGE reads them.
    ///
    /// - Parameters:
    ///   - settings: the settings (names must be distinct).
    ///   - corpus: the corpus.
    ///   - clusters: restrict to these cluster IDs (default: all).
    ///   - progress: called after each summary with (done, total), from any thread.
    /// - Returns: system → cluster → summary bytes, and one warning per cluster that failed.
    /// - Throws: ``PrecisError`` when a setting is unusable.
    /// - Complexity: one digest per setting and cluster, run in parallel.
    package static func summaries(
        settings: [SummarizerSetting], corpus: EvaluationCorpus, clusters: Set<String>? = nil,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> (systems: [String: [String: [UInt8]]], warnings: [String]) {
        let digesters = try settings.map { try Digester(options: $0.options) }
        let chosen = corpus.clusters.filter { clusters?.contains($0.id) ?? true }
        let jobs = settings.indices.flatMap { s in chosen.indices.map { (s, $0) } }
        let box = _SummaryBox(count: jobs.count)
        let counter = _Counter()
        DispatchQueue.concurrentPerform(iterations: jobs.count) { k in
            let (s, c) = jobs[k]
            do {
                let sentences = try digesters[s].summarySentences(clusterDirectory: chosen[c].directory)
                let text = sentences.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n") + "\n"
                box.set(k, .success(Array(text.utf8)))
            } catch {
                box.set(k, .failure(error))
            }
            progress?(counter.increment(), jobs.count)
        }
        var systems: [String: [String: [UInt8]]] = [:]
        var warnings: [String] = []
        for (k, (s, c)) in jobs.enumerated() {
            switch box.results[k] {
            case .success(let bytes): systems[settings[s].name, default: [:]][chosen[c].id] = bytes
            case .failure(let error): warnings.append("\(settings[s].name) on \(chosen[c].id): \(error)")
            case nil: break
            }
        }
        return (systems, warnings)
    }
}

final class _SummaryBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Result<[UInt8], any Error>?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ k: Int, _ value: Result<[UInt8], any Error>) { lock.lock(); storage[k] = value; lock.unlock() }
    var results: [Result<[UInt8], any Error>?] { lock.lock(); defer { lock.unlock() }; return storage }
}
