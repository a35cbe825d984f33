/// ``Analyzer/english`` with a fast path for ASCII words and a cache of stems, for analyzing a
/// whole day of articles. A whitespace-separated chunk holding any non-ASCII character goes
/// through the full analyzer, so the terms are those of `Analyzer.english.terms(text)`.
///
/// Not `Sendable` (the cache mutates): make one per thread.
struct _CachingAnalyzer {
    private var cache: [String: String?] = [:]
    private let analyzer = Analyzer.english
    private let stopWords = StopWords.english
    private let porter = PorterStemmer()

    /// Calls `emit` with every term of `text`, in order.
    /// - Complexity: O(length of `text`), plus one stem per new word.
    mutating func terms(_ text: String, _ emit: (String) -> Void) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var word: [UInt8] = []
            var dropShortTail = false  // after an apostrophe, a tail of 1-2 letters is dropped
            func flush() {
                defer { word.removeAll(keepingCapacity: true); dropShortTail = false }
                guard word.count >= 2, !(dropShortTail && word.count <= 2) else { return }
                let key = String(decoding: word, as: UTF8.self)
                if let known = cache[key] {
                    if let term = known { emit(term) }
                    return
                }
                let term: String? = stopWords.contains(key) ? nil : porter.stem(key)
                cache[key] = term
                if let term { emit(term) }
            }
            let n = bytes.count
            var start = 0
            while start < n {
                while start < n, Self.isSpace(bytes[start]) { start += 1 }
                var end = start
                var ascii = true
                while end < n, !Self.isSpace(bytes[end]) { if bytes[end] >= 128 { ascii = false }; end += 1 }
                if start == end { break }
                if !ascii {
                    let chunk = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    for term in analyzer.terms(chunk) { emit(term) }
                } else {
                    for k in start..<end {
                        let byte = bytes[k]
                        if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                            word.append(byte)
                        } else if byte >= 65 && byte <= 90 {
                            word.append(byte + 32)
                        } else if byte == 39 && !word.isEmpty {
                            flush()
                            dropShortTail = true
                        } else {
                            flush()
                        }
                    }
                    flush()
                }
                start = end
            }
        }
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }
}
