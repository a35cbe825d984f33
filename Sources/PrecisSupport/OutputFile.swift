import Foundation

/// Writes output files safely: to a temporary name in the same folder, then renamed over the
/// destination, so a reader never sees half a file and a failed run leaves the old file intact.
/// An output path that is one of the inputs, or lies inside an input folder, is refused: nothing
/// the user gave is overwritten, and no output lands where the next run would read it as input.
package enum OutputFile {
    /// Writes `text` to `path` atomically.
    ///
    /// - Parameters:
    ///   - text: the content.
    ///   - path: the destination file.
    ///   - inputs: paths the run read (files or folders); `path`, once links are resolved, may be
    ///     neither one of them nor inside one.
    /// - Throws: ``PrecisError`` when `path` is or lies inside an input, or cannot be written.
    package static func write(_ text: String, to path: String, inputs: [String] = []) throws {
        let destination = try checkOutside(path, inputs: inputs)
        var info = stat()
        let exists = stat(path, &info) == 0
        // Our own stdout or stderr (`-o /dev/stdout >> log.txt`): write through the descriptor
        // we were given, keeping its offset and append mode; a rename would replace the log.
        for fd in [STDOUT_FILENO, STDERR_FILENO] {
            var open = stat()
            if exists, fstat(fd, &open) == 0, open.st_dev == info.st_dev, open.st_ino == info.st_ino {
                return try _write(Data(text.utf8), to: fd, named: path)
            }
        }
        if exists, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR {
            // A device, pipe or socket (`/dev/null`, a FIFO): write through it. Renaming a file
            // over it, as below, would replace it (as root, even `/dev/null`).
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw PrecisError.cannotWrite(path, String(cString: strerror(errno))) }
            defer { close(fd) }
            return try _write(Data(text.utf8), to: fd, named: path)
        }
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).precis-\(getpid()).tmp")
        do {
            // Never through something already there: a link planted at the temporary name
            // would otherwise redirect the write (O_EXCL).
            try Data(text.utf8).write(to: temporary, options: .withoutOverwriting)
        } catch {
            throw PrecisError.cannotWrite(path, "folder \(folder.path) is not writable or does not exist")
        }
        // A file replaced keeps its permissions (a read-only result stays read-only); stat, not
        // lstat: the mode of the file, never that of a link (0777).
        var old = stat()
        if stat(destination.path, &old) == 0, old.st_mode & S_IFMT == S_IFREG {
            chmod(temporary.path, old.st_mode & 0o7777)
        }
        if rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PrecisError.cannotWrite(path, reason)
        }
    }

    /// Writes all of `data` to an open descriptor, reporting a short write (a full disk,
    /// `/dev/full`, a closed pipe) as an error naming `path`.
    package static func _write(_ data: Data, to fd: Int32, named path: String) throws {
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
    package static func check(_ path: String, outside inputs: [String]) throws {
        _ = try checkOutside(path, inputs: inputs)
    }

    /// `path` resolved (links followed, as far as they exist), after checking that it is neither
    /// an input nor inside an input folder (`-`, standard input, is not a path).
    package static func checkOutside(_ path: String, inputs: [String]) throws -> URL {
        let given = URL(fileURLWithPath: path).standardizedFileURL
        var link = stat(), target = stat()
        let exists = stat(given.path, &target) == 0
        if !exists && lstat(given.path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK {
            // Writing would replace the link itself; where it points was never checked.
            throw PrecisError.cannotWrite(path, "a link to a file that does not exist; give the file's own path")
        }
        // A file not yet there resolves no links: resolve its folder's instead.
        let destination = exists ? given.resolvingSymlinksInPath()
            : given.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(given.lastPathComponent)
        for input in inputs {
            if input == "-" {
                // `precis digest - -o a.txt < a.txt`: standard input is that very file.
                var stdin = stat()
                if exists, fstat(STDIN_FILENO, &stdin) == 0, stdin.st_mode & S_IFMT == S_IFREG,
                   stdin.st_dev == target.st_dev, stdin.st_ino == target.st_ino {
                    throw PrecisError.outputIsInput(path)
                }
                continue
            }
            let source = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            let folder = source.hasSuffix("/") ? source : source + "/"
            if destination.path == source || destination.path.hasPrefix(folder) {
                throw PrecisError.outputIsInput(path)
            }
        }
        return destination
    }
}
