import Foundation
import PrecisSupport

/// Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with a BOM, and a
/// Windows-1252 fallback for files that are not valid UTF-8 (17 Opinosis files are).
///
/// ```swift
/// let decoded = try TextDecoder.decode(Data([0x93, 0x48, 0x69, 0x94]))   // Windows-1252 “Hi”
/// decoded.text       // "“Hi”"
/// decoded.encoding   // .windows1252
/// ```
public enum TextDecoder {
    /// The encoding a file was read in.
    public enum Encoding: String, Sendable, Hashable, Codable {
        case utf8 = "UTF-8"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case windows1252 = "Windows-1252"
    }

    /// Decodes `data`.
    ///
    /// - Parameters:
    ///   - data: a file's bytes.
    ///   - name: the input's name (a path or id) for the error message (default: "input").
    /// - Returns: the text (line endings normalized to `\n`) and the encoding used.
    /// - Throws: ``PrecisError`` `binaryInput` when the bytes hold NUL bytes outside a UTF-16 file.
    /// - Complexity: O(*n*) in the size of `data`.
    public static func decode(_ data: Data, name: String = "input") throws -> (text: String, encoding: Encoding) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (normalizeNewlines(decodeUTF16(bytes.dropFirst(2), bigEndian: false)), .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (normalizeNewlines(decodeUTF16(bytes.dropFirst(2), bigEndian: true)), .utf16BigEndian)
        }
        if bytes.contains(0) {
            throw PrecisError.binaryInput(name)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if let text = String(validating: body, as: UTF8.self) {
            return (normalizeNewlines(text), .utf8)
        }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        for byte in body { scalars.append(windows1252(byte)) }
        return (normalizeNewlines(String(scalars)), .windows1252)
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    static func normalizeNewlines(_ text: String) -> String {
        guard text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The Unicode scalar for a Windows-1252 byte (0x80–0x9F differ from Latin-1).
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let table: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
            0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
            0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        if byte >= 0x80 && byte <= 0x9F { return Unicode.Scalar(table[Int(byte) - 0x80])! }
        return Unicode.Scalar(byte)
    }
}
