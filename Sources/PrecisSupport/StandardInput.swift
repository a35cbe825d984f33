import Foundation

/// Standard input, with a closed or unreadable descriptor reported as a ``PrecisError`` rather
/// than Foundation's trap (`readDataToEndOfFile()` uses `try!`).
package enum StandardInput {
    /// Every byte of standard input, up to `limit` (one document: `precis digest -`).
    /// - Parameter limit: the most bytes accepted, so `yes | precis digest -` ends with an error
    ///   instead of filling memory. (`brief -` reads standard input as a stream instead.)
    /// - Throws: ``PrecisError`` naming the system's reason (`Bad file descriptor`), or the limit.
    package static func readAll(limit: Int) throws -> Data {
        guard let data = FileInput.read(STDIN_FILENO, limit: limit) else { throw readFailure() }
        if data.count > limit {
            throw PrecisError.invalidInput("stdin: more than \(limit) bytes, the limit for one input")
        }
        return data
    }

    /// The error for a failed read of standard input, from `errno`.
    package static func readFailure() -> PrecisError {
        PrecisError.unreadable("standard input", String(cString: strerror(errno)))
    }
}
