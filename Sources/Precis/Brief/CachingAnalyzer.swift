import Foundation

/// ``Analyzer/english`` with a fast path for ASCII words and a cache of stems, for analyzing a
/// whole day of articles. A whitespace-separated chunk holding any non-ASCII character goes
/// through the full analyzer, so the terms are those of `Analyzer.english.terms(text)`.
///
/// Not `Sendable` (the cache mutates): make one per thread.
struct _CachingAnalyzer {
    private let table = _TermTable()

    /// Calls `emit` with every term of `text`, in order.
    /// - Complexity: O(length of `text`), plus one stem per new word.
    mutating func terms(_ text: String, _ emit: (String) -> Void) {
        let table = self.table
        table.terms(text) { emit(table.stems[Int($0)]) }
    }
}

/// The Brief's word analysis at byte level: ASCII words are lower-cased into a buffer and looked
/// up in an open-addressing hash table from byte strings to term ids, so a word seen before costs
/// no `String`, no stemming and no `Hasher`. Term ids are local to the table (``stems`` names
/// them); a new word is stop-word-checked and Porter-stemmed once. Chunks holding non-ASCII bytes
/// go through ``Analyzer/english``. The terms are those of `Analyzer.english.terms(text)` (a test
/// checks it on real text).
///
/// Not `Sendable`: make one per thread.
final class _TermTable {
    /// Term (stem) of each id.
    private(set) var stems: [String] = []
    private var stemIDs: [String: Int32] = [:]
    private let analyzer = Analyzer.english
    private let stopWords = StopWords.english
    private let porter = PorterStemmer()

    // Words seen: bytes in `arena`, entry e at arena[start[e] ..< start[e] + length[e]].
    @exclusivity(unchecked) private var arena: [UInt8] = []
    @exclusivity(unchecked) private var start: [Int32] = []
    @exclusivity(unchecked) private var length: [Int32] = []
    @exclusivity(unchecked) private var hashOf: [UInt64] = []
    @exclusivity(unchecked) private var termOf: [Int32] = []  // -1: a stop word
    @exclusivity(unchecked) private var slots: [UInt64] = [UInt64](repeating: 0, count: 1 << 14)
    @exclusivity(unchecked) private var mask: Int = (1 << 14) - 1

    @exclusivity(unchecked) private var word: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var wordCapacity = 256

    init() {
        word = .allocate(capacity: 256)
    }

    deinit { word.deallocate() }

    /// Id of a term string (for terms the full analyzer produced).
    private func id(ofStem stem: String) -> Int32 {
        if let known = stemIDs[stem] { return known }
        let id = Int32(stems.count)
        stems.append(stem)
        stemIDs[stem] = id
        return id
    }

    @inline(__always) private static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<n { h = (h ^ UInt64(p[k])) &* 0x0000_0100_0000_01b3 }
        return h ^ (h >> 29)
    }

    /// Term id of the lower-case ASCII word `word[0..<n]` (-1 for a stop word).
    /// A slot holds the entry + 1 in its low 32 bits and the hash's high 32 bits above, so a probe
    /// touches one array until the hashes agree.
    private func lookup(_ n: Int) -> Int32 {
        let h = Self.hash(word, n)
        let tag = h & 0xFFFF_FFFF_0000_0000
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = slots[s]
            if slot == 0 { break }
            if slot & 0xFFFF_FFFF_0000_0000 == tag {
                let e = Int(slot & 0xFFFF_FFFF) - 1
                if Int(length[e]) == n {
                    let equal = arena.withUnsafeBufferPointer { a -> Bool in
                        let p = a.baseAddress! + Int(start[e])
                        for k in 0..<n where p[k] != word[k] { return false }
                        return true
                    }
                    if equal { return termOf[e] }
                }
            }
            s = (s + 1) & mask
        }
        // New word.
        let key = String(decoding: UnsafeBufferPointer(start: word, count: n), as: UTF8.self)
        let term: Int32 = stopWords.contains(key) ? -1 : id(ofStem: porter.stem(key))
        let e = termOf.count
        start.append(Int32(arena.count))
        length.append(Int32(n))
        arena.append(contentsOf: UnsafeBufferPointer(start: word, count: n))
        hashOf.append(h)
        termOf.append(term)
        slots[s] = tag | UInt64(e + 1)
        if termOf.count * 2 > slots.count { grow() }
        return term
    }

    private func grow() {
        let capacity = slots.count * 2
        mask = capacity - 1
        slots = [UInt64](repeating: 0, count: capacity)
        for e in 0..<hashOf.count {
            let h = hashOf[e]
            var s = Int(truncatingIfNeeded: h) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(e + 1)
        }
    }

    /// Calls `emit` with the id of every term of `text`, in order.
    /// - Complexity: O(length of `text`), plus one stem per new word.
    func terms(_ text: String, _ emit: (Int32) -> Void) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            var dropShortTail = false  // after an apostrophe, a tail of 1-2 letters is dropped
            @inline(__always) func flush() {
                defer { count = 0; dropShortTail = false }
                guard count >= 2, !(dropShortTail && count <= 2) else { return }
                let term = lookup(count)
                if term >= 0 { emit(term) }
            }
            let n = bytes.count
            var i = 0
            while i < n {
                while i < n, Self.isSpace(bytes[i]) { i += 1 }
                var end = i
                var ascii = true
                while end < n, !Self.isSpace(bytes[end]) { if bytes[end] >= 128 { ascii = false }; end += 1 }
                if i == end { break }
                if !ascii {
                    let chunk = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
                    for term in analyzer.terms(chunk) { emit(id(ofStem: term)) }
                } else {
                    for k in i..<end {
                        let byte = bytes[k]
                        if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                            if count == wordCapacity { growWord() }
                            word[count] = byte; count += 1
                        } else if byte >= 65 && byte <= 90 {
                            if count == wordCapacity { growWord() }
                            word[count] = byte + 32; count += 1
                        } else if byte == 39 && count > 0 {
                            flush()
                            dropShortTail = true
                        } else {
                            flush()
                        }
                    }
                    flush()
                }
                i = end
            }
        }
    }

    private func growWord() {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: wordCapacity * 2)
        bigger.update(from: word, count: wordCapacity)
        word.deallocate()
        word = bigger
        wordCapacity *= 2
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }
}
