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

    @Argument(help: "A file of sentence groups separated by blank lines (default: standard input).")
    var file: String = "-"

    func run() throws {
        try reportingErrors {
            let groups = try readTextInput(file).components(separatedBy: "\n\n")
                .map { $0.split(separator: "\n").map(String.init) }.filter { !$0.isEmpty }
            let fuser = SentenceFuser()
            var out = ""
            for group in groups { out += (fuser.fuse(group)?.text ?? "") + "\n" }
            try writeStandardOutput(out)
        }
    }
}
