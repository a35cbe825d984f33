import Foundation
import PrecisSupport

/// Reads articles from files, folders or standard input into cleaned ``Document``s.
///
/// - `.txt` and files with no extension are plain text; `.md`/`.markdown` are Markdown (the
///   first `#` heading is the title, markup is stripped); `.html`/`.htm` go through ``HTMLText``.
/// - Bytes are decoded by ``TextDecoder`` (UTF-8, UTF-16 with BOM, Windows-1252 fallback).
/// - Folders are read recursively in sorted order; hidden files are skipped, a link to a folder
///   already visited or enclosing it is not followed (no symlink loops), and only regular files
///   are read from folders (a named pipe or device is skipped). A file reached twice is read once.
/// - A file that cannot be used (binary, over ``Options/maxFileBytes``, unreadable) is skipped
///   with a warning; reading fails only when nothing usable is left, and then says why.
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
        /// Documents in the order read (paths in the given order; folders depth first, each
        /// folder's entries sorted by name as bytes).
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
    /// Inside folders only regular files are read: a named pipe, device or socket is skipped with
    /// a warning (a pipe would block the read forever, `/dev/zero` would never end). A path given
    /// directly may be a pipe or a process substitution (`<(…)`): the user asked for it, so it is
    /// read, up to ``Options/maxFileBytes``. A file reached twice (two paths, a link, a folder and
    /// a file in it) is read once, with a warning naming the second path.
    ///
    /// - Parameter paths: files, folders, or `-`.
    /// - Returns: the documents and the warnings for skipped files.
    /// - Throws: ``PrecisError`` when a path does not exist or is a link that cannot be followed,
    ///   or when no document could be read (with the reason each input was skipped).
    /// - Complexity: O(total bytes read).
    public func read(paths: [String]) throws -> Result {
        precondition(!paths.isEmpty, "DocumentReader.read(paths:) needs at least one path")
        var result = Result(documents: [], warnings: [], paths: [])
        var seen = FileInput.SeenFiles()
        var given: [String] = []  // each document's path as given (the folder's path joined with the file's)
        for path in paths {
            if path == "-" {
                let data = try StandardInput.readAll(limit: options.maxFileBytes)
                try add(data: data, name: "stdin", displayPath: "-", fileExtension: "txt", to: &result)
                given.append("stdin")
                continue
            }
            switch try FileInput.inspect(path) {
            case .folder(let id):
                let listing = FileInput.list(folder: path, id: id, extensions: Self.extensions, followingFolderLinks: true, recursive: options.recursive,
                                         seen: &seen.folders)
                result.warnings += listing.warnings
                for file in listing.files {
                    let full = URL(fileURLWithPath: path).appendingPathComponent(file.relative).path
                    if let warning = seen.firstReach(of: file.id, as: (path as NSString).appendingPathComponent(file.relative)) {
                        result.warnings.append(warning)
                        continue
                    }
                    readFile(full, displayPath: file.relative, name: file.relative, onlyRegular: true, into: &result)
                    given.append(contentsOf: repeatElement((path as NSString).appendingPathComponent(file.relative),
                                                           count: result.documents.count - given.count))
                }
            case .file(let id):
                if let warning = seen.firstReach(of: id, as: path) {
                    result.warnings.append(warning)
                    continue
                }
                readFile(path, displayPath: (path as NSString).lastPathComponent, name: (path as NSString).lastPathComponent,
                         onlyRegular: false, into: &result)
                given.append(contentsOf: repeatElement(path, count: result.documents.count - given.count))
            }
        }
        // Names are paths relative to the folder given (base names for files given directly);
        // where two documents would share one (`a/x.txt` given beside `b/x.txt`, or two folders
        // each holding `x.txt`), each of them is named by its path as given instead, so the
        // digest's attribution is never ambiguous.
        // Names compare as bytes: `café` composed and decomposed are two files.
        let counts = Dictionary(result.documents.map { (Array($0.name.utf8), 1) }, uniquingKeysWith: +)
        for i in result.documents.indices where counts[Array(result.documents[i].name.utf8), default: 0] > 1 {
            result.documents[i].name = given[i]
        }
        // Still shared (standard input beside a file named `stdin`): later ones are numbered.
        var taken = Set(result.documents.map { Array($0.name.utf8) })
        var first = Set<[UInt8]>()
        for i in result.documents.indices where !first.insert(Array(result.documents[i].name.utf8)).inserted {
            var n = 2
            while taken.contains(Array("\(result.documents[i].name) (\(n))".utf8)) { n += 1 }
            result.documents[i].name += " (\(n))"
            taken.insert(Array(result.documents[i].name.utf8))
        }
        if result.documents.isEmpty {
            throw FileInput.nothingRead(PrecisError.noDocuments(paths.joined(separator: " ")), warnings: result.warnings)
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

    private func readFile(_ path: String, displayPath: String, name: String, onlyRegular: Bool, into result: inout Result) {
        do {
            let data = try FileInput.contents(of: path, displayPath: displayPath, limit: options.maxFileBytes, onlyRegular: onlyRegular)
            try add(data: data, name: name, displayPath: displayPath,
                    fileExtension: (path as NSString).pathExtension, to: &result)
        } catch let error as PrecisError {
            result.warnings.append("warning: \(error.description)")
        } catch {
            result.warnings.append("warning: " + PrecisError.unreadable(displayPath, error.localizedDescription).description + "; skipped")
        }
    }
}
