import Foundation
import Precis
import PrecisSupport

/// A synthetic day of articles for benchmarks, built from clustered corpora: every cluster is a
/// story; articles are shuffled, perturbed (paragraphs dropped and swapped) and, when more
/// articles are asked for than the corpora hold, copied into new stories whose long words carry
/// a copy tag (`report` → `reportqb`), so copy k of a cluster is a story of its own with its own
/// vocabulary. Deterministic for a given seed.
enum SyntheticDay {
    /// A cluster of texts: one true story.
    struct Cluster: Sendable, Hashable {
        var name: String
        var texts: [String]

        init(name: String, texts: [String]) {
            self.name = name
            self.texts = texts
        }
    }

    /// One synthetic article and its true story.
    struct Item: Sendable, Hashable {
        var line: ArticleReader.Line
        var story: String
    }

    /// Loads clusters from corpus folders laid out as `CORPUS/clusters/<cluster>/<file>`. A
    /// cluster held in a single file (Opinosis: one review sentence per line) is cut into
    /// pseudo-articles of 12 lines.
    /// - Parameter corpora: corpus folders (each with a `clusters` subfolder).
    /// - Returns: the clusters, sorted by corpus then name.
    /// - Throws: ``PrecisError`` when no cluster is found.
    static func loadClusters(corpora: [String]) throws -> [Cluster] {
        let fm = FileManager.default
        var out: [Cluster] = []
        for corpus in corpora {
            let base = (corpus as NSString).appendingPathComponent("clusters")
            guard let names = try? fm.contentsOfDirectory(atPath: base) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let folder = (base as NSString).appendingPathComponent(name)
                guard let files = try? fm.contentsOfDirectory(atPath: folder) else { continue }
                var texts = files.sorted().filter { !$0.hasPrefix(".") }.compactMap { file -> String? in
                    guard let data = fm.contents(atPath: (folder as NSString).appendingPathComponent(file)) else { return nil }
                    return String(decoding: data, as: UTF8.self)
                }
                if texts.count == 1 {
                    let lines = texts[0].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    texts = stride(from: 0, to: lines.count, by: 12).map { lines[$0..<min(lines.count, $0 + 12)].joined(separator: "\n\n") }
                }
                if !texts.isEmpty { out.append(Cluster(name: "\((corpus as NSString).lastPathComponent)/\(name)", texts: texts)) }
            }
        }
        guard !out.isEmpty else { throw PrecisError.invalidInput("no clusters under \(corpora.joined(separator: ", ")) (expected CORPUS/clusters/<cluster>/<file>)") }
        return out
    }

    /// Makes `count` articles.
    /// - Parameters:
    ///   - count: articles wanted.
    ///   - clusters: the source clusters.
    ///   - seed: the random seed.
    /// - Returns: the articles in shuffled order, ids `a000000`…, each with its true story.
    /// - Complexity: O(count × article length).
    static func make(count: Int, clusters: [Cluster], seed: UInt64 = 2025) -> [Item] {
        precondition(count >= 0, "count must be non-negative")
        precondition(!clusters.isEmpty, "SyntheticDay.make needs at least one cluster")
        var rng = SplitMix64(seed: seed)
        var picks: [(cluster: Int, text: Int, copy: Int)] = []
        var copy = 0
        while picks.count < count {
            var order = Array(clusters.indices)
            order.shuffle(using: &rng)
            for c in order where picks.count < count {
                for t in clusters[c].texts.indices where picks.count < count { picks.append((c, t, copy)) }
            }
            copy += 1
        }
        picks.shuffle(using: &rng)
        let sources = (1...24).map { String(format: "source-%02d", $0) }
        let dayStart = 1_747_008_000.0  // 2025-05-12T00:00:00Z
        return picks.enumerated().map { n, pick in
            var paragraphs = clusters[pick.cluster].texts[pick.text]
                .components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            if paragraphs.count > 2 {
                let kept = paragraphs.enumerated().filter { $0.offset == 0 || Double.random(in: 0..<1, using: &rng) >= 0.15 }.map(\.element)
                paragraphs = kept
                if paragraphs.count > 3, Bool.random(using: &rng) {
                    let a = Int.random(in: 1..<paragraphs.count, using: &rng), b = Int.random(in: 1..<paragraphs.count, using: &rng)
                    paragraphs.swapAt(a, b)
                }
            }
            var text = paragraphs.joined(separator: "\n\n")
            if pick.copy > 0 { text = tagged(text, copy: pick.copy) }
            let seconds = Double.random(in: 0..<86_400, using: &rng).rounded(.down)
            let published = isoTimestamp(dayStart + seconds)
            let line = ArticleReader.Line(id: String(format: "a%06d", n), source: sources[Int.random(in: 0..<sources.count, using: &rng)],
                                          published: published, text: text)
            return Item(line: line, story: "\(clusters[pick.cluster].name)#\(pick.copy)")
        }
    }

    /// The day as JSON Lines (one compact object per line, keys sorted).
    static func jsonLines(_ items: [Item]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for item in items {
            if let data = try? encoder.encode(item.line) { out += String(decoding: data, as: UTF8.self) + "\n" }
        }
        return out
    }

    /// Appends a copy tag to every word of four or more ASCII letters.
    static func tagged(_ text: String, copy: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let tag = "q" + String(letters[copy % 26]) + (copy >= 26 ? String(letters[(copy / 26) % 26]) : "")
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        var word = ""
        func flush() {
            if word.count >= 4 { out += word + tag } else { out += word }
            word = ""
        }
        for c in text {
            if c.isASCII && c.isLetter { word.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return out
    }

    static func isoTimestamp(_ seconds: Double) -> String {
        let s = Int(seconds)
        let days = s / 86400, rest = s % 86400
        // civil from days (Howard Hinnant)
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, rest / 3600, (rest % 3600) / 60, rest % 60)
    }
}
