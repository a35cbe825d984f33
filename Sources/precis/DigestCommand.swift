import ArgumentParser
import Foundation
import PrecisSupport
import Precis

struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Digest one cluster of overlapping articles into ranked, attributed sentences.",
        discussion: """
            Examples:
              precis digest Evaluation/corpora/istanbul-talks
              precis digest a.txt b.html --words 60 --format json
              cat article.txt | precis digest - --sentences 3
              precis digest --jsonl < clusters.jsonl > digests.jsonl

            With --jsonl, standard input holds one cluster per line, \
            {"id", "documents": [{"id", "title"?, "text"}]}, and standard output gets one line per \
            cluster, {"id", "digest"} or {"id", "error"}, in order (see docs/distributed.md).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var budget: BudgetOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Output format: \(DigestRenderer.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DigestRenderer.Format = .text

    @Option(help: "Item order: rank (best first) or source (by document, then position).")
    var order: DigestOrder?

    @Option(help: "A settings file (JSON, as in Evaluation/configs/); command-line options override it.")
    var config: String?

    @OptionGroup var method: MethodOptions

    @Flag(help: "Read one cluster per line on stdin (JSON Lines) and write one digest per line.")
    var jsonl = false

    func run() throws {
        BLASThreads.set(1)  // per-cluster matrices are small: threads only add contention
        try reportingErrors {
            var options = try method.applied(to: try input.applied(to: try config.map(DigestOptions.init(contentsOf:)) ?? DigestOptions()))
            if let b = budget.budget { options.budget = b }
            if let order { options.order = order }
            let digester = try Digester(options: options)
            if jsonl {
                guard input.paths.isEmpty || input.paths == ["-"] else {
                    throw PrecisError.invalidArgument("--jsonl reads clusters from standard input; give no paths")
                }
                guard output.output == nil else {
                    throw PrecisError.invalidArgument("--jsonl writes one digest per line to standard output; redirect it instead of -o")
                }
                let tally = try DigestLines(digester: digester).run(input: .standardInput, output: .standardOutput)
                try ExitStatus.report(tally)
                return
            }
            let inputs = input.paths + [config].compactMap { $0 }  // the settings file is an input too
            try output.check(inputs: inputs)
            let documents = try input.read().documents
            if let warning = StoryCheck.warning(for: documents) { printError("precis: \(warning)") }  // not a partial result
            input.explainLanguage(digester, documents)
            let digest = try digester.digest(documents)
            if input.explain, let note = digest.note { printError("precis: explain: \(note)") }
            try output.emit(DigestRenderer.render(digest, as: format), inputs: inputs)
        }
    }
}
