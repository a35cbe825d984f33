/// Whether `bytes` end with `suffix`. Suffixes are `StaticString`s: their bytes are read in
/// place, with none of `String`'s representation checks (both stemmers run this test ~30 times
/// a word). The last letters are compared first: most tests fail there.
@inlinable @inline(__always) package func bytes(_ bytes: [UInt8], endWith suffix: StaticString) -> Bool {
    let n = suffix.utf8CodeUnitCount
    let count = bytes.count
    guard count >= n else { return false }
    // `withUTF8Buffer`, not `utf8Start`: a one-letter literal is held as a scalar, not bytes
    return suffix.withUTF8Buffer { units in
        bytes.withUnsafeBufferPointer { word in
            var k = n - 1
            while k >= 0 {
                if word[count - n + k] != units[k] { return false }
                k -= 1
            }
            return true
        }
    }
}
