import Foundation
import Testing
@testable import Precis
@testable import PrecisEvaluation

/// Precis's ROUGE against the official ROUGE-1.5.5 Perl script on generated summaries full of
/// the cases that trip reimplementations (hyphens, digits, non-ASCII bytes, tabs, CRLF, blank
/// and whitespace-only lines, leading spaces, empty summaries, missing summaries, repeated
/// words, WordNet exceptions), under several flag settings. Every per-cluster R/P/F and every
/// printed Average must be identical at ROUGE's five decimals, every interval within 0.000005.
///
/// Skips (with a message) unless perl with XML::Parser, python3 and a ROUGE-1.5.5 install
/// (`$PRECIS_ROUGE155_DIR` or the peers venv) are present; CI installs them with
/// `Evaluation/scripts/setup_oracle.sh`.
@Suite struct RougePerlOracleTests {
    static var python: URL? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent("python3")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    static let available = RougeTestPaths.perlHasXMLParser && RougeTestPaths.rouge155Directory != nil && python != nil

    static let settings = [
        "-n 4 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -2 4 -u",
        "-n 2 -m -l 30 -f B -2 4 -u",
        "-n 3 -m -b 120 -p 0.3 -2 -1 -u",
        "-n 2 -s -m -t 1 -r 200 -c 90",
        "-n 1 -x -2 3",
        "-n 2 -f B -t 1 -b 200 -2 4 -u",
        "-n 2 -w 1.2 -m -l 100 -2 4 -u",
        "-n 1 -w 1.5 -f B -b 150",
    ]

    @Test(.enabled(if: available, "needs perl with XML::Parser, python3 and ROUGE-1.5.5 (Evaluation/scripts/setup_oracle.sh)"),
          arguments: settings)
    func agreesWithROUGE155(flags: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("precis-rouge-oracle-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try RougeGeneratedCorpus.write(to: folder)
        var options = try RougeOptions(rouge155Flags: flags)
        options.dataDirectory = RougeTestPaths.rouge155Directory!.appendingPathComponent("data").path
        let report = try Rouge(options: options).evaluate(RougeEvaluationInput(
            references: try EvaluationCorpus.readReferences(directory: folder.appendingPathComponent("references")),
            systems: try EvaluationCorpus.readSummaries(directory: folder.appendingPathComponent("summaries"))))

        let script = RougeTestPaths.root.appendingPathComponent("Evaluation/scripts/rouge_oracle.py").path
        let run = try RougeTestPaths.run(Self.python!, [
            script, "--summaries", folder.appendingPathComponent("summaries").path,
            "--references", folder.appendingPathComponent("references").path,
            "--flags", flags, "--rouge-dir", RougeTestPaths.rouge155Directory!.path,
        ])
        try #require(run.status == 0, "the oracle failed")
        let oracle = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let systems = try #require(oracle["systems"] as? [[String: Any]])
        let perCluster = try #require(oracle["per_cluster"] as? [String: [String: [String: [Double]]]])
        #expect(systems.count == report.systems.count)
        var compared = 0
        for expected in systems {
            let name = try #require(expected["name"] as? String)
            let mine = try #require(report.systems.first { $0.name == name })
            for aggregate in mine.aggregates {
                let id = aggregate.metric.id
                let e = try #require(expected[id] as? [String: Any], "\(name) \(id) missing from ROUGE's output")
                let interval = try #require(e["interval"] as? [String: [Double]])
                for measure in RougeMeasure.allCases {
                    let value = try #require(e[measure.rawValue] as? Double)
                    #expect(_perlRound5(aggregate.average[measure]) == value, "\(flags): \(name) \(id) \(measure) average")
                    #expect(abs(aggregate.low[measure] - interval[measure.rawValue]![0]) <= 0.0000051, "\(name) \(id) low")
                    #expect(abs(aggregate.high[measure] - interval[measure.rawValue]![1]) <= 0.0000051, "\(name) \(id) high")
                    compared += 1
                }
                if options.counting == .perSummary {
                    let clusters = try #require(perCluster[name]?[id])
                    #expect(clusters.count == mine.clusters.count)
                    for cluster in mine.clusters {
                        let r = cluster.results.first { $0.metric == aggregate.metric }!.score
                        #expect(clusters[cluster.cluster] == [r.recall, r.precision, r.f], "\(flags): \(name) \(id) \(cluster.cluster)")
                    }
                }
            }
        }
        #expect(compared > 0)
    }
}

/// A small corpus generated with a fixed seed: 12 clusters, 3–4 references each, 3 systems
/// (one missing a cluster, one with an empty and a punctuation-only summary).
enum RougeGeneratedCorpus {
    static let words = [
        "the", "a", "of", "to", "and", "in", "is", "was", "were", "best", "better", "went", "men", "women", "children",
        "agreement", "agreements", "generalizations", "running", "runs", "ran", "flies", "flying", "happy", "happiness",
        "yelling", "yes", "syzygy", "crying", "dying", "played", "plays", "government", "governments", "minister",
        "ministers", "election", "elections", "elected", "hopping", "hoped", "filing", "relational", "conditional",
        "1990s", "3rd", "100", "2,000", "$5", "U.S.", "well-known", "-", "--", "(AP)", "NATO", "Hun", "Sen's", "Türkiye",
        "café", "naïve", "—", "“quoted”", "e-mail", "re-elect", "mid-1990s", "archaeology", "feed", "agreed", "sky",
        "skies", "oscillators", "controlling", "trekked", "is", "it", "on", "at", "by", "for", "with", "as", "from",
        "that", "this", "which", "who", "said", "says", "saying", "announced", "Friday", "Monday", "coalition", "party",
    ]

    static func write(to folder: URL) throws {
        var random = PerlRandom(seed: 2004)
        func pick(_ n: Int) -> Int { random.index(below: n) }
        func sentence() -> [String] { (0..<(3 + pick(20))).map { _ in words[pick(words.count)] } }
        func render(_ sentences: [[String]], messy: Bool) -> String {
            var out = ""
            for s in sentences {
                var line = s.joined(separator: messy && pick(5) == 0 ? "\t" : messy && pick(6) == 0 ? "  " : " ")
                if messy {
                    switch pick(12) {
                    case 0: line = "  " + line
                    case 1: line += "   "
                    case 2: out += "\n"
                    case 3: out += "   \n"
                    default: break
                    }
                }
                out += line + (messy && pick(8) == 0 ? "\r\n" : "\n")
            }
            return out
        }
        let fm = FileManager.default
        for c in 0..<12 {
            let cluster = String(format: "c%02d", c)
            let refDir = folder.appendingPathComponent("references/\(cluster)")
            try fm.createDirectory(at: refDir, withIntermediateDirectories: true)
            var pool: [[String]] = []
            for r in 0..<(3 + pick(2)) {
                let sentences = (0..<(3 + pick(6))).map { _ in sentence() }
                pool += sentences
                try render(sentences, messy: r == 1).write(to: refDir.appendingPathComponent("\(["A", "B", "C", "D"][r]).txt"), atomically: true, encoding: .utf8)
            }
            for (s, system) in ["SysA", "SysB", "Sys-C"].enumerated() {
                if s == 1 && c == 5 { continue }  // a missing summary
                let dir = folder.appendingPathComponent("summaries/\(system)")
                try fm.createDirectory(at: dir, withIntermediateDirectories: true)
                var text: String
                if s == 2 && c == 3 {
                    text = ""
                } else if s == 2 && c == 4 {
                    text = "... --- !!!\n\n"
                } else {
                    // Mostly copied (and shuffled) reference sentences, some invented, some repeated.
                    var sentences: [[String]] = []
                    for _ in 0..<(2 + pick(8)) {
                        if pick(3) > 0 {
                            var copied = pool[pick(pool.count)]
                            if pick(2) == 0 && copied.count > 2 { copied.swapAt(0, copied.count - 1) }
                            sentences.append(copied)
                        } else {
                            sentences.append(sentence())
                        }
                    }
                    if pick(4) == 0 { sentences.append(sentences[0]) }
                    text = render(sentences, messy: s == 2)
                }
                try text.write(to: dir.appendingPathComponent("\(cluster).txt"), atomically: true, encoding: .utf8)
            }
        }
    }
}
