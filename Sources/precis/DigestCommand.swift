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
              precis digest today/ --since yesterday/ --topic topic.txt

            With --since, the digest says only what the articles add to the earlier ones \
            (sentences repeating them are never taken); when they add nothing, it has no items \
            and a note, and the status is 0.

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

    @OptionGroup var abstraction: AbstractionOptions

    @OptionGroup var topic: TopicOptions

    @Option(parsing: .upToNextOption, help: "Articles already read (files or folders): digest only what the new articles add to them.")
    var since: [String] = []

    @Flag(help: "Read one cluster per line on stdin (JSON Lines) and write one digest per line.")
    var jsonl = false

    func run() throws {
        BLASThreads.set(1)  // per-cluster matrices are small: threads only add contention
        try reportingErrors {
            var options = abstraction.applied(
                to: try method.applied(to: try input.applied(to: try config.map(DigestOptions.init(contentsOf:)) ?? DigestOptions())))
            if let b = budget.budget { options.budget = b }
            if let order { options.order = order }
            let digester = try Digester(options: options)
            if jsonl {
                guard topic.topic == nil && since.isEmpty else {
                    throw PrecisError.invalidArgument("--jsonl takes neither --topic nor --since")
                }
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
            let inputs = input.paths + since + [config, topic.topic].compactMap { $0 }  // settings and topic are inputs too
            try output.check(inputs: inputs)
            let topicText = try topic.text()
            let earlier = try readEarlier()
            let documents = try input.read().documents
            if let warning = StoryCheck.warning(for: documents) { printError("precis: \(warning)") }  // not a partial result
            input.explainLanguage(digester, documents)
            let focused = topicText != nil || !since.isEmpty
            let digest = focused
                ? try digester.digest(documents, focus: DigestFocus(topic: topicText, earlier: earlier))
                : try digester.digest(documents)
            if input.explain, let note = digest.note { printError("precis: explain: \(note)") }
            try output.emit(DigestRenderer.render(digest, as: format), inputs: inputs)
        }
    }

    /// The articles of `--since` (none without it).
    /// - Throws: ``PrecisError`` (a usage error) when they are the new articles, or none is readable.
    func readEarlier() throws -> [Document] {
        guard !since.isEmpty else { return [] }
        try SincePaths.checkApart(since, from: input.paths)
        let result: DocumentReader.Result
        do {
            result = try DocumentReader(options: .init(maxFileBytes: input.maxFileSize)).read(paths: since)
        } catch {
            throw PrecisError.invalidArgument("--since: no readable article in \(since.joined(separator: " "))")
        }
        guard result.documents.contains(where: { !$0.paragraphs.isEmpty }) else {
            throw PrecisError.invalidArgument("--since: no readable article in \(since.joined(separator: " "))")
        }
        SkippedInputs.report(result.warnings)
        return result.documents
    }
}
