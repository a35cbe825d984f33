import ArgumentParser
import Foundation
import Precis

@main
struct PrecisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "precis",
        abstract: "Offline multi-document summarization: collapse overlapping articles into one ranked digest.",
        version: "0.1.0",
        subcommands: [DigestCommand.self, RankCommand.self, RougeCommand.self, EvalCommand.self, CompareCommand.self, BriefCommand.self, BenchCommand.self, ModelCommand.self],
        defaultSubcommand: nil
    )
}

/// Runs library work, turning a failure into one `precis: error: …` line on stderr and exit 1.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as PrecisError {
        printError("precis: error: \(error.description)")
        throw ExitCode(1)
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

