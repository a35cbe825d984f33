import Foundation

/// Reads articles from files, folders or standard input into cleaned ``Document``s.
///
/// - `.txt` and files with no extension are plain text; `.md`/`.markdown` are Markdown (the
///   first `#` heading is the title, markup is stripped); `.html`/`.htm` go through ``HTMLText``.
/// - Bytes are decoded by ``TextDecoder`` (UTF-8, UTF-16 with BOM, Windows-1252 fallback).
/// - Folders are read recursively in sorted order; hidden files are skipped, and a link that
///   leads back into a folder already visited is not followed (no symlink loops).
/// - A file that cannot be used (binary, over ``Options/maxFileBytes``, unreadable) is skipped
///   with a warning; reading fails only when nothing usable is left.
///
/// ```swift
/// let result = try DocumentReader().read(paths: ["Evaluation/corpora/istanbul-talks"])
/// result.documents.count   // 5
/// result.warnings          // []
/// ```
public struct DocumentReader: Sendable {
    /// What the reader accepts.
    public struct Options: Sendable, Hashable, Codable {
        /// Files larger than this many bytes are refused with a warning (default 64 MiB).
        public var maxFileBytes: Int
        /// Read folders recursively.
        public var recursive: Bool

        public init(maxFileBytes: Int = 64 << 20, recursive: Bool = true) {
            self.maxFileBytes = maxFileBytes
            self.recursive = recursive
        }
    }

    /// The documents read, and one line per file skipped.
    public struct Result: Sendable {
        /// Documents in the order read (paths in the given order, folders sorted by path).
        public var documents: [Document]
        /// One line per skipped input, ready to print.
        public var warnings: [String]
        /// Each document's path as read (relative to the folder given, for files found in folders).
        public var paths: [String]
    }

    /// The reader's limits.
    public var options: Options

    /// The file extensions read from folders.
    public static let extensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", ""]

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads documents from paths; `-` reads standard input as one document.
    ///
    /// - Parameter paths: files, folders, or `-`.
    /// - Returns: the documents and the warnings for skipped files.
    /// - Throws: ``PrecisError`` when a path does not exist or no document could be read.
    /// - Complexity: O(total bytes read).
    public func read(paths: [String]) throws -> Result {
        precondition(!paths.isEmpty, "DocumentReader.read(paths:) needs at least one path")
        var result = Result(documents: [], warnings: [], paths: [])
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                try add(data: data, name: "stdin", displayPath: "-", fileExtension: "txt", to: &result)
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { throw PrecisError.notFound(path) }
            if isDirectory.boolValue {
                for file in try files(in: path, warnings: &result.warnings) {
                    readFile(URL(fileURLWithPath: path).appendingPathComponent(file).path, displayPath: file, into: &result)
                }
            } else {
                readFile(path, displayPath: (path as NSString).lastPathComponent, into: &result)
            }
        }
        if result.documents.isEmpty {
            throw PrecisError.noDocuments(paths.joined(separator: " "))
        }
        return result
    }

    /// Reads one document from bytes.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - name: the document's name.
    ///   - fileExtension: `txt`, `md` or `html`, choosing the format.
    /// - Returns: the cleaned document.
    /// - Throws: ``PrecisError`` for binary or oversized input.
    public func document(from data: Data, name: String, fileExtension: String = "txt") throws -> Document {
        guard data.count <= options.maxFileBytes else {
            throw PrecisError.tooLarge(name, size: data.count, limit: options.maxFileBytes)
        }
        let (text, _) = try TextDecoder.decode(data, name: name)
        switch fileExtension.lowercased() {
        case "html", "htm", "xhtml":
            let page = HTMLText.extract(text)
            return Document(name: name, text: page.text, title: page.title)
        case "md", "markdown":
            let markdown = MarkdownText.extract(text)
            return Document(name: name, text: markdown.text, title: markdown.title)
        default:
            let trimmed = text.drop(while: { $0.isWhitespace })
            if trimmed.hasPrefix("<!") || trimmed.lowercased().hasPrefix("<html") {
                let page = HTMLText.extract(text)
                return Document(name: name, text: page.text, title: page.title)
            }
            return Document(name: name, text: text)
        }
    }

    // MARK: Internals

    private func add(data: Data, name: String, displayPath: String, fileExtension: String, to result: inout Result) throws {
        let document = try document(from: data, name: name, fileExtension: fileExtension)
        result.documents.append(document)
        result.paths.append(displayPath)
    }

    private func readFile(_ path: String, displayPath: String, into result: inout Result) {
        let name = (path as NSString).lastPathComponent
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            if size > options.maxFileBytes {
                result.warnings.append("warning: " + PrecisError.tooLarge(displayPath, size: size, limit: options.maxFileBytes).description)
                return
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                result.warnings.append("warning: " + PrecisError.unreadable(displayPath, "permission denied").description + "; skipped")
                return
            }
            defer { try? handle.close() }
            let data = handle.readDataToEndOfFile()
            try add(data: data, name: name, displayPath: displayPath,
                    fileExtension: (path as NSString).pathExtension, to: &result)
        } catch let error as PrecisError {
            result.warnings.append("warning: \(error.description)")
        } catch {
            result.warnings.append("warning: " + PrecisError.unreadable(displayPath, error.localizedDescription).description + "; skipped")
        }
    }

    /// Files under `root` (relative paths, sorted), following links but never into a folder twice.
    private func files(in root: String, warnings: inout [String]) throws -> [String] {
        let fm = FileManager.default
        var visited = Set<String>()
        var out: [String] = []
        func walk(_ relative: String) {
            let full = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
            let real = (full as NSString).resolvingSymlinksInPath
            guard visited.insert(real).inserted else {
                warnings.append("warning: \(relative): link to a folder already read; not followed")
                return
            }
            guard let names = try? fm.contentsOfDirectory(atPath: full) else {
                warnings.append("warning: \(relative.isEmpty ? root : relative): cannot list folder; skipped")
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : (relative as NSString).appendingPathComponent(name)
                let childFull = (root as NSString).appendingPathComponent(child)
                var isDirectory: ObjCBool = false
                guard fm.fileExists(atPath: childFull, isDirectory: &isDirectory) else {
                    warnings.append("warning: \(child): broken link or vanished file; skipped")
                    continue
                }
                if isDirectory.boolValue {
                    if options.recursive { walk(child) }
                } else if Self.extensions.contains((name as NSString).pathExtension.lowercased()) {
                    out.append(child)
                }
            }
        }
        walk("")
        return out
    }
}
