import Foundation
import Testing

/// Same input, same bytes out, whatever the BLAS thread count: digest, brief and eval.
@Suite struct DeterminismTests {
    func run(_ arguments: [String], threads: Int) throws -> String {
        let result = try CLI.run(arguments, environment: ["OPENBLAS_NUM_THREADS": String(threads)])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    @Test func briefAcrossThreadCounts() throws {
        let opinosis = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpora/opinosis/clusters")
        // a small "day": the five articles and, when ../shared is here, a few review topics
        let day = FileManager.default.temporaryDirectory.appendingPathComponent("precis-day-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: day, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: day) }
        try FileManager.default.copyItem(atPath: CLI.istanbul, toPath: day.appendingPathComponent("web").path)
        if let topics = try? FileManager.default.contentsOfDirectory(atPath: opinosis.path) {
            for topic in topics.sorted().prefix(6) {
                try FileManager.default.copyItem(at: opinosis.appendingPathComponent(topic), to: day.appendingPathComponent(topic))
            }
        }
        for format in ["json", "html", "markdown"] {
            let one = try run(["brief", day.path, "--format", format, "--quiet"], threads: 1)
            let two = try run(["brief", day.path, "--format", format, "--quiet"], threads: 2)
            #expect(one == two && !one.isEmpty, "brief --format \(format)")
        }
    }

    @Test func evalAcrossThreadCounts() throws {
        let one = try run(["eval", CLI.istanbul, "--format", "json", "--output", NSTemporaryDirectory() + "precis-eval-1"], threads: 1)
        let two = try run(["eval", CLI.istanbul, "--format", "json", "--output", NSTemporaryDirectory() + "precis-eval-2"], threads: 2)
        #expect(one == two && one.contains("rouge-2"))
    }

    @Test func evalWithReferencesMissingForSomeClustersWarnsAndScoresTheRest() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("precis-corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: corpus) }
        let fm = FileManager.default
        for cluster in ["a", "b"] {
            try fm.createDirectory(at: corpus.appendingPathComponent("clusters/\(cluster)"), withIntermediateDirectories: true)
            try fm.copyItem(atPath: CLI.istanbul + "/004_52f60b2b561ad4d2.txt", toPath: corpus.appendingPathComponent("clusters/\(cluster)/d.txt").path)
        }
        try fm.createDirectory(at: corpus.appendingPathComponent("references/a"), withIntermediateDirectories: true)
        try "Zelensky invited Putin to talks in Istanbul on Thursday.\n".write(
            to: corpus.appendingPathComponent("references/a/A.txt"), atomically: true, encoding: .utf8)
        let results = corpus.path + "-results"
        defer { try? FileManager.default.removeItem(atPath: results) }
        let result = try CLI.run(["eval", corpus.path, "--format", "json", "--output", results])
        #expect(result.status == 2, "a partial result (a cluster skipped) exits 2: \(result.stderr)")
        #expect(result.stderr.contains("b"), "a warning names the cluster without references")
        #expect(result.stdout.contains("rouge-1"))
        // results are never written among the inputs
        let inside = try CLI.run(["eval", corpus.path, "--output", corpus.appendingPathComponent("clusters/a/results").path])
        #expect(inside.status != 0 && inside.stderr.contains("refusing to overwrite an input"), "\(inside.stderr)")
        try fm.removeItem(at: corpus.appendingPathComponent("references/a"))
        let none = try CLI.run(["eval", corpus.path, "--output", results])
        #expect(none.status != 0)
        #expect(none.stderr.split(separator: "\n").last?.hasPrefix("precis: error: ") == true, "\(none.stderr)")
    }
}
