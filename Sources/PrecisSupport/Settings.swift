import Foundation

/// A settings type read from JSON settings files: its defaults are written once (its `init()`),
/// and one decoder, shared by every settings type, reads it strictly.
///
/// A conforming type lists its fields; decoding starts from `init()`, checks that the object
/// holds no key the type does not know (so a misspelt `"thresold"` is an error naming it rather
/// than a silently kept default), replaces each field present, then runs ``validate()``. Encoding
/// stays Swift's synthesized one, under the same names.
///
/// A field that is itself a settings type is overlaid, not replaced: `{"concepts":
/// {"supportWeight": 2}}` changes that one setting of the enclosing type's default `concepts`
/// and keeps the rest, even where the enclosing type's default differs from the field type's own
/// `init()`. So a settings file only ever says how it differs from the defaults.
///
/// ```swift
/// struct Options: Codable, Settings {
///     var threshold = 0.5
///     static var settingFields: [SettingField<Options>] { [.init("threshold", \.threshold)] }
///     func validate() throws { guard threshold >= 0 else { throw … } }
/// }
/// ```
package protocol Settings: Codable {
    /// The defaults.
    init()
    /// Every field a settings file may set, by its JSON name.
    static var settingFields: [SettingField<Self>] { get }
    /// Checks the values; the decoder calls it, so a settings file with a bad value fails to load.
    /// - Throws: an error naming the first bad field.
    func validate() throws
}

extension Settings {
    public init(from decoder: Decoder) throws {
        self.init()
        try overlay(from: decoder)
    }

    /// Replaces the fields the decoder's object holds, keeping the others as they are, then
    /// validates the result.
    /// - Throws: a decoding error naming an unknown or mistyped field, or ``validate()``'s error.
    package mutating func overlay(from decoder: Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: AnyCodingKey.self, known: Set(Self.settingFields.map(\.name)))
        for field in Self.settingFields { try field.decode(&self, container) }
        try validate()
    }
}

/// One field of a ``Settings`` type: its JSON name and where it is stored.
package struct SettingField<Root> {
    /// The JSON name (the property's name, so that encoding agrees).
    package let name: String
    let decode: (inout Root, KeyedDecodingContainer<AnyCodingKey>) throws -> Void

    /// A field that keeps its default when absent or `null`.
    package init<Value: Decodable>(_ name: String, _ field: WritableKeyPath<Root, Value>) {
        self.name = name
        decode = { root, container in
            if let value = try container.decodeIfPresent(Value.self, forKey: AnyCodingKey(stringValue: name)) {
                root[keyPath: field] = value
            }
        }
    }

    /// A field holding one of a fixed set of names: an unknown name is an error that lists the
    /// names it may be.
    package init<Value: Decodable & RawRepresentable & CaseIterable>(_ name: String, _ field: WritableKeyPath<Root, Value>)
    where Value.RawValue == String {
        self.name = name
        decode = { root, container in
            let key = AnyCodingKey(stringValue: name)
            guard let raw = try container.decodeIfPresent(String.self, forKey: key) else { return }
            guard let value = Value(rawValue: raw) else {
                let names = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "unknown value '\(raw)' (one of \(names))")
            }
            root[keyPath: field] = value
        }
    }

    /// A field holding settings of their own: the object given is overlaid on the field's current
    /// (default) value, so keys it leaves out keep the enclosing type's defaults; absent or `null`
    /// keeps the default whole.
    package init<Value: Settings>(_ name: String, _ field: WritableKeyPath<Root, Value>) {
        self.name = name
        decode = { root, container in
            let key = AnyCodingKey(stringValue: name)
            guard container.contains(key), try !container.decodeNil(forKey: key) else { return }
            var value = root[keyPath: field]
            try value.overlay(from: container.superDecoder(forKey: key))
            root[keyPath: field] = value
        }
    }

    /// An optional field: absent keeps the default, `null` sets it to nil.
    package init<Value: Decodable>(_ name: String, _ field: WritableKeyPath<Root, Value?>) {
        self.name = name
        decode = { root, container in
            let key = AnyCodingKey(stringValue: name)
            if container.contains(key) { root[keyPath: field] = try container.decode(Value?.self, forKey: key) }
        }
    }
}

extension Decoder {
    /// The keyed container, after checking that the object holds no key outside `known`.
    /// - Throws: `DecodingError.dataCorrupted` naming the unknown key (its coding path).
    package func strictContainer<Keys: CodingKey>(keyedBy type: Keys.Type, known: Set<String>) throws
        -> KeyedDecodingContainer<Keys>
    {
        let any = try container(keyedBy: AnyCodingKey.self)
        for key in any.allKeys where !known.contains(key.stringValue) {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: any, debugDescription: "unknown setting '\(key.stringValue)' (check its spelling)")
        }
        return try container(keyedBy: type)
    }

    /// The keyed container, after checking that the object holds no key `Keys` does not know.
    package func strictContainer<Keys: CodingKey & CaseIterable>(keyedBy type: Keys.Type) throws -> KeyedDecodingContainer<Keys> {
        try strictContainer(keyedBy: type, known: Set(Keys.allCases.map(\.stringValue)))
    }
}

/// Any string as a coding key, to list every key an object holds.
package struct AnyCodingKey: CodingKey {
    package var stringValue: String
    package var intValue: Int? { nil }
    package init(stringValue: String) { self.stringValue = stringValue }
    package init?(intValue: Int) { nil }
}
