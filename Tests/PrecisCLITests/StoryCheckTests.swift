import Foundation
import Testing

/// `digest` warns when its input seems to hold several stories (rule and figures:
/// `Evaluation/results/digest-story-warning.md`), and only then.
struct StoryCheckTests {
    static let duc2003 = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpora/duc2003/clusters").path

    @Test func theSampleIsOneStory() throws {
        let result = try CLI.run(["digest", CLI.istanbul])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: duc2003)))
    func twoClustersGiveOneWarningAndTheSameDigest() throws {
        let a = Self.duc2003 + "/d30003t", b = Self.duc2003 + "/d30010t"
        let one = try CLI.run(["digest", a])
        #expect(one.status == 0 && one.stderr.isEmpty, "one cluster, one story: \(one.stderr)")
        let both = try CLI.run(["digest", a, b])
        #expect(both.status == 0, "a warning, not a partial result")
        #expect(both.stderr == "precis: warning: the input seems to hold 2 stories (of 10 and 10 articles); "
                + "`precis brief` makes one digest per story\n", "\(both.stderr)")
        let jsonl = try CLI.run(["digest", a, b, "--format", "json"])
        #expect(jsonl.stdout.contains("\"items\""), "the digest is still made")
    }
}
