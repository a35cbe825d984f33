import ArgumentParser
import Foundation
import PrecisSupport
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

    /// Starts the command. For `brief` and `bench` (the commands with large BLAS products), first
    /// starts the binary again with `OPENBLAS_CORETYPE` set when OpenBLAS chose generic kernels on
    /// a CPU it does not know: SSE3 kernels on an AVX-512 machine make the brief's similarity
    /// stage 3x slower. OpenBLAS reads the variable only when it loads, so starting again is the
    /// only way to change its choice; it happens at most once (the variable is then set, and
    /// `bench`'s children inherit it) and costs one more process start (about 30 ms), which the
    /// small matrices of `digest`, `rank` and `eval` would not win back. See ``BLASCore``.
    static func main() {
        holdClosedStandardStreams()
        let command = CommandLine.arguments.dropFirst().first
        if command == "brief" || command == "bench", BLASCore.prepareReexec() {
            execv("/proc/self/exe", CommandLine.unsafeArgv)
            // execv returned: it failed; carry on with the kernels we have.
            unsetenv("OPENBLAS_CORETYPE")
        }
        Self.main(nil)  // returns only when the command succeeded
        Foundation.exit(SkippedInputs.exitStatus)
    }
}

/// Runs library work, turning a failure into one `precis: error: …` line on stderr and exit 1.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as PrecisError {
        printError("precis: error: \(CommandLineWords.translate(error.description))")
        throw ExitCode(1)
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

