import ArgumentParser
import Foundation
import PrecisSupport
import Precis
import PrecisEvaluation

/// ROUGE settings shared by `rouge`, `eval` and `compare`.
struct RougeSettingsOptions: ParsableArguments {
    @Option(name: .customLong("rouge-flags"), parsing: .unconditional,
            help: "ROUGE-1.5.5's own flags, e.g. '-n 2 -m -l 250 -2 4 -u' (its defaults apply to anything not given). Default: the DUC 2004 setting -n 4 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -2 4 -u.")
    var rougeFlags: String?

    @Option(help: "rouge155 (ROUGE-1.5.5, default) or rouge-score (Google's rouge-score: no length limit, best reference by F, rougeLsum).")
    var profile: String?

    @Option(help: "Tokenizer: rouge155 (ASCII, default), unicode (letters and digits of any script), rouge-score.")
    var tokenizer: String?

    @Flag(help: "Jackknife the references as NIST did for DUC 2005-2007: score each summary against every set of all references but one, and average.")
    var jackknife = false

    /// The settings these options describe.
    func options() throws -> RougeOptions {
        var options: RougeOptions
        switch profile?.lowercased() {
        case nil, "rouge155", "rouge-1.5.5": options = RougeOptions()
        case "rouge-score", "rougescore": options = .rougeScore
        case let other?: throw PrecisError.invalidArgument("--profile must be rouge155 or rouge-score, not '\(other)'")
        }
        if let flags = rougeFlags {
            let parsed = try RougeOptions(rouge155Flags: flags)
            let profile = options.profile, tokenizer = options.tokenizer
            options = parsed
            options.profile = profile
            options.tokenizer = tokenizer
        }
        if let tokenizer {
            guard let t = RougeOptions.Tokenizer(rawValue: tokenizer.lowercased()) else {
                throw PrecisError.invalidArgument("--tokenizer must be rouge155, unicode or rouge-score, not '\(tokenizer)'")
            }
            options.tokenizer = t
        }
        if jackknife { options.jackknife = true }
        try options.validate()
        return options
    }
}

/// Progress lines on stderr, only when stderr is a terminal.
final class RougeProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var label: String
    private let enabled = isatty(STDERR_FILENO) != 0
    private var last = -1

    init(_ label: String) { self.label = label }

    /// Progress of a stage, which replaces the label.
    func update(_ stage: String, _ done: Int, _ total: Int) {
        lock.lock()
        if stage != label { label = stage; last = -1 }
        lock.unlock()
        update(done, total)
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let percent = total > 0 ? done * 100 / total : 100
        guard percent != last else { return }
        last = percent
        FileHandle.standardError.write(Data("\r\(label): \(done)/\(total) (\(percent)%)\u{1B}[K".utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

/// `precis rouge`: scores one summary against its references.
struct RougeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rouge",
        abstract: "Score one summary against reference summaries with ROUGE (as ROUGE-1.5.5 computes it).",
        discussion: """
            Files hold one sentence per line. Prints recall, precision and F per metric and the \
            equivalent ROUGE-1.5.5 flags.

            Example: precis rouge --summary mine.txt --references A.txt B.txt C.txt --rouge-flags '-n 2 -m -l 100'
            """)

    @Option(help: "The summary to score (one sentence per line).")
    var summary: String

    @Option(parsing: .upToNextOption, help: "One or more reference summaries.")
    var references: [String] = []

    @OptionGroup var settings: RougeSettingsOptions

    @Option(help: "Output: text or json.")
    var format: String = "text"

    func validate() throws {
        guard !references.isEmpty else { throw ValidationError("give at least one file after --references") }
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json") }
    }

    func run() throws {
        try reportingErrors {
            let rouge = try Rouge(options: try settings.options())
            func bytes(_ path: String) throws -> [UInt8] { try EvaluationCorpus.bytes(of: URL(fileURLWithPath: path)) }
            let referenceBytes = try references.map(bytes)
            for (path, text) in zip(references, referenceBytes) where !text.contains(where: { $0 > 32 }) {
                throw PrecisError.invalidInput("\(path): the reference is empty; nothing to score against")
            }
            let results = rouge.score(summary: try bytes(summary), references: referenceBytes)
            if format == "json" {
                var object: [String: Any] = ["flags": rouge.options.equivalentFlags]
                for r in results {
                    object[r.metric.id] = ["recall": r.score.recall, "precision": r.score.precision, "f": r.score.f,
                                           "counts": ["reference": r.counts.reference, "summary": r.counts.summary, "hits": r.counts.hits]]
                }
                let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
                try writeStandardOutput(String(decoding: data, as: UTF8.self) + "\n")
            } else {
                try writeStandardOutput("metric      recall   precision  F" + "\n")
                for r in results {
                    let name = r.metric.description.padding(toLength: 10, withPad: " ", startingAt: 0)
                    try writeStandardOutput("\(name)  \(fixed(r.score.recall))  \(fixed(r.score.precision))    \(fixed(r.score.f))" + "\n")
                }
                try writeStandardOutput("ROUGE-1.5.5 flags: \(rouge.options.equivalentFlags)" + "\n")
            }
        }
    }
}

/// A number with five decimals.
func fixed(_ x: Double) -> String { String(format: "%.5f", x) }
