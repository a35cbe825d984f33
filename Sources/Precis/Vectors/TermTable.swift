import Foundation
import PrecisSupport

/// The Brief's word analysis at byte level: ASCII words are lower-cased as they are scanned
/// and looked up in an open-addressing hash table from byte strings to term ids, so a word seen
/// before costs no `String`, no stemming and no `Hasher`. A word of up to 16 bytes is held in
/// its slot (two 64-bit words), so a lookup reads one slot, usually one cache line; longer words
/// keep their bytes in an arena. Term ids are local to the table (``stems`` names them); a new
/// word is stop-word-checked and Porter-stemmed once. Chunks holding non-ASCII bytes go through
/// ``Analyzer/english``. The terms are those of `Analyzer.english.terms(text)` (tests check it
/// on real text and on generated words of every length).
///
/// Not `Sendable`: make one per thread.
final class _TermTable {
    /// Term (stem) of each id.
    private(set) var stems: [String] = []
    private var stemIDs: [String: Int32] = [:]
    /// With `deferringStems`, ids name entries, not stems: a new word gets an entry of its own
    /// and is neither stop-word-checked nor stemmed on the way; ``resolveStems(_:)`` does that
    /// once per distinct word over all the tables of a day (its halves share most words, so
    /// each table stemming its own words stemmed a third of them twice).
    let deferringStems: Bool
    /// Deferred mode: each id's text, a word still to stem or (from the full analyzer, for a
    /// chunk with non-ASCII characters) a stem already.
    private(set) var entries: [String] = []
    private(set) var entryIsStem: [Bool] = []
    private let analyzer = Analyzer.english
    private let stopWords = StopWords.english
    private let porter = PorterStemmer()

    /// A slot: a word of up to 16 bytes in `low`/`high` (zero-padded, little-endian), or for a
    /// longer word its arena offset in `low` and its hash in `high`; `meta` is
    /// `(term + 2) << 32 | length` (0: empty slot; term -1 is a stop word).
    private struct Slot {
        var low: UInt64
        var high: UInt64
        var meta: UInt64
    }

    @exclusivity(unchecked) private var slots: UnsafeMutablePointer<Slot>
    @exclusivity(unchecked) private var capacity = 1 << 14
    @exclusivity(unchecked) private var used = 0
    /// Bytes of the words longer than 16 bytes.
    @exclusivity(unchecked) private var arena: [UInt8] = []

    @exclusivity(unchecked) private var word: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var wordCapacity = 256

    init(deferringStems: Bool = false) {
        self.deferringStems = deferringStems
        word = .allocate(capacity: 256)
        slots = Self.allocateSlots(1 << 14)
    }

    deinit {
        word.deallocate()
        free(slots)
        batchLow.deallocate()
        batchHigh.deallocate()
        batchHash.deallocate()
        batchWord.deallocate()
    }

    /// A word (or a stem the full analyzer produced) whose analysis waits until the table has
    /// seen all its text: its entry index.
    private func deferEntry(_ text: String, isStem: Bool) -> Int32 {
        entries.append(text)
        entryIsStem.append(isStem)
        return Int32(entries.count - 1)
    }

    /// Id of a term string (for terms the full analyzer produced).
    private func id(ofStem stem: String) -> Int32 {
        if let known = stemIDs[stem] { return known }
        let id: Int32
        if deferringStems {
            id = deferEntry(stem, isStem: true)
        } else {
            id = Int32(stems.count)
            stems.append(stem)
        }
        stemIDs[stem] = id
        return id
    }

    /// For tables in deferred mode, once they have seen all their text: the distinct stems, and
    /// for each table each entry's index among them (-1: a stop word). Each distinct word is
    /// stop-word-checked and stemmed once (on all cores), whatever the number of tables holding it.
    static func resolveStems(_ tables: [_TermTable]) -> (stems: [String], entryStem: [[Int32]]) {
        // The distinct words, and the word of each word entry: a table's word that an earlier
        // table holds is found in that table's slots (by bytes, no `String` hashing).
        var words: [String] = []
        var entryWord = tables.map { [Int32](repeating: -1, count: $0.entries.count) }
        for (c, table) in tables.enumerated() {
            // The look-ups in the earlier tables (which only read them) on all cores; then the
            // words not found are numbered, in entry order.
            var earlierWord = [Int32](repeating: -1, count: table.entries.count)
            if c > 0 {
                let known = entryWord
                earlierWord.withUnsafeMutableBufferPointer { buffer in
                    let out = buffer.baseAddress!
                    parallelChunks(table.entries.count) { range in
                        for e in range where !table.entryIsStem[e] {
                            for earlier in 0..<c {
                                if let id = tables[earlier].entryID(ofWord: table.entries[e]) { out[e] = known[earlier][Int(id)]; break }
                            }
                        }
                    }
                }
            }
            for (e, text) in table.entries.enumerated() where !table.entryIsStem[e] {
                var word = earlierWord[e]
                if word < 0 {
                    word = Int32(words.count)
                    words.append(text)
                }
                entryWord[c][e] = word
            }
        }
        var wordStem = [String?](repeating: nil, count: words.count)
        wordStem.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            parallelChunks(words.count) { range in
                let stopWords = StopWords.english, porter = PorterStemmer()
                for w in range where !stopWords.contains(words[w]) { base[w] = porter.stem(words[w]) }
            }
        }
        var stemIndex: [String: Int32] = [:]
        var stems: [String] = []
        func index(of stem: String) -> Int32 {
            let id = stemIndex.value(forKey: stem, inserting: Int32(stems.count))  // one hash
            if Int(id) == stems.count { stems.append(stem) }
            return id
        }
        var wordStemIndex = [Int32](repeating: -1, count: words.count)
        for w in words.indices { if let stem = wordStem[w] { wordStemIndex[w] = index(of: stem) } }
        var entryStem: [[Int32]] = []
        for (c, table) in tables.enumerated() {
            var map = [Int32](repeating: -1, count: table.entries.count)
            for e in table.entries.indices {
                map[e] = table.entryIsStem[e] ? index(of: table.entries[e]) : wordStemIndex[Int(entryWord[c][e])]
            }
            entryStem.append(map)
        }
        return (stems, entryStem)
    }

    @inline(__always) private static func mix(_ low: UInt64, _ high: UInt64, _ n: Int) -> UInt64 {
        var h = (low &* 0x9E37_79B9_7F4A_7C15) ^ ((high &* 0xC2B2_AE3D_27D4_EB4F) >> 7 | (high &* 0xC2B2_AE3D_27D4_EB4F) << 57) ^ UInt64(n)
        h = (h ^ (h >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    @inline(__always) private static func longHash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<n { h = (h ^ UInt64(p[k])) &* 0x0000_0100_0000_01b3 }
        return h ^ (h >> 29)
    }

    /// Term id of the lower-case ASCII word of `n` <= 16 bytes held in `low`/`high`, whose hash
    /// is `h` (-1 for a stop word).
    @inline(__always) private func lookupShort(_ h: UInt64, _ n: Int, _ low: UInt64, _ high: UInt64) -> Int32 {
        let mask = capacity - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = slots[s]
            if slot.meta == 0 {
                withUnsafeBytes(of: low.littleEndian) { word.update(from: $0.bindMemory(to: UInt8.self).baseAddress!, count: 8) }
                withUnsafeBytes(of: high.littleEndian) { (word + 8).update(from: $0.bindMemory(to: UInt8.self).baseAddress!, count: 8) }
                return insert(n, at: s, low: low, high: high)
            }
            if slot.low == low && slot.high == high && Int(slot.meta & 0xFFFF_FFFF) == n {
                return Int32(truncatingIfNeeded: slot.meta >> 32) - 2
            }
            s = (s + 1) & mask
        }
    }

    /// Deferred mode: the entry id of a word this table has met (a lower-case ASCII word, as
    /// ``entries`` holds them), nil if it has not. Reads the table only.
    func entryID(ofWord text: String) -> Int32? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Int32? in
            let n = bytes.count
            let mask = capacity - 1
            if n <= 16 {
                var low: UInt64 = 0, high: UInt64 = 0
                for k in 0..<n {
                    if k < 8 { low |= UInt64(bytes[k]) << (8 * UInt64(k)) } else { high |= UInt64(bytes[k]) << (8 * UInt64(k - 8)) }
                }
                var s = Int(truncatingIfNeeded: Self.mix(low, high, n)) & mask
                while slots[s].meta != 0 {
                    let slot = slots[s]
                    if slot.low == low && slot.high == high && Int(slot.meta & 0xFFFF_FFFF) == n {
                        return Int32(truncatingIfNeeded: slot.meta >> 32) - 2
                    }
                    s = (s + 1) & mask
                }
                return nil
            }
            let h = Self.longHash(bytes.baseAddress!, n)
            var s = Int(truncatingIfNeeded: h) & mask
            while slots[s].meta != 0 {
                let slot = slots[s]
                if slot.high == h && Int(slot.meta & 0xFFFF_FFFF) == n,
                   arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + Int(slot.low), bytes.baseAddress!, n) == 0 }) {
                    return Int32(truncatingIfNeeded: slot.meta >> 32) - 2
                }
                s = (s + 1) & mask
            }
            return nil
        } ?? nil
    }

    /// Term id of the lower-case ASCII word `word[0..<n]`, n > 16 (-1 for a stop word).
    private func lookupLong(_ n: Int) -> Int32 {
        let mask = capacity - 1
        let h = Self.longHash(word, n)
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = slots[s]
            if slot.meta == 0 { return insert(n, at: s, low: UInt64(arena.count), high: h) }
            if slot.high == h && Int(slot.meta & 0xFFFF_FFFF) == n {
                let equal = arena.withUnsafeBufferPointer { a in memcmp(a.baseAddress! + Int(slot.low), word, n) == 0 }
                if equal { return Int32(truncatingIfNeeded: slot.meta >> 32) - 2 }
            }
            s = (s + 1) & mask
        }
    }

    /// A new word (`word[0..<n]`) into empty slot `s`: stop-word check and stem once.
    private func insert(_ n: Int, at s: Int, low: UInt64, high: UInt64) -> Int32 {
        let key = String(decoding: UnsafeBufferPointer(start: word, count: n), as: UTF8.self)
        let term: Int32
        if deferringStems {
            term = deferEntry(key, isStem: false)
        } else {
            term = stopWords.contains(key) ? -1 : id(ofStem: porter.stem(key))
        }
        if n > 16 { arena.append(contentsOf: UnsafeBufferPointer(start: word, count: n)) }
        slots[s] = Slot(low: low, high: high, meta: UInt64(UInt32(bitPattern: term + 2)) << 32 | UInt64(n))
        used += 1
        if used * 2 > capacity { grow() }
        return term
    }

    /// Zeroed slots; a large table is aligned to 2 MB and asks for transparent huge pages, so
    /// lookups spread over many megabytes do not also miss the TLB.
    private static func allocateSlots(_ count: Int) -> UnsafeMutablePointer<Slot> {
        let bytes = count * MemoryLayout<Slot>.stride
        let huge = 2 << 20
        var raw: UnsafeMutableRawPointer?
        if bytes >= huge {
            guard posix_memalign(&raw, huge, (bytes + huge - 1) / huge * huge) == 0, let raw else { fatalError("out of memory") }
            _ = madvise(raw, (bytes + huge - 1) / huge * huge, 14)  // MADV_HUGEPAGE; a hint, may fail
        } else {
            raw = malloc(bytes)
        }
        guard let raw else { fatalError("out of memory") }
        memset(raw, 0, bytes)
        return raw.bindMemory(to: Slot.self, capacity: count)
    }

    private func grow() {
        let old = slots, oldCapacity = capacity
        capacity *= 2
        let mask = capacity - 1
        slots = Self.allocateSlots(capacity)
        for k in 0..<oldCapacity where old[k].meta != 0 {
            let slot = old[k]
            let n = Int(slot.meta & 0xFFFF_FFFF)
            let h = n <= 16 ? Self.mix(slot.low, slot.high, n) : slot.high
            var s = Int(truncatingIfNeeded: h) & mask
            while slots[s].meta != 0 { s = (s + 1) & mask }
            slots[s] = slot
        }
        free(old)
    }

    /// Words waiting for lookup: scanning a batch of words first and looking them up after, in a
    /// tight loop, lets the processor overlap the table's cache misses.
    private static let batchCapacity = 64
    private let batchLow = UnsafeMutablePointer<UInt64>.allocate(capacity: batchCapacity)
    private let batchHigh = UnsafeMutablePointer<UInt64>.allocate(capacity: batchCapacity)
    private let batchHash = UnsafeMutablePointer<UInt64>.allocate(capacity: batchCapacity)
    /// Length << 32 | start of the word in the text (the start is used for long words only).
    private let batchWord = UnsafeMutablePointer<Int>.allocate(capacity: batchCapacity)
    /// Where the touching loads go, so they are not optimized away.
    @exclusivity(unchecked) private var touchSink: UInt64 = 0

    /// Calls `emit` with the id of every term of `text`, in order.
    /// - Complexity: O(length of `text`), plus one stem per new word.
    func terms(_ text: String, _ emit: (Int32) -> Void) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var pending = 0
            /// Looks up the pending words, in order.
            func lookUpPending() {
                // Hashes, then one independent load per word (the loads overlap; the lookups
                // below then find their slots in cache).
                let mask = capacity - 1
                var touch: UInt64 = 0
                for j in 0..<pending {
                    let n = batchWord[j] >> 32
                    let h = n <= 16 ? Self.mix(batchLow[j], batchHigh[j], n) : 0
                    batchHash[j] = h
                    touch &+= slots[Int(truncatingIfNeeded: h) & mask].meta
                }
                touchSink = touch
                for j in 0..<pending {
                    let n = batchWord[j] >> 32
                    let term: Int32
                    if n <= 16 {
                        term = lookupShort(batchHash[j], n, batchLow[j], batchHigh[j])
                    } else {
                        if n > wordCapacity { growWord(to: n) }
                        let start = batchWord[j] & 0xFFFF_FFFF
                        for k in 0..<n {
                            let byte = bytes[start + k]
                            word[k] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                        }
                        term = lookupLong(n)
                    }
                    if term >= 0 { emit(term) }
                }
                pending = 0
            }
            var count = 0
            var wordStart = 0
            var low: UInt64 = 0, high: UInt64 = 0
            var dropShortTail = false  // after an apostrophe, a tail of 1-2 letters is dropped
            @inline(__always) func flush() {
                defer { count = 0; low = 0; high = 0; dropShortTail = false }
                guard count >= 2, !(dropShortTail && count <= 2) else { return }
                batchLow[pending] = low
                batchHigh[pending] = high
                batchWord[pending] = count << 32 | wordStart
                pending += 1
                if pending == Self.batchCapacity { lookUpPending() }
            }
            @inline(__always) func append(_ byte: UInt8, at k: Int) {
                if count == 0 { wordStart = k }
                if count < 8 { low |= UInt64(byte) << (8 * UInt64(count)) }
                else if count < 16 { high |= UInt64(byte) << (8 * UInt64(count - 8)) }
                count += 1
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
                    lookUpPending()
                    let chunk = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
                    for term in analyzer.terms(chunk) { emit(id(ofStem: term)) }
                } else {
                    for k in i..<end {
                        let byte = bytes[k]
                        if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                            append(byte, at: k)
                        } else if byte >= 65 && byte <= 90 {
                            append(byte + 32, at: k)
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
            lookUpPending()
        }
    }

    private func growWord(to n: Int) {
        while wordCapacity < n { wordCapacity *= 2 }
        word.deallocate()
        word = .allocate(capacity: wordCapacity)
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }
}
