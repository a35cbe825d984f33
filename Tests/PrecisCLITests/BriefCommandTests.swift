import Foundation
import Testing

@Suite struct BriefCommandTests {
    @Test func jsonHasStoriesMostImportantFirst() throws {
        let result = try CLI.run(["brief", CLI.istanbul, "--format", "json", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let stories = object["stories"] as! [[String: Any]]
        #expect(stories.count == 1)
        let ids = (stories[0]["articles"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(ids.sorted() == ids)
        #expect(ids.first == "000_17fff6f30f82ae0b.txt")
        #expect(stories[0]["headline"] is String && stories[0]["sources"] is [String] && stories[0]["sourceCount"] is Int)
        #expect(((stories[0]["digest"] as! [String: Any])["items"] as! [Any]).count > 0)
        #expect(result.stderr.isEmpty)
    }

    @Test func jsonLinesOnStdinAndHTMLOutput() throws {
        let lines = (0..<3).map { n in
            "{\"id\": \"n\(n)\", \"source\": \"s\(n)\", \"text\": \"Leaders <script>alert(1)</script> will meet in Istanbul on Thursday for peace talks, officials said. The talks follow weeks of fighting.\"}"
        }.joined(separator: "\n")
        let result = try CLI.run(["brief", "-", "--format", "html", "--min-size", "1"], stdin: lines)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(!result.stdout.contains("<script>") && result.stdout.contains("&lt;script&gt;"))
    }

    @Test func skippedFileGivesTheBriefAndStatus2() throws {
        let day = FileManager.default.temporaryDirectory.appendingPathComponent("precis-skip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: day) }
        let source = day.appendingPathComponent("wire")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: CLI.istanbul) {
            try FileManager.default.copyItem(atPath: CLI.istanbul + "/" + name, toPath: source.appendingPathComponent(name).path)
        }
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]).write(to: source.appendingPathComponent("image.txt"))
        let result = try CLI.run(["brief", day.path, "--format", "json"])
        #expect(result.status == 2, "the brief is written; status 2 says input was skipped")
        #expect(result.stdout.contains("\"stories\""))
        #expect(result.stderr == "precis: warning: wire/image.txt: looks binary (NUL bytes), not text; skipped\n", "\(result.stderr)")
        let quiet = try CLI.run(["brief", day.path, "--format", "json", "--quiet"])
        #expect(quiet.status == 2 && quiet.stderr.isEmpty && quiet.stdout == result.stdout)
    }

    /// A missing input is a failure (1); a value the command refuses is a usage error (64).
    @Test(arguments: [
        (["brief", "/nonexistent/day"], "no such file or folder", 1),
        (["brief", CLI.istanbul, "--stories", "0"], "--stories must be at least 1", 64),
        (["brief", CLI.istanbul, "--threshold", "2"], "threshold must be in (0, 1]", 64),
        (["brief", CLI.istanbul, "--shared-neighbors=-1"], "sharedNeighbors must be in 0...1000", 64),
        (["brief", CLI.istanbul, "--shared-neighbors", "1000000000000"], "sharedNeighbors must be in 0...1000", 64),
        (["brief", CLI.istanbul, "--relative", "1"], "must be in [0, 1)", 64),
        (["brief", CLI.istanbul, "--relative", "nan"], "must be in [0, 1)", 64),
    ] as [([String], String, Int32)])
    func badInputGetsOneLineError(arguments: [String], message: String, status: Int32) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == status, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("precis: error: ") && lines[0].contains(message), "\(result.stderr)")
    }

    @Test func malformedJSONLinesAreNamedAndSkipped() throws {
        let good = #"{"id": "a", "text": "Leaders will meet in Istanbul on Thursday to talk about a ceasefire."}"#
        let result = try CLI.run(["brief", "-", "--format", "json", "--min-size", "1"], stdin: good + "\nnot json\n")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("precis: warning: stdin:2: not an article") && result.stderr.hasSuffix("; skipped\n"), "\(result.stderr)")
        let brief = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let stories = brief?["stories"] as? [[String: Any]]
        #expect(stories?.count == 1 && (stories?[0]["articles"] as? [[String: Any]])?.map { $0["id"] as? String } == ["a"], "\(result.stdout)")
        let nothing = try CLI.run(["brief", "-"], stdin: "not json\n")
        #expect(nothing.status == 1 && nothing.stderr.contains("precis: error: stdin: no articles"), "\(nothing.stderr)")
    }

    @Test func digestJSONLinesWritesOneDigestPerCluster() throws {
        let text = try String(contentsOfFile: CLI.istanbul + "/004_52f60b2b561ad4d2.txt", encoding: .utf8)
        let cluster: [String: Any] = ["id": "c1", "documents": [["id": "d1", "text": text], ["id": "d2", "text": text]]]
        let line = String(decoding: try JSONSerialization.data(withJSONObject: cluster), as: UTF8.self)
        let result = try CLI.run(["digest", "--jsonl", "--words", "50"], stdin: line + "\nbroken\n" + line + "\n")
        let out = result.stdout.split(separator: "\n")
        #expect(out.count == 3)
        #expect(out[0].contains("\"id\":\"c1\"") && out[0].contains("\"digest\""))
        #expect(out[1].contains("\"error\"") && out[1].contains("\"line\":2"))
        #expect(out[2] == out[0])
        #expect(result.status == 2 && result.stderr == "precis: warning: 1 of 3 cluster lines failed (see their \"error\" fields)\n",
                "a partial result: \(result.stderr)")
    }
}
