import Foundation
import Testing

/// What a new user reads first: every command's help, and `compare`'s and `eval`'s report lines
/// (found in the session 11 walkthrough, Evaluation/results/new-user-walkthrough.md).
@Suite struct HelpAndReportTextTests {
    static let commands = [[], ["digest"], ["rank"], ["rouge"], ["eval"], ["compare"], ["brief"], ["bench"], ["model"],
                           ["model", "idf"], ["methods"], ["language"], ["compress"], ["fuse"]]

    @Test func helpProseHasNoStraySpacesAndEachOptionOneDefault() throws {
        for command in Self.commands {
            let help = try CLI.run(command + ["--help"])
            #expect(help.status == 0)
            let parts = help.stdout.components(separatedBy: "\nUSAGE:")
            // overview and discussion: no run of spaces inside a line (a broken line continuation
            // left "ones             (sentences" in digest's), no trailing space
            for line in parts[0].split(separator: "\n", omittingEmptySubsequences: false) {
                let body = line.drop { $0 == " " }
                #expect(!body.contains("  ") && !line.hasSuffix(" "), "precis \(command.joined(separator: " ")) --help: '\(line)'")
            }
            // an option's or argument's help says its default once (the parser adds "(default: …)" itself)
            let options = parts.count > 1 ? parts[1] : ""
            var blocks: [String] = []
            for line in options.split(separator: "\n") {
                if line.hasPrefix("  -") || line.hasPrefix("  <") || blocks.isEmpty { blocks.append(String(line)) } else { blocks[blocks.count - 1] += " " + line }
            }
            for block in blocks {
                let words = block.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
                #expect(words.components(separatedBy: "(default").count <= 2, "precis \(command.joined(separator: " ")): \(words)")
            }
        }
    }

    @Test func compareNamesWhatItAcceptsAndItsColumnsSitOverTheirValues() throws {
        let unknown = try CLI.run(["compare", "default", "lexrank", CLI.istanbul])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("precis: error: default: no such settings file, nor a method (one of "))
        #expect(unknown.stderr.contains("concepts") && !unknown.stderr.contains(CLI.root.path))

        let result = try CLI.run(["compare", "lead", "concepts", CLI.istanbul, "--trials", "100"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("metric") })
        let rows = lines.filter { $0.hasPrefix("ROUGE-") }
        #expect(!rows.isEmpty)
        for column in ["p-value", "won/lost/tied"] {
            let at = header.distance(from: header.startIndex, to: try #require(header.range(of: column)).lowerBound)
            for row in rows {
                // the value starts in the header's column, after a space
                let characters = Array(row)
                #expect(characters.count > at && characters[at] != " " && characters[at - 1] == " ", "\(column): '\(header)' over '\(row)'")
            }
        }
        #expect(lines.last?.hasPrefix("1 cluster; ") == true)
    }

    @Test func evalCountsOneClusterInTheSingular() throws {
        let scratch = try HostileInputTests.Scratch()
        let result = try CLI.run(["eval", CLI.istanbul, "--output", scratch.url.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("over 1 cluster; "))
    }
}
