import Foundation
import Precis
import Testing

/// Bad and odd input through the CLI: each gets a clear one-line error and a non-zero exit, or a
/// warning, a skip, a usable result and exit status 2. Nothing crashes or hangs.
@Suite struct HostileInputTests {
    /// A fresh folder, removed after the test.
    final class Scratch {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("precis-hostile-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        @discardableResult
        func write(_ name: String, _ text: String) throws -> String {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
            return path(name)
        }
        @discardableResult
        func write(_ name: String, bytes: [UInt8]) throws -> String {
            try Data(bytes).write(to: url.appendingPathComponent(name))
            return path(name)
        }
    }

    static let article = """
        Leaders agreed on Monday to hold peace talks in Istanbul later this week. \
        The talks will focus on a ceasefire and the exchange of prisoners between the two sides. \
        Officials said the delegations would arrive on Wednesday evening.
        """

    func expectOneLineError(_ result: CLI.Output, containing message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(lines.first?.hasPrefix("precis: error: ") == true && lines.first?.contains(message) == true,
                "\(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test func emptyFolder() throws {
        let scratch = try Scratch()
        expectOneLineError(try CLI.run(["digest", scratch.url.path]), containing: "no readable documents")
    }

    @Test func emptyFileAndWhitespaceOnly() throws {
        let scratch = try Scratch()
        try scratch.write("empty.txt", "")
        try scratch.write("blank.txt", "  \n\t\n   \n")
        expectOneLineError(try CLI.run(["digest", scratch.url.path]), containing: "no sentences")
    }

    @Test func binaryFilesAreSkippedWithAWarning() throws {
        let scratch = try Scratch()
        try scratch.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        try scratch.write("article.txt", Self.article)
        let result = try CLI.run(["digest", scratch.url.path])
        #expect(result.status == 2, "the digest is written; status 2 says input was skipped")
        #expect(result.stderr.contains("image.txt: looks binary"))
        #expect(result.stdout.contains("Istanbul"))
        // only binary: an error that gives the reason
        expectOneLineError(try CLI.run(["digest", scratch.path("image.txt")]), containing: "image.txt: looks binary (NUL bytes)")
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        let scratch = try Scratch()
        var bytes = Array("Prices in the caf".utf8) + [0xE9] + Array(" rose sharply on Monday, officials said in a statement.".utf8)
        bytes += [0x0A] + Array("The \u{93}increase\u{94} was expected by most of the analysts surveyed.".utf8.map { $0 })
        try scratch.write("latin.txt", bytes: bytes)
        let result = try CLI.run(["digest", scratch.path("latin.txt")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("café"))
    }

    @Test func utf16WithBOM() throws {
        let scratch = try Scratch()
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in Self.article.utf16 { bytes.append(UInt8(unit & 0xFF)); bytes.append(UInt8(unit >> 8)) }
        try scratch.write("utf16.txt", bytes: bytes)
        let result = try CLI.run(["digest", scratch.path("utf16.txt")])
        #expect(result.status == 0 && result.stdout.contains("Istanbul"))
    }

    static let opinosis = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpora/opinosis/clusters")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: opinosis.path), "needs ../shared/corpora/opinosis"))
    func opinosisWindows1252File() throws {
        let opinosis = Self.opinosis
        let topics = try FileManager.default.contentsOfDirectory(atPath: opinosis.path)
        #expect(topics.count == 51)
        // every topic, Windows-1252 ones included, digests without error
        for topic in topics.sorted().prefix(51) {
            let result = try CLI.run(["digest", opinosis.appendingPathComponent(topic).path, "--words", "40"])
            #expect(result.status == 0, "\(topic): \(result.stderr)")
            #expect(!result.stdout.isEmpty, "\(topic)")
        }
    }

    @Test func hugeFileIsRefusedUnderTheDocumentedLimitWithoutReadingIt() throws {
        let scratch = try Scratch()
        let big = scratch.path("big.txt")
        // a sparse 200 MB file: refused by its size, never read into memory
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        try scratch.write("small.txt", Self.article)
        let result = try CLI.run(["digest", scratch.url.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("big.txt") && result.stderr.contains("--max-file-size"))
        expectOneLineError(try CLI.run(["digest", big]), containing: "big.txt: 209715200 bytes is over the 67108864-byte limit; raise it with --max-file-size")
    }

    @Test func hundredThousandCharacterSentenceWithoutPunctuation() throws {
        let scratch = try Scratch()
        let words = (0..<16_000).map { ["alpha", "beta", "gamma", "delta"][$0 % 4] }.joined(separator: " ")
        try scratch.write("long.txt", words + "\n" + Self.article)
        let result = try CLI.run(["digest", scratch.path("long.txt")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Istanbul"))
    }

    @Test(arguments: [
        ("ru.txt", "Президент Украины предложил провести переговоры в Стамбуле в четверг. Кремль пока не ответил на это предложение. Европейские лидеры пригрозили новыми санкциями."),
        ("el.txt", "Ο πρόεδρος της Ουκρανίας πρότεινε συνομιλίες στην Κωνσταντινούπολη την Πέμπτη. Το Κρεμλίνο δεν έχει απαντήσει ακόμη. Οι Ευρωπαίοι ηγέτες απείλησαν με νέες κυρώσεις."),
        ("zh.txt", "乌克兰总统提议周四在伊斯坦布尔举行会谈。克里姆林宫尚未作出回应。欧洲领导人威胁实施新的制裁。"),
    ])
    func nonLatinTextIsSummarizedNotEmptied(name: String, text: String) throws {
        let scratch = try Scratch()
        try scratch.write(name, text)
        let result = try CLI.run(["digest", scratch.path(name), "--sentences", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2, "\(result.stdout)")
        #expect(lines.allSatisfy { text.contains($0) })
    }

    @Test func htmlWithScriptsStylesAndComments() throws {
        let scratch = try Scratch()
        try scratch.write("page.html", """
            <html><head><style>body { color: red }</style><script>var secret = "do not show";</script></head>
            <body><!-- hidden comment --><h1>Talks in Istanbul</h1><p>\(Self.article)</p>
            <p>Readers wrote &lt;script&gt;alert(1)&lt;/script&gt; in the comments, officials said on Tuesday.</p></body></html>
            """)
        let result = try CLI.run(["digest", scratch.path("page.html"), "--format", "markdown"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("do not show") && !result.stdout.contains("hidden comment") && !result.stdout.contains("color: red"))
        #expect(!result.stdout.contains("<script>"))
    }

    @Test func thousandIdenticalArticles() throws {
        let scratch = try Scratch()
        for i in 0..<1000 { try scratch.write(String(format: "copy%04d.txt", i), Self.article) }
        let result = try CLI.run(["digest", scratch.url.path, "--format", "json"])
        #expect(result.status == 0)
        let digest = try JSONDecoder().decode(Digest.self, from: Data(result.stdout.utf8))
        #expect(digest.items.count == 3)
        #expect(digest.items[0].supportingDocuments.count == 999)
    }

    @Test func oneArticleOfOneSentence() throws {
        let scratch = try Scratch()
        let path = try scratch.write("one.txt", "Leaders agreed to meet.")
        let result = try CLI.run(["digest", path])
        #expect(result.status == 0 && result.stdout == "Leaders agreed to meet.\n")
    }

    @Test func budgetsZeroNegativeAndLargerThanTheInput() throws {
        let scratch = try Scratch()
        let path = try scratch.write("a.txt", Self.article)
        expectOneLineError(try CLI.run(["digest", path, "--words", "0"]), containing: "--words must be at least 1")
        expectOneLineError(try CLI.run(["digest", path, "--sentences=-1"]), containing: "--sentences must be at least 1")
        expectOneLineError(try CLI.run(["digest", path, "--bytes", "0"]), containing: "--bytes must be at least 1")
        let all = try CLI.run(["digest", path, "--words", "100000"])
        #expect(all.status == 0 && all.stdout.split(separator: "\n").count == 3)
        // a budget smaller than every sentence: an error that says why, not an empty digest
        expectOneLineError(try CLI.run(["digest", path, "--words", "3"]), containing: "no sentence fits the budget of 3 words")
        // ... told in the budget's own unit
        let bytes = try CLI.run(["digest", path, "--bytes", "10"])
        expectOneLineError(bytes, containing: "no sentence fits the budget of 10 bytes (the shortest takes")
        #expect(bytes.stderr.contains(" bytes); give a larger budget"), "\(bytes.stderr)")
    }

    @Test func clusterOverTheSentenceLimitIsRefusedBeforeAnyMatrix() throws {
        let scratch = try Scratch()
        let path = try scratch.write("a.txt", Self.article)  // three sentences
        expectOneLineError(try CLI.run(["digest", path, "--max-sentences", "2"]),
                           containing: "the input has 3 sentences, over the limit of 2 for one digest")
        expectOneLineError(try CLI.run(["rank", path, "--max-sentences", "2"]), containing: "over the limit of 2")
        expectOneLineError(try CLI.run(["digest", path, "--max-sentences", "0"]), containing: "--max-sentences must be at least 1")
        #expect(try CLI.run(["digest", path, "--max-sentences", "3"]).status == 0)
    }

    @Test func unreadableFileIsSkipped() throws {
        let scratch = try Scratch()
        try scratch.write("good.txt", Self.article)
        // a dangling link cannot be read by anyone, root included
        try FileManager.default.createSymbolicLink(atPath: scratch.path("gone.txt"), withDestinationPath: scratch.path("missing-target.txt"))
        let result = try CLI.run(["digest", scratch.url.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("gone.txt"))
        if getuid() != 0 {
            let locked = try scratch.write("locked.txt", Self.article)
            chmod(locked, 0)
            let r = try CLI.run(["digest", scratch.url.path])
            #expect(r.status == 2 && r.stderr.contains("locked.txt"))
        }
    }

    @Test func symlinkLoop() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", Self.article)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("loop"), withDestinationPath: scratch.url.path)
        let result = try CLI.run(["digest", scratch.url.path])
        #expect(result.status == 2 && result.stdout.contains("Istanbul"))
        #expect(result.stderr.contains("already read; not followed"))
    }

    @Test func outputEqualToAnInputOrInAFolderThatCannotBeWritten() throws {
        let scratch = try Scratch()
        let input = try scratch.write("a.txt", Self.article)
        expectOneLineError(try CLI.run(["digest", input, "-o", input]), containing: "refusing to overwrite an input file")
        #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.article)
        // the same file reached through a link is still refused
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.txt"), withDestinationPath: input)
        expectOneLineError(try CLI.run(["digest", input, "-o", scratch.path("link.txt")]), containing: "refusing to overwrite")
        // nor anything inside an input folder: it could replace an article, and the next run would
        // read it as one (brief, digest, rank; a folder reached through a link too)
        let folder = scratch.url.path
        let article = scratch.path("a.txt")
        for command in ["brief", "digest", "rank"] {
            expectOneLineError(try CLI.run([command, folder, "-o", article]), containing: "inside an input folder")
            expectOneLineError(try CLI.run([command, folder, "-o", scratch.path("new.md")]), containing: "inside an input folder")
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.article)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("new.md")))
        let outside = try Scratch()
        try FileManager.default.createSymbolicLink(atPath: outside.path("day"), withDestinationPath: folder)
        expectOneLineError(try CLI.run(["digest", folder, "-o", outside.path("day/new.md")]), containing: "inside an input folder")
        expectOneLineError(try CLI.run(["digest", input, "-o", "/proc/version/out.txt"]), containing: "cannot write")
        expectOneLineError(try CLI.run(["digest", input, "-o", scratch.path("no/such/dir/out.txt")]), containing: "cannot write")
    }

    @Test func outputThroughAPipeOrDeviceIsWrittenNotReplaced() throws {
        let scratch = try Scratch()
        let input = try scratch.write("a.txt", Self.article)
        let outside = try Scratch()
        let fifo = outside.path("digest.pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader opens the pipe on another thread: opening blocks until precis opens it to write.
        let received = LockedData()
        let reader = Thread {
            received.set(FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data())
        }
        reader.start()
        let result = try runBounded(["digest", input, "-o", fifo])
        let deadline = Date().addingTimeInterval(10)
        while !received.isSet && Date() < deadline { usleep(1_000) }
        #expect(received.isSet, "nothing was written through the pipe")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(decoding: received.value, as: UTF8.self).contains("Istanbul"))
        var info = stat()
        #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the pipe is still a pipe")
        // (`-o /dev/full` giving "cannot write (No space left on device)" was checked by hand, not
        // here: a regression would replace the machine's /dev/full when the tests run as root.)
    }

    /// Bytes handed from the pipe's reader thread to the test.
    final class LockedData: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        func set(_ value: Data) { lock.withLock { data = value } }
        var isSet: Bool { lock.withLock { data != nil } }
        var value: Data { lock.withLock { data ?? Data() } }
    }

    /// Runs `precis` from a shell whose redirections close or fill its standard streams.
    func shell(_ script: String) throws -> CLI.Output {
        try CLI.run([], environment: [:], through: ["/bin/sh", "-c", script, CLI.executable.path, CLI.istanbul])
    }

    @Test func closedOrFullStandardStreamsGiveAnErrorNotATrap() throws {
        // $0 is precis, $1 the sample folder; stderr goes to the pipe first (2>&1), then the
        // redirection under test closes or fills a stream. The shell prints the exit status last.
        let cases: [(String, String)] = [
            (#""$0" digest "$1" 2>&1 >&-"#, "standard output: cannot write (Bad file descriptor)"),
            (#""$0" rank "$1" 2>&1 >&-"#, "standard output: cannot write (Bad file descriptor)"),
            (#""$0" brief "$1" --quiet 2>&1 >&-"#, "standard output: cannot write (Bad file descriptor)"),
            (#""$0" digest - 2>&1 <&-"#, "standard input: cannot read (Bad file descriptor)"),
            (#""$0" brief - 2>&1 <&-"#, "standard input: cannot read (Bad file descriptor)"),
            (#""$0" digest --jsonl 2>&1 <&-"#, "standard input: cannot read (Bad file descriptor)"),
        ]
        // A full disk (`/dev/full`, where the machine has it): the result is lost, so not status 0.
        let full = FileManager.default.fileExists(atPath: "/dev/full") ? [
            (#""$0" digest "$1" 2>&1 >/dev/full"#, "cannot write (No space left on device)"),
            (#""$0" rouge --summary "$1/000_17fff6f30f82ae0b.txt" --references "$1/001_57bfc616d560bdc8.txt" 2>&1 >/dev/full"#,
             "cannot write (No space left on device)"),
        ] : []
        for (command, message) in cases + full {
            let result = try shell(command + "; echo \"status $?\"")
            #expect(result.stdout.contains("precis: error: ") && result.stdout.contains(message)
                    && result.stdout.hasSuffix("status 1\n"), "\(command): \(result.stdout)")
        }
    }

    @Test func standardInputIsReadUpToTheSizeLimit() throws {
        let endless = String(repeating: "word ", count: 100_000)
        let result = try CLI.run(["digest", "-", "--max-file-size", "1000"], stdin: endless)
        expectOneLineError(result, containing: "stdin: more than 1000 bytes, the limit")
    }

    @Test func outputNeverReplacesTheSettingsStandardInputOrALink() throws {
        let scratch = try Scratch()
        let folder = scratch.path("day")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(Self.article.utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        // the settings file is an input too
        let settings = try scratch.write("settings.json", #"{"budget": {"words": 60}}"#)
        for command in ["digest", "rank"] {
            expectOneLineError(try CLI.run([command, folder, "--config", settings, "-o", settings]), containing: "refusing to overwrite")
        }
        let briefSettings = try scratch.write("brief.json", #"{"grouping": {"threshold": 0.2}}"#)
        expectOneLineError(try CLI.run(["brief", folder, "--config", briefSettings, "-o", briefSettings]), containing: "refusing to overwrite")
        #expect(try String(contentsOfFile: settings, encoding: .utf8) == #"{"budget": {"words": 60}}"#)
        // standard input read from the very file given as -o
        let input = try scratch.write("in.txt", Self.article)
        let stdin = try CLI.run([], through: ["/bin/sh", "-c", #""$0" digest - -o "$1" < "$1""#, CLI.executable.path, input])
        expectOneLineError(stdin, containing: "refusing to overwrite")
        #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.article)
        // a dangling link: refused, the link kept
        try FileManager.default.createSymbolicLink(atPath: scratch.path("dangling.md"), withDestinationPath: "nowhere/x.md")
        expectOneLineError(try CLI.run(["digest", folder, "-o", scratch.path("dangling.md")]), containing: "a link to a file that does not exist")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("dangling.md"))) == "nowhere/x.md")
        // -o /dev/stdout appended to a log: the log keeps what it had
        let log = try scratch.write("log.txt", "earlier line\n")
        let appended = try CLI.run([], through: ["/bin/sh", "-c", #""$0" digest "$1" -o /dev/stdout >> "$2""#, CLI.executable.path, folder, log])
        #expect(appended.status == 0, "\(appended.stderr)")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.hasPrefix("earlier line\n") && text.contains("Istanbul"), "\(text)")
    }

    @Test func twoDocumentsWithOneNameDoNotTrapSourceOrder() throws {
        let scratch = try Scratch()
        let named = try scratch.write("stdin", Self.article)
        let result = try CLI.run(["digest", "-", named, "--order", "source", "--format", "json"], stdin: Self.article + " Officials agreed.")
        #expect(result.status == 0, "\(result.stderr)")
        let digest = try JSONDecoder().decode(Digest.self, from: Data(result.stdout.utf8))
        #expect(digest.documents == ["stdin", named], "two names, never one")
        let line = #"{"id":"c","documents":[{"id":"d","text":"Leaders met in Istanbul on Thursday for talks."},{"id":"d","text":"Putin was invited to talks in Istanbul on Thursday by Zelensky."}]}"#
        let jsonl = try CLI.run(["digest", "--jsonl", "--order", "source"], stdin: line + "\n")
        #expect(jsonl.status == 0 && jsonl.stdout.contains(#""digest""#), "\(jsonl.stderr)")
    }

    @Test func emptyStandardInput() throws {
        expectOneLineError(try CLI.run(["digest", "-"], stdin: ""), containing: "no sentences")
    }

    // MARK: Folder walks, special files and skip reasons (docreader-hardening)

    /// Runs precis under `timeout`, so that a regression that hangs fails the test (status 137)
    /// instead of hanging the suite.
    func runBounded(_ arguments: [String], seconds: Int = 60) throws -> CLI.Output {
        try CLI.run([], through: ["/usr/bin/timeout", "-s", "KILL", String(seconds), CLI.executable.path] + arguments)
    }

    @Test func folderLinkLoopsAndSiblingLinksAreNotFollowedAndEachFileIsReadOnce() throws {
        let scratch = try Scratch()
        let fm = FileManager.default
        try fm.createDirectory(atPath: scratch.path("l/d"), withIntermediateDirectories: true)
        try fm.createDirectory(atPath: scratch.path("l/e"), withIntermediateDirectories: true)
        try Data(Self.article.utf8).write(to: URL(fileURLWithPath: scratch.path("l/d/a.txt")))
        try Data("Prices rose sharply on Monday, officials said in a statement.".utf8).write(to: URL(fileURLWithPath: scratch.path("l/e/b.txt")))
        try fm.createSymbolicLink(atPath: scratch.path("l/d/self"), withDestinationPath: ".")   // a loop
        try fm.createSymbolicLink(atPath: scratch.path("l/d/up"), withDestinationPath: "..")    // a loop through the parent
        try fm.createSymbolicLink(atPath: scratch.path("l/d/self2"), withDestinationPath: ".")  // two loops: was exponential
        try fm.createSymbolicLink(atPath: scratch.path("l/c"), withDestinationPath: "e")        // a sibling, listed before it
        for command in ["digest", "rank"] {
            let result = try runBounded([command, scratch.path("l"), "--format", "json"])
            #expect(result.status == 2, "\(command): \(result.stderr)")
            if command == "digest" {
                let digest = try JSONDecoder().decode(Digest.self, from: Data(result.stdout.utf8))
                #expect(digest.documents == ["c/b.txt", "d/a.txt"], "each file read once (named by its path in the folder)")
            } else {
                #expect(result.stdout.components(separatedBy: "Istanbul later this week").count - 1 == 1, "rank: a.txt read once")
            }
            for link in ["d/self", "d/self2", "d/up", "e"] {
                #expect(result.stderr.components(separatedBy: "precis: warning: \(link):").count - 1 == 1, "\(command): \(link): \(result.stderr)")
            }
            #expect(result.stderr.split(separator: "\n").count == 4, "one warning per link or folder not read: \(result.stderr)")
        }
        let model = try runBounded(["model", "idf", scratch.path("l"), "-o", scratch.path("model.tsv"), "--min-df", "1"])  // beside l, not in it
        #expect(model.status == 2 && model.stderr.contains(": 2 documents"), "\(model.stderr)")
        // the same file by two paths, given twice, or as a folder and a file in it: read once
        let a = scratch.path("l/d/a.txt")
        for paths in [[a, a], [scratch.path("l/d"), a], [a, scratch.path("l/d")], [a, scratch.path("l/d/self/a.txt")]] {
            let result = try runBounded(["digest"] + paths + ["--format", "json"])
            #expect(result.status == 2, "\(paths): \(result.stderr)")
            #expect(try JSONDecoder().decode(Digest.self, from: Data(result.stdout.utf8)).documents == ["a.txt"], "\(paths)")
            #expect(result.stderr.contains("the same file as") && result.stderr.split(separator: "\n").count <= 4, "\(paths): \(result.stderr)")
        }
        // brief follows no folder link, and says so
        let brief = try runBounded(["brief", scratch.path("l"), "--format", "json", "--min-size", "1", "--no-digest"])
        #expect(brief.status == 2, "\(brief.stderr)")
        #expect(brief.stderr.contains("c: a link to a folder; not followed"), "\(brief.stderr)")
        #expect(!brief.stderr.contains("cannot read"), "\(brief.stderr)")
    }

    @Test func pipesAndDevicesInsideFoldersAreSkippedNotRead() throws {
        let scratch = try Scratch(), outside = try Scratch()
        try scratch.write("a.txt", Self.article)
        #expect(mkfifo(scratch.path("pipe.txt"), 0o600) == 0)  // blocked every reader forever
        try FileManager.default.createSymbolicLink(atPath: scratch.path("zero.txt"), withDestinationPath: "/dev/zero")  // never ends
        for arguments in [["digest", scratch.url.path], ["rank", scratch.url.path], ["brief", scratch.url.path, "--min-size", "1"],
                          ["model", "idf", scratch.url.path, "-o", outside.path("model.tsv"), "--min-df", "1"]] {
            let result = try runBounded(arguments)
            #expect(result.status == 2, "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.contains("pipe.txt: a named pipe, not a regular file; skipped"), "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.contains("zero.txt: a character device, not a regular file; skipped"), "\(arguments[0]): \(result.stderr)")
        }
    }

    @Test func aPipeGivenDirectlyIsReadUpToTheSizeLimit() throws {
        // /dev/stdin is the pipe CLI.run writes to, as `<(cat a.txt)` gives /dev/fd/63
        let piped = try CLI.run(["digest", "/dev/stdin"], stdin: Self.article)
        #expect(piped.status == 0 && piped.stdout.contains("Istanbul"), "\(piped.stderr)")
        expectOneLineError(try CLI.run(["digest", "/dev/stdin", "--max-file-size", "20"], stdin: Self.article),
                           containing: "more than 20 bytes")
        // a device named directly ends at the limit instead of filling memory
        expectOneLineError(try runBounded(["digest", "/dev/zero", "--max-file-size", "100000"]), containing: "zero: a character device giving more than 100000 bytes")
    }

    @Test func whenEveryInputIsSkippedTheErrorGivesTheReasons() throws {
        let scratch = try Scratch()
        try scratch.write("nul.txt", bytes: Array("Leaders met.".utf8) + [0, 0, 0])
        try scratch.write("long.txt", Self.article)
        expectOneLineError(try CLI.run(["digest", scratch.path("nul.txt")]), containing: "nul.txt: looks binary (NUL bytes), not text")
        expectOneLineError(try CLI.run(["digest", scratch.path("long.txt"), "--max-file-size", "10"]),
                           containing: "long.txt: \(Self.article.utf8.count) bytes is over the 10-byte limit; raise it with --max-file-size")
        let both = try CLI.run(["digest", scratch.url.path, "--max-file-size", "10"])
        expectOneLineError(both, containing: "no readable documents (.txt, .md, .html); 2 skipped: (1) long.txt: ")
        #expect(both.stderr.contains("(2) nul.txt: "), "\(both.stderr)")
        expectOneLineError(try CLI.run(["brief", scratch.path("nul.txt")]), containing: "nul.txt: looks binary (NUL bytes), not text")
        expectOneLineError(try CLI.run(["brief", scratch.url.path, "--max-file-size", "10"]), containing: "2 skipped: (1) long.txt: ")
    }

    @Test func aLinkLoopOrDanglingLinkGivenDirectlySaysSo() throws {
        let scratch = try Scratch()
        try FileManager.default.createSymbolicLink(atPath: scratch.path("loop1"), withDestinationPath: "loop2")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("loop2"), withDestinationPath: "loop1")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("gone"), withDestinationPath: "missing.txt")
        for command in ["digest", "brief"] {
            expectOneLineError(try CLI.run([command, scratch.path("loop1")]), containing: "loop1: a link that cannot be followed (a link loop)")
            expectOneLineError(try CLI.run([command, scratch.path("gone")]), containing: "gone: a link that cannot be followed (dangling")
        }
        expectOneLineError(try CLI.run(["digest", scratch.path("nothing-here")]), containing: "no such file or folder")
    }

    @Test func htmlNestedThousandsOfLevelsDeepKeepsItsText() throws {
        let scratch = try Scratch()
        let depth = 5000
        let page = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>\(Self.article)</p>" + "</body></html>"
        try scratch.write("deep.html", page)
        let result = try runBounded(["digest", scratch.path("deep.html")])
        #expect(result.status == 0 && result.stdout.contains("Istanbul"), "\(result.stderr)")
    }
}
