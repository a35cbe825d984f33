import Precis
/// One ROUGE measure: ROUGE-N, ROUGE-L, ROUGE-W or a skip-bigram ROUGE-S/SU.
///
/// The ``id`` is the key used in reports: `rouge-1`, `rouge-l`, `rouge-w-1.2`, `rouge-su4`,
/// `rouge-s4`, `rouge-su*` (any gap).
///
/// ```swift
/// RougeMetric.n(2).id                                  // "rouge-2"
/// RougeMetric(id: "rouge-su4")                         // .skip(distance: 4, unigrams: true)
/// ```
package enum RougeMetric: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// ROUGE-N: n-gram co-occurrence, clipped counts.
    case n(Int)
    /// ROUGE-L: summary-level union longest common subsequence over sentences.
    case l
    /// ROUGE-W: weighted longest common subsequence, consecutive matches counted as
    /// `length^weight` (ROUGE-1.5.5's `-w`).
    case w(weight: Double)
    /// ROUGE-S (skip bigrams with at most `distance` words between them; negative for any gap),
    /// with `unigrams`, ROUGE-SU.
    case skip(distance: Int, unigrams: Bool)

    /// The report key, e.g. `rouge-2`, `rouge-l`, `rouge-su4`.
    package var id: String {
        switch self {
        case .n(let n): return "rouge-\(n)"
        case .l: return "rouge-l"
        case .w(let weight): return "rouge-w-\(RougeOptions._number(weight))"
        case .skip(let d, let u): return "rouge-s\(u ? "u" : "")\(d < 0 ? "*" : String(d))"
        }
    }

    /// The name ROUGE-1.5.5 prints, e.g. `ROUGE-2`, `ROUGE-SU4`.
    package var description: String { id.uppercased() }

    /// Parses a report key (`rouge-2`, `rouge-l`, `rouge-su4`, `rouge-s*`; case-insensitive).
    /// - Parameter id: the key.
    package init?(id: String) {
        let s = id.lowercased()
        guard s.hasPrefix("rouge-") else { return nil }
        let rest = s.dropFirst(6)
        if rest == "l" || rest == "lsum" { self = .l; return }
        if rest.hasPrefix("w-"), let weight = Double(rest.dropFirst(2)), weight >= 1 { self = .w(weight: weight); return }
        if let n = Int(rest), n > 0 { self = .n(n); return }
        var tail = rest
        guard tail.hasPrefix("s") else { return nil }
        tail = tail.dropFirst()
        let unigrams = tail.hasPrefix("u")
        if unigrams { tail = tail.dropFirst() }
        if tail == "*" { self = .skip(distance: -1, unigrams: unigrams); return }
        guard let d = Int(tail), d >= 0 else { return nil }
        self = .skip(distance: d, unigrams: unigrams)
    }

    private var order: (Int, Int) {
        switch self {
        case .n(let n): return (0, n)
        case .l: return (1, 0)
        case .w(let weight): return (1, 1 + Int(weight * 1000))
        case .skip(let d, let u): return (2, (u ? 0 : 1_000_000) + (d < 0 ? 999_999 : d))
        }
    }

    /// Report order: ROUGE-N by N, then ROUGE-L, then skip bigrams.
    package static func < (a: RougeMetric, b: RougeMetric) -> Bool { a.order < b.order }

    /// Encodes the metric as its ``id``.
    /// - Parameter encoder: the encoder.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(id)
    }

    /// Decodes a metric from its ``id``.
    /// - Parameter decoder: the decoder.
    /// - Throws: `DecodingError.dataCorrupted` for an unknown key.
    package init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let metric = RougeMetric(id: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "unknown ROUGE metric '\(s)'")
        }
        self = metric
    }
}
