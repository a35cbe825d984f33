import Foundation
import Testing

/// The exit-status contract of README "Command line": every subcommand × {unknown option, bad
/// value, missing input, conflicting options, partial result} → status and first stderr line.
/// 64 usage error, 1 failure, 2 partial result; one `precis: error: …` (or `precis: warning: …`)
/// style. A combination a command cannot meet (it has no exclusive options, or no input it can
/// skip) is left out and marked "n/a" in the README's table.
struct ExitStatusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var command: String
        var situation: String
        var arguments: [String]
        var stdin: String? = nil
        var status: Int32
        var message: String
        var testDescription: String { "\(command) × \(situation) → \(status)" }
    }

    static let summary = "Evaluation/corpora/istanbul-talks/000_17fff6f30f82ae0b.txt"
    static let reference = "Evaluation/corpora/istanbul-talks/001_57bfc616d560bdc8.txt"
    static let lead = "Evaluation/configs/lead.json", concepts = "Evaluation/configs/default.json"
    static let budgetError = "precis: error: invalid budget: "

    /// `$I` is the sample folder; `$MIXED` the sample plus a binary file; `$DAY` brief JSON Lines
    /// with one good and one bad line; `$CORPUS` two clusters, references for one only; `$OUT`
    /// a scratch file; `$LINES` (stdin) one good and two bad `digest --jsonl` lines, `$BAD` two bad.
    static let table: [Case] = [
        Case(command: "digest", situation: "unknown option", arguments: ["digest", "$I", "--foo"], status: 64, message: "precis: error: unknown option '--foo'"),
        Case(command: "digest", situation: "bad value --words 0", arguments: ["digest", "$I", "--words", "0"], status: 64, message: budgetError),
        Case(command: "digest", situation: "bad value --words -5", arguments: ["digest", "$I", "--words", "-5"], status: 64, message: budgetError),
        Case(command: "digest", situation: "bad value --ratio 2", arguments: ["digest", "$I", "--ratio", "2"], status: 64, message: budgetError),
        Case(command: "digest", situation: "bad value --format", arguments: ["digest", "$I", "--format", "pdf"], status: 64, message: "precis: error: the value 'pdf' is invalid"),
        Case(command: "digest", situation: "missing input", arguments: ["digest"], status: 64, message: "precis: error: no input"),
        Case(command: "digest", situation: "conflicting budgets", arguments: ["digest", "$I", "--words", "50", "--sentences", "2"], status: 64, message: "precis: error: give at most one of"),
        Case(command: "digest", situation: "conflicting --jsonl and paths", arguments: ["digest", "--jsonl", "$I"], status: 64, message: "precis: error: --jsonl reads clusters from standard input"),
        Case(command: "digest", situation: "partial: a binary file skipped", arguments: ["digest", "$MIXED"], status: 2, message: "precis: warning: bin.txt: looks binary"),
        Case(command: "digest", situation: "partial: --jsonl, 1 good and 2 bad lines", arguments: ["digest", "--jsonl"], stdin: "$LINES", status: 2, message: "precis: warning: 2 of 3 cluster lines failed"),
        Case(command: "digest", situation: "failure: --jsonl, every line bad", arguments: ["digest", "--jsonl"], stdin: "$BAD", status: 1, message: "precis: error: 2 of 2 cluster lines failed"),
        Case(command: "digest", situation: "failure: no such input", arguments: ["digest", "$I/nothing.txt"], status: 1, message: "precis: error: "),
        Case(command: "rank", situation: "unknown option", arguments: ["rank", "$I", "--foo"], status: 64, message: "precis: error: unknown option '--foo'"),
        Case(command: "rank", situation: "bad value --format", arguments: ["rank", "$I", "--format", "pdf"], status: 64, message: "precis: error: the value 'pdf' is invalid"),
        Case(command: "rank", situation: "missing input", arguments: ["rank"], status: 64, message: "precis: error: no input"),
        Case(command: "rank", situation: "partial: a binary file skipped", arguments: ["rank", "$MIXED"], status: 2, message: "precis: warning: bin.txt: looks binary"),
        Case(command: "rouge", situation: "unknown option", arguments: ["rouge", "--summary", summary, "--references", reference, "--foo"], status: 64, message: "precis: error: unknown option '--foo'"),
        Case(command: "rouge", situation: "bad value -n x", arguments: ["rouge", "--summary", summary, "--references", reference, "--rouge-flags", "-n x"], status: 64, message: "precis: error: --rouge-flags: -n needs a whole number"),
        Case(command: "rouge", situation: "missing input", arguments: ["rouge"], status: 64, message: "precis: error: missing expected argument '--summary"),
        Case(command: "rouge", situation: "conflicting -l and -b", arguments: ["rouge", "--summary", summary, "--references", reference, "--rouge-flags", "-l 100 -b 665"], status: 64, message: "precis: error: --rouge-flags: give -l or -b, not both"),
        Case(command: "eval", situation: "unknown option", arguments: ["eval", "$I", "--foo"], status: 64, message: "precis: error: unknown option '--foo'"),
        Case(command: "eval", situation: "bad value --format", arguments: ["eval", "$I", "--format", "pdf"], status: 64, message: "precis: error: --format must be table or json"),
        Case(command: "eval", situation: "missing input", arguments: ["eval"], status: 64, message: "precis: error: give a CORPUS folder"),
        Case(command: "eval", situation: "conflicting --summaries and --config", arguments: ["eval", "--summaries", "$I", "--references", "$I", "--config", lead], status: 64, message: "precis: error: --config runs a summarizer"),
        Case(command: "eval", situation: "partial: a cluster without references", arguments: ["eval", "$CORPUS", "--output", "$OUT"], status: 2, message: "precis: warning: "),
        Case(command: "compare", situation: "unknown option", arguments: ["compare", lead, concepts, "$I", "--foo"], status: 64, message: "precis: error: unknown option '--foo'"),
        Case(command: "compare", situation: "bad value --trials 0", arguments: ["compare", lead, concepts, "$I", "--trials", "0"], status: 64, message: "precis: error: --trials must be in"),
        Case(command: "compare", situation: "missing input", arguments: ["compare", lead], status: 64, message: "precis: error: missing expected argument '<b>'"),
        Case(command: "compare", situation: "conflicting -l and -b", arguments: ["compare", lead, concepts, "$I", "--rouge-flags", "-n 2 -l 100 -b 665"], status: 64, message: "precis: error: --rouge-flags: give -l or -b, not both"),
        Case(command: "compare", situation: "partial: a cluster without references", arguments: ["compare", lead, concepts, "$CORPUS", "--trials", "100"], status: 2, message: "precis: warning: "),
        Case(command: "brief", situation: "unknown option", arguments: ["brief", "$DAY", "--foo"], status: 64, message: "precis: error: unknown option '--foo'"),
        Case(command: "brief", situation: "bad value --stories 0", arguments: ["brief", "$DAY", "--stories", "0"], status: 64, message: "precis: error: --stories must be at least 1"),
        Case(command: "brief", situation: "missing input", arguments: ["brief"], status: 64, message: "precis: error: missing expected argument '<path>'"),
        Case(command: "brief", situation: "partial: a line that is not an article", arguments: ["brief", "$DAY", "--min-size", "1"], status: 2, message: "precis: warning: "),
        Case(command: "bench", situation: "unknown option", arguments: ["bench", "--corpora", "$I", "--foo"], status: 64, message: "precis: error: unknown option '--foo'"),
        Case(command: "bench", situation: "bad value --repeat 0", arguments: ["bench", "--corpora", "$I", "--repeat", "0"], status: 64, message: "precis: error: --repeat must be at least 1"),
        Case(command: "bench", situation: "bad value --sizes 1", arguments: ["bench", "--corpora", "$I", "--sizes", "1"], status: 64, message: "precis: error: --sizes: '1' is not a size"),
        Case(command: "bench", situation: "missing input", arguments: ["bench"], status: 64, message: "precis: error: missing expected argument '--corpora"),
        Case(command: "model idf", situation: "unknown option", arguments: ["model", "idf", "$I", "-o", "$OUT", "--foo"], status: 64, message: "precis: error: unknown option '--foo'"),
        Case(command: "model idf", situation: "bad value --min-df 0", arguments: ["model", "idf", "$I", "-o", "$OUT", "--min-df", "0"], status: 64, message: "precis: error: --min-df must be at least 1"),
        Case(command: "model idf", situation: "missing input", arguments: ["model", "idf", "-o", "$OUT"], status: 64, message: "precis: error: missing expected argument '<paths> ...'"),
        Case(command: "model idf", situation: "missing output", arguments: ["model", "idf", "$I"], status: 64, message: "precis: error: missing expected argument '--output"),
        Case(command: "model idf", situation: "partial: a binary file skipped", arguments: ["model", "idf", "$MIXED", "-o", "$OUT", "--min-df", "1"], status: 2, message: "precis: warning: bin.txt: looks binary"),
    ]

    /// The files the table's placeholders name, made once per process.
    final class Fixtures: Sendable {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("precis-exit-\(UUID().uuidString)")
        let lines: String, bad: String

        init() throws {
            let fm = FileManager.default
            let sample = URL(fileURLWithPath: CLI.istanbul)
            let article = try String(contentsOf: sample.appendingPathComponent("000_17fff6f30f82ae0b.txt"), encoding: .utf8)
            try fm.createDirectory(at: root.appendingPathComponent("mixed"), withIntermediateDirectories: true)
            for name in try fm.contentsOfDirectory(atPath: sample.path) {
                try fm.copyItem(at: sample.appendingPathComponent(name), to: root.appendingPathComponent("mixed/\(name)"))
            }
            try Data([0x61, 0, 0x62]).write(to: root.appendingPathComponent("mixed/bin.txt"))
            let good = try JSONSerialization.data(withJSONObject: ["id": "a1", "title": "Talks", "text": article], options: [.sortedKeys])
            try (String(decoding: good, as: UTF8.self) + "\nnot json\n").write(to: root.appendingPathComponent("day.jsonl"), atomically: true, encoding: .utf8)
            for cluster in ["a", "b"] {
                try fm.createDirectory(at: root.appendingPathComponent("corpus/clusters/\(cluster)"), withIntermediateDirectories: true)
                try article.write(to: root.appendingPathComponent("corpus/clusters/\(cluster)/d.txt"), atomically: true, encoding: .utf8)
            }
            try fm.createDirectory(at: root.appendingPathComponent("corpus/references/a"), withIntermediateDirectories: true)
            try "Zelensky invited Putin to talks in Istanbul on Thursday.\n".write(
                to: root.appendingPathComponent("corpus/references/a/A.txt"), atomically: true, encoding: .utf8)
            let cluster = try JSONSerialization.data(withJSONObject: ["id": "c1", "documents": [["id": "d1", "text": article]]], options: [.sortedKeys])
            bad = "not json\n{\"id\": \"c2\", \"documents\": []}\n"
            lines = String(decoding: cluster, as: UTF8.self) + "\n" + bad
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func expand(_ argument: String) -> String {
            switch argument {
            case "$I": CLI.istanbul
            case "$I/nothing.txt": CLI.istanbul + "/nothing.txt"
            case "$MIXED": root.appendingPathComponent("mixed").path
            case "$DAY": root.appendingPathComponent("day.jsonl").path
            case "$CORPUS": root.appendingPathComponent("corpus").path
            case "$OUT": root.appendingPathComponent("out-\(UUID().uuidString)").path
            case "$LINES": lines
            case "$BAD": bad
            default: argument
            }
        }
    }

    static let fixtures = Result { try Fixtures() }

    @Test(arguments: table) func exitStatusAndMessage(_ row: Case) throws {
        let fixtures = try Self.fixtures.get()
        let result = try CLI.run(row.arguments.map(fixtures.expand), stdin: row.stdin.map(fixtures.expand))
        #expect(result.status == row.status, "\(row.arguments): \(result.stderr)")
        let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix(row.message), "\(row.arguments): \(result.stderr)")
        if row.status == 64 || row.status == 1 {
            #expect(!result.stderr.contains("Error: "), "one message style: \(result.stderr)")
        }
    }
}
