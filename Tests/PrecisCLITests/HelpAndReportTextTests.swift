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
            // ASCII only: the man pages (generate-manual) drop other characters ("8 n² bytes" became "8 n bytes")
            let nonASCII = help.stdout.unicodeScalars.filter { !$0.isASCII }.map(String.init)
            #expect(nonASCII.isEmpty, "precis \(command.joined(separator: " ")) --help: \(nonASCII)")
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

    @Test func anEmptyBriefSaysWhy() throws {
        let one = CLI.istanbul + "/000_17fff6f30f82ae0b.txt"
        let result = try CLI.run(["brief", one])
        #expect(result.status == 0)
        #expect(result.stdout.contains("_0 of 1 story from 1 article._"))
        #expect(result.stderr == "precis: warning: no story has 2 or more articles (1 story found); --min-size 1 lists them all\n")
        #expect(try CLI.run(["brief", one, "--quiet"]).stderr.isEmpty)
        let shown = try CLI.run(["brief", one, "--min-size", "1"])
        #expect(shown.status == 0 && shown.stderr.isEmpty && shown.stdout.contains("_1 of 1 story from 1 article._"))
    }

    @Test func evalSaysWhatACorpusIsWhenGivenSomethingElse() throws {
        let scratch = try HostileInputTests.Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path("day/APW"), withIntermediateDirectories: true)
        try scratch.write("day/APW/a.txt", HostileInputTests.article)
        let result = try CLI.run(["eval", scratch.path("day")])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("precis: error: \(scratch.path("day")): not a corpus: no clusters/ folder"))
    }

    @Test func evalCountsOneClusterInTheSingular() throws {
        let scratch = try HostileInputTests.Scratch()
        let result = try CLI.run(["eval", CLI.istanbul, "--output", scratch.url.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("over 1 cluster; "))
    }
}

/// The README's command-line synopsis and the commands' own options agree: every option a
/// command's help lists is in the synopsis (or named in the README), and every option the
/// synopsis gives a command exists.
@Suite struct ReadmeSynopsisTests {
    /// The synopsis block: command (e.g. "model idf") to the options its lines name.
    static func synopsis() throws -> [String: Set<String>] {
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Command line\n").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```").dropFirst().first)
        var options: [String: Set<String>] = [:]
        var command = ""
        for line in block.split(separator: "\n") {
            // a quoted value ('-n 4 -m -l 100 ...', ROUGE's own flags) names no option of precis
            let words = line.replacing(/'[^']*'/, with: "").split(separator: " ").map(String.init)
            if words.first == "precis" {
                command = words[1] == "model" ? "model \(words[2])" : words[1]
            }
            for word in words {
                guard let match = word.firstMatch(of: /^\[?(--[a-z][a-z-]*[a-z]|-[a-z])\b/) else { continue }
                options[command, default: []].insert(String(match.output.1))
            }
        }
        return options
    }

    /// The options a command's help lists, by long name, with the short name where there is one.
    static func helpOptions(_ command: String) throws -> [String: String?] {
        let help = try CLI.run(command.split(separator: " ").map(String.init) + ["--help"])
        var options: [String: String?] = [:]
        for match in help.stdout.matches(of: /(?m)^  (?:(-[a-z]), )?(--[a-z][a-z-]*[a-z])/) {
            options.updateValue(match.output.1.map(String.init), forKey: String(match.output.2))
        }
        return options.filter { $0.key != "--help" && $0.key != "--version" }
    }

    @Test func everyOptionIsInTheSynopsisAndEverySynopsisOptionExists() throws {
        let synopsis = try Self.synopsis()
        #expect(Set(synopsis.keys).isSuperset(of: ["digest", "brief", "bench", "rank", "rouge", "eval", "compare", "model idf"]))
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        for (command, listed) in synopsis {
            let actual = try Self.helpOptions(command)
            // a flag pair is listed once by the form one types to change the default (--no-digest)
            let spelled = Set(actual.keys.map { $0 == "--digest" ? "--no-digest" : $0 })
            let short = Set(actual.values.compactMap { $0 })
            let unknown = listed.subtracting(spelled).subtracting(short)
            #expect(unknown.isEmpty, "\(command): in the README, not an option: \(unknown.sorted())")
            let unlisted = spelled.filter { long in
                !listed.contains(long) && !(actual[long].flatMap { $0 }.map(listed.contains) ?? false)
                    && !readme.contains("`\(long)") && !readme.contains("`\(command) \(long)")
            }
            #expect(unlisted.isEmpty, "\(command): options the README never names: \(unlisted.sorted())")
        }
    }
}
