import ArgumentParser
import Foundation
import PrecisSupport
import Precis

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Score and rank every sentence of a cluster (the full ranking behind a digest).",
        discussion: "Columns: rank, score, relevance (cosine to the centroid for centroid-mmr; for other methods their score before a topic's prior; 0 for lead), supporting documents, document#sentence, text."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Output format: text (a table) or json.")
    var format: RankFormat = .text

    @Option(help: "A settings file (JSON, as in Evaluation/configs/).")
    var config: String?

    @OptionGroup var method: MethodOptions

    enum RankFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        BLASThreads.set(1)  // per-cluster matrices are small: threads only add contention
        try reportingErrors {
            let options = try method.applied(to: try input.applied(to: try config.map(DigestOptions.init(contentsOf:)) ?? DigestOptions()))
            let digester = try Digester(options: options)
            let inputs = input.paths + [config].compactMap { $0 }  // the settings file is an input too
            try output.check(inputs: inputs)
            let documents = try input.read().documents
            input.explainLanguage(digester, documents)
            let cluster = try digester.fit(documents)
            guard !cluster.sentences.isEmpty else { throw PrecisError.invalidInput("the input has no sentences to rank") }
            let ranking = digester.ranking(cluster)
            switch format {
            case .json:
                try output.emit(DigestRenderer.json(ranking), inputs: inputs)
            case .text:
                let lines = ranking.map { r in
                    String(format: "%4d %.4f %.4f %d ", r.rank, r.score, r.relevance ?? 0, r.supportingDocuments.count)
                        + "\(r.document)#\(r.sentenceIndex) \(r.text)"
                }
                try output.emit(lines.joined(separator: "\n") + "\n", inputs: inputs)
            }
        }
    }
}
