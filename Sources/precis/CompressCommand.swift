import ArgumentParser
import Foundation
import Precis

/// `precis compress`: one sentence per line in, its compression (or every candidate) out. Hidden:
/// an evaluation entry point (Evaluation/scripts/compression_eval.sh), not a user feature yet.
struct CompressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compress",
        abstract: "Compress sentences, one per line (rule-based span deletion; each output passes the faithfulness guard).",
        shouldDisplay: false
    )

    @Argument(help: "A file of sentences, one per line (- is standard input).")
    var file: String = "-"

    @Option(help: "Which rules apply: light or full.")
    var level: SpanCompressor.Level = .full

    @Option(help: "Only these rules (comma-separated names, as in the candidates' output).")
    var rules: String?

    @Flag(help: "Leave the first word as it was when the start is cut (the compression sets' golds are written so).")
    var keepCase = false

    @Flag(help: "Check instead of compress: each line is SOURCE<TAB>COMPRESSED; prints 'ok' or the first violation of the faithfulness guard.")
    var check = false

    @Flag(help: "Print every candidate of each sentence as one JSON line instead of one compression.")
    var candidates = false

    func run() throws {
        try reportingErrors {
            let text = try readTextInput(file)
            var compressor = SpanCompressor()
            compressor.capitalizesFirstWord = !keepCase
            if let rules {
                compressor.rules = Set(try rules.split(separator: ",").map { name in
                    guard let rule = CompressionRule(rawValue: String(name)) else {
                        throw PrecisError.invalidArgument("unknown rule '\(name)'; rules: \(CompressionRule.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    return rule
                })
            }
            var out = ""
            var failures = 0
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0).enumerated() {
                let sentence = String(line)
                if check {
                    let parts = sentence.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                    guard parts.count == 2 else { throw PrecisError.invalidInput("line \(number + 1) is not SOURCE<TAB>COMPRESSED") }
                    let violations = FaithfulnessGuard.violations(compressed: parts[1], source: parts[0])
                    if !violations.isEmpty { failures += 1 }
                    out += (violations.first.map { "\($0)" } ?? "ok") + "\n"
                } else if candidates {
                    let all = compressor.candidates(for: sentence).map { c in
                        if !FaithfulnessGuard.violations(compressed: c.text, source: sentence).isEmpty { failures += 1 }
                        return ["text": c.text, "words": "\(c.wordCount)", "rules": c.rules.map(\.rawValue).joined(separator: ",")]
                    }
                    let json = try JSONSerialization.data(withJSONObject: ["source": sentence, "candidates": all], options: [.sortedKeys, .withoutEscapingSlashes])
                    out += String(decoding: json, as: UTF8.self) + "\n"
                } else {
                    let text = compressor.compress(sentence, level: level).text
                    let violations = sentence.isEmpty ? [] : FaithfulnessGuard.violations(compressed: text, source: sentence)
                    if let first = violations.first {
                        failures += 1
                        printError("precis: warning: line \(number + 1): the compression \(first)")
                    }
                    out += text + "\n"
                }
            }
            try writeStandardOutput(out)
            if failures > 0 { printError("precis: warning: \(failures) compressions fail the faithfulness guard") }
        }
    }
}

extension SpanCompressor.Level: ExpressibleByArgument {}
