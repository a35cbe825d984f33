/// Settings files are read strictly: a key the settings do not know is an error, so a misspelt
/// setting (`"thresold"`, `"methd"`) is reported instead of silently leaving the default in
/// place.
extension Decoder {
    /// The keyed container, after checking that the object holds no key `Keys` does not know.
    /// - Throws: `DecodingError.dataCorrupted` naming the unknown key (its coding path).
    package func strictContainer<Keys: CodingKey>(keyedBy type: Keys.Type) throws -> KeyedDecodingContainer<Keys> {
        let any = try container(keyedBy: AnyCodingKey.self)
        for key in any.allKeys where Keys(stringValue: key.stringValue) == nil {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: any, debugDescription: "unknown setting '\(key.stringValue)' (check its spelling)")
        }
        return try container(keyedBy: type)
    }
}

/// Any string as a coding key, to list every key an object holds.
package struct AnyCodingKey: CodingKey {
    package var stringValue: String
    package var intValue: Int? { nil }
    package init(stringValue: String) { self.stringValue = stringValue }
    package init?(intValue: Int) { nil }
}
