/// A counting sort by an integer key on all cores: the input is cut into chunks (those of
/// ``parallelChunkRanges(_:)``); each chunk counts its items per key, and then places them
/// from its own offsets, after the earlier chunks' items of the same key, so every key's items
/// keep their input order, as in a sequential counting sort.
///
/// ```swift
/// var sort = ChunkedCountingSort(items: keys.count, keys: k) { range, counts in for i in range { counts[keys[i]] += 1 } }
/// // sort.start[key] ..< sort.start[key + 1]: where the items of `key` go
/// sort.fill { range, next in for i in range { out[next[keys[i]]] = i; next[keys[i]] += 1 } }
/// ```
package struct ChunkedCountingSort {
    /// Where each key's items start (keys + 1 entries; the last is the number of items placed).
    package var start: [Int]
    @usableFromInline let chunks: [Range<Int>]
    @usableFromInline var next: [[Int]]

    /// Counts: `count(range, counts)` adds each item of its chunk to `counts[key]` (one call per
    /// chunk, in parallel; `counts` is the chunk's own, zeroed).
    @inlinable package init(items: Int, keys: Int, count: (Range<Int>, UnsafeMutablePointer<Int>) -> Void) {
        chunks = parallelChunkRanges(items)
        var counts = [[Int]](repeating: [], count: chunks.count)
        let chunks = self.chunks
        counts.withUnsafeMutableBufferPointer { countsBuffer in
            let all = countsBuffer.baseAddress!
            parallelFor(chunks.count) { c in
                var mine = [Int](repeating: 0, count: keys)
                mine.withUnsafeMutableBufferPointer { count(chunks[c], $0.baseAddress!) }
                all[c] = mine
            }
        }
        // the counts become each chunk's first slot per key, in place (no second table)
        start = [Int](repeating: 0, count: keys + 1)
        for key in 0..<keys {
            var at = start[key]
            for c in chunks.indices {
                let items = counts[c][key]
                counts[c][key] = at
                at += items
            }
            start[key + 1] = at
        }
        next = counts
    }

    /// Places the items: `place(range, next)` puts each item of its chunk at `next[key]` and
    /// increments it (one call per chunk, in parallel).
    @inlinable package mutating func fill(_ place: (Range<Int>, UnsafeMutablePointer<Int>) -> Void) {
        let chunks = self.chunks
        next.withUnsafeMutableBufferPointer { nextBuffer in
            let all = nextBuffer.baseAddress!
            parallelFor(chunks.count) { c in
                all[c].withUnsafeMutableBufferPointer { place(chunks[c], $0.baseAddress!) }
            }
        }
        next = []
    }
}
