import Foundation

/// The rules for reading inputs from the file system, shared by every reader: a file's identity,
/// what a path given is, the walk of a folder (depth first, names sorted as bytes, links to folders
/// already read not followed), and the one descriptor read loop for files, pipes and standard input.
package enum FileInput {
    /// A file's identity (device and inode): the same for every path, link or hard link reaching it.
    package struct FileID: Hashable, Sendable {
        package let device: UInt64
        package let inode: UInt64

        package init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// A path given directly, after following its links.
    package enum GivenPath {
        case folder(FileID)
        /// A regular file, or a pipe or device the user named (read up to the size limit).
        case file(FileID)
    }

    /// A regular file found in a folder: its path relative to the folder, and its identity.
    package struct ListedFile: Sendable {
        package let relative: String
        package let id: FileID
    }

    /// Files already reached during one read, with the path that reached each first, so that a
    /// file reached again (a second path, a link, a folder and a file in it) is read once.
    package struct SeenFiles {
        package var files: [FileID: String] = [:]
        package var folders: [FileID: String] = [:]

        package init() {}

        /// Records the first reach of `id` and returns nil; afterwards, the warning for skipping `path`.
        package mutating func firstReach(of id: FileID, as path: String) -> String? {
            if let first = files[id] { return "warning: \(path): the same file as \(first), already read; skipped" }
            files[id] = path
            return nil
        }
    }

    /// What `path` is, following its links.
    /// - Throws: ``PrecisError`` when it does not exist, is a link that cannot be followed (a loop
    ///   or a dangling link), or cannot be reached.
    package static func inspect(_ path: String) throws -> GivenPath {
        var info = stat()
        if stat(path, &info) == 0 {
            return info.st_mode & S_IFMT == S_IFDIR ? .folder(FileID(info)) : .file(FileID(info))
        }
        let error = errno
        if let why = unfollowableLink(path, error) { throw PrecisError.invalidInput("\(path): \(why)") }
        if error == ENOENT || error == ENOTDIR { throw PrecisError.notFound(path) }
        throw PrecisError.unreadable(path, describe(errno: error))
    }

    /// Why the link at `path` cannot be followed, given stat's `error`; nil when `path` is not a link.
    package static func unfollowableLink(_ path: String, _ error: Int32) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        switch error {
        case ELOOP: return "a link that cannot be followed (a link loop)"
        case ENOENT, ENOTDIR: return "a link that cannot be followed (dangling: its target does not exist)"
        default: return "a link that cannot be followed (\(describe(errno: error)))"
        }
    }

    /// `strerror`, starting in lower case to fit inside a message.
    package static func describe(errno error: Int32) -> String {
        let text = String(cString: strerror(error))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// What a file that is not regular is, for a warning.
    package static func describe(mode: mode_t) -> String {
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
    /// - Parameter extensions: the file extensions read (lower case, without the dot; "" for none).
    package static func list(folder root: String, id rootID: FileID, extensions: Set<String>,
                             followingFolderLinks: Bool, recursive: Bool, seen folders: inout [FileID: String]) -> (files: [ListedFile], warnings: [String]) {
        var files: [ListedFile] = []
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
                    let why = unfollowableLink(childFull, error) ?? "cannot be reached (\(describe(errno: error)))"
                    warnings.append("warning: \(child): \(why); skipped")
                    continue
                }
                let id = FileID(info)
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
                    } else if isLink, let target = enclosingTarget(link: childFull, in: full) {
                        // an ancestor outside the walk: following it would read beyond the folder given, and loop back
                        warnings.append("warning: \(child): link to \(target), a folder enclosing it (a loop); not followed")
                    } else {
                        folders[id] = childFull
                        walk(child)
                    }
                case S_IFREG:
                    if readable { files.append(ListedFile(relative: child, id: id)) }
                default:
                    if readable { warnings.append("warning: \(child): \(describe(mode: info.st_mode)), not a regular file; skipped") }
                }
            }
        }
        walk("")
        return (files, warnings)
    }

    /// The real path of the folder `link` leads to, when that folder encloses `folder` (the one
    /// holding the link); nil otherwise.
    package static func enclosingTarget(link: String, in folder: String) -> String? {
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
    package static func contents(of path: String, displayPath: String, limit: Int, onlyRegular: Bool) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (onlyRegular ? O_NONBLOCK : 0))
        guard descriptor >= 0 else {
            let why = errno == EACCES ? "permission denied" : describe(errno: errno)
            throw PrecisError.invalidInput(PrecisError.unreadable(displayPath, why).description + "; skipped")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw PrecisError.invalidInput(PrecisError.unreadable(displayPath, describe(errno: errno)).description + "; skipped")
        }
        let isRegular = info.st_mode & S_IFMT == S_IFREG
        if !isRegular && onlyRegular {
            // checked again after opening: the entry may have been replaced since it was listed
            throw PrecisError.invalidInput("\(displayPath): \(describe(mode: info.st_mode)), not a regular file; skipped")
        }
        if isRegular && Int(info.st_size) > limit {
            throw PrecisError.tooLarge(displayPath, size: Int(info.st_size), limit: limit)
        }
        guard let data = read(descriptor, limit: limit, reserving: isRegular ? Int(info.st_size) : 0) else {
            throw PrecisError.invalidInput(PrecisError.unreadable(displayPath, describe(errno: errno)).description + "; skipped")
        }
        if data.count > limit {
            if isRegular {  // it grew after it was measured
                throw PrecisError.tooLarge(displayPath, size: data.count, limit: limit)
            }
            throw PrecisError.invalidInput("\(displayPath): \(describe(mode: info.st_mode)) giving more than \(limit) bytes, "
                + "the limit for one input; skipped")
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
    package static func withOpenFile<T>(_ path: String, failure: () -> PrecisError, _ body: (Int32) throws -> T) throws -> T {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure() }
        defer { close(descriptor) }
        return try body(descriptor)
    }

    /// Reads `descriptor` to its end, or until one byte past `limit` (which tells "over it").
    /// - Returns: the bytes, or nil with `errno` set when a read fails.
    package static func read(_ descriptor: Int32, limit: Int, reserving capacity: Int = 0) -> Data? {
        let cap = limit == Int.max ? limit : limit + 1
        var data = Data()
        if capacity > 0 { data.reserveCapacity(min(capacity, cap)) }
        let complete = readChunks(descriptor, limit: cap) { chunk in
            data.append(chunk.baseAddress!.assumingMemoryBound(to: UInt8.self), count: chunk.count)
            return true
        }
        return complete ? data : nil
    }

    /// Reads `descriptor` a chunk at a time until its end, until `limit` bytes have been read, or
    /// until `body` returns false, retrying interrupted reads. The one descriptor read loop, shared
    /// by files, pipes and standard input, read whole (``read(_:limit:reserving:)``) or as a
    /// stream (``ArticleReader``'s JSON Lines).
    /// - Parameters:
    ///   - chunkSize: the most bytes one `read` asks for.
    ///   - limit: the most bytes read in all.
    ///   - body: given each chunk (valid only during the call); returns false to stop reading.
    /// - Returns: false with `errno` set when a read fails; true otherwise.
    /// - Throws: what `body` throws.
    /// - Complexity: O(bytes read); memory O(`chunkSize`).
    package static func readChunks(_ descriptor: Int32, chunkSize: Int = 1 << 16, limit: Int = .max,
                            _ body: (UnsafeRawBufferPointer) throws -> Bool) rethrows -> Bool {
        precondition(chunkSize > 0, "readChunks needs a positive chunk size")
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
    package static func nothingRead(_ nothing: PrecisError, warnings: [String], leading: Bool = false) -> PrecisError {
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
