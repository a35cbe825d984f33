import Foundation
import Testing
@testable import Precis
import PrecisSupport

/// The fast paths of the grouping give what the plain versions give.
@Suite struct BriefSpeedPathTests {
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
    }

    @Test func selectingTheSmallestKeysMatchesSorting() {
        var random = Random(state: 7)
        for trial in 0..<200 {
            let n = 1 + Int(random.next() % 2000)
            var keys = Array(Set((0..<n).map { _ in random.next() << 20 | random.next() % 50 }))
            keys.shuffle(using: &random)
            let k = 1 + Int(random.next() % UInt64(keys.count + 10))
            let expected = Set(keys.sorted().prefix(k))
            SimilarityBlocks.selectSmallest(&keys, k)
            #expect(Set(keys.prefix(k)) == expected, "trial \(trial)")
        }
        var sorted: [UInt64] = Array(0..<1000), reversed: [UInt64] = Array((0..<1000).reversed())
        SimilarityBlocks.selectSmallest(&sorted, 400)
        SimilarityBlocks.selectSmallest(&reversed, 400)
        #expect(Set(sorted.prefix(400)) == Set(0..<400) && Set(reversed.prefix(400)) == Set(0..<400))
    }

    /// Generated words of every length (the table holds up to 16 bytes in a slot, longer ones in
    /// an arena), enough of them to make the table grow several times.
    @Test func termTableGivesTheAnalyzersTermsOnGeneratedWords() {
        var random = Random(state: 11)
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let table = _TermTable()
        var distinct = Set<String>()
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<200 {
                let length = 1 + Int(random.next() % 40)
                var word = String((0..<length).map { _ in letters[Int(random.next() % UInt64(letters.count))] })
                switch random.next() % 10 {
                case 0: word += "'s"
                case 1: word = "“" + word + "”"
                case 2: word += ","
                default: break
                }
                distinct.insert(word.lowercased())
                text += word + (random.next() % 7 == 0 ? "\n" : " ")
                if random.next() % 5 == 0 { text += ["the ", "running ", "a ", "elections "][Int(random.next() % 4)] }
            }
            var terms: [String] = []
            table.terms(text) { terms.append(table.stems[Int($0)]) }
            #expect(terms == Analyzer.english.terms(text))
        }
        #expect(distinct.count > 40_000)
    }

    /// Tables that defer stemming, resolved together, give the analyzer's terms: words shared
    /// by the tables, stop words, and non-ASCII chunks (which the full analyzer stems).
    @Test func deferredStemsGiveTheAnalyzersTerms() {
        var random = Random(state: 19)
        let vocabulary = ["running", "runs", "the", "of", "elections", "electing", "Zelensky’s", "café", "naïve",
                          "talks", "talking", "Istanbul", "a", "generalizations", "ceasefire", "x", "it's", "U.S.", "2025"]
        let tables = [_TermTable(deferringStems: true), _TermTable(deferringStems: true)]
        var texts: [String] = []
        var ids: [[Int32]] = []
        for k in 0..<400 {
            let text = (0..<30).map { _ in
                let word = vocabulary[Int(random.next() % UInt64(vocabulary.count))]
                return random.next() % 4 == 0 ? word + "x\(random.next() % 30)" : word
            }.joined(separator: random.next() % 3 == 0 ? ", " : " ")
            var mine: [Int32] = []
            tables[k % 2].terms(text) { mine.append($0) }
            texts.append(text)
            ids.append(mine)
        }
        let resolved = _TermTable.resolveStems(tables)
        #expect(Set(resolved.stems).count == resolved.stems.count)
        for (k, text) in texts.enumerated() {
            let terms = ids[k].compactMap { id -> String? in
                let stem = resolved.entryStem[k % 2][Int(id)]
                return stem < 0 ? nil : resolved.stems[Int(stem)]
            }
            #expect(terms == Analyzer.english.terms(text), "text \(k)")
        }
    }

    /// Rounding to 1e-5 without `roundf` gives `(x * 1e5).rounded() / 1e5`, bit for bit: random
    /// floats of every sign and size, halves, and values next to them.
    @Test func roundingMatchesRoundedBitForBit() {
        var random = Random(state: 17)
        var values: [Float] = [0, -0, 1, -1, 0.5e-5, -0.5e-5, 83.88608, 83.88607, 1e30, -1e30, .infinity, .nan, .leastNonzeroMagnitude]
        for _ in 0..<200_000 { values.append(Float(bitPattern: UInt32(truncatingIfNeeded: random.next() << 1 ^ random.next()))) }
        for _ in 0..<200_000 { values.append(Float(Int(random.next() % 2_000_000) - 1_000_000) / 1e6) }
        for k in 0..<100_000 {
            let half = (Float(k) + 0.5) / 1e5
            values += [half, half.nextUp, half.nextDown, -half]
        }
        for x in values {
            let expected = (x * 1e5).rounded() / 1e5
            let got = SimilarityBlocks.rounded(x)
            #expect(got.bitPattern == expected.bitPattern || (got.isNaN && expected.isNaN), "\(x)")
        }
    }

    /// Keys sharing most of their bytes (as the grouping's packed keys do), and random ones.
    @Test func radixSortMatchesSort() {
        var random = Random(state: 5)
        for trial in 0..<60 {
            let n = Int(random.next() % 5000)
            var keys: [UInt64] = (0..<n).map { _ in
                switch trial % 3 {
                case 0: return random.next() << 31 ^ random.next()
                case 1: return 0xC1A0_0000_0000_0000 | (random.next() % 3) << 40 | random.next() % 100_000
                default: return random.next() % 7
                }
            }
            let expected = keys.sorted()
            radixSort(&keys)
            #expect(keys == expected, "trial \(trial)")
        }
    }

    /// Terms ordered by their first eight bytes, then all of them, order like their bytes.
    @Test func sortedTermsOrderLikeTheirBytes() {
        var random = Random(state: 13)
        let pieces = ["", "a", "ab", "abcdefgh", "abcdefghi", "abcdefg\u{0}", "é", "z", "\u{0}", "abcdefgh\u{0}x"]
        var terms = Set<String>()
        for _ in 0..<3000 {
            terms.insert((0..<3).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
                         + String(random.next() % 50))
        }
        let list = Array(terms)
        let sorted = _SortedTerms(list)
        let expected = list.indices.sorted { list[$0].utf8.lexicographicallyPrecedes(list[$1].utf8) }
        #expect(sorted.order.map(Int.init) == expected)
    }

    /// Pairs in any order (and repeated) give what sorted, merged pairs give.
    @Test func averageLinkageTakesPairsInAnyOrder() {
        var random = Random(state: 3)
        for trial in 0..<20 {
            let n = 30 + Int(random.next() % 100)
            var pairs = SimilarityBlocks.Pairs()
            for i in 0..<n {
                for j in (i + 1)..<n where random.next() % 100 < (i % 5 == j % 5 ? 60 : 5) {
                    pairs.first.append(Int32(i)); pairs.second.append(Int32(j))
                    pairs.similarity.append(SimilarityBlocks.rounded(Float(random.next() % 40 + 5) / 100))
                }
            }
            let order = (0..<pairs.count).shuffled(using: &random)
            var shuffled = SimilarityBlocks.Pairs()
            for k in order {
                shuffled.first.append(pairs.first[k]); shuffled.second.append(pairs.second[k]); shuffled.similarity.append(pairs.similarity[k])
            }
            let sorted = AverageLinkage(count: n, threshold: 0.125, relative: 0.3).cluster(pairs)
            let any = AverageLinkage(count: n, threshold: 0.125, relative: 0.3).cluster(shuffled)
            let reference = ReferenceAverageLinkage(count: n, threshold: 0.125, relative: 0.3).cluster(shuffled)
            #expect(sorted.members == any.members && sorted.members == reference.members, "trial \(trial)")
            #expect(sorted.cohesion == any.cohesion, "trial \(trial)")
        }
    }

    /// The JSON Lines fast path reads what `JSONDecoder` reads, or leaves the line to it.
    @Test func articleLinesReadLikeJSONDecoder() throws {
        let usual = [
            #"{"id":"a1","published":"2025-05-12T08:58:21Z","source":"s","text":"One\ntwo \"three\" \\ four\r"}"#,
            #" { "id" : "a2" , "title" : null , "url": "http:\/\/x.org", "text" : "caf\u00e9 \ud83d\ude00 \t\b\f end" } "#,
            #"{"text":"plain","id":"a3","title":"Ünïcødé title"}"#,
        ]
        let unusual = [
            #"{"id":"b1","text":"x","extra":1}"#, #"{"id":"b2","text":"x","id":"b3"}"#, #"{"id":5,"text":"x"}"#,
            #"{"id":"b4","text":null}"#, #"{"id":"b5"}"#, #"{"id":"b6","text":"lone \ud800"}"#, #"{"id":"b7","text":"nul \u0000"}"#,
            #"{"id":"b8","text":"bad \x escape"}"#, #"{"id":"b9","text":"x"} trailing"#, #"["id"]"#, #"{"id":"b10","text":"x",}"#,
            "{\"id\":\"b11\",\"text\":\"tab\there\"}", #"{"id":"b12","text":"x""#, #"{"id":"b13","title":true,"text":"x"}"#,
        ]
        for line in usual + unusual {
            let data = Data(line.utf8)
            let fast = data.withUnsafeBytes(_ArticleLine.parse)
            let slow = try? JSONDecoder().decode(Article.self, from: data)
            if usual.contains(line) { #expect(fast != nil && fast == slow, "\(line)") } else { #expect(fast == nil, "\(line)") }
        }
        let invalidUTF8 = Data(#"{"id":"c1","text":""#.utf8) + Data([0xC3, 0x28]) + Data(#""}"#.utf8)
        #expect(invalidUTF8.withUnsafeBytes(_ArticleLine.parse) == nil)
    }

    /// The chunked counting sort places items like a sequential stable sort by key.
    @Test func chunkedCountingSortIsStable() {
        var random = Random(state: 11)
        for trial in 0..<20 {
            let items = Int(random.next() % 5000), keys = 1 + Int(random.next() % 300)
            let key = (0..<items).map { _ in Int(random.next() % UInt64(keys)) }
            var sort = ChunkedCountingSort(items: items, keys: keys) { range, counts in for i in range { counts[key[i]] += 1 } }
            var placed = [Int](repeating: -1, count: items)
            placed.withUnsafeMutableBufferPointer { out in
                let out = out.baseAddress!
                sort.fill { range, next in for i in range { out[next[key[i]]] = i; next[key[i]] += 1 } }
            }
            let expected = (0..<items).sorted { key[$0] != key[$1] ? key[$0] < key[$1] : $0 < $1 }
            #expect(placed == expected, "trial \(trial)")
            #expect(sort.start == (0...keys).map { k in key.filter { $0 < k }.count }, "trial \(trial)")
        }
    }
}

extension BriefSpeedPathTests.Random: RandomNumberGenerator {}
