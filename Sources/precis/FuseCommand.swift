import ArgumentParser
import Foundation
import Precis

/// `precis fuse`: groups of restatements (one sentence per line, groups separated by a blank line)
/// in, the best fused sentence of each group out (an empty line when none passes the guard).
/// Hidden: an evaluation entry point, not a user feature yet.
struct FuseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuse",
        abstract: "Fuse groups of restatements (word graph; each output passes the faithfulness guard).",
        shouldDisplay: false
    )

    @Argument(help: "A file of sentence groups separated by blank lines (- is standard input).")
    var file: String = "-"

    @Flag(help: "Check instead of fuse: each line is FUSED<TAB>SOURCE<TAB>SOURCE...; prints 'ok' or the first violation of the faithfulness guard.")
    var check = false

    func run() throws {
        try reportingErrors {
            if check { return try checkLines() }
            let groups = try readTextInput(file).components(separatedBy: "\n\n")
                .map { $0.split(separator: "\n").map(String.init) }.filter { !$0.isEmpty }
            let fuser = SentenceFuser()
            var out = ""
            for group in groups { out += (fuser.fuse(group)?.text ?? "") + "\n" }
            try writeStandardOutput(out)
        }
    }

    /// Prints, per line, `ok` or the first way the fused sentence fails the guard against the
    /// sources on its line.
    /// - Throws: ``PrecisError`` for a line without a fused sentence and a source.
    func checkLines() throws {
        let text = try readTextInput(file)
        var out = ""
        for (number, line) in text.split(separator: "\n").enumerated() {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2 else { throw PrecisError.invalidInput("line \(number + 1) is not FUSED<TAB>SOURCE<TAB>…") }
            let violations = FaithfulnessGuard.violations(fused: parts[0], sources: Array(parts.dropFirst()))
            out += (violations.first.map { "\($0)" } ?? "ok") + "\n"
        }
        try writeStandardOutput(out)
    }
}
