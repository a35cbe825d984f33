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

    /// Starts the command. For `brief` and `bench` (the commands with large BLAS products), first
    /// starts the binary again with `OPENBLAS_CORETYPE` set when OpenBLAS chose generic kernels on
    /// a CPU it does not know: SSE3 kernels on an AVX-512 machine make the brief's similarity
    /// stage 3x slower. OpenBLAS reads the variable only when it loads, so starting again is the
    /// only way to change its choice; it happens at most once (the variable is then set, and
    /// `bench`'s children inherit it) and costs one more process start (about 30 ms), which the
    /// small matrices of `digest`, `rank` and `eval` would not win back. See ``BLASCore``.
    static func main() {
        let command = CommandLine.arguments.dropFirst().first
        if command == "brief" || command == "bench", BLASCore.prepareReexec() {
            execv("/proc/self/exe", CommandLine.unsafeArgv)
            // execv returned: it failed; carry on with the kernels we have.
            unsetenv("OPENBLAS_CORETYPE")
        }
        Self.main(nil)
    }
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

