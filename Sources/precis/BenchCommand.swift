import ArgumentParser
import Foundation
import PrecisSupport
import Precis

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark `precis brief` on synthetic days of articles (time and peak memory).",
        discussion: """
            Builds a synthetic day of each size from clustered corpora (every cluster a story; \
            articles shuffled, perturbed, and copied into new stories with their own vocabulary \
            when more are needed), writes it as JSON Lines under --work, then runs \
            `precis brief DAY.jsonl --format json` as a child process and reports wall time and \
            peak resident memory, then the same with --no-digest (grouping only, the work the \
            baseline does). With --python, runs Evaluation/scripts/brief_sklearn.py (the \
            scikit-learn grouping) on the same day, up to --baseline-max articles, and gives its \
            time as a ratio to both. With --repeat N (default 3) every program runs N times, \
            interleaved (brief, grouping, baseline, brief, ...), and each figure is the median \
            with the range beside it: on a shared machine one run's noise is as large as the \
            margins being measured.

            Example (the figures in Evaluation/results/brief.md):
              precis bench --corpora CORPUS,CORPUS --sizes 1000,10000,100000 --python .venv-peers/bin/python
            """
    )

    @Option(help: "Day sizes, comma-separated.")
    var sizes: String = "1000,10000,100000"

    @Option(help: "Corpus folders (each with clusters/<cluster>/<file>), comma-separated: the stories the days are made of.")
    var corpora: String

    @Option(help: "Where the synthetic days and outputs go.")
    var work: String = NSTemporaryDirectory() + "precis-bench"

    @Option(help: "A Python with scikit-learn, to time the baseline grouping in the same run.")
    var python: String?

    @Option(help: "Run the baseline only on days up to this many articles (it needs 8 n^2 bytes).")
    var baselineMax: Int = 10_000

    @Option(help: "The baseline script.")
    var baseline: String = "Evaluation/scripts/brief_sklearn.py"

    @Option(help: "Random seed of the synthetic days.")
    var seed: UInt64 = 2025

    @Option(help: "Runs of each program per day, interleaved; figures are medians (range beside them).")
    var `repeat`: Int = 3

    func validate() throws {
        guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1, got \(`repeat`)") }
    }

    func run() throws {
        try reportingErrors {
            let counts = try sizes.split(separator: ",").map { part -> Int in
                guard let n = Int(part.trimmingCharacters(in: .whitespaces)), n >= 2 else {
                    throw PrecisError.invalidArgument("--sizes: '\(part)' is not a size of at least 2")
                }
                return n
            }
            if let python, !FileManager.default.isExecutableFile(atPath: python) {
                throw PrecisError.invalidArgument("--python \(python): not an executable file")
            }
            let clusters = try SyntheticDay.loadClusters(corpora: corpora.split(separator: ",").map(String.init))
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            let me = URL(fileURLWithPath: CommandLine.arguments[0]).path
            let executable = FileManager.default.isExecutableFile(atPath: me) ? me : (Bundle.main.executablePath ?? me)
            try writeStandardOutput("""
                | articles | stories (true) | precis brief: time | peak memory | stages (s) | precis grouping only (--no-digest) | scikit-learn: time | peak memory | ratio to the brief | ratio to the grouping |
                |---:|---:|---:|---:|---|---:|---:|---:|---:|---:|

                """)
            for n in counts {
                let items = SyntheticDay.make(count: n, clusters: clusters, seed: seed)
                let day = (work as NSString).appendingPathComponent("day-\(n).jsonl")
                try OutputFile.write(SyntheticDay.jsonLines(items), to: day)
                let truth = items.map { "\($0.line.id)\t\($0.story)\n" }.joined()
                try OutputFile.write(truth, to: (work as NSString).appendingPathComponent("day-\(n).truth.tsv"))
                let out = (work as NSString).appendingPathComponent("brief-\(n).json")
                let groups = (work as NSString).appendingPathComponent("groups-\(n).json")
                let runBaseline = python != nil && n <= baselineMax
                var ours: [Measurement] = [], grouping: [Measurement] = [], base: [Measurement] = []
                for _ in 0..<`repeat` {
                    let brief = try Self.measure(executable, ["brief", day, "--format", "json", "--quiet", "--timing", "-o", out])
                    guard brief.status == 0 else { throw PrecisError.invalidInput("precis brief failed on \(n) articles: \(brief.stderr)") }
                    ours.append(brief)
                    // the same work the baseline does: grouping, no digests
                    let group = try Self.measure(executable, ["brief", day, "--format", "json", "--quiet", "--no-digest", "-o", groups])
                    guard group.status == 0 else { throw PrecisError.invalidInput("precis brief --no-digest failed on \(n) articles: \(group.stderr)") }
                    grouping.append(group)
                    if runBaseline, let python {
                        let run = try Self.measure(python, ["-W", "ignore", baseline, day])
                        guard run.status == 0 else {
                            printError("precis: baseline failed on \(n) articles: \(run.stderr.suffix(300))")
                            base = []
                            break
                        }
                        base.append(run)
                    }
                }
                // the stages of the median brief run
                let middle = ours.sorted { $0.seconds < $1.seconds }[ours.count / 2]
                let stages = middle.stderr.split(separator: "\n").last.map(String.init) ?? ""
                var row = "| \(n) | \(Set(items.map(\.story)).count) | \(Self.spread(ours)) | \(Self.megabytes(ours.map(\.peakKB).max() ?? 0)) | `\(stages)` | \(Self.spread(grouping)) |"
                if !base.isEmpty {
                    let b = Self.median(base), o = Self.median(ours), g = Self.median(grouping)
                    row += " \(Self.spread(base)) | \(Self.megabytes(base.map(\.peakKB).max() ?? 0)) | \(String(format: "%.1fx", b / o)) | \(String(format: "%.1fx", b / g)) |"
                } else if runBaseline {
                    row += " failed | | | |"
                } else {
                    row += python == nil ? " not run | | | |" : " not run (over --baseline-max: \(Self.megabytes(8 * n * n / 1024)) for the distance matrix alone) | | | |"
                }
                try writeStandardOutput(row + "\n")
            }
        }
    }

    struct Measurement {
        var status: Int32
        var seconds: Double
        var peakKB: Int
        var stderr: String
    }

    /// Runs a child process: wall time, and the peak RSS it reports (`"peakMB": N` on stderr).
    static func measure(_ executable: String, _ arguments: [String]) throws -> Measurement {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let status = process.terminationStatus
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let text = String(decoding: errData, as: UTF8.self)
        // Both programs print their own peak resident memory (getrusage) in their timing line.
        var peakKB = 0
        if let range = text.range(of: "\"peakMB\": ", options: .backwards) {
            peakKB = Int((Double(text[range.upperBound...].prefix { $0.isNumber || $0 == "." }) ?? 0) * 1024)
        }
        return Measurement(status: status, seconds: seconds, peakKB: peakKB, stderr: text)
    }

    static func seconds(_ s: Double) -> String { String(format: "%.2f s", s) }

    /// The median wall time of some runs (the upper middle one for an even count).
    static func median(_ runs: [Measurement]) -> Double {
        precondition(!runs.isEmpty, "median of no runs")
        return runs.map(\.seconds).sorted()[runs.count / 2]
    }

    /// `median s (min–max)`, or the one time when there is one run.
    static func spread(_ runs: [Measurement]) -> String {
        let times = runs.map(\.seconds).sorted()
        guard times.count > 1 else { return seconds(times[0]) }
        return seconds(median(runs)) + String(format: " (%.2f–%.2f)", times.first!, times.last!)
    }
    static func megabytes(_ kb: Int) -> String { String(format: "%.0f MB", Double(kb) / 1024) }
}
