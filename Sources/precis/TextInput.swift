import Foundation
import Precis

/// The whole text of a file named on the command line, or of standard input for `-` (the hidden
/// `compress` and `fuse` commands read their sentences so).
/// - Throws: ``PrecisError`` when the file cannot be read.
func readTextInput(_ file: String) throws -> String {
    if file == "-" { return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }
    guard let data = FileManager.default.contents(atPath: file) else { throw PrecisError.invalidInput("cannot read \(file)") }
    return String(decoding: data, as: UTF8.self)
}
