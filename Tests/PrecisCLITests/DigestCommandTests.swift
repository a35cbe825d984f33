import Foundation
import Testing
import PrecisSupport

@Suite struct DigestCommandTests {
    /// Golden output: regenerate with
    /// `swift run precis digest Evaluation/corpora/istanbul-talks --format json > Tests/PrecisCLITests/Golden/istanbul-digest.json`
    /// only when a change of output is intended, and say why in the commit.
    @Test func jsonMatchesTheGoldenFile() throws {
        let result = try CLI.run(["digest", CLI.istanbul, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try CLI.golden("istanbul-digest.json")))
    }

    @Test func textMatchesTheGoldenFileAndStaysWithin100Words() throws {
        let result = try CLI.run(["digest", CLI.istanbul])
        #expect(result.status == 0)
        #expect(result.stdout == (try CLI.golden("istanbul-digest.txt")))
        #expect(result.stdout.split(whereSeparator: \.isWhitespace).count <= 100)
    }

    /// OpenBLAS's kernels for different processors sum in different orders, so the same
    /// similarities differ in their last bits from one machine to another (the SSE3 and AVX2
    /// kernels of this machine do); scores are rounded before they are compared or printed, so
    /// the output does not. Centroid+MMR's scores are sums of cosines: they show it.
    @Test func identicalBytesWhateverTheBLASKernelAndThreadCount() throws {
        let flags = BLASCore.cpuFlags()
        let kernels = ["Prescott"] + (flags.contains("avx2") && flags.contains("fma") ? ["Haswell"] : [])
        var outputs: Set<String> = []
        for kernel in kernels {
            for threads in ["1", "2"] {
                let run = try CLI.run(
                    ["digest", CLI.istanbul, "--format", "json", "--config", CLI.root.appendingPathComponent("Evaluation/configs/centroid-mmr.json").path],
                    environment: ["OPENBLAS_CORETYPE": kernel, "OPENBLAS_NUM_THREADS": threads])
                #expect(run.status == 0 && !run.stdout.isEmpty, "\(kernel): \(run.stderr)")
                outputs.insert(run.stdout)
            }
        }
        #expect(outputs.count == 1)
    }

    @Test func explainSaysWhenWholeSentencesCannotFillTheBudget() throws {
        let scratch = try HostileInputTests.Scratch()
        try scratch.write("a.txt", "Leaders agreed on Monday to hold peace talks in Istanbul later this week.\n")
        let result = try CLI.run(["digest", scratch.path("a.txt"), "--words", "60", "--explain"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("precis: explain: Whole sentences fill 13 of the 60 words"))
        #expect(!result.stdout.contains("Whole sentences"))
    }

    @Test func explainListsDroppedLines() throws {
        let result = try CLI.run(["digest", CLI.istanbul, "--explain"])
        #expect(result.stderr.contains("dropped (furniture): Leave A Comment"))
        #expect(result.stderr.contains("dropped (repeated-headline)"))
        #expect(result.stderr.contains("dropped (repeated-paragraph)"))
    }

    @Test func readsStandardInput() throws {
        let text = try String(contentsOfFile: CLI.istanbul + "/004_52f60b2b561ad4d2.txt", encoding: .utf8)
        let result = try CLI.run(["digest", "-", "--sentences", "2"], stdin: text)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 2)
    }

    @Test(arguments: [
        (["digest", "/nonexistent/folder"], "no such file or folder"),
        (["digest", CLI.istanbul, "--words", "0"], "--words must be at least 1"),
        (["digest", CLI.istanbul, "--words=-3"], "--words must be at least 1"),
        (["digest", CLI.istanbul, "--ratio", "2"], "--ratio must be in (0, 1]"),
        (["digest", CLI.istanbul + "/000_17fff6f30f82ae0b.txt", "-o", CLI.istanbul + "/000_17fff6f30f82ae0b.txt"],
         "refusing to overwrite an input file"),
        (["digest", CLI.istanbul, "-o", "/nonexistent-dir/out.json"], "cannot write"),
    ])
    func badInputGetsOneLineErrorAndNonZeroExit(arguments: [String], message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("precis: error: ") && lines[0].contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        (#"{"concepts": {"minimumDocuments": 0}}"#, "concepts.minimumDocuments must be at least 1"),
        (#"{"method": "klsum", "klsum": {"smoothing": 0}}"#, "klsum.smoothing must be positive"),
        (#"{"method": "lexrank", "lexrank": {"damping": 5}}"#, "lexrank.damping must be in 0...1"),
        (#"{"method": "textrank", "textrank": {"damping": -1}}"#, "textrank.damping must be in 0...1"),
        (#"{"method": "centroid-mmr", "selector": {"lambda": 1.5}}"#, "selector.lambda must be in 0...1"),
        (#"{"method": "submodular", "submodular": {"saturation": 0}}"#, "submodular.saturation must be positive"),
        (#"{"scorer": {"coverageDecay": 2}}"#, "scorer.coverageDecay must be in 0...1"),
        (#"{"methd": "lead"}"#, "unknown setting 'methd'"),
        (#"{"concepts": {"minimumDocumets": 2}}"#, "concepts.minimumDocumets: unknown setting"),
        (#"{"budget": {"word": 50}}"#, "budget.word: unknown setting"),
        (#"{"method": "lexrank", "lexrank": {"minimumWords": 50, "maximumWords": 10}}"#, "leave no sentence length"),
        (#"{"concepts": {"leadSentences": -1}}"#, "must not be negative"),
        (#"{"concepts": {"paraphraseOverlap": 1.5}}"#, "concepts.paraphraseOverlap must be in (0, 1]"),
    ])
    func badSettingsFileGetsOneLineError(settings: String, message: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("precis-settings-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try settings.write(to: file, atomically: true, encoding: .utf8)
        // every command that takes settings: a one-line error, never a trap
        for arguments in [["digest", CLI.istanbul], ["rank", CLI.istanbul]] {
            let result = try CLI.run(arguments + ["--config", file.path])
            let lines = result.stderr.split(separator: "\n")
            #expect(result.status == 64, "a settings file the library refuses is a usage error: \(arguments[0]): \(result.stderr)")
            #expect(lines.count == 1 && lines[0].hasPrefix("precis: error: ") && lines[0].contains(message), "\(result.stderr)")
        }
    }

    /// A settings file that is a pipe (`--config <(…)`, here standard input) is read like a file.
    @Test func settingsAreReadFromAPipe() throws {
        let result = try CLI.run(["digest", CLI.istanbul, "--config", "/dev/stdin"], stdin: #"{"budget": {"sentences": 1}}"#)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test func outputFileIsWrittenAndInputsAreUntouched() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("precis-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: out) }
        let before = try String(contentsOfFile: CLI.istanbul + "/000_17fff6f30f82ae0b.txt", encoding: .utf8)
        let result = try CLI.run(["digest", CLI.istanbul, "--format", "markdown", "-o", out.path])
        #expect(result.status == 0)
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("# "))
        #expect(try String(contentsOfFile: CLI.istanbul + "/000_17fff6f30f82ae0b.txt", encoding: .utf8) == before)
    }
}

@Suite struct DigestLanguageCommandTests {
    @Test func languageOptionAndExplain() throws {
        let text = "Die Bundesregierung hat am 3. Oktober ein neues Gesetz beschlossen. Es soll u. a. die Windenergie fördern. Die Opposition kritisierte den Entwurf scharf."
        let detected = try CLI.run(["digest", "-", "--explain"], stdin: text)
        #expect(detected.status == 0, "\(detected.stderr)")
        #expect(detected.stderr.contains("language de (german, detected)"))
        let given = try CLI.run(["digest", "-", "--explain", "--language", "da"], stdin: text)
        #expect(given.stderr.contains("language da (danish, given)"))
        #expect(given.stderr.contains("no abbreviation list for danish"))
        let bad = try CLI.run(["digest", "-", "--language", "xx"], stdin: text)
        #expect(bad.status != 0 && bad.stderr.contains("unknown language 'xx'"))
    }

    @Test func languageCommandPrintsOneCodePerLine() throws {
        let result = try CLI.run(["language"], stdin: "Le gouvernement a présenté mardi son projet de budget pour l'année prochaine.\n42\n")
        #expect(result.stdout == "fr\nund\n")
    }
}

@Suite struct AbstractionOptionTests {
    /// The kinds of a JSON digest's items.
    static func kinds(_ arguments: [String]) throws -> [String] {
        let result = try CLI.run(["digest", CLI.istanbul, "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (object["items"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
    }

    @Test func theFlagOverridesTheSettingsFile() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("precis-abstraction-\(UUID().uuidString).json")
        try #"{"compression": "both", "fusion": true}"#.write(to: config, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: config) }
        #expect(try Self.kinds(["--config", config.path, "--abstraction", "none"]).allSatisfy { $0 == "extracted" })
        #expect(!(try Self.kinds(["--config", config.path, "--abstraction", "compress"])).contains("fused"))
        #expect(try Self.kinds(["--abstraction", "fuse"]).contains("fused"))
    }

    @Test func anUnknownLevelIsAUsageError() throws {
        let result = try CLI.run(["digest", CLI.istanbul, "--abstraction", "paraphrase"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("abstraction"))
    }
}
