import Foundation

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
        /// The articles, in input order (folders sorted by path, JSON Lines in line order).
        public var articles: [Article]
        /// One line per skipped file or line, ready to print.
        public var warnings: [String]
    }

    /// One line of a JSON Lines day.
    public typealias Line = Article

    /// Reads `path`: `-` is JSON Lines on standard input, a file named `*.jsonl` or `*.ndjson`
    /// is JSON Lines, a folder is read recursively (ids are paths relative to it; an article in a
    /// subfolder has that first subfolder as its source).
    /// - Parameter path: a folder, a JSON Lines file, or `-`.
    /// - Returns: the articles and warnings.
    /// - Throws: ``PrecisError`` when the path is missing, a JSON Lines line is malformed, or
    ///   nothing usable is left.
    /// - Complexity: O(total bytes read).
    public func read(path: String) throws -> Result {
        if path == "-" {
            return try readJSONLines(try _StandardInput.readAll(), name: "stdin")
        }
        if case .folder = try DocumentReader._inspect(path) { return try read(folder: path) }
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "jsonl" || ext == "ndjson" {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw PrecisError.invalidInput("\(path): cannot read")
            }
            return try readJSONLines(data, name: path)
        }
        // named by the user: a pipe or process substitution is read too, up to the size limit
        let article = try readFile(path, id: (path as NSString).lastPathComponent, source: nil, onlyRegular: false)
        return Result(articles: [article], warnings: [])
    }

    /// Reads every article under a folder (recursively, sorted by path), two files at a time.
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
                _parallelFor(listing.count) { i in
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
            throw DocumentReader._nothingRead(PrecisError.invalidInput("\(folder): no readable articles (.txt, .md, .html)"),
                                              warnings: allWarnings)
        }
        return Result(articles: articles, warnings: allWarnings)
    }

    /// Reads JSON Lines: one article per line, `{"id", "title"?, "source"?, "url"?, "published"?, "text"}`.
    /// Blank lines are skipped; the text is cleaned like a plain-text file (an HTML `text` is
    /// turned into text first).
    ///
    /// A line that is not an article, that repeats an earlier line's id, or whose text is over
    /// the file-size limit (``DocumentReader/Options/maxFileBytes``, per article here), is
    /// skipped with a warning naming the line, as a bad file in a folder is: one broken record in
    /// a day's feed does not cost the brief of the rest.
    /// - Parameters:
    ///   - data: the bytes (UTF-8).
    ///   - name: the input's name, for messages.
    /// - Returns: the articles, in line order, and a warning per skipped line.
    /// - Throws: ``PrecisError`` when no article is left.
    public func readJSONLines(_ data: Data, name: String) throws -> Result {
        let lines = Self._splitLines(data)
        var parsed = [Line?](repeating: nil, count: lines.count)
        var warnings = [String?](repeating: nil, count: lines.count)
        parsed.withUnsafeMutableBufferPointer { out in
            warnings.withUnsafeMutableBufferPointer { warn in
                let outBase = out.baseAddress!, warnBase = warn.baseAddress!
                _parallelFor(lines.count) { i in
                    let line = lines[i]
                    if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return }
                    if let article = line.withUnsafeBytes(_ArticleLine.parse) {
                        (outBase + i).initialize(to: article)
                        return
                    }
                    do {
                        (outBase + i).initialize(to: try JSONDecoder().decode(Line.self, from: line))
                    } catch let error as DecodingError {
                        (warnBase + i).initialize(to: "warning: \(name):\(i + 1): not an article (\(DigestOptions.describe(error))); skipped")
                    } catch {
                        (warnBase + i).initialize(to: "warning: \(name):\(i + 1): not an article (\(error)); skipped")
                    }
                }
            }
        }
        var seen = Set<String>(minimumCapacity: parsed.count)
        for i in parsed.indices {
            guard let line = parsed[i] else { continue }
            // The file-size limit holds per article here: a whole day's file may be far larger.
            let size = line.text.utf8.count
            if size > options.maxFileBytes {
                warnings[i] = "warning: \(name):\(i + 1): a text of \(size) bytes is over the \(options.maxFileBytes)-byte limit; skipped"
                parsed[i] = nil
            } else if !seen.insert(line.id).inserted {
                warnings[i] = "warning: \(name):\(i + 1): id '\(line.id)' appeared on an earlier line; skipped"
                parsed[i] = nil
            }
        }
        let result = parsed.compactMap { line -> Article? in
            guard let line else { return nil }
            var text = line.text, title = line.title
            if text.drop(while: \.isWhitespace).hasPrefix("<") {
                let page = HTMLText.extract(text)
                text = page.text
                title = title ?? page.title
            }
            return Article(id: line.id, title: title, source: line.source, url: line.url, published: line.published, text: text)
        }
        guard !result.isEmpty else { throw PrecisError.invalidInput("\(name): no articles (one JSON object per line)") }
        return Result(articles: result, warnings: warnings.compactMap { $0 })
    }

    // MARK: Internals

    /// One file as an article: decoded, markup removed, not cleaned.
    /// - Parameter onlyRegular: refuse anything but a regular file (true for files found in a folder).
    func readFile(_ path: String, id: String, source: String?, onlyRegular: Bool) throws -> Article {
        let data = try DocumentReader._contents(of: path, displayPath: id, limit: options.maxFileBytes, onlyRegular: onlyRegular)
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

    /// Lines of `data`, split at `\n`.
    static func _splitLines(_ data: Data) -> [Data] {
        // Newline offsets with memchr over the raw bytes (Data's own search goes byte by byte).
        var ranges: [Range<Int>] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Void in
            guard let base = raw.baseAddress else { return }
            let count = raw.count
            var start = 0
            while start < count {
                var end = count
                if let found = memchr(base + start, 10, count - start) {
                    end = UnsafeRawPointer(found) - base
                }
                ranges.append(start..<end)
                start = end == count ? end : end + 1
            }
        }
        let offset = data.startIndex
        return ranges.map { data[(offset + $0.lowerBound)..<(offset + $0.upperBound)] }
    }

    /// Files under `folder` that ``DocumentReader`` reads, relative, sorted; links to folders not
    /// followed. A file reached a second time (through a link to a file) is left out with a warning.
    /// - Returns: the relative paths, sorted, and a warning per entry skipped.
    func _listFiles(_ folder: String) throws -> (files: [String], warnings: [String]) {
        guard case .folder(let id) = try DocumentReader._inspect(folder) else {
            throw PrecisError.invalidInput("\(folder): not a folder")
        }
        var folders: [DocumentReader._FileID: String] = [:]
        let listing = DocumentReader._list(folder: folder, id: id, followingFolderLinks: false, recursive: true, seen: &folders)
        var warnings = listing.warnings
        var seen = DocumentReader._SeenFiles()
        var out: [String] = []
        // sorted by whole path, the order articles have always come in
        for file in listing.files.sorted(by: { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }) {
            if let warning = seen.firstReach(of: file.id, as: file.relative) {
                warnings.append(warning)
            } else {
                out.append(file.relative)
            }
        }
        return (out, warnings)
    }
}
