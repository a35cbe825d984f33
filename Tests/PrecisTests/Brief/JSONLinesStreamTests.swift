import Foundation
import Testing
@testable import Precis
import PrecisSupport

/// JSON Lines read as a stream: lines cut across chunks, over-long lines skipped unread, an
/// input without articles given up on; and `brief` reading a folder in `digest`'s order.
@Suite struct JSONLinesStreamTests {
    /// A file holding `bytes`, removed when the value goes.
    final class TemporaryFile {
        let path: String
        init(_ bytes: [UInt8], name: String = "day.jsonl") throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("precis-stream-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            path = folder.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        deinit { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    }

    /// `reader` on the file's descriptor, `chunkSize` bytes per read.
    func stream(_ file: TemporaryFile, chunkSize: Int, reader: ArticleReader = ArticleReader()) throws -> ArticleReader.Result {
        let descriptor = open(file.path, O_RDONLY)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        return try reader._readJSONLines(from: descriptor, name: "d", chunkSize: chunkSize) {
            PrecisError.unreadable("d", FileInput.describe(errno: errno))
        }
    }

    /// Several articles with multi-byte characters, a blank line, a bad line, a repeated id, an
    /// HTML text, CRLF line ends, and no newline after the last line.
    static let day = [
        #"{"id":"a","source":"wire","text":"Erdoğan will host the talks in Türkiye on Thursday."}"#,
        "",
        #"{"id":"b","title":"Ceasefire — «talks»","text":"Leaders said a 30-day ceasefire\nwould come first. 🇺🇦"}"# + "\r",
        "not json\r",
        #"{"id":"a","text":"again"}"#,
        #"{"id":"h","text":"<html><head><title>Page</title></head><body><p>Officials met in Istanbul.</p></body></html>"}"#,
        "  \t\r",
        #"{"id":"c","text":"Last line, no newline after it."}"#,
    ].joined(separator: "\n")

    @Test func linesCutAcrossChunksReadAsWhole() throws {
        let file = try TemporaryFile(Array(Self.day.utf8))
        let whole = try ArticleReader().readJSONLines(Data(Self.day.utf8), name: "d")
        #expect(whole.articles.map(\.id) == ["a", "b", "h", "c"])
        #expect(whole.articles[1].text == "Leaders said a 30-day ceasefire\nwould come first. 🇺🇦")
        #expect(whole.articles[1].title == "Ceasefire — «talks»")
        #expect(!whole.articles[2].text.contains("<p>") && whole.articles[2].text.contains("Officials met in Istanbul."))
        #expect(whole.articles[3].text == "Last line, no newline after it.")
        #expect(whole.warnings.count == 2)
        #expect(whole.warnings[0].hasPrefix("warning: d:4: not an article (") && whole.warnings[0].hasSuffix("; skipped"))
        #expect(whole.warnings[1] == "warning: d:5: id 'a' appeared on an earlier line; skipped")
        // 7 bytes a read cuts every line, a UTF-8 character, and a CRLF pair somewhere
        for chunkSize in [1, 2, 7, 64, 1 << 16] {
            let streamed = try stream(file, chunkSize: chunkSize)
            #expect(streamed.articles == whole.articles, "chunk size \(chunkSize)")
            #expect(streamed.warnings == whole.warnings, "chunk size \(chunkSize)")
        }
        // every line ending in CRLF, the last one too: the same articles
        let crlf = Self.day.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
        let crlfFile = try TemporaryFile(Array(crlf.utf8))
        let crlfDay = try stream(crlfFile, chunkSize: 7)
        #expect(crlfDay.articles == whole.articles)
        #expect(crlfDay.warnings == whole.warnings)
        // a file named *.jsonl goes through the same reader
        let byPath = try ArticleReader().read(path: file.path)
        #expect(byPath.articles == whole.articles)
        #expect(byPath.warnings == whole.warnings.map { $0.replacingOccurrences(of: "warning: d:", with: "warning: \(file.path):") })
    }

    @Test func aLineOverTheLimitIsSkippedUnreadAndTheNextOneRead() throws {
        let reader = ArticleReader(options: .init(maxFileBytes: 100))
        let long = #"{"id":"long","text":""# + String(repeating: "x", count: _JSONLines.lineAllowance + 100) + #""}"#
        let lines = [#"{"id":"a","text":"first"}"#, long, #"{"id":"b","text":"after the long one"}"#, long]
        let warning2 = "warning: d:2: a line of \(long.utf8.count) bytes is over the 100-byte limit; skipped"
        let warning4 = "warning: d:4: a line of \(long.utf8.count) bytes is over the 100-byte limit; skipped"
        // the last line, over the limit, with no newline after it
        let file = try TemporaryFile(Array(lines.joined(separator: "\n").utf8))
        for chunkSize in [7, 1 << 16] {
            let day = try stream(file, chunkSize: chunkSize, reader: reader)
            #expect(day.articles.map(\.id) == ["a", "b"], "chunk size \(chunkSize)")
            #expect(day.warnings == [warning2, warning4], "chunk size \(chunkSize)")
        }
        // a line within the allowance keeps the text check and its message
        let overText = try reader.readJSONLines(Data((#"{"id":"t","text":""# + String(repeating: "y", count: 101) + "\"}\n{\"id\":\"a\",\"text\":\"x\"}").utf8), name: "d")
        #expect(overText.warnings == ["warning: d:1: a text of 101 bytes is over the 100-byte limit; skipped"])
        // nothing left: the error says why
        #expect(throws: PrecisError.invalidInput("d: no articles (one JSON object per line); 1 skipped: "
            + "(1) d:1: a line of \(long.utf8.count) bytes is over the 100-byte limit")) {
            try reader.readJSONLines(Data(long.utf8), name: "d")
        }
    }

    @Test func anInputWithoutArticlesIsGivenUpOn() throws {
        // `yes | precis brief -`: reading stops after the first lines, with the reasons
        let lines = _JSONLines.giveUpLines * 3
        let file = try TemporaryFile(Array(String(repeating: "y\n", count: lines).utf8))
        do {
            _ = try stream(file, chunkSize: 1 << 16)
            Issue.record("no error")
        } catch let error as PrecisError {
            let message = error.description
            #expect(message.hasPrefix("d: no articles in the first "), "\(message)")
            #expect(message.contains("lines (one JSON object per line); stopped reading; "), "\(message)")
            #expect(message.contains("(1) d:1: not an article ("), "\(message)")
            let read = Int(message.dropFirst("d: no articles in the first ".count).prefix { $0.isNumber })!
            #expect(read >= _JSONLines.giveUpLines && read < lines, "\(message)")
        }
        // Fewer lines, none an article: the error names the input, as before, and the reasons.
        #expect(throws: PrecisError.invalidInput("d: no articles (one JSON object per line)")) {
            try ArticleReader().readJSONLines(Data("\n \n".utf8), name: "d")
        }
        #expect(throws: PrecisError.invalidInput("d: no articles (one JSON object per line); 1 skipped: "
            + "(1) d:2: not an article (The given data was not valid JSON.)")) {
            try ArticleReader().readJSONLines(Data("\nnot json\n".utf8), name: "d")
        }
        // An article after a few bad lines is read.
        let late = String(repeating: "y\n", count: 100) + #"{"id":"a","text":"x"}"#
        #expect(try ArticleReader().readJSONLines(Data(late.utf8), name: "d").articles.map(\.id) == ["a"])
    }

    @Test func aFailedReadIsAnError() throws {
        let file = try TemporaryFile(Array(#"{"id":"a","text":"x"}"#.utf8))
        // a folder opens for reading, and reading it fails (EISDIR)
        let descriptor = open((file.path as NSString).deletingLastPathComponent, O_RDONLY)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(throws: PrecisError.unreadable("d", "is a directory")) {
            try ArticleReader()._readJSONLines(from: descriptor, name: "d") {
                PrecisError.unreadable("d", FileInput.describe(errno: errno))
            }
        }
    }

    @Test func briefReadsAFolderInDigestsOrder() throws {
        // `-` (0x2D) sorts before `/` (0x2F): by whole path `a-b.txt` would come before `a/x.txt`;
        // the folder walk (depth first, names sorted) puts folder `a` first.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("precis-order-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a"), withIntermediateDirectories: true)
        try "Talks in Istanbul on Thursday.".write(to: root.appendingPathComponent("a-b.txt"), atomically: true, encoding: .utf8)
        try "Leaders met in Ankara.".write(to: root.appendingPathComponent("a/x.txt"), atomically: true, encoding: .utf8)
        let digestOrder = try DocumentReader().read(paths: [root.path]).paths
        let briefOrder = try ArticleReader().read(path: root.path).articles.map(\.id)
        #expect(digestOrder == ["a/x.txt", "a-b.txt"])
        #expect(briefOrder == digestOrder)
    }
}
