import Foundation

/// Standard input read whole, with a closed or unreadable descriptor reported as a
/// ``PrecisError`` rather than Foundation's trap (`readDataToEndOfFile()` uses `try!`).
enum _StandardInput {
    /// Every byte of standard input, up to `limit`.
    /// - Parameter limit: the most bytes accepted (`nil`: no limit), so `yes | precis digest -`
    ///   ends with an error instead of filling memory.
    /// - Throws: ``PrecisError`` naming the system's reason (`Bad file descriptor`), or the limit.
    static func readAll(limit: Int? = nil) throws -> Data {
        guard let data = DocumentReader._read(STDIN_FILENO, limit: limit ?? Int.max) else {
            throw PrecisError.unreadable("standard input", String(cString: strerror(errno)))
        }
        if let limit, data.count > limit {
            throw PrecisError.invalidInput("stdin: more than \(limit) bytes, the limit; raise it with --max-file-size")
        }
        return data
    }
}
