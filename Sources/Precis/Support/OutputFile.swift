import Foundation

/// Writes output files safely: to a temporary name in the same folder, then renamed over the
/// destination, so a reader never sees half a file and a failed run leaves the old file intact.
/// An output path that is one of the inputs is refused: nothing the user gave is overwritten.
public enum OutputFile {
    /// Writes `text` to `path` atomically.
    ///
    /// - Parameters:
    ///   - text: the content.
    ///   - path: the destination file.
    ///   - inputs: paths the run read; `path` may not be one of them (or inside a folder of them
    ///     with the same resolved location).
    /// - Throws: ``PrecisError`` when `path` is an input or cannot be written.
    public static func write(_ text: String, to path: String, inputs: [String] = []) throws {
        let destination = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where input != "-" {
            let source = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
            if source.path == destination.path { throw PrecisError.outputIsInput(path) }
        }
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).precis-\(getpid()).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw PrecisError.cannotWrite(path, "folder \(folder.path) is not writable or does not exist")
        }
        if rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PrecisError.cannotWrite(path, reason)
        }
    }

    /// Checks that an output folder is neither one of the input folders nor inside one, so
    /// results can never land among (or replace) the files a run reads.
    ///
    /// - Parameters:
    ///   - folder: the folder results will be written to.
    ///   - inputs: folders (or files) the run reads.
    /// - Throws: ``PrecisError`` when `folder` is or lies inside an input.
    public static func checkFolder(_ folder: String, outside inputs: [String]) throws {
        let destination = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs where input != "-" {
            let source = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            if destination == source || destination.hasPrefix(source.hasSuffix("/") ? source : source + "/") {
                throw PrecisError.outputIsInput(folder)
            }
        }
    }
}
