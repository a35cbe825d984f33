import Foundation

/// Standard input read whole, with a closed or unreadable descriptor reported as a
/// ``PrecisError`` rather than Foundation's trap (`readDataToEndOfFile()` uses `try!`).
enum _StandardInput {
    /// Every byte of standard input.
    /// - Throws: ``PrecisError`` naming the system's reason (`Bad file descriptor`).
    static func readAll() throws -> Data {
        do { return try FileHandle.standardInput.readToEnd() ?? Data() }
        catch { throw PrecisError.invalidInput("standard input: cannot read (\(PrecisError.systemReason(error)))") }
    }
}
