import ArgumentParser
import Foundation
import PrecisSupport
import Precis

@main
struct PrecisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "precis",
        abstract: "Offline multi-document summarization: collapse overlapping articles into one ranked digest.",
        discussion: """
            Exit status, for every command: 0 done; 1 failure (an input that cannot be read or used, \
            an output that cannot be written); 2 partial result (some input skipped, each with a \
            warning); 64 usage error (unknown option, bad value, missing input, conflicting options).
            """,
        version: "0.1.0",
        subcommands: [DigestCommand.self, RankCommand.self, RougeCommand.self, EvalCommand.self, CompareCommand.self, BriefCommand.self,
                      BenchCommand.self, ModelCommand.self, MethodsCommand.self, LanguageCommand.self, CompressCommand.self, FuseCommand.self],
        defaultSubcommand: nil
    )

    /// Starts the command. (OpenBLAS's kernels are chosen by the library: ``BLASCore/prepare()``.)
    static func main() {
        holdClosedStandardStreams()
        ExitStatus.runAndExit()
    }
}

/// Runs library work, turning a failure into one `precis: error: …` line on stderr and the
/// contract's exit status (``ExitStatus``: 64 for a value the library refuses, else 1).
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as PrecisError {
        printError("precis: error: \(CommandLineWords.translate(error.description))")
        throw ExitCode(ExitStatus.code(for: error))
    }
}

/// Inputs skipped with a warning (an unreadable, binary or oversized file). The command still
/// does its work on the rest, then exits with status 2 instead of 0, so a script can tell a
/// partial result from a complete one (as `rsync` does with its exit status 23).
enum SkippedInputs {
    /// Warnings printed so far; only the main thread reads input and prints them.
    nonisolated(unsafe) private(set) static var count = 0

    /// Prints each warning (unless `quiet`), after calling `clear` (to clear a progress line),
    /// and counts it.
    static func report(_ warnings: [String], quiet: Bool = false, clear: () -> Void = {}) {
        count += warnings.count
        guard !quiet else { return }
        for warning in warnings {
            clear()
            printError("precis: \(CommandLineWords.translate(warning))")
        }
    }

    /// The exit status of a command that succeeded: 2 when it skipped input, else 0.
    static var exitStatus: Int32 { count > 0 ? 2 : 0 }
}

/// A standard stream the caller closed (`precis digest DIR >&-`) is held by `/dev/null`, opened
/// the wrong way round so that using it still fails with "Bad file descriptor": otherwise the
/// next file precis opens would take its number, and "standard output" would be written into
/// that file.
func holdClosedStandardStreams() {
    for (fd, flags) in [(STDIN_FILENO, O_WRONLY), (STDOUT_FILENO, O_RDONLY), (STDERR_FILENO, O_RDONLY)]
    where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
        let held = open("/dev/null", flags)
        if held >= 0 && held != fd {
            dup2(held, fd)
            close(held)
        }
    }
}

/// Writes one line to stderr; a closed or full stderr is ignored (there is nowhere to say so).
func printError(_ line: String) {
    try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
}

/// Writes to stdout, turning a closed descriptor or a full disk into a `PrecisError` (so the
/// command exits 1 with a message) instead of a trap.
func writeStandardOutput(_ text: String) throws {
    do { try FileHandle.standardOutput.write(contentsOf: Data(text.utf8)) }
    catch { throw PrecisError.cannotWrite("standard output", because: error) }
}

