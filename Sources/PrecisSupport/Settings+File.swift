import Foundation

/// Reads a settings file (JSON) of any settings type, with one-line errors naming the field.
///
/// Read through a descriptor, so a pipe (`<(…)`) reads as a file does; at most 16 MiB.
/// - Throws: ``PrecisError`` when the file cannot be read or is not valid settings JSON.
package func decodeSettingsFile<T: Decodable>(_ type: T.Type, from path: String) throws -> T {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw PrecisError.invalidArgument("\(path): no such settings file")
    }
    guard !isFolder.boolValue else { throw PrecisError.invalidArgument("\(path): a folder, not a settings file") }
    // through a descriptor, so a pipe (`--config <(…)`) reads as a file does
    let limit = 16 << 20
    let failure = { PrecisError.invalidArgument("\(path): cannot read settings file (\(FileInput.describe(errno: errno)))") }
    let data = try FileInput.withOpenFile(path, failure: failure) { descriptor in
        guard let data = FileInput.read(descriptor, limit: limit) else { throw failure() }
        return data
    }
    guard data.count <= limit else { throw PrecisError.invalidArgument("\(path): over \(limit) bytes, too large for a settings file") }
    do {
        return try JSONDecoder().decode(type, from: data)
    } catch let error as DecodingError {
        throw PrecisError.invalidArgument("\(path): invalid settings (\(error.plainDescription))")
    }
}

extension DecodingError {
    /// A decoding error in a user's words: the field's path and what was wrong with it, without
    /// the decoder's own jargon (`CodingKeys(stringValue: …)`).
    package var plainDescription: String {
        func path(_ c: DecodingError.Context, _ last: CodingKey? = nil) -> String {
            (c.codingPath + (last.map { [$0] } ?? [])).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch self {
        case .keyNotFound(let key, let c):
            return "missing field '\(path(c, key))'"
        case .typeMismatch(let type, let c):
            return "field '\(path(c))': expected \(Self.jsonName(of: type))"
        case .valueNotFound(let type, let c):
            return "field '\(path(c))': expected \(Self.jsonName(of: type)), found null"
        case .dataCorrupted(let c):
            let where_ = path(c)
            // the JSON parser's own message ends in a period and names no field
            return (where_.isEmpty ? "" : "\(where_): ") + c.debugDescription
        @unknown default:
            return "\(self)"
        }
    }

    /// A Swift type as a JSON reader would name it.
    static func jsonName(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Int32.Type, is Int64.Type: return "a whole number"
        case is Double.Type, is Float.Type: return "a number"
        case is [Any].Type: return "an array"
        default:
            let name = "\(type)"
            return name.hasPrefix("Dictionary") || name.hasPrefix("KeyedDecodingContainer") ? "an object" : name
        }
    }
}
