import Foundation
import Testing

@testable import Precis

@Suite struct MethodsCommandTests {
    @Test func listsEveryMethodWithItsSettingsAndDefaults() throws {
        let result = try CLI.run(["methods"])
        #expect(result.status == 0)
        for method in DigestOptions.SummarizerMethod.allCases {
            #expect(result.stdout.contains("\n\(method.rawValue) ") || result.stdout.hasPrefix("\(method.rawValue) "), "\(method)")
            for key in method.settingsKeys { #expect(result.stdout.contains("\"\(key)\": "), "\(method): \(key)") }
        }
        // a default printed is the options type's own
        #expect(result.stdout.contains("damping \(LexRankSummarizer.Options().damping)"))
        #expect(result.stdout.contains("(default)"))
    }

    /// A one-key settings file changes the default digest only as far as that key does: one that
    /// names a default value prints the default digest, and the listing says so.
    @Test func aOneKeySettingsFileKeepsEveryOtherDefault() throws {
        let listing = try CLI.run(["methods"]).stdout
        #expect(listing.contains("an object keeps these defaults for every key it leaves out"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("precis-one-key-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(#"{"concepts": {"supportWeight": \#(DigestOptions().concepts.supportWeight)}}"#.utf8).write(to: file)
        let viaFile = try CLI.run(["digest", CLI.istanbul, "--config", file.path])
        let plain = try CLI.run(["digest", CLI.istanbul])
        #expect(viaFile.status == 0 && viaFile.stdout == plain.stdout)
    }

    @Test(arguments: DigestOptions.SummarizerMethod.allCases)
    func everyMethodDigestsByName(method: DigestOptions.SummarizerMethod) throws {
        let result = try CLI.run(["digest", CLI.istanbul, "--method", method.rawValue, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let digest = try JSONDecoder().decode(Digest.self, from: Data(result.stdout.utf8))
        #expect(!digest.items.isEmpty && digest.wordCount <= 100)
    }

    @Test func aMethodNameOverridesTheSettingsFile() throws {
        let viaFlag = try CLI.run(["digest", CLI.istanbul, "--method", "lead"])
        let viaFile = try CLI.run(["digest", CLI.istanbul, "--config", CLI.root.appendingPathComponent("Evaluation/configs/lead.json").path])
        #expect(viaFlag.status == 0 && viaFlag.stdout == viaFile.stdout)
        let over = try CLI.run(["digest", CLI.istanbul, "--config", CLI.root.appendingPathComponent("Evaluation/configs/lexrank.json").path, "--method", "lead"])
        #expect(over.stdout == viaFlag.stdout)
    }

    @Test func unknownNamesListTheValidOnes() throws {
        let names = DigestOptions.SummarizerMethod.allCases.map(\.rawValue)
        let flag = try CLI.run(["digest", CLI.istanbul, "--method", "lexrnk"])
        #expect(flag.status == 64)
        #expect(names.allSatisfy { flag.stderr.contains($0) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("precis-misspelt-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(#"{"method": "lexrnk"}"#.utf8).write(to: file)
        let settings = try CLI.run(["digest", CLI.istanbul, "--config", file.path])
        #expect(settings.status == 64)
        #expect(settings.stderr.contains("unknown value 'lexrnk'"))
        #expect(names.allSatisfy { settings.stderr.contains("'\($0)'") })
    }
}

@Suite struct MethodsReadmeTests {
    /// The README's copy of `precis methods` is the program's output (regenerate the block
    /// between the markers with `precis methods` when a method or default changes).
    @Test func readmeShowsTheGeneratedList() throws {
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- precis methods: begin -->\n```\n"))
        let end = try #require(readme.range(of: "```\n<!-- precis methods: end -->"))
        let copy = String(readme[begin.upperBound..<end.lowerBound])
        #expect(copy == (try CLI.run(["methods"])).stdout)
    }
}
