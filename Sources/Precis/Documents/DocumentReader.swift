import Foundation

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
        var seen = _SeenFiles()
        var given: [String] = []  // each document's path as given (the folder's path joined with the file's)
        for path in paths {
            if path == "-" {
                let data = try _StandardInput.readAll(limit: options.maxFileBytes)
                try add(data: data, name: "stdin", displayPath: "-", fileExtension: "txt", to: &result)
                given.append("stdin")
                continue
            }
            switch try Self._inspect(path) {
            case .folder(let id):
                let listing = Self._list(folder: path, id: id, followingFolderLinks: true, recursive: options.recursive,
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
            throw Self._nothingRead(PrecisError.noDocuments(paths.joined(separator: " ")), warnings: result.warnings)
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
            let page = HTMLText.blocks(text)
            return DocumentCleaner().clean(name: name, blocks: page.blocks, knownTitle: page.title)
        case "md", "markdown":
            let markdown = MarkdownText.blocks(text)
            return DocumentCleaner().clean(name: name, blocks: markdown.blocks, knownTitle: markdown.title)
        default:
            let trimmed = text.drop(while: { $0.isWhitespace })
            if trimmed.hasPrefix("<!") || trimmed.lowercased().hasPrefix("<html") {
                let page = HTMLText.blocks(text)
                return DocumentCleaner().clean(name: name, blocks: page.blocks, knownTitle: page.title)
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
            let data = try Self._contents(of: path, displayPath: displayPath, limit: options.maxFileBytes, onlyRegular: onlyRegular)
            try add(data: data, name: name, displayPath: displayPath,
                    fileExtension: (path as NSString).pathExtension, to: &result)
        } catch let error as PrecisError {
            result.warnings.append("warning: \(error.description)")
        } catch {
            result.warnings.append("warning: " + PrecisError.unreadable(displayPath, error.localizedDescription).description + "; skipped")
        }
    }
}

// MARK: - Listing and reading rules, shared with ArticleReader

extension DocumentReader {
    /// A file's identity (device and inode): the same for every path, link or hard link reaching it.
    struct _FileID: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// A path given directly, after following its links.
    enum _Given {
        case folder(_FileID)
        /// A regular file, or a pipe or device the user named (read up to the size limit).
        case file(_FileID)
    }

    /// A regular file found in a folder: its path relative to the folder, and its identity.
    struct _Listed: Sendable {
        let relative: String
        let id: _FileID
    }

    /// Files already reached during one read, with the path that reached each first, so that a
    /// file reached again (a second path, a link, a folder and a file in it) is read once.
    struct _SeenFiles {
        var files: [_FileID: String] = [:]
        var folders: [_FileID: String] = [:]

        /// Records the first reach of `id` and returns nil; afterwards, the warning for skipping `path`.
        mutating func firstReach(of id: _FileID, as path: String) -> String? {
            if let first = files[id] { return "warning: \(path): the same file as \(first), already read; skipped" }
            files[id] = path
            return nil
        }
    }

    /// What `path` is, following its links.
    /// - Throws: ``PrecisError`` when it does not exist, is a link that cannot be followed (a loop
    ///   or a dangling link), or cannot be reached.
    static func _inspect(_ path: String) throws -> _Given {
        var info = stat()
        if stat(path, &info) == 0 {
            return info.st_mode & S_IFMT == S_IFDIR ? .folder(_FileID(info)) : .file(_FileID(info))
        }
        let error = errno
        if let why = _unfollowableLink(path, error) { throw PrecisError.invalidInput("\(path): \(why)") }
        if error == ENOENT || error == ENOTDIR { throw PrecisError.notFound(path) }
        throw PrecisError.unreadable(path, _describe(errno: error))
    }

    /// Why the link at `path` cannot be followed, given stat's `error`; nil when `path` is not a link.
    static func _unfollowableLink(_ path: String, _ error: Int32) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        switch error {
        case ELOOP: return "a link that cannot be followed (a link loop)"
        case ENOENT, ENOTDIR: return "a link that cannot be followed (dangling: its target does not exist)"
        default: return "a link that cannot be followed (\(_describe(errno: error)))"
        }
    }

    /// `strerror`, starting in lower case to fit inside a message.
    static func _describe(errno error: Int32) -> String {
        let text = String(cString: strerror(error))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// What a file that is not regular is, for a warning.
    static func _describe(mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a named pipe"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a folder"
        default: return "not a regular file"
        }
    }

    /// The regular files under `root` that the readers read (relative paths; depth first, each
    /// folder's entries sorted by name), and a warning for each entry skipped.
    ///
    /// Hidden entries are skipped silently. A folder is entered at most once per read, `folders`
    /// holding those entered: a link to a folder already entered (an enclosing one: a loop; a
    /// sibling) is not followed, with one warning per link, so the walk ends and reads nothing
    /// twice. Without `followingFolderLinks`, no link to a folder is followed. An entry with a
    /// readable extension that is not a regular file (a pipe would block forever, `/dev/zero`
    /// would never end) or cannot be reached (a link loop, a dangling link) is skipped with a warning.
    static func _list(folder root: String, id rootID: _FileID, followingFolderLinks: Bool, recursive: Bool,
                      seen folders: inout [_FileID: String]) -> (files: [_Listed], warnings: [String]) {
        var files: [_Listed] = []
        var warnings: [String] = []
        if let first = folders[rootID] {
            return ([], ["warning: \(root): the same folder as \(first), already read; skipped"])
        }
        folders[rootID] = root
        func walk(_ relative: String) {
            let full = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: full) else {
                warnings.append("warning: \(relative.isEmpty ? root : relative): cannot list folder; skipped")
                return
            }
            // byte order: `String <` treats canonically equivalent names as equal, which would
            // leave their order to the file system
            for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : (relative as NSString).appendingPathComponent(name)
                let childFull = (root as NSString).appendingPathComponent(child)
                var info = stat()
                guard stat(childFull, &info) == 0 else {
                    let error = errno
                    let why = _unfollowableLink(childFull, error) ?? "cannot be reached (\(_describe(errno: error)))"
                    warnings.append("warning: \(child): \(why); skipped")
                    continue
                }
                let id = _FileID(info)
                let readable = extensions.contains((name as NSString).pathExtension.lowercased())
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    guard recursive else { continue }
                    var link = stat()
                    let isLink = lstat(childFull, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
                    if isLink && !followingFolderLinks {
                        warnings.append("warning: \(child): a link to a folder; not followed")
                    } else if let first = folders[id] {
                        warnings.append(isLink ? "warning: \(child): link to \(first), a folder already read; not followed"
                                               : "warning: \(child): the same folder as \(first), already read; skipped")
                    } else if isLink, let target = _enclosingTarget(link: childFull, in: full) {
                        // an ancestor outside the walk: following it would read beyond the folder given, and loop back
                        warnings.append("warning: \(child): link to \(target), a folder enclosing it (a loop); not followed")
                    } else {
                        folders[id] = childFull
                        walk(child)
                    }
                case S_IFREG:
                    if readable { files.append(_Listed(relative: child, id: id)) }
                default:
                    if readable { warnings.append("warning: \(child): \(_describe(mode: info.st_mode)), not a regular file; skipped") }
                }
            }
        }
        walk("")
        return (files, warnings)
    }

    /// The real path of the folder `link` leads to, when that folder encloses `folder` (the one
    /// holding the link); nil otherwise.
    static func _enclosingTarget(link: String, in folder: String) -> String? {
        guard let target = realpath(link, nil) else { return nil }
        defer { free(target) }
        guard let parent = realpath(folder, nil) else { return nil }
        defer { free(parent) }
        let targetPath = String(cString: target), parentPath = String(cString: parent)
        let encloses = parentPath == targetPath || parentPath.hasPrefix(targetPath == "/" ? "/" : targetPath + "/")
        return encloses ? targetPath : nil
    }

    /// The bytes of the file at `path`, at most `limit` of them.
    ///
    /// With `onlyRegular` (files found in folders), anything but a regular file is refused without
    /// reading; it is opened non-blocking, because opening a named pipe to read waits for a writer.
    /// Otherwise (a path the user named) a pipe or device is read until its end or until it passes
    /// `limit`, and then refused: its size is not known beforehand. A regular file is refused by
    /// its size before reading, so a huge file costs nothing.
    /// - Throws: ``PrecisError`` naming `displayPath` and saying why it is skipped.
    static func _contents(of path: String, displayPath: String, limit: Int, onlyRegular: Bool) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (onlyRegular ? O_NONBLOCK : 0))
        guard descriptor >= 0 else {
            let why = errno == EACCES ? "permission denied" : _describe(errno: errno)
            throw PrecisError.invalidInput(PrecisError.unreadable(displayPath, why).description + "; skipped")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw PrecisError.invalidInput(PrecisError.unreadable(displayPath, _describe(errno: errno)).description + "; skipped")
        }
        let isRegular = info.st_mode & S_IFMT == S_IFREG
        if !isRegular && onlyRegular {
            // checked again after opening: the entry may have been replaced since it was listed
            throw PrecisError.invalidInput("\(displayPath): \(_describe(mode: info.st_mode)), not a regular file; skipped")
        }
        if isRegular && Int(info.st_size) > limit {
            throw PrecisError.tooLarge(displayPath, size: Int(info.st_size), limit: limit)
        }
        guard let data = _read(descriptor, limit: limit, reserving: isRegular ? Int(info.st_size) : 0) else {
            throw PrecisError.invalidInput(PrecisError.unreadable(displayPath, _describe(errno: errno)).description + "; skipped")
        }
        if data.count > limit {
            if isRegular {  // it grew after it was measured
                throw PrecisError.tooLarge(displayPath, size: data.count, limit: limit)
            }
            throw PrecisError.invalidInput("\(displayPath): \(_describe(mode: info.st_mode)) giving more than \(limit) bytes, "
                + "the limit; raise it with --max-file-size; skipped")
        }
        return data
    }

    /// Opens `path` for reading, runs `body` on the descriptor and closes it: the one way a
    /// whole named input (a JSON Lines day, a settings file) is opened, pipes included.
    /// - Parameters:
    ///   - failure: the error when the open fails, made while `errno` still tells why.
    ///   - body: given the open descriptor.
    /// - Returns: what `body` returns.
    /// - Throws: `failure()`, or what `body` throws.
    static func _withOpenFile<T>(_ path: String, failure: () -> PrecisError, _ body: (Int32) throws -> T) throws -> T {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure() }
        defer { close(descriptor) }
        return try body(descriptor)
    }

    /// Reads `descriptor` to its end, or until one byte past `limit` (which tells "over it").
    /// - Returns: the bytes, or nil with `errno` set when a read fails.
    static func _read(_ descriptor: Int32, limit: Int, reserving capacity: Int = 0) -> Data? {
        let cap = limit == Int.max ? limit : limit + 1
        var data = Data()
        if capacity > 0 { data.reserveCapacity(min(capacity, cap)) }
        let complete = _readChunks(descriptor, limit: cap) { chunk in
            data.append(chunk.baseAddress!.assumingMemoryBound(to: UInt8.self), count: chunk.count)
            return true
        }
        return complete ? data : nil
    }

    /// Reads `descriptor` a chunk at a time until its end, until `limit` bytes have been read, or
    /// until `body` returns false, retrying interrupted reads. The one descriptor read loop, shared
    /// by files, pipes and standard input, read whole (``_read(_:limit:reserving:)``) or as a
    /// stream (``ArticleReader``'s JSON Lines).
    /// - Parameters:
    ///   - chunkSize: the most bytes one `read` asks for.
    ///   - limit: the most bytes read in all.
    ///   - body: given each chunk (valid only during the call); returns false to stop reading.
    /// - Returns: false with `errno` set when a read fails; true otherwise.
    /// - Throws: what `body` throws.
    /// - Complexity: O(bytes read); memory O(`chunkSize`).
    static func _readChunks(_ descriptor: Int32, chunkSize: Int = 1 << 16, limit: Int = .max,
                            _ body: (UnsafeRawBufferPointer) throws -> Bool) rethrows -> Bool {
        precondition(chunkSize > 0, "_readChunks needs a positive chunk size")
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var total = 0
        while total < limit {
            let wanted = min(chunkSize, limit - total)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            total += count
            guard try buffer.withUnsafeBytes({ try body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }) else { break }
        }
        return true
    }

    /// The error for a read that left nothing: the skip reasons, so the user sees why.
    ///
    /// With no warning, `nothing` itself (an empty folder); with one, that warning's reason
    /// (`nul.txt: looks binary (NUL bytes), not text`); with several, `nothing` followed by the
    /// first three reasons and how many more.
    /// - Parameter leading: `nothing` comes first even before a single reason (JSON Lines: the
    ///   error has always begun by naming the input).
    static func _nothingRead(_ nothing: PrecisError, warnings: [String], leading: Bool = false) -> PrecisError {
        let reasons = warnings.map { warning -> String in
            var reason = Substring(warning)
            if reason.hasPrefix("warning: ") { reason = reason.dropFirst("warning: ".count) }
            if reason.hasSuffix("; skipped") { reason = reason.dropLast("; skipped".count) }
            return String(reason)
        }
        switch reasons.count {
        case 0: return nothing
        case 1 where !leading: return PrecisError.invalidInput(reasons[0])
        default:
            let shown = reasons.prefix(3).enumerated().map { "(\($0.offset + 1)) \($0.element)" }.joined(separator: " ")
            let more = reasons.count > 3 ? " and \(reasons.count - 3) more" : ""
            return PrecisError.invalidInput("\(nothing.description); \(reasons.count) skipped: \(shown)\(more)")
        }
    }
}
