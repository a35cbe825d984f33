import Foundation
import Precis
import PrecisSupport

/// The evaluation pipeline `eval` and `compare` share: a corpus's clusters that have references,
/// each summarized by every setting, scored by ROUGE against those references.
package struct CorpusEvaluation: Sendable {
    /// The corpus's name (its folder's).
    package let name: String
    /// The references of every cluster that has them.
    package let references: [String: [[UInt8]]]
    /// Summaries by setting name, then cluster: one sentence per line, as ROUGE reads them.
    package let systems: [String: [String: [UInt8]]]
    /// The scores.
    package let report: RougeReport
    /// Clusters skipped (no references) and summaries that failed, one line each.
    package let warnings: [String]

    /// Runs `settings` over every cluster of `corpus` that has references, and scores them.
    /// - Parameters:
    ///   - corpus: `<corpus>/clusters/<id>/` with `<corpus>/references/<id>/`, or a flat folder.
    ///   - references: a references folder other than the corpus's own.
    ///   - settings: the settings to run; their names name the systems and must differ.
    ///   - rouge: the ROUGE to score with.
    ///   - progress: called with a stage ("summarizing", "scoring"), items done and items in all.
    /// - Throws: ``PrecisError`` when the corpus cannot be read, no cluster has references, or
    ///   two settings share a name.
    /// - Complexity: one digest per setting and cluster, then ROUGE over every summary.
    package init(corpus: URL, references: URL? = nil, settings: [SummarizerSetting], rouge: Rouge,
                 progress: (@Sendable (String, Int, Int) -> Void)? = nil) throws {
        guard Set(settings.map(\.name)).count == settings.count else {
            throw PrecisError.invalidArgument("settings files must have distinct base names (they name the systems)")
        }
        let layout = try EvaluationCorpus(url: corpus, references: references)
        let referenceTexts = try layout.readReferences()
        var warnings = layout.clusters.filter { referenceTexts[$0.id] == nil }.map { "\($0.id): no references found; skipped" }
        let scorable = Set(layout.clusters.map(\.id).filter { referenceTexts[$0] != nil })
        guard !scorable.isEmpty else {
            throw PrecisError.invalidArgument("\(corpus.path): no cluster has references")
        }
        let run = try SummarizerRun.summaries(settings: settings, corpus: layout, clusters: scorable) {
            progress?("summarizing", $0, $1)
        }
        warnings += run.warnings
        let report = rouge.evaluate(RougeEvaluationInput(references: referenceTexts, systems: run.systems)) {
            progress?("scoring", $0, $1)
        }
        name = layout.name
        self.references = referenceTexts
        systems = run.systems
        self.report = report
        self.warnings = warnings + report.warnings
    }
}
