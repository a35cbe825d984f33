import ArgumentParser
import Foundation
import Precis
import PrecisSupport

/// The exit-status contract (README "Command line"; the codes of BSD's sysexits.h):
/// 0 success, 1 failure, 2 partial result (some input skipped, the rest done), 64 usage error
/// (unknown option, bad value, missing input, conflicting options, unusable settings). Every
/// error is one `precis: error: …` line on stderr (a usage error adds the usage and a pointer to
/// `--help` below it).
enum ExitStatus {
    static let failure: Int32 = 1
    static let partial: Int32 = 2
    /// `EX_USAGE`, which swift-argument-parser also uses for its own parse errors.
    static let usage: Int32 = 64

    /// The status for a library error: a value the command line gave that the library refuses
    /// (a budget, a settings file, ROUGE flags, missing input) is a usage error; anything else
    /// (an input that cannot be read or used, an output that cannot be written) is a failure.
    static func code(for error: PrecisError) -> Int32 {
        error.kind == .invalidArgument ? usage : failure
    }

    /// Parses the command line, runs the command and exits with the contract's status.
    static func runAndExit() -> Never {
        do {
            var command = try PrecisCommand.parseAsRoot()
            try command.run()
        } catch let error as PrecisError {
            printError("precis: error: \(CommandLineWords.translate(error.description))")
            exit(code(for: error))
        } catch let error as ExitCode {
            exit(error.rawValue)  // the command has already said why
        } catch {
            let status = PrecisCommand.exitCode(for: error)
            // --help, --version, --generate-completion-script: swift-argument-parser prints them
            if status == .success { PrecisCommand.exit(withError: error) }
            printError(message(PrecisCommand.fullMessage(for: error)))
            exit(status.rawValue)
        }
        exit(SkippedInputs.exitStatus)
    }

    /// swift-argument-parser's "Error: …" first line in Precis's style: `precis: error: …`;
    /// the usage lines after it are kept.
    static func message(_ fullMessage: String) -> String {
        var lines = fullMessage.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { return "precis: error: unknown error" }
        let text = first.hasPrefix("Error: ") ? String(first.dropFirst("Error: ".count)) : first
        lines[0] = "precis: error: " + (text.first.map { $0.lowercased() + text.dropFirst() } ?? text)
        return lines.joined(separator: "\n")
    }
}

extension ExitStatus {
    /// `digest --jsonl`'s outcome: every line digested is a success; some failed lines a partial
    /// result (a warning, exit 2); all lines failed a failure (exit 1).
    static func report(_ tally: DigestLines.Tally) throws {
        guard tally.failed > 0 else { return }
        let what = "\(tally.failed) of \(tally.failed + tally.digested) cluster lines failed (see their \"error\" fields)"
        guard tally.digested > 0 else {
            printError("precis: error: \(what)")
            throw ExitCode(failure)
        }
        SkippedInputs.report(["warning: \(what)"])
    }
}
