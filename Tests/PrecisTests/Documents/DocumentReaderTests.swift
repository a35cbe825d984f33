import Foundation
import Testing
@testable import Precis

@Suite struct DocumentReaderTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("precis-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func documentsAreNamedByTheirPathInTheFolderAndNeverAmbiguously() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for (folder, file) in [("a", "x.txt"), ("a", "y.txt"), ("b", "x.txt")] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            try "Leaders met in Istanbul on Thursday in \(folder).".write(
                to: root.appendingPathComponent("\(folder)/\(file)"), atomically: true, encoding: .utf8)
        }
        // a folder: paths relative to it
        #expect(try DocumentReader().read(paths: [root.path]).documents.map(\.name) == ["a/x.txt", "a/y.txt", "b/x.txt"])
        // files given directly: base names, except where two would share one
        let a = root.appendingPathComponent("a").path, b = root.appendingPathComponent("b").path
        let files = try DocumentReader().read(paths: [a + "/x.txt", b + "/x.txt", a + "/y.txt"]).documents.map(\.name)
        #expect(files == [a + "/x.txt", b + "/x.txt", "y.txt"])
        // two folders that both hold x.txt: the colliding ones get the folder's path
        let folders = try DocumentReader().read(paths: [a, b]).documents.map(\.name)
        #expect(folders == [a + "/x.txt", "y.txt", b + "/x.txt"])
    }

    @Test func tableCellsDoNotRunTogether() {
        let page = HTMLText.extract("<table><tr><td>Cell one about talks</td><td>cell two about Istanbul.</td></tr></table>")
        #expect(page.text.contains("Cell one about talks") && !page.text.contains("talkscell"), "\(page.text)")
    }

    @Test func windows1252FallsBackAndDecodes() throws {
        let decoded = try TextDecoder.decode(Data([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xE9]))
        #expect(decoded.text == "“Hi” café")
        #expect(decoded.encoding == .windows1252)
    }

    @Test func utf16WithBOM() throws {
        var data = Data([0xFF, 0xFE])
        for unit in "Talks in Türkiye.".utf16 { data.append(UInt8(unit & 0xFF)); data.append(UInt8(unit >> 8)) }
        let decoded = try TextDecoder.decode(data)
        #expect(decoded.text == "Talks in Türkiye.")
        #expect(decoded.encoding == .utf16LittleEndian)
    }

    @Test func binaryIsRefused() {
        #expect(throws: PrecisError.self) { try TextDecoder.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])) }
    }

    @Test func htmlLosesScriptsStylesAndFurnitureAndDecodesEntities() {
        let page = HTMLText.extract("""
            <html><head><title>T</title><style>p{}</style></head><body><nav>Home | World</nav>
            <h1>Leaders meet in Istanbul</h1><p>Zelensky &amp; Putin may meet.<script>alert("x")</script></p>
            <!-- a comment --><p>Talks start &ldquo;Thursday&rdquo;.</p><footer>Newsletter</footer></body></html>
            """)
        #expect(page.title == "Leaders meet in Istanbul")
        #expect(page.text == "Leaders meet in Istanbul\nZelensky & Putin may meet.\nTalks start “Thursday”.")
    }

    @Test func foldersAreReadSortedSkippingBinaryWithAWarning() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Second article body here.".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "<p>First article body.</p>".write(to: folder.appendingPathComponent("a.html"), atomically: true, encoding: .utf8)
        try Data([0x89, 0x50, 0x00, 0x00]).write(to: folder.appendingPathComponent("c.txt"))
        let result = try DocumentReader().read(paths: [folder.path])
        #expect(result.documents.map(\.name) == ["a.html", "b.txt"])
        #expect(result.warnings.count == 1 && result.warnings[0].contains("c.txt"))
    }

    @Test func symlinkLoopsAreNotFollowed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "An article about talks.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        let result = try DocumentReader().read(paths: [folder.path])
        #expect(result.documents.count == 1)
    }

    @Test func emptyFolderAndMissingPathFailClearly() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: PrecisError.self) { try DocumentReader().read(paths: [folder.path]) }
        #expect(throws: PrecisError.self) { try DocumentReader().read(paths: [folder.appendingPathComponent("nope").path]) }
    }

    @Test func oversizedFilesAreSkipped() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try String(repeating: "x", count: 2000).write(to: folder.appendingPathComponent("big.txt"), atomically: true, encoding: .utf8)
        try "Small article.".write(to: folder.appendingPathComponent("small.txt"), atomically: true, encoding: .utf8)
        let result = try DocumentReader(options: .init(maxFileBytes: 1000)).read(paths: [folder.path])
        #expect(result.documents.map(\.name) == ["small.txt"])
        #expect(result.warnings.first?.contains("limit for one input") == true)
    }

    @Test func linkLoopsEndAndEachFolderAndFileIsReadOnce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fm = FileManager.default
        let d = folder.appendingPathComponent("d"), e = folder.appendingPathComponent("e")
        try fm.createDirectory(at: d, withIntermediateDirectories: true)
        try fm.createDirectory(at: e, withIntermediateDirectories: true)
        try "An article about talks.".write(to: d.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "An article about prices.".write(to: e.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        // relative links: resolvingSymlinksInPath did not resolve `.`, so `self` was followed 40 times
        try fm.createSymbolicLink(atPath: d.appendingPathComponent("self").path, withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: d.appendingPathComponent("self2").path, withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: d.appendingPathComponent("up").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("c").path, withDestinationPath: "e")
        let result = try DocumentReader().read(paths: [folder.path])
        #expect(result.paths == ["c/b.txt", "d/a.txt"])
        #expect(result.warnings.count == 4, "\(result.warnings)")
        #expect(result.warnings.allSatisfy { $0.hasSuffix("; not followed") || $0.hasSuffix("already read; skipped") })
        // the folder `d` alone: `up` leads to its parent, outside the walk, enclosing it
        let inner = try DocumentReader().read(paths: [d.path, d.appendingPathComponent("a.txt").path])
        #expect(inner.paths == ["a.txt"])
        #expect(inner.warnings.contains { $0.contains("up: link to ") && $0.contains("a folder enclosing it (a loop); not followed") })
        #expect(inner.warnings.contains { $0.contains("a.txt: the same file as ") })
    }

    @Test func onlyRegularFilesAreReadFromFolders() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "An article about talks.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        // (a named pipe and a link to /dev/zero are checked in HostileInputTests, where precis
        // runs under a timeout: here a regression would hang the whole suite)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
        let result = try DocumentReader().read(paths: [folder.path])
        #expect(result.paths == ["a.txt"])
        #expect(result.warnings == ["warning: gone.txt: a link that cannot be followed (dangling: its target does not exist); skipped"])
        let day = try ArticleReader().read(folder: folder.path)
        #expect(day.articles.map(\.id) == ["a.txt"])
        #expect(day.warnings.count == 1)
    }

    @Test func nothingReadGivesTheSkipReasons() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nul = folder.appendingPathComponent("nul.txt")
        try Data([0x41, 0x00, 0x42]).write(to: nul)
        #expect(throws: PrecisError.invalidInput("nul.txt: looks binary (NUL bytes), not text")) {
            try DocumentReader().read(paths: [nul.path])
        }
        try Data([0x43, 0x00]).write(to: folder.appendingPathComponent("other.txt"))
        #expect(throws: PrecisError.invalidInput("\(folder.path): no readable documents (.txt, .md, .html); 2 skipped: "
            + "(1) nul.txt: looks binary (NUL bytes), not text (2) other.txt: looks binary (NUL bytes), not text")) {
            try DocumentReader().read(paths: [folder.path])
        }
    }

    @Test func htmlDeeperThanLibxml2sDefaultLimitKeepsItsText() {
        for depth in [300, 200_000] {
            let html = "<body>" + String(repeating: "<div>x ", count: depth) + "<p>Deepest paragraph.</p>"
            let page = HTMLText.extract(html)
            #expect(page.text.hasSuffix("Deepest paragraph."), "depth \(depth)")
            #expect(page.text.split(separator: "\n").count == depth + 1, "depth \(depth)")
        }
    }
}
