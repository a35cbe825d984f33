import Foundation

/// Writes output files safely: to a temporary name in the same folder, then renamed over the
/// destination, so a reader never sees half a file and a failed run leaves the old file intact.
/// An output path that is one of the inputs, or lies inside an input folder, is refused: nothing
/// the user gave is overwritten, and no output lands where the next run would read it as input.
public enum OutputFile {
    /// Writes `text` to `path` atomically.
    ///
    /// - Parameters:
    ///   - text: the content.
    ///   - path: the destination file.
    ///   - inputs: paths the run read (files or folders); `path`, once links are resolved, may be
    ///     neither one of them nor inside one.
    /// - Throws: ``PrecisError`` when `path` is or lies inside an input, or cannot be written.
    public static func write(_ text: String, to path: String, inputs: [String] = []) throws {
        let destination = try _checkOutside(path, inputs: inputs)
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR {
            // A device, pipe or socket (`/dev/stdout`, `/dev/null`, a FIFO): write through it.
            // Renaming a file over it, as below, would replace it (as root, even `/dev/null`).
            return try _writeThrough(Data(text.utf8), to: path)
        }
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).precis-\(getpid()).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw PrecisError.cannotWrite(path, "folder \(folder.path) is not writable or does not exist")
        }
        // A file replaced keeps its permissions (a read-only result stays read-only).
        if let mode = (try? FileManager.default.attributesOfItem(atPath: destination.path))?[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary.path)
        }
        if rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PrecisError.cannotWrite(path, reason)
        }
    }

    /// Writes `data` through an existing device, pipe or socket, reporting a short write (a full
    /// disk, `/dev/full`, a closed pipe) as an error.
    static func _writeThrough(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw PrecisError.cannotWrite(path, String(cString: strerror(errno))) }
        defer { close(fd) }
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw PrecisError.cannotWrite(path, String(cString: strerror(errno))) }
                offset += written
            }
        }
    }

    /// Checks that an output file or folder is neither one of the inputs nor inside an input
    /// folder, so results can never land among (or replace) the files a run reads. Commands call
    /// it before their work, so a bad `-o` fails at once, not after a long run.
    ///
    /// - Parameters:
    ///   - path: the file or folder results will be written to.
    ///   - inputs: folders (or files) the run reads.
    /// - Throws: ``PrecisError`` when `path` is or lies inside an input.
    public static func check(_ path: String, outside inputs: [String]) throws {
        _ = try _checkOutside(path, inputs: inputs)
    }

    /// `path` resolved (links followed, as far as they exist), after checking that it is neither
    /// an input nor inside an input folder (`-`, standard input, is not a path).
    static func _checkOutside(_ path: String, inputs: [String]) throws -> URL {
        let given = URL(fileURLWithPath: path).standardizedFileURL
        // A file not yet there resolves no links: resolve its folder's instead.
        let destination = FileManager.default.fileExists(atPath: given.path) ? given.resolvingSymlinksInPath()
            : given.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(given.lastPathComponent)
        for input in inputs where input != "-" {
            let source = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            let folder = source.hasSuffix("/") ? source : source + "/"
            if destination.path == source || destination.path.hasPrefix(folder) {
                throw PrecisError.outputIsInput(path)
            }
        }
        return destination
    }
}
