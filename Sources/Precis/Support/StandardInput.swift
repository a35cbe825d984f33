import Foundation

/// Standard input read whole, with a closed or unreadable descriptor reported as a
/// ``PrecisError`` rather than Foundation's trap (`readDataToEndOfFile()` uses `try!`).
enum _StandardInput {
    /// Every byte of standard input, up to `limit`.
    /// - Parameter limit: the most bytes accepted (`nil`: no limit), so `yes | precis digest -`
    ///   ends with an error instead of filling memory.
    /// - Throws: ``PrecisError`` naming the system's reason (`Bad file descriptor`), or the limit.
    static func readAll(limit: Int? = nil) throws -> Data {
        var data = Data()
        while true {
            let chunk: Data?
            do { chunk = try FileHandle.standardInput.read(upToCount: 1 << 20) }
            catch { throw PrecisError.invalidInput("standard input: cannot read (\(PrecisError.systemReason(error)))") }
            guard let chunk, !chunk.isEmpty else { return data }
            data.append(chunk)
            if let limit, data.count > limit {
                throw PrecisError.invalidInput("stdin: more than \(limit) bytes, the limit; raise it with --max-file-size")
            }
        }
    }
}
