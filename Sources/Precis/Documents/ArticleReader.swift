import Foundation
import PrecisSupport

/// Reads a day's articles: a folder (recursively, sorted) or JSON Lines.
///
/// ```swift
/// let day = try ArticleReader().read(path: "Evaluation/corpora/istanbul-talks")
/// day.articles.count   // 5
/// ```
public struct ArticleReader: Sendable {
    /// The reader's limits.
    public var options: DocumentReader.Options

    public init(options: DocumentReader.Options = .init()) {
        self.options = options
    }

    /// What was read.
    public struct Result: Sendable {
        /// The articles, in input order (folders depth first, each folder's entries sorted by name
        /// as bytes; JSON Lines in line order).
        public var articles: [Article]
        /// One line per skipped file or line, ready to print.
        public var warnings: [String]
    }

    /// One line of a JSON Lines day.
    package typealias Line = Article

    /// Reads `path`: `-` is JSON Lines on standard input, a file named `*.jsonl` or `*.ndjson`
    /// is JSON Lines, a folder is read recursively (ids are paths relative to it; an article in a
    /// subfolder has that first subfolder as its source).
    ///
    /// JSON Lines are read as a stream (``readJSONLines(_:name:)`` says how), so neither an
    /// endless standard input nor one enormous line fills memory.
    /// - Parameter path: a folder, a JSON Lines file, or `-`.
    /// - Returns: the articles and warnings.
    /// - Throws: ``PrecisError`` when the path is missing or unreadable, or nothing usable is left.
    /// - Complexity: O(total bytes read); memory O(the articles kept + one batch of lines).
    public func read(path: String) throws -> Result {
        if path == "-" {
            return try _readJSONLines(from: STDIN_FILENO, name: "stdin", failure: StandardInput.readFailure)
        }
        if case .folder = try FileInput.inspect(path) { return try read(folder: path) }
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "jsonl" || ext == "ndjson" {
            let failure = { PrecisError.unreadable(path, FileInput.describe(errno: errno)) }
            return try FileInput.withOpenFile(path, failure: failure) {
                try _readJSONLines(from: $0, name: path, failure: failure)
            }
        }
        // named by the user: a pipe or process substitution is read too, up to the size limit
        let article = try readFile(path, id: (path as NSString).lastPathComponent, source: nil, onlyRegular: false)
        return Result(articles: [article], warnings: [])
    }

    /// Reads every article under a folder (recursively, depth first, each folder's entries sorted
    /// by name as bytes: the order `precis digest` reads a folder in), two files at a time.
    ///
    /// Files are listed with ``DocumentReader``'s rules (hidden entries skipped, only regular
    /// files read, a file reached twice read once), except that no link to a folder is followed:
    /// each is skipped with a warning.
    /// - Parameter folder: the folder.
    /// - Returns: articles whose ids are paths relative to `folder`.
    /// - Throws: ``PrecisError`` when the folder cannot be reached or nothing readable is found
    ///   (with the reason each file was skipped).
    public func read(folder: String) throws -> Result {
        // List with DocumentReader's own rules, then read and clean in parallel.
        let (listing, listingWarnings) = try _listFiles(folder)
        var slots = [Article?](repeating: nil, count: listing.count)
        var warnings = [String?](repeating: nil, count: listing.count)
        let root = URL(fileURLWithPath: folder)
        slots.withUnsafeMutableBufferPointer { out in
            warnings.withUnsafeMutableBufferPointer { warn in
                let outBase = out.baseAddress!, warnBase = warn.baseAddress!
                parallelFor(listing.count) { i in
                    let relative = listing[i]
                    let parts = relative.split(separator: "/")
                    let source = parts.count > 1 ? String(parts[0]) : nil
                    do {
                        let article = try readFile(root.appendingPathComponent(relative).path, id: relative, source: source,
                                                   onlyRegular: true)
                        (outBase + i).initialize(to: article)
                    } catch let error as PrecisError {
                        (warnBase + i).initialize(to: "warning: \(error.description)")  // it names the file
                    } catch {
                        (warnBase + i).initialize(to: "warning: \(relative): \(error)")
                    }
                }
            }
        }
        let articles = slots.compactMap { $0 }
        let allWarnings = listingWarnings + warnings.compactMap { $0 }
        guard !articles.isEmpty else {
            throw FileInput.nothingRead(PrecisError.invalidInput("\(folder): no readable articles (.txt, .md, .html)"),
                                              warnings: allWarnings)
        }
        return Result(articles: articles, warnings: allWarnings)
    }

    /// Reads JSON Lines: one article per line, `{"id", "title"?, "source"?, "url"?, "published"?, "text"}`.
    /// Blank lines are skipped; the text is cleaned like a plain-text file (an HTML `text` is
    /// turned into text first). A line may end in `\n` or `\r\n`; the last needs no line end.
    ///
    /// A line that is not an article, that repeats an earlier line's id, or whose text is over
    /// the file-size limit (``DocumentReader/Options/maxFileBytes``, per article here), is
    /// skipped with a warning naming the line, as a bad file in a folder is: one broken record in
    /// a day's feed does not cost the brief of the rest. A line longer than that limit allows
    /// (the limit and 1 MiB for the other fields, quotes and escapes) is skipped as it is read,
    /// never held whole. When the first 10,000 lines hold no article, reading stops (at the end of
    /// their batch): the input is not a day's articles (`yes | precis brief -` ends instead of
    /// running until memory runs out).
    /// - Parameters:
    ///   - data: the bytes (UTF-8).
    ///   - name: the input's name, for messages.
    /// - Returns: the articles, in line order, and a warning per skipped line.
    /// - Throws: ``PrecisError`` when no article is left (with the reasons lines were skipped).
    /// - Complexity: O(bytes), the lines parsed a batch at a time on all cores.
    public func readJSONLines(_ data: Data, name: String) throws -> Result {
        var lines = _JSONLines(options: options, name: name)
        try data.withUnsafeBytes { try lines.add($0) }
        return try lines.finish()
    }

    /// Reads JSON Lines from `descriptor` as a stream, as ``readJSONLines(_:name:)`` reads bytes:
    /// a chunk at a time, complete lines parsed a batch at a time, so memory holds the articles
    /// kept and one batch, never the whole input or a whole over-long line.
    /// - Parameters:
    ///   - descriptor: an open descriptor, read to its end (not closed).
    ///   - name: the input's name, for messages.
    ///   - chunkSize: the most bytes one read asks for (small in tests, to cut lines across chunks).
    ///   - failure: the error for a failed read, made while `errno` still tells why.
    /// - Returns: the articles, in line order, and a warning per skipped line.
    /// - Throws: `failure()` when a read fails; ``PrecisError`` when no article is left.
    /// - Complexity: O(bytes read); memory O(articles kept + one batch + `chunkSize`).
    func _readJSONLines(from descriptor: Int32, name: String, chunkSize: Int = 1 << 16,
                        failure: () -> PrecisError) throws -> Result {
        var lines = _JSONLines(options: options, name: name)
        guard try FileInput.readChunks(descriptor, chunkSize: chunkSize, { chunk in try lines.add(chunk); return true }) else {
            throw failure()
        }
        return try lines.finish()
    }

    // MARK: Internals

    /// One file as an article: decoded, markup removed, not cleaned.
    /// - Parameter onlyRegular: refuse anything but a regular file (true for files found in a folder).
    func readFileBody(_ path: String, id: String, source: String?, onlyRegular: Bool) throws -> Article {
        let data = try FileInput.contents(of: path, displayPath: id, limit: options.maxFileBytes, onlyRegular: onlyRegular)
        let text: String
        if data.first != 0xEF, data.first != 0xFE, data.first != 0xFF, !data.contains(0),
           let utf8 = String(validating: data, as: UTF8.self) {
            text = utf8  // the common case, without TextDecoder's encoding detection
        } else {
            text = try TextDecoder.decode(data, name: id).text
        }
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm", "xhtml":
            let page = HTMLText.extract(text)
            return Article(id: id, title: page.title, source: source, text: page.text)
        case "md", "markdown":
            let markdown = MarkdownText.extract(text)
            return Article(id: id, title: markdown.title, source: source, text: markdown.text)
        default:
            let head = text.prefix(200).drop(while: { $0.isWhitespace }).lowercased()
            if head.hasPrefix("<!") || head.hasPrefix("<html") {
                let page = HTMLText.extract(text)
                return Article(id: id, title: page.title, source: source, text: page.text)
            }
            return Article(id: id, source: source, text: text)
        }
    }

    /// Files under `folder` that ``DocumentReader`` reads, relative, in its walk's order (depth
    /// first, each folder's entries sorted by name as bytes), so `brief` and `digest` read a
    /// folder in one order; links to folders not followed. A file reached a second time (through
    /// a link to a file) is left out with a warning.
    /// - Returns: the relative paths, in order, and a warning per entry skipped.
    func _listFiles(_ folder: String) throws -> (files: [String], warnings: [String]) {
        guard case .folder(let id) = try FileInput.inspect(folder) else {
            throw PrecisError.invalidInput("\(folder): not a folder")
        }
        var folders: [FileInput.FileID: String] = [:]
        let listing = FileInput.list(folder: folder, id: id, extensions: DocumentReader.extensions, followingFolderLinks: false, recursive: true, seen: &folders)
        var warnings = listing.warnings
        var seen = FileInput.SeenFiles()
        var out: [String] = []
        for file in listing.files {
            if let warning = seen.firstReach(of: file.id, as: file.relative) {
                warnings.append(warning)
            } else {
                out.append(file.relative)
            }
        }
        return (out, warnings)
    }
}

/// JSON Lines cut from chunks of bytes and parsed a batch at a time: the one reader behind
/// ``ArticleReader/readJSONLines(_:name:)`` and standard input or a `.jsonl` file.
///
/// Bytes of the current line are kept until its `\n`; a line growing past `lineLimit` is dropped
/// and the rest of it discarded up to its `\n` (counted, for the warning). Complete lines gather
/// in a batch; a full batch is parsed on all cores, then checked in line order (size, repeated
/// id) and turned into articles, and its bytes are released.
struct _JSONLines {
    /// Bytes of complete lines gathered before a batch is parsed (and their count): enough for
    /// every core to have work, small beside a day's articles.
    static let batchBytes = 1 << 20, batchLines = 1024
    /// What a line may hold beyond the text limit (the other fields, quotes, escapes).
    static let lineAllowance = 1 << 20
    /// Lines read without an article before the input is taken for something else.
    static let giveUpLines = 10_000

    private enum Pending {
        /// A complete line: its 1-based number and its bytes in `buffer`.
        case line(Int, Range<Int>)
        /// A line over `lineLimit`: its number and length, its bytes discarded.
        case tooLong(Int, Int)
    }

    private let options: DocumentReader.Options
    private let name: String
    private let lineLimit: Int
    /// The batch's complete lines, then the current line's bytes from `lineStart`.
    private var buffer: [UInt8] = []
    private var lineStart = 0
    private var batch: [Pending] = []
    /// Lines ended so far.
    private var lineCount = 0
    /// Bytes of the current line discarded so far, once it is over `lineLimit`.
    private var discarded: Int?
    private var seen = Set<String>()
    private var articles: [Article] = []
    private var warnings: [String] = []

    init(options: DocumentReader.Options, name: String) {
        self.options = options
        self.name = name
        let (limit, overflow) = options.maxFileBytes.addingReportingOverflow(Self.lineAllowance)
        lineLimit = overflow ? .max : limit
    }

    /// Takes the next bytes of the input.
    /// - Throws: ``PrecisError`` when the first lines hold no article (see ``giveUpLines``).
    /// - Complexity: O(`bytes.count`), and a batch's parsing when one fills.
    mutating func add(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var p = 0
        while p < bytes.count {
            let newline = memchr(base + p, 10, bytes.count - p)
            let end = newline.map { UnsafeRawPointer($0) - base } ?? bytes.count
            let length = buffer.count - lineStart + end - p
            if let count = discarded {
                discarded = count + end - p
            } else if length > lineLimit {
                discarded = length
                buffer.removeSubrange(lineStart...)
            } else {
                buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[p..<end]))
            }
            guard newline != nil else { return }
            try endLine()
            p = end + 1
        }
    }

    /// Ends the input (a last line needs no `\n`) and returns what was read.
    /// - Throws: ``PrecisError`` when no article is left, with the reasons lines were skipped.
    mutating func finish() throws -> ArticleReader.Result {
        if discarded != nil || buffer.count > lineStart { try endLine() }
        try parseBatch()
        guard !articles.isEmpty else {
            throw FileInput.nothingRead(PrecisError.invalidInput("\(name): no articles (one JSON object per line)"),
                                              warnings: warnings, leading: true)
        }
        return ArticleReader.Result(articles: articles, warnings: warnings)
    }

    private mutating func endLine() throws {
        lineCount += 1
        if let count = discarded {
            batch.append(.tooLong(lineCount, count))
            discarded = nil
        } else {
            batch.append(.line(lineCount, lineStart..<buffer.count))
            lineStart = buffer.count
        }
        if buffer.count >= Self.batchBytes || batch.count >= Self.batchLines { try parseBatch() }
    }

    /// Parses the batch's lines on all cores, then keeps or skips each in line order.
    private mutating func parseBatch() throws {
        let batch = batch, name = name
        var parsed = [ArticleReader.Line?](repeating: nil, count: batch.count)
        var failures = [String?](repeating: nil, count: batch.count)
        buffer.withUnsafeBytes { bytes in
            parsed.withUnsafeMutableBufferPointer { out in
                failures.withUnsafeMutableBufferPointer { fail in
                    let outBase = out.baseAddress!, failBase = fail.baseAddress!
                    parallelFor(batch.count) { i in
                        guard case .line(let number, let range) = batch[i] else { return }
                        let line = UnsafeRawBufferPointer(rebasing: bytes[range])
                        if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return }
                        if let article = _ArticleLine.parse(line) {
                            (outBase + i).initialize(to: article)
                            return
                        }
                        do {
                            (outBase + i).initialize(to: try JSONDecoder().decode(ArticleReader.Line.self, from: Data(line)))
                        } catch let error as DecodingError {
                            (failBase + i).initialize(to: "warning: \(name):\(number): not an article (\(error.plainDescription)); skipped")
                        } catch {
                            (failBase + i).initialize(to: "warning: \(name):\(number): not an article (\(error)); skipped")
                        }
                    }
                }
            }
        }
        for i in batch.indices {
            switch batch[i] {
            case .tooLong(let number, let length):
                warnings.append("warning: \(name):\(number): a line of \(length) bytes is over the \(options.maxFileBytes)-byte limit; skipped")
            case .line(let number, _):
                if let failure = failures[i] {
                    warnings.append(failure)
                    continue
                }
                guard let line = parsed[i] else { continue }  // blank
                // The file-size limit holds per article here: a whole day's file may be far larger.
                let size = line.text.utf8.count
                if size > options.maxFileBytes {
                    warnings.append("warning: \(name):\(number): a text of \(size) bytes is over the \(options.maxFileBytes)-byte limit; skipped")
                } else if !seen.insert(line.id).inserted {
                    warnings.append("warning: \(name):\(number): id '\(line.id)' appeared on an earlier line; skipped")
                } else {
                    articles.append(Self.article(line))
                }
            }
        }
        self.batch.removeAll(keepingCapacity: true)
        // a batch that held one long line gives its room back
        buffer.removeAll(keepingCapacity: buffer.capacity <= 2 * Self.batchBytes)
        lineStart = 0
        if articles.isEmpty && lineCount >= Self.giveUpLines {
            throw FileInput.nothingRead(
                PrecisError.invalidInput("\(name): no articles in the first \(lineCount) lines (one JSON object per line); stopped reading"),
                warnings: warnings, leading: true)
        }
    }

    /// The article a line gives: an HTML text turned into text (its title kept when none was given).
    private static func article(_ line: ArticleReader.Line) -> Article {
        var text = line.text, title = line.title
        if text.drop(while: \.isWhitespace).hasPrefix("<") {
            let page = HTMLText.extract(text)
            text = page.text
            title = title ?? page.title
        }
        return Article(id: line.id, title: title, source: line.source, url: line.url, published: line.published, text: text)
    }
}
