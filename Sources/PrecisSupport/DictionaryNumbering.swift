extension Dictionary {
    /// The value of `key`, storing `value` first when the key is missing, with one hash either
    /// way (an inout access through `subscript(_:default:)` stores the default), where a
    /// look-up followed by an insertion hashes a new key twice.
    @inlinable package mutating func value(forKey key: Key, inserting value: Value) -> Value {
        func read(_ stored: inout Value) -> Value { stored }
        return read(&self[key, default: value])
    }
}
