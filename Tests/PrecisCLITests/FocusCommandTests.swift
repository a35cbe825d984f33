import Foundation
import Testing

/// `--topic` and `--since` on `digest` and `brief` (issue 19).
@Suite struct FocusCommandTests {
    static let later = ["000_17fff6f30f82ae0b.txt", "001_57bfc616d560bdc8.txt"].map { CLI.istanbul + "/" + $0 }
    static let earlier = ["002_dd24d0e13730de0a.txt", "003_22b61c6839899886.txt", "004_52f60b2b561ad4d2.txt"].map { CLI.istanbul + "/" + $0 }
    static var day: String { Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent("brief-day.jsonl").path }

    /// Golden output (a novelty threshold of 0.5: the default, 0.8, leaves out only near-copies,
    /// and the later Istanbul articles' digest holds none): regenerate with
    /// `echo '{"focus": {"noveltyThreshold": 0.5}}' > /tmp/nt.json; swift run precis digest Evaluation/corpora/istanbul-talks/00{0,1}_*.txt --since Evaluation/corpora/istanbul-talks/00{2,3,4}_*.txt --config /tmp/nt.json > Tests/PrecisCLITests/Golden/istanbul-update.txt`
    /// only when a change of output is intended, and say why in the commit.
    @Test func sinceMatchesTheGoldenFileAndLeavesOutWhatWasRead() throws {
        let scratch = try HostileInputTests.Scratch()
        let config = try scratch.write("nt.json", #"{"focus": {"noveltyThreshold": 0.5}}"#)
        let update = try CLI.run(["digest"] + Self.later + ["--since"] + Self.earlier + ["--config", config])
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout == (try CLI.golden("istanbul-update.txt")))
        let plain = try CLI.run(["digest"] + Self.later + ["--config", config])
        #expect(update.stdout != plain.stdout)
    }

    @Test func articlesThatAddNothingGiveNoItemsANoteAndStatusZero() throws {
        let scratch = try HostileInputTests.Scratch()
        let copy = try scratch.write("copy.txt", try String(contentsOfFile: Self.later[0], encoding: .utf8))
        let text = try CLI.run(["digest", copy, "--since", CLI.istanbul])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.isEmpty)
        let json = try CLI.run(["digest", copy, "--since", CLI.istanbul, "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect((object["items"] as! [Any]).isEmpty)
        #expect((object["note"] as! String).hasPrefix("The articles add nothing to the earlier ones"))
    }

    @Test func sinceNamingTheNewArticlesOrNothingReadableIsAUsageError() throws {
        for since in [[CLI.istanbul], [Self.later[0]], [CLI.istanbul + "/../istanbul-talks"], ["/nonexistent/folder"]] {
            let result = try CLI.run(["digest", CLI.istanbul, "--since"] + since)
            #expect(result.status == 64, "\(since): \(result.stderr)")
            #expect(result.stderr.hasPrefix("precis: error: --since"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        let scratch = try HostileInputTests.Scratch()
        try scratch.write("empty.txt", "")
        let empty = try CLI.run(["digest", CLI.istanbul, "--since", scratch.path("empty.txt")])
        #expect(empty.status == 64, "\(empty.stderr)")
        let brief = try CLI.run(["brief", Self.day, "--since", Self.day])
        #expect(brief.status == 64 && brief.stderr.hasPrefix("precis: error: --since"))
        let noBrief = try CLI.run(["brief", Self.day, "--since", scratch.write("x.json", "{}")])
        #expect(noBrief.status == 64, "\(noBrief.stderr)")
    }

    @Test func topicIsAFileOrTheTextItself() throws {
        let scratch = try HostileInputTests.Scratch()
        let topic = "Sanctions\n\nWhat sanctions do European leaders threaten if Russia rejects the ceasefire?"
        let file = try scratch.write("topic.txt", topic)
        let fromFile = try CLI.run(["digest", CLI.istanbul, "--topic", file, "--method", "centroid-mmr"])
        let fromText = try CLI.run(["digest", CLI.istanbul, "--topic", topic, "--method", "centroid-mmr"])
        #expect(fromFile.status == 0 && fromText.status == 0)
        #expect(fromFile.stdout == fromText.stdout)
        let plain = try CLI.run(["digest", CLI.istanbul, "--method", "centroid-mmr"])
        #expect(fromFile.stdout != plain.stdout)
        let blank = try CLI.run(["digest", CLI.istanbul, "--topic", " "])
        #expect(blank.status == 64 && blank.stderr.contains("--topic"))
        let jsonl = try CLI.run(["digest", "--jsonl", "--topic", "x"], stdin: "")
        #expect(jsonl.status == 64)
    }

    @Test func briefSinceMarksStoriesNewOrContinuing() throws {
        let scratch = try HostileInputTests.Scratch()
        let copy = try scratch.write("yesterday.jsonl", try String(contentsOfFile: Self.day, encoding: .utf8))
        func stories(_ arguments: [String]) throws -> [[String: Any]] {
            let result = try CLI.run(["brief", Self.day, "--format", "json", "--min-size", "1", "--quiet"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
            return object["stories"] as! [[String: Any]]
        }
        // the plain brief has no status (its golden file is unchanged)
        #expect(try stories([]).allSatisfy { $0["status"] == nil && $0["continues"] == nil })
        // against the same articles read yesterday: every story continues, and adds nothing
        let same = try stories(["--since", copy])
        #expect(same.allSatisfy { $0["status"] as? String == "continuing" })
        #expect(same.allSatisfy { (($0["digest"] as! [String: Any])["items"] as! [Any]).isEmpty })
        // against an unrelated day: every story is new
        let other = try stories(["--since", CLI.istanbul])
        #expect(other.allSatisfy { $0["status"] as? String == "new" && $0["continues"] == nil })
        // against yesterday's brief JSON: stories continue the brief's stories
        let briefJSON = try CLI.run(["brief", copy, "--format", "json", "--min-size", "1", "--quiet"])
        let previous = try scratch.write("yesterday.json", briefJSON.stdout)
        let fromBrief = try stories(["--since", previous])
        #expect(fromBrief.allSatisfy { $0["status"] as? String == "continuing" })
        #expect(fromBrief.allSatisfy { ($0["continues"] as! [String]).allSatisfy { $0.hasPrefix("story-") } })
    }

    @Test func briefTopicRanksStoriesByIt() throws {
        let plain = try CLI.run(["brief", Self.day, "--format", "json", "--min-size", "1", "--quiet"])
        let object = try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as! [String: Any]
        let stories = object["stories"] as! [[String: Any]]
        #expect(stories.count >= 2)
        // the last story's headline as the topic brings it to the top
        let last = stories.last!["headline"] as! String
        let focused = try CLI.run(["brief", Self.day, "--format", "json", "--min-size", "1", "--quiet", "--topic", last])
        let top = ((try JSONSerialization.jsonObject(with: Data(focused.stdout.utf8)) as! [String: Any])["stories"] as! [[String: Any]])[0]
        #expect(top["headline"] as? String == last || (top["articles"] as! [[String: Any]]).map { $0["id"] as! String }
            == (stories.last!["articles"] as! [[String: Any]]).map { $0["id"] as! String })
        #expect((top["topicRelevance"] as! Double) > 0)
    }
}
